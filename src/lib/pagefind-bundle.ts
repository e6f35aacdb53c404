/**
 * Pagefind runs once per language (scripts/build.ts): one run over every language held all pages' words and
 * fragments in memory at once (2.4 GB at 10,000 offerings against 1.0–1.4 GB per language). Pagefind keeps
 * a separate index per language anyway, with content-hashed file names, so the three bundles are put
 * together by taking all their files and one entry file that lists every language: the same bundle, file
 * for file, that one run over all languages writes (checked at 10,000 offerings).
 */

/** Pagefind 1.x's `pagefind-entry.json`: the version and, per language, the hash of its index. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
  [other: string]: unknown;
}

/** One entry file for several bundles of the same Pagefind version; languages A–Z, as Pagefind writes them. */
export function mergePagefindEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  if (entries.length === 0) throw new Error('Pagefind: kein Suchindex zum Zusammenführen');
  const [first] = entries as [PagefindEntry, ...PagefindEntry[]];
  // Everything but the languages (version, word characters) must be the same in every bundle.
  const { languages: _, ...settings } = first;
  const languages: PagefindEntry['languages'] = {};
  for (const entry of entries) {
    const { languages: own, ...rest } = entry;
    if (JSON.stringify(rest) !== JSON.stringify(settings)) {
      throw new Error(`Pagefind: die Suchindizes passen nicht zusammen (Version ${entry.version} und ${first.version} oder andere Einstellungen)`);
    }
    for (const [lang, index] of Object.entries(own)) {
      if (languages[lang]) throw new Error(`Pagefind: die Sprache „${lang}“ steht in zwei Suchindizes`);
      languages[lang] = index;
    }
  }
  const sorted = Object.fromEntries(Object.keys(languages).sort().map((lang) => [lang, languages[lang]!]));
  return { ...first, languages: sorted };
}
