import { describe, expect, it } from 'vitest';
import { sitemapAlternates, sitemapEntries } from '../../src/lib/sitemap';
import { siteRoot } from '../../src/lib/config';

const LANGS = { de: 'de-DE', en: 'en-GB', ar: 'ar' };
const ROOT = 'https://example.org/atlas/';

describe('sitemapAlternates', () => {
  it('gives every language version of a German, an English and an Arabic page', () => {
    const all = [
      { url: `${ROOT}projekte/x/`, lang: 'de-DE' },
      { url: `${ROOT}en/projekte/x/`, lang: 'en-GB' },
      { url: `${ROOT}ar/projekte/x/`, lang: 'ar' },
    ];
    for (const page of all) expect(sitemapAlternates(page.url, ROOT, LANGS, 'de')).toEqual(all);
  });

  it('handles the start pages and does not take a path that merely begins like a locale for one', () => {
    expect(sitemapAlternates(`${ROOT}en/`, ROOT, LANGS, 'de')!.map((a) => a.url)).toEqual([ROOT, `${ROOT}en/`, `${ROOT}ar/`]);
    expect(sitemapAlternates(`${ROOT}engagement/`, ROOT, LANGS, 'de')!.map((a) => a.url)).toEqual([`${ROOT}engagement/`, `${ROOT}en/engagement/`, `${ROOT}ar/engagement/`]);
  });

  it('gives none for a site in one language or a URL elsewhere', () => {
    expect(sitemapAlternates(`${ROOT}projekte/x/`, ROOT, { de: 'de-DE' }, 'de')).toBeUndefined();
    expect(sitemapAlternates('https://other.org/projekte/x/', ROOT, LANGS, 'de')).toBeUndefined();
  });
});

describe('sitemapEntries', () => {
  const files = ['index.html', '404.html', 'leerindex.html', '404/index.html', 'admin/index.html', 'projekte/x/index.html', 'en/index.html', 'en/404/index.html', 'en/admin/index.html', 'en/projekte/x/index.html', 'ar/index.html', 'ar/projekte/x/index.html', 'ar/404/index.html'];

  it('lists every page in every language, without the 404 pages and the editor', () => {
    expect(sitemapEntries(files, ROOT, LANGS, 'de').map((e) => e.url)).toEqual([ROOT, `${ROOT}ar/`, `${ROOT}ar/projekte/x/`, `${ROOT}en/`, `${ROOT}en/projekte/x/`, `${ROOT}projekte/x/`]);
  });

  it('gives each page its three language versions, and none on a German-only site', () => {
    const entry = sitemapEntries(files, ROOT, LANGS, 'de').find((e) => e.url === `${ROOT}ar/projekte/x/`)!;
    expect(entry.links!.map((l) => l.lang)).toEqual(['de-DE', 'en-GB', 'ar']);
    expect(sitemapEntries(['index.html', 'projekte/x/index.html'], ROOT, { de: 'de-DE' }, 'de')).toEqual([{ url: ROOT }, { url: `${ROOT}projekte/x/` }]);
  });
});

describe('siteRoot', () => {
  it('joins SITE_URL and BASE_PATH into the root the sitemap lists pages under', () => {
    expect(siteRoot({})).toBe('https://foerderatlas.example.org/');
    expect(siteRoot({ SITE_URL: 'https://owner.github.io', BASE_PATH: '/foerderatlas' })).toBe('https://owner.github.io/foerderatlas/');
    expect(siteRoot({ SITE_URL: 'https://owner.github.io/', BASE_PATH: 'foerderatlas/' })).toBe('https://owner.github.io/foerderatlas/');
    expect(siteRoot({ SITE_URL: 'https://atlas.example', BASE_PATH: '/' })).toBe('https://atlas.example/');
  });
});
