/**
 * Pagefind per language, put together (src/lib/pagefind-bundle.ts, src/io/merge-pagefind.ts): the merged
 * bundle must be the bundle one Pagefind run over all languages writes, file for file. Real Pagefind runs
 * over a small site in German and English.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergePagefindEntries, type PagefindEntry } from '../../src/lib/pagefind-bundle';
import { mergePagefindBundles } from '../../src/io/merge-pagefind';

const pagefind = resolve(import.meta.dirname, '../../node_modules/.bin/pagefind');
const work = mkdtempSync(join(tmpdir(), 'pagefind-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(dir: string) {
  const page = (path: string, lang: string, title: string, body: string) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p><span data-pagefind-filter="feld">sprache</span></main></body></html>`);
  };
  page('projekte/sprachcafe', 'de', 'Sprachcafé', 'Deutsch sprechen bei Kaffee und Kuchen.');
  page('projekte/lotsen', 'de', 'Lotsen', 'Begleitung zu Ämtern und Beratung.');
  page('en/projekte/sprachcafe', 'en', 'Language café', 'Speak German over coffee and cake.');
  page('en/projekte/lotsen', 'en', 'Guides', 'Company to offices and advice.');
  return dir;
}

function run(dir: string, glob: string, subdir: string) {
  const result = spawnSync(pagefind, ['--site', dir, '--glob', glob, '--output-subdir', subdir], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return out;
}

describe('Pagefind per language', () => {
  it('merged bundles are the bundle of one run over all languages, file for file', () => {
    const one = site(join(work, 'one'));
    run(one, '{projekte,en/projekte}/*/index.html', 'pagefind');
    const split = site(join(work, 'split'));
    run(split, 'projekte/*/index.html', 'pagefind-de');
    run(split, 'en/projekte/*/index.html', 'pagefind-en');
    const merged = mergePagefindBundles(split, ['pagefind-de', 'pagefind-en'], 'pagefind');

    expect(merged.languages).toEqual(['de', 'en']);
    const expected = tree(join(one, 'pagefind'));
    expect(Object.keys(expected).length).toBeGreaterThan(10);
    expect(tree(join(split, 'pagefind'))).toEqual(expected);
    expect(merged.files).toBe(Object.keys(expected).length);
    expect(existsSync(join(split, 'pagefind-de'))).toBe(false);
    expect(existsSync(join(split, 'pagefind-en'))).toBe(false);
  });
});

describe('mergePagefindEntries', () => {
  const entry = (languages: PagefindEntry['languages'], version = '1.6.0'): PagefindEntry => ({ version, languages, include_characters: ['_'] });

  it('lists every language A–Z and keeps the other settings', () => {
    const merged = mergePagefindEntries([entry({ en: { hash: 'en_1', wasm: 'en', page_count: 2 } }), entry({ ar: { hash: 'ar_1', wasm: 'ar', page_count: 3 } }), entry({ de: { hash: 'de_1', wasm: 'de', page_count: 4 } })]);
    expect(Object.keys(merged.languages)).toEqual(['ar', 'de', 'en']);
    expect(merged.languages.de).toEqual({ hash: 'de_1', wasm: 'de', page_count: 4 });
    expect(merged.include_characters).toEqual(['_']);
  });

  it('refuses bundles of different Pagefind versions, a language twice, or nothing', () => {
    expect(() => mergePagefindEntries([entry({ de: { hash: 'de_1', page_count: 1 } }), entry({ en: { hash: 'en_1', page_count: 1 } }, '1.7.0')])).toThrow(/Version 1\.7\.0/);
    expect(() => mergePagefindEntries([entry({ de: { hash: 'de_1', page_count: 1 } }), entry({ de: { hash: 'de_2', page_count: 1 } })])).toThrow(/„de“ steht in zwei/);
    expect(() => mergePagefindEntries([])).toThrow(/kein Suchindex/);
  });
});
