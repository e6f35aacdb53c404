/**
 * npm run schema: writes the JSON Schema of every collection to public/schema/ (for editors' YAML
 * completion) and regenerates CONTRIBUTING.md from the same field descriptions. Part of the build.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderContributing } from '../src/lib/contributing';
import { fieldRows } from '../src/lib/field-docs';
import { COLLECTIONS } from '../src/schema/common';
import { COLLECTION_TITLES, allJsonSchemas } from '../src/schema/json-schema';
import { SEARCH_FOLDER, SYNONYMS_FILE, synonymGroupSchema, synonymListSchema } from '../src/schema/synonyms';
import { z } from 'zod';

const root = resolve(import.meta.dirname, '..');
/**
 * Examples for the guide come from this repository's own content/ (the guide is committed), never from
 * another CONTENT_DIR; a fork without a preferred file falls back to its first file, or none.
 */
const PREFERRED_EXAMPLES: Record<string, string> = {
  regions: 'wetzlar.yaml',
  'action-fields': 'sprache.yaml',
  'target-groups': 'eltern.yaml',
  organizations: 'bamf.yaml',
  programs: 'integrationskurse.yaml',
  projects: 'mbe-jmd-sprechstunde-buergerbuero-offenbach.mdx',
  surveys: 'wetzlar.yaml',
};

function exampleFor(collection: string): { path: string; text: string } | undefined {
  const dir = join(root, 'content', collection);
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir).filter((f) => /\.(ya?ml|mdx)$/.test(f)).sort();
  const name = files.includes(PREFERRED_EXAMPLES[collection] ?? '') ? PREFERRED_EXAMPLES[collection]! : files[0];
  if (!name) return undefined;
  return { path: `content/${collection}/${name}`, text: readFileSync(join(dir, name), 'utf8') };
}

export function writeSchemas(): string[] {
  const schemas = allJsonSchemas();
  const dir = join(root, 'public', 'schema');
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const c of COLLECTIONS) {
    const file = join(dir, `${c}.json`);
    writeFileSync(file, `${JSON.stringify(schemas[c], null, 2)}\n`);
    written.push(file);
  }
  // The search's synonym list: one file, a list of groups (src/schema/synonyms.ts).
  const synonymsJson = { title: 'Förderatlas: Synonyme für die Suche', description: `Die Datei content/${SEARCH_FOLDER}/${SYNONYMS_FILE}: eine Liste von Gruppen.`, ...z.toJSONSchema(synonymListSchema(), { io: 'input', unrepresentable: 'any' }) };
  writeFileSync(join(dir, 'synonyme.json'), `${JSON.stringify(synonymsJson, null, 2)}\n`);
  written.push(join(dir, 'synonyme.json'));
  const synonymsFile = join(root, 'content', SEARCH_FOLDER, SYNONYMS_FILE);
  const synonymsExample = existsSync(synonymsFile)
    ? { path: `content/${SEARCH_FOLDER}/${SYNONYMS_FILE} (Anfang)`, text: readFileSync(synonymsFile, 'utf8').split('\n').slice(0, 22).join('\n') }
    : undefined;
  const guide = renderContributing([
    ...COLLECTIONS.map((c) => ({
      collection: c,
      title: COLLECTION_TITLES[c],
      rows: fieldRows(schemas[c] as never),
      example: exampleFor(c),
    })),
    {
      collection: SEARCH_FOLDER,
      title: 'Synonyme für die Suche',
      rows: fieldRows(z.toJSONSchema(synonymGroupSchema(), { io: 'input', unrepresentable: 'any' }) as never),
      example: synonymsExample,
    },
  ]);
  writeFileSync(join(root, 'CONTRIBUTING.md'), guide);
  written.push(join(root, 'CONTRIBUTING.md'));
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of writeSchemas()) console.log(file);
}
