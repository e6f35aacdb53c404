import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNewId } from '../../src/lib/skeleton';
import { validateContent } from '../../src/io/validate-folder';
import { COLLECTIONS } from '../../src/schema/common';
import { contentWith } from '../helpers/content';

const root = resolve(import.meta.dirname, '../..');

function runNew(dir: string, ...args: string[]) {
  return spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/new-entry.ts'), ...args], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('npm run new', () => {
  it.each(COLLECTIONS)('writes a %s skeleton that passes validation', (collection) => {
    const dir = contentWith();
    // A survey is named after its region.
    const id = collection === 'surveys' ? 'kassel' : 'neuer-eintrag';
    const result = runNew(dir, collection, id);
    expect(result.status, result.stderr).toBe(0);
    const file = join(dir, collection, `${id}.yaml`);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(`# yaml-language-server: $schema=../../public/schema/${collection}.json\n`)).toBe(true);
    const errors = validateContent(dir).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
    if (collection === 'programs' || collection === 'projects') {
      expect(text).toContain(`reviewed: ${new Date().toISOString().slice(0, 10)}`);
      expect(text).toContain('example: true');
    }
  });

  it('refuses an id that exists, with a clear message', () => {
    const dir = contentWith();
    const result = runNew(dir, 'projects', 'kassel-sprachcafe');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('„kassel-sprachcafe“ gibt es in content/projects/ schon');
    expect(existsSync(join(dir, 'projects', 'kassel-sprachcafe.yaml'))).toBe(false);
  });

  it('refuses an id that breaks the id rules and proposes one', () => {
    const result = runNew(contentWith(), 'programs', 'Sprachförderung_Neu');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Vorschlag: sprachfoerderung-neu');
  });

  it('refuses an unknown collection and asks for arguments when run without a terminal', () => {
    expect(runNew(contentWith(), 'programme', 'x').stderr).toContain('Unbekannte Sammlung „programme“');
    expect(runNew(contentWith()).stderr).toContain('Bitte Sammlung und Kennung angeben');
  });

  it('checks ids without touching files', () => {
    expect(checkNewId('programs', 'gut', new Set())).toEqual({ ok: true });
    expect(checkNewId('programs', 'gut', new Set(['gut'])).ok).toBe(false);
  });

  it('names a survey after a known region and suggests the nearest one', () => {
    const regions = new Set(['kassel', 'wetzlar']);
    expect(checkNewId('surveys', 'kassel', new Set(), regions)).toEqual({ ok: true });
    const wrong = checkNewId('surveys', 'kasel', new Set(), regions);
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.message).toContain('meinten Sie „kassel“');
    const result = runNew(contentWith(), 'surveys', 'wetzlr');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('keine Region');
  });
});
