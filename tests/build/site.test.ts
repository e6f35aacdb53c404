/** Checks on the built dist/: structure of every page, links, privacy, HTML validity, no scripts on detail pages. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy } from '../../src/lib/csp';
import { decapConnectSources } from '../../src/lib/decap-config';
import { ADMIN_PAGE, htmlPages, listFiles } from '../helpers/dist';

const DIST = resolve(import.meta.dirname, '../../dist');
const pages = htmlPages(DIST);
const DETAIL = /^\/(programme|projekte|handlungsfelder|zielgruppen|regionen|traeger)\/(?!a-z\/|nach-)[a-z0-9-]+\/$/;

function attr(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => m[1]!);
}

describe('every page', () => {
  it('exists for every page type', () => {
    const urls = new Set(pages.map((p) => p.url));
    for (const url of ['/', '/programme/', '/projekte/', '/handlungsfelder/', '/regionen/', '/zielgruppen/', '/traeger/', '/suche/', '/ueberschneidungen/', '/abdeckung/', '/vergleich/', '/monitoring/', '/daten/', '/mitmachen/', '/barrierefreiheit/', '/404']) {
      expect(urls.has(url), url).toBe(true);
    }
    for (const pattern of ['/programme/', '/projekte/', '/handlungsfelder/', '/regionen/', '/zielgruppen/', '/traeger/']) {
      expect(pages.some((p) => p.url.startsWith(pattern) && DETAIL.test(p.url)), pattern).toBe(true);
    }
  });

  it.each(pages.map((p) => [p.url, p] as const))('%s has one h1, a lang, a title and a canonical URL', (_url, page) => {
    expect(page.html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(page.html).toMatch(/<html lang="(de|en|ar)"/);
    expect(page.html).toMatch(/<title>[^<]+<\/title>/);
    // Its canonical URL is its own address (the 404 pages have none).
    if (/^\/([a-z]{2}\/)?404\/?$/.test(page.url)) expect(page.html).not.toContain('rel="canonical"');
    else expect(new URL(page.html.match(/<link rel="canonical" href="(https:\/\/[^"]+)"/)?.[1] ?? 'https://x/').pathname).toBe(page.url);
  });
});

describe('links and assets', () => {
  it('every internal link and asset resolves in dist/', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const target of attr(page.html, /\s(?:href|src)="([^"]+)"/g)) {
        if (/^(https?:|mailto:|tel:|#|data:)/.test(target)) continue;
        const path = decodeURI(target.split(/[?#]/)[0]!);
        if (!path.startsWith('/')) {
          broken.push(`${page.url} → ${target} (relative)`);
          continue;
        }
        const file = join(DIST, path);
        const ok = path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file) && statSync(file).isFile();
        if (!ok) broken.push(`${page.url} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every in-page anchor points to an element on that page', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const ids = new Set(attr(page.html, /\sid="([^"]+)"/g));
      for (const target of attr(page.html, /\shref="#([^"]+)"/g)) if (!ids.has(decodeURIComponent(target))) broken.push(`${page.url}#${target}`);
    }
    expect(broken).toEqual([]);
  });
});

describe('privacy', () => {
  it('no page or stylesheet loads anything from another host', () => {
    const foreign: string[] = [];
    for (const page of pages) {
      const loads = [
        ...attr(page.html, /<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\ssrc="([^"]+)"/g),
        // <link> loads a resource unless it only names an address (canonical, alternate languages).
        ...(page.html.match(/<link\b[^>]*>/g) ?? []).filter((tag) => !/rel="(canonical|alternate)"/.test(tag)).flatMap((tag) => attr(tag, /\shref="([^"]+)"/g)),
        ...attr(page.html, /url\(["']?([^"')]+)/g),
        ...attr(page.html, /\ssrcset="([^"]+)"/g),
      ];
      for (const url of loads) if (/^(https?:)?\/\//.test(url)) foreign.push(`${page.url}: ${url}`);
    }
    for (const css of listFiles(DIST).filter((f) => f.endsWith('.css'))) {
      for (const url of attr(readFileSync(css, 'utf8'), /url\(["']?([^"')]+)/g)) if (/^(https?:)?\/\//.test(url)) foreign.push(`${css}: ${url}`);
    }
    expect(foreign).toEqual([]);
  });
});

describe('content security policy', () => {
  it('every page sets a CSP right after its charset that allows no inline script or style', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const head = page.html.match(/<head>\s*<meta charset="utf-8"\s*\/?>\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
      if (!head) {
        wrong.push(`${page.url}: keine CSP direkt nach charset`);
        continue;
      }
      const policy = head[1]!.replace(/&#39;|&apos;/g, "'");
      if (!/script-src 'self'/.test(policy) || !/style-src 'self'(;|$)/.test(policy) || /unsafe-inline|'unsafe-eval'|\*/.test(policy)) wrong.push(`${page.url}: ${policy}`);
      const wasm = policy.includes("'wasm-unsafe-eval'");
      if (wasm !== /^\/((en|ar)\/)?suche\/$/.test(page.url)) wrong.push(`${page.url}: wasm-unsafe-eval ${wasm}`);
    }
    expect(wrong).toEqual([]);
  });

  it('no page holds what that policy would block: inline scripts, style elements, style attributes, handlers', () => {
    const blocked: string[] = [];
    for (const page of pages) {
      for (const attrs of attr(page.html, /<script\b([^>]*)>/g)) {
        if (!/\ssrc="/.test(attrs) && !/type="application\/(ld\+)?json"/.test(attrs)) blocked.push(`${page.url}: <script${attrs}>`);
      }
      if (/<style[\s>]/.test(page.html)) blocked.push(`${page.url}: <style>`);
      if (/<[a-z][^>]*\sstyle="/.test(page.html)) blocked.push(`${page.url}: style="…"`);
      if (/<[a-z][^>]*\son[a-z]+="/.test(page.html)) blocked.push(`${page.url}: on…="…"`);
    }
    expect(blocked.slice(0, 20)).toEqual([]);
  });
});

describe('the browser editor (/admin/): the one stated exception', () => {
  const admin = htmlPages(DIST, { admin: true }).filter((p) => ADMIN_PAGE.test(p.url));
  const policyOf = (html: string) => html.match(/<head>\s*<meta charset="utf-8"\s*\/?>\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]?.replace(/&#39;|&apos;/g, "'");

  it('exists in every language and loads Decap and its configuration from this site only', () => {
    expect(admin.map((p) => p.url).sort()).toEqual(['/admin/', '/ar/admin/', '/en/admin/']);
    for (const page of admin) {
      expect(page.html).toContain('<script defer src="/admin/decap/cms.js"></script>');
      expect(page.html).toContain('<link href="/admin/config.yml" type="text/yaml" rel="cms-config-url">');
      const loads = [...page.html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(loads.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
    }
    for (const file of ['admin/decap/cms.js', 'admin/config.yml']) expect(statSync(join(DIST, file)).isFile(), file).toBe(true);
  });

  it("sets its own CSP (unsafe-eval for ajv, inline styles for emotion, Decap's backends), and every other page keeps the strict one", () => {
    for (const page of admin) expect(policyOf(page.html), page.url).toBe(adminContentSecurityPolicy(decapConnectSources({})));
    expect(policyOf(admin[0]!.html)).not.toMatch(/script-src[^;]*(https?:|\*|'unsafe-inline')/);
    expect(pages.filter((p) => /'unsafe-eval'|'unsafe-inline'/.test(policyOf(p.html) ?? '')).map((p) => p.url)).toEqual([]);
  });

  it('holds no inline script, style element, style attribute or handler of its own', () => {
    for (const page of admin) {
      expect([...page.html.matchAll(/<script\b([^>]*)>/g)].every((m) => /\ssrc="/.test(m[1]!)), page.url).toBe(true);
      expect(page.html).not.toMatch(/<style[\s>]|<[a-z][^>]*\s(style|on[a-z]+)="/);
    }
  });

  it('is kept out of search engines, the sitemap and the search index', () => {
    for (const page of admin) {
      expect(page.html).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(page.html).not.toContain('data-pagefind-body');
    }
    const sitemaps = listFiles(DIST).filter((f) => /sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const sitemap of sitemaps) expect(readFileSync(sitemap, 'utf8')).not.toMatch(/\/admin\//);
    expect(readFileSync(sitemaps[0]!, 'utf8')).toContain('/mitmachen/');
    // Pagefind indexes only pages marked data-pagefind-body once any page is marked, so the editor stays out.
    expect(pages.some((p) => p.html.includes('data-pagefind-body'))).toBe(true);
  });
});

describe('detail pages', () => {
  const details = pages.filter((p) => DETAIL.test(p.url));
  it('exist in numbers', () => expect(details.length).toBeGreaterThan(100));
  it('contain no executable script (JSON-LD data only)', () => {
    const withScript = details.filter((p) => attr(p.html, /<script\b([^>]*)>/g).some((attrs) => !/type="application\/ld\+json"/.test(attrs)));
    expect(withScript.map((p) => p.url)).toEqual([]);
  });
});

describe('HTML validity', () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Long German compound words and data attributes are fine; these rules are about style, not validity.
      'long-title': 'off',
      'no-trailing-whitespace': 'off',
      'attribute-boolean-style': 'off',
      'void-style': 'off',
      'no-inline-style': 'off',
      // Astro writes the JSON-LD and search-text data blocks as script elements with a JSON type.
      'script-type': 'off',
      // Checkbox groups (facets, region picker) share one name by design.
      'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
    },
  });
  it.each(pages.map((p) => [p.url, p] as const))('%s is valid HTML', async (_url, page) => {
    const report = await validator.validateString(page.html, page.file);
    const messages = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});

describe('the sitemap', () => {
  const files = listFiles(DIST);
  const xml = files.filter((f) => /sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(f, 'utf8')).join('');
  const locs = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const ORIGIN = 'https://foerderatlas.example.org/';

  it('lists every page in every language once, but not the 404 pages and the editor', () => {
    const expected = files
      .filter((f) => f.endsWith('/index.html'))
      .map((f) => `${ORIGIN}${f.slice(DIST.length + 1, -'index.html'.length)}`)
      .filter((url) => !/\/(?:[a-z]{2}\/)?(?:404|admin)\//.test(url.slice(ORIGIN.length - 1)));
    expect(new Set(locs).size).toBe(locs.length);
    expect([...locs].sort()).toEqual([...expected].sort());
    for (const lang of ['en', 'ar']) expect(locs.filter((u) => u.startsWith(`${ORIGIN}${lang}/projekte/`)).length, lang).toBe(locs.filter((u) => u.startsWith(`${ORIGIN}projekte/`)).length);
  });

  it('names each page\'s language versions, which exist', () => {
    const entry = /<url><loc>([^<]+)<\/loc>((?:<xhtml:link [^>]+>)*)<\/url>/g;
    let checked = 0;
    for (const m of xml.matchAll(entry)) {
      const links = [...m[2]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((l) => [l[1]!, l[2]!] as const);
      expect(links.map(([lang]) => lang), m[1]).toEqual(['de', 'en', 'ar']);
      expect(links.map(([, href]) => href), m[1]).toContain(m[1]);
      for (const [, href] of links) expect(existsSync(join(DIST, href.slice(ORIGIN.length), 'index.html')), href).toBe(true);
      checked++;
    }
    expect(checked).toBe(locs.length);
  });

  it('is named in an index that the pages link', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${ORIGIN}sitemap-0.xml</loc>`);
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toContain('<link rel="sitemap" href="/sitemap-index.xml">');
  });
});
