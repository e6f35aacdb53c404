import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fieldRows } from '../../src/lib/field-docs';
import { COLLECTIONS } from '../../src/schema/common';
import { allJsonSchemas } from '../../src/schema/json-schema';

const root = resolve(import.meta.dirname, '../..');
const schemas = allJsonSchemas();
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

function frontmatter(text: string): string {
  return /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? text;
}

describe('JSON Schema for editors', () => {
  it('is committed under public/schema/ exactly as npm run schema writes it', () => {
    for (const c of COLLECTIONS) {
      const committed = JSON.parse(readFileSync(join(root, 'public', 'schema', `${c}.json`), 'utf8'));
      expect(committed, c).toEqual(JSON.parse(JSON.stringify(schemas[c])));
    }
  });

  it.each(COLLECTIONS)('accepts every shipped %s file', (collection) => {
    const validate = ajv.compile(schemas[collection]);
    const dir = join(root, 'content', collection);
    for (const name of readdirSync(dir)) {
      const data = parse(frontmatter(readFileSync(join(dir, name), 'utf8')));
      expect(validate(data), `${collection}/${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('rejects a broken programme: a misspelt key, a wrong level and a missing funder', () => {
    const validate = ajv.compile(schemas.programs);
    const broken = parse(readFileSync(join(root, 'tests/fixtures/bad/unknown-key/programs/tippfehler.yaml'), 'utf8'));
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toEqual(expect.arrayContaining(['required', 'additionalProperties']));
    const wrongLevel = parse(readFileSync(join(root, 'tests/fixtures/bad/wrong-enum/programs/ebene.yaml'), 'utf8'));
    expect(validate(wrongLevel)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/level');
  });

  it('describes every field in German', () => {
    for (const c of COLLECTIONS) {
      const rows = fieldRows(schemas[c] as never);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.description, `${c}: ${row.name}`).toMatch(/[a-zäöüß]{3}/i);
    }
    const programme = fieldRows(schemas.programs as never);
    expect(programme.find((r) => r.name === 'period.start')).toEqual({ name: 'period.start', required: true, type: 'Datum JJJJ-MM-TT', description: 'Beginn als Datum JJJJ-MM-TT' });
    expect(programme.find((r) => r.name === 'title')?.required).toBe(true);
    expect(programme.find((r) => r.name === 'sources[].url')?.required).toBe(true);
  });
});
