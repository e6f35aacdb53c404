/**
 * The sitemap's entries, from the built pages: every page in every language with its language versions
 * (hreflang alternates). It replaces @astrojs/sitemap, which (in Astro 7 with the "rewrite" fallback)
 * listed only 21 of the 1,864 English and Arabic pages, put /404/ in, and found a page's versions by
 * comparing every URL with every other one: 36 s for the 53,000 URLs of a 10,000-offering site,
 * 9 minutes for 159,000. Every page exists in every language (the build checks it first,
 * src/lib/locale-pages.ts), so a page's versions follow from its own URL.
 */
export interface Alternate {
  url: string;
  lang: string;
}

/**
 * `siteRoot` is the site's address with its base path and a trailing slash; `languages` maps each
 * locale to its hreflang value, the default locale first (its pages have no prefix).
 */
export function sitemapAlternates(url: string, siteRoot: string, languages: Readonly<Record<string, string>>, defaultLocale: string): Alternate[] | undefined {
  if (!url.startsWith(siteRoot)) return undefined;
  const locales = Object.keys(languages);
  if (locales.length < 2) return undefined;
  const rest = url.slice(siteRoot.length);
  const prefixed = locales.find((l) => l !== defaultLocale && (rest === l || rest.startsWith(`${l}/`)));
  const path = prefixed ? rest.slice(prefixed.length + 1) : rest;
  return locales.map((l) => ({ url: `${siteRoot}${l === defaultLocale ? '' : `${l}/`}${path}`, lang: languages[l]! }));
}

export interface SitemapEntry {
  url: string;
  links?: Alternate[];
}

/** Pages for search engines: not the 404 pages, not the browser editor (/admin/, noindex). */
export function sitemapPaths(htmlFiles: readonly string[], prefixes: readonly string[]): string[] {
  const paths: string[] = [];
  for (const file of htmlFiles) {
    // Pages are <path>/index.html; 404.html is the static host's own not-found page.
    if (file !== 'index.html' && !file.endsWith('/index.html')) continue;
    const path = file.slice(0, -'index.html'.length);
    const prefix = prefixes.find((p) => p !== '' && path.startsWith(p)) ?? '';
    const own = path.slice(prefix.length);
    if (own === '404/' || own.startsWith('admin/')) continue;
    paths.push(path);
  }
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Entries for the built pages (relative file names with "/"), each with its language versions. */
export function sitemapEntries(htmlFiles: readonly string[], siteRoot: string, languages: Readonly<Record<string, string>>, defaultLocale: string): SitemapEntry[] {
  const prefixes = Object.keys(languages).map((l) => (l === defaultLocale ? '' : `${l}/`));
  return sitemapPaths(htmlFiles, prefixes).map((path) => {
    const url = `${siteRoot}${path}`;
    const links = sitemapAlternates(url, siteRoot, languages, defaultLocale);
    return links ? { url, links } : { url };
  });
}
