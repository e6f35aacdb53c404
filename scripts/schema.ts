/**
 * npm run schema: writes the JSON Schema of every collection to public/schema/ (for editors' YAML
 * completion) and regenerates CONTRIBUTING.md from the same field descriptions. Part of the build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderContributing } from '../src/lib/contributing';
import { fieldRows } from '../src/lib/field-docs';
import { COLLECTIONS } from '../src/schema/common';
import { COLLECTION_TITLES, allJsonSchemas } from '../src/schema/json-schema';

const root = resolve(import.meta.dirname, '..');
const EXAMPLES: Record<string, string> = {
  regions: 'regions/wetzlar.yaml',
  'action-fields': 'action-fields/sprache.yaml',
  'target-groups': 'target-groups/eltern.yaml',
  organizations: 'organizations/bamf.yaml',
  programs: 'programs/integrationskurse.yaml',
  projects: 'projects/beispiel-wetzlar-mama-deutschkurs.mdx',
};

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
  const guide = renderContributing(
    COLLECTIONS.map((c) => ({
      collection: c,
      title: COLLECTION_TITLES[c],
      rows: fieldRows(schemas[c] as never),
      example: { path: `content/${EXAMPLES[c]}`, text: readFileSync(join(root, 'content', EXAMPLES[c]!), 'utf8') },
    })),
  );
  writeFileSync(join(root, 'CONTRIBUTING.md'), guide);
  written.push(join(root, 'CONTRIBUTING.md'));
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of writeSchemas()) console.log(file);
}
