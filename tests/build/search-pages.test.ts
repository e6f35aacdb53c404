/**
 * What the build hands to Pagefind and what the search page sorts with: Pagefind reads only the detail
 * pages of INDEXED_SECTIONS, so every page marked data-pagefind-body must be one of them (a new indexed
 * page type must be added there, or it would silently drop out of the search); the sort tables cover
 * exactly the indexed pages; the locator maps are shared files that exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SORT_KEYS_DIR, SORT_TABLE_DIR, isIndexedPageFile, type SortTable } from '../../src/lib/search-sort';
import { htmlPages } from '../helpers/dist';

const DIST = resolve(import.meta.dirname, '../../dist');
const PREFIXES = ['', 'en/', 'ar/'];
const pages = htmlPages(DIST, { admin: true }).map((p) => ({ ...p, rel: relative(DIST, p.file).replace(/\\/g, '/') }));

describe('pages Pagefind reads', () => {
  const marked = pages.filter((p) => /<[^>]+\sdata-pagefind-body[\s>=]/.test(p.html));

  it('every page with data-pagefind-body is one the glob hands to Pagefind', () => {
    expect(marked.length).toBeGreaterThan(100);
    expect(marked.filter((p) => !isIndexedPageFile(p.rel, PREFIXES)).map((p) => p.url)).toEqual([]);
    // The glob also finds the list pages /programme/a-z/, /traeger/a-z/ …, which Pagefind leaves out (no data-pagefind-body).
    expect(pages.filter((p) => isIndexedPageFile(p.rel, PREFIXES) && !marked.includes(p)).map((p) => p.url.replace(/^\/(en|ar)\//, '/'))).toSatisfy((urls: string[]) => urls.every((u) => /^\/(programme|projekte|traeger)\/(a-z|nach-beginn|nach-ebene)\/$/.test(u)));
  });

  it('Pagefind indexed every marked page: as many pages per language as are marked', () => {
    for (const lang of ['de', 'en', 'ar']) {
      const table = JSON.parse(readFileSync(join(DIST, SORT_TABLE_DIR, `${lang}.json`), 'utf8')) as SortTable;
      const inLang = marked.filter((p) => (lang === 'de' ? !/^(en|ar)\//.test(p.rel) : p.rel.startsWith(`${lang}/`)));
      expect(table.titel).toHaveLength(inLang.length);
    }
  });

  it('no hit carries an image in its meta (the locator map is not a picture of the page)', () => {
    const dir = join(DIST, 'pagefind', 'fragment');
    const withImage = readdirSync(dir).filter((f) => 'image' in (JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8').slice('pagefind_dcd'.length)) as { meta: object }).meta);
    expect(withImage).toEqual([]);
  });

  it('no page carries sort keys for Pagefind, and there is no second index', () => {
    expect(pages.filter((p) => p.html.includes('data-pagefind-sort')).map((p) => p.url)).toEqual([]);
    expect(existsSync(join(DIST, 'pagefind-sortiert'))).toBe(false);
    expect(existsSync(join(DIST, SORT_KEYS_DIR))).toBe(false);
  });
});

describe('sort tables', () => {
  it('per language, "titel" lists every indexed page once and "beginn" exactly the offerings', () => {
    const fragments = readdirSync(join(DIST, 'pagefind', 'fragment'));
    for (const lang of ['de', 'en', 'ar']) {
      const table = JSON.parse(readFileSync(join(DIST, SORT_TABLE_DIR, `${lang}.json`), 'utf8')) as SortTable;
      const ids = fragments.filter((f) => f.startsWith(`${lang}_`)).map((f) => f.replace('.pf_fragment', ''));
      expect([...table.titel].sort()).toEqual(ids.sort());
      const urlOf = (id: string) => (JSON.parse(gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', `${id}.pf_fragment`))).toString('utf8').slice('pagefind_dcd'.length)) as { url: string }).url;
      const offerings = ids.filter((id) => /^\/((en|ar)\/)?(programme|projekte)\/[^/]+\/$/.test(urlOf(id)));
      expect([...table.beginn].sort()).toEqual(offerings.sort());
    }
  });
});

describe('locator maps', () => {
  it('offering and region pages show the map as a shared file that exists, with a text alternative', () => {
    const maps = pages.filter((p) => p.html.includes('class="locator"'));
    expect(maps.length).toBeGreaterThan(100);
    for (const page of maps) {
      const img = /<figure class="locator">\s*<img src="\/(karten\/lage\/[0-9-]+\.svg|karten\/lage\/hessen\.svg)" width="150" height="\d+" alt="([^"]+)" data-pagefind-ignore="all"/.exec(page.html);
      expect(img, page.url).not.toBeNull();
      expect(existsSync(join(DIST, img![1]!)), img![1]).toBe(true);
      expect(page.html).not.toMatch(/<figure class="locator">\s*<svg/);
    }
  });
});
