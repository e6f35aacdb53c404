/**
 * Sorting search results without a second Pagefind index. Pagefind would keep every sort key of every
 * page in the metadata each first search loads; instead the build writes per language a small table
 * (sort key → page ids in ascending order, Pagefind's own order) that the search page loads only when
 * someone sorts, and the page orders Pagefind's hits by it. Pagefind returns every hit's id before any
 * fragment is loaded, so sorting needs nothing else.
 */

/** The sort orders the search page offers (the values of its #sort select) and their direction. */
export const SORT_ORDERS = { titel: 'asc', beginn: 'desc' } as const;
export type SortKey = keyof typeof SORT_ORDERS;
export const SORT_KEYS = Object.keys(SORT_ORDERS) as SortKey[];

/** Per sort key, the Pagefind page ids that have the key, in ascending order of its value. */
export type SortTable = Record<SortKey, string[]>;
/** Sort keys of one page, by its address; a page without a key is left out when sorting by it. */
export type SortKeysByPath = Record<string, Partial<Record<SortKey, string>>>;

/** Where the built tables live, per language (the search page loads `suche/sortierung/<lang>.json`). */
export const SORT_TABLE_DIR = 'suche/sortierung';
/** Where Astro writes the sort keys by page address; the build turns them into tables and removes them. */
export const SORT_KEYS_DIR = 'suche/sortierschluessel';

/**
 * Directories of the pages that carry data-pagefind-body (Base.astro's `indexed`): the detail pages
 * /<section>/<id>/ of these sections, in every language. Pagefind reads only these (see the build), and
 * the sort keys exist for exactly these pages; a build test checks that no other page is marked indexed.
 */
export const INDEXED_SECTIONS = ['programme', 'projekte', 'regionen', 'traeger', 'handlungsfelder', 'zielgruppen'] as const;

/** The Pagefind glob for the indexed pages; `prefixes` are the language folders ('' for German). */
export function indexedPagesGlob(prefixes: readonly string[]): string {
  const dirs = prefixes.flatMap((prefix) => INDEXED_SECTIONS.map((section) => `${prefix}${section}`));
  return `{${dirs.join(',')}}/*/index.html`;
}

/** Whether a built file (path relative to the site, with '/') is one the glob above matches. */
export function isIndexedPageFile(file: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => INDEXED_SECTIONS.some((section) => new RegExp(`^${prefix}${section}/[^/]+/index\\.html$`).test(file)));
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const utf8 = new TextEncoder();

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * Page ids in ascending order of their values: numerically when every value is a number; else by the
 * language's collation when one is given (German "Ärztin" with the A's, not after "Z"), or by the values'
 * UTF-8 bytes as Pagefind 1.x orders them; equal values keep the pages' given order.
 */
export function ascendingIds(pages: readonly { id: string; value: string }[], collator?: Intl.Collator): string[] {
  const numeric = pages.length > 0 && pages.every((p) => NUMBER.test(p.value));
  const keyed = pages.map((p, i) => ({ ...p, i, bytes: utf8.encode(p.value), number: numeric ? Number(p.value) : 0 }));
  const text = collator ? (a: (typeof keyed)[number], b: (typeof keyed)[number]) => collator.compare(a.value, b.value) : (a: (typeof keyed)[number], b: (typeof keyed)[number]) => compareBytes(a.bytes, b.bytes);
  keyed.sort((a, b) => (numeric ? a.number - b.number : text(a, b)) || a.i - b.i);
  return keyed.map((p) => p.id);
}

/** The table of one language: page ids by sort key, pages in the given order for equal values. */
export function sortTable(pages: readonly { id: string; keys: Partial<Record<SortKey, string>> }[], collator?: Intl.Collator): SortTable {
  return Object.fromEntries(
    SORT_KEYS.map((key) => [key, ascendingIds(pages.flatMap((p) => (p.keys[key] === undefined ? [] : [{ id: p.id, value: p.keys[key] }])), collator)]),
  ) as SortTable;
}

/**
 * Hits in the chosen order, as Pagefind's own sort gives them: only hits that have the key (Pagefind
 * leaves out pages without it), ascending or, for 'desc', the ascending order reversed.
 */
export function sortHits<T extends { id: string }>(hits: readonly T[], ascending: readonly string[], direction: 'asc' | 'desc'): T[] {
  const rank = new Map(ascending.map((id, i) => [id, i]));
  const sorted = hits.filter((h) => rank.has(h.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return direction === 'desc' ? sorted.reverse() : sorted;
}

export const isSortKey = (value: string): value is SortKey => Object.hasOwn(SORT_ORDERS, value);
