/**
 * Reads the search's synonym list (content/search/synonyme.yaml) for the build. The validator has
 * checked it before Astro runs; a catalogue without the file (a fork) simply has no synonyms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../lib/content-dir';
import { SEARCH_FOLDER, SYNONYMS_FILE, synonymListSchema, type SynonymGroup } from '../schema/synonyms';

export function readSynonyms(root = contentDir()): SynonymGroup[] {
  const file = join(root, SEARCH_FOLDER, SYNONYMS_FILE);
  if (!existsSync(file)) return [];
  return synonymListSchema().parse(parse(readFileSync(file, 'utf8')) ?? []);
}
