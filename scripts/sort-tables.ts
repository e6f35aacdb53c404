/**
 * Build step after Pagefind: the search's sort tables. Astro wrote the sort keys of every indexed page by
 * address (suche/sortierschluessel/<lang>.json); Pagefind named each page by an id (its fragment file).
 * This joins the two into suche/sortierung/<lang>.json (src/lib/search-sort.ts) and removes the keys.
 * A page Pagefind indexed without sort keys, or sort keys of a page Pagefind did not index, stops the
 * build: the list of indexed pages and the list of sorted pages must not drift apart.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SORT_KEYS_DIR, SORT_TABLE_DIR, sortTable, type SortKeysByPath } from '../src/lib/search-sort';

/** Pagefind 1.x's fragment files: gzip of "pagefind_dcd" followed by the page's JSON (url, meta, …). */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** Page id → address, for one language, from the fragments Pagefind wrote. */
export function pagefindPages(site: string, lang: string): Map<string, string> {
  const dir = join(site, 'pagefind', 'fragment');
  const pages = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    if (!file.startsWith(`${lang}_`) || !file.endsWith('.pf_fragment')) continue;
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`pagefind/fragment/${file}: unbekanntes Format (Pagefind-Version?)`);
    const { url } = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url?: unknown };
    if (typeof url !== 'string') throw new Error(`pagefind/fragment/${file}: keine Adresse`);
    pages.set(file.slice(0, -'.pf_fragment'.length), url);
  }
  return pages;
}

export function writeSortTables(site: string, languages: readonly string[]): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  mkdirSync(join(site, SORT_TABLE_DIR), { recursive: true });
  for (const lang of languages) {
    const keys = JSON.parse(readFileSync(join(site, SORT_KEYS_DIR, `${lang}.json`), 'utf8')) as SortKeysByPath;
    const indexed = [...pagefindPages(site, lang)];
    const withoutKeys = indexed.filter(([, url]) => !keys[url]).map(([, url]) => url);
    const seen = new Set(indexed.map(([, url]) => url));
    const notIndexed = Object.keys(keys).filter((url) => !seen.has(url));
    if (withoutKeys.length > 0 || notIndexed.length > 0) {
      throw new Error(
        `Sortierung (${lang}): ${withoutKeys.length} indexierte Seiten ohne Sortierschlüssel (${withoutKeys.slice(0, 3).join(', ')}), ` +
          `${notIndexed.length} Seiten mit Sortierschlüssel nicht im Suchindex (${notIndexed.slice(0, 3).join(', ')}); ` +
          'siehe INDEXED_SECTIONS in src/lib/search-sort.ts und src/site/sort-keys.ts',
      );
    }
    // Equal values keep this order: by title, then address. (Pagefind's own sort kept the order in which it
    // happened to read the files, which differs from disk to disk.)
    const titleBytes = (url: string) => Buffer.from(keys[url]!.titel ?? '');
    indexed.sort(([, a], [, b]) => Buffer.compare(titleBytes(a), titleBytes(b)) || Buffer.compare(Buffer.from(a), Buffer.from(b)));
    // Titles sort as readers of the language expect (German: Ä with A), no longer by bytes as Pagefind did.
    const json = JSON.stringify(sortTable(indexed.map(([id, url]) => ({ id, keys: keys[url]! })), new Intl.Collator(lang)));
    writeFileSync(join(site, SORT_TABLE_DIR, `${lang}.json`), json);
    pages += indexed.length;
    bytes += json.length;
  }
  rmSync(join(site, SORT_KEYS_DIR), { recursive: true, force: true });
  return { pages, bytes };
}
