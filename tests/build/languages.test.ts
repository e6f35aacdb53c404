/**
 * The built site in three languages: every page exists under /en/ and /ar/, each says its language
 * and direction, hreflang links resolve, no German interface text is left on English or Arabic
 * pages (German content must be marked lang="de"), and translated content is shown where it exists.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { dictionaries, type Locale } from '../../src/i18n';
import { de } from '../../src/i18n/de';
import { missingTranslatedPages } from '../../src/lib/locale-pages';
import { htmlPages, listFiles } from '../helpers/dist';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const pages = htmlPages(DIST);
const byUrl = new Map(pages.map((p) => [p.url, p]));
const pageOf = (url: string) => {
  const page = byUrl.get(url);
  if (!page) throw new Error(`${url} was not built`);
  return page;
};

/**
 * Every text of a dictionary: strings, and the fixed parts of what its functions return (called with 7
 * for each argument, cut at the 7s: "7 Angebote vor Ort" gives "Angebote vor Ort").
 */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const output = String((value as (...args: unknown[]) => unknown)(...Array.from({ length: value.length }, () => 7)));
    return output.split(/7/).map((part) => part.trim()).filter((part) => part.includes(' ') && part.length >= 8).map((part, i) => [`${path}()${i}`, part]);
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * Text a reader of the page meets, without anything marked as German: text, titles, labels, placeholders,
 * texts that scripts show (data-* attributes, the #search-text dictionary) and hidden text that scripts
 * reveal. Left out: Pagefind's meta and sort data (the entry's own title and summary, content).
 */
function readerText(html: string): string {
  const parts: string[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') parts.push(node.data);
      else if (node.type === 'script' && node.attribs.id === 'search-text') {
        parts.push(...strings(JSON.parse(node.children.map((c) => ('data' in c ? c.data : '')).join(''))).map(([, v]) => v));
      } else if (node.type === 'tag') {
        if (node.name !== 'html' && node.attribs.lang?.startsWith('de')) continue;
        if ('data-pagefind-meta' in node.attribs || 'data-pagefind-sort' in node.attribs) continue;
        for (const name of ['title', 'aria-label', 'placeholder', 'alt']) if (node.attribs[name]) parts.push(node.attribs[name]);
        // Texts for scripts; ids, slugs and paths are not words.
        for (const [name, value] of Object.entries(node.attribs)) if (name.startsWith('data-') && !/^[a-z0-9/_,.:-]*$/.test(value)) parts.push(value);
        // <title> and the meta description hold the entry's own title and summary: content, possibly German.
        if (node.name !== 'title') walk(node.children);
      }
      // <script> and <style> hold code and data, not text people read.
    }
  };
  walk(parseDocument(html, { decodeEntities: true }).children);
  return parts.join('\n');
}

const contentFiles = (collection: string) =>
  listFiles(join(ROOT, 'content', collection)).filter((f) => f.endsWith('.yaml')).map((f) => parseYaml(readFileSync(f, 'utf8')) as Record<string, unknown>);
/**
 * Proper names are not interface text and stay as they are: regions, organisations, official programme
 * names, and the two German names the other languages explain ("Leichte Sprache", "Modellregionen Integration").
 */
const properNames = [
  ...contentFiles('regions').flatMap((r) => [String(r.name), ...(r.officialName ? [String(r.officialName)] : [])]),
  ...contentFiles('organizations').map((o) => String(o.name)),
  ...contentFiles('programs').map((p) => String(p.title)),
  'Leichte Sprache',
  'Modellregionen Integration',
].sort((a, b) => b.length - a.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern of the German dictionary's texts that the other language words differently, as whole words. */
function germanPattern(locale: Locale): RegExp {
  const own = new Set(strings(dictionaries[locale]).map(([, value]) => value.toLowerCase()));
  const values = strings(de)
    // Words both languages share ("Programme", "Status") are not German-only; a value equal to its key
    // is a data value named in technical texts (status "beendet"), not wording.
    .filter(([path, value]) => !own.has(value.toLowerCase()) && !path.endsWith(`.${value}`))
    .map(([, value]) => value.replace(/<[^>]+>/g, '').trim())
    // Short single words ("Bund", "Kurs", "Kitas") also occur inside names such as "Sprach-Kitas"; whole phrases and longer words are telling.
    .filter((value) => (value.includes(' ') ? value.length >= 4 : value.length >= 6) && !/^[\d\s–-]+$/.test(value));
  const unique = [...new Set(values)].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(${unique.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

describe('every page in every language', () => {
  it('has an English and an Arabic counterpart for each German page', () => {
    const files = listFiles(DIST).filter((f) => f.endsWith('.html')).map((f) => relative(DIST, f).replace(/\\/g, '/'));
    expect(missingTranslatedPages(files)).toEqual([]);
    for (const url of ['/', '/programme/', '/programme/a-z/', '/projekte/nach-beginn/', '/handlungsfelder/sprache/', '/zielgruppen/eltern/', '/regionen/kassel/', '/traeger/bamf/', '/suche/', '/ueberschneidungen/', '/abdeckung/sprache/', '/vergleich/', '/monitoring/', '/daten/', '/mitmachen/', '/barrierefreiheit/', '/impressum/', '/leichte-sprache/', '/404/']) {
      for (const locale of ['en', 'ar']) expect(byUrl.has(`/${locale}${url}`), `/${locale}${url}`).toBe(true);
    }
  });

  it('says its language and direction in <html lang dir>', () => {
    const wrong = pages.filter((p) => {
      const expected = p.url.startsWith('/ar/') ? '<html lang="ar" dir="rtl">' : p.url.startsWith('/en/') ? '<html lang="en" dir="ltr">' : '<html lang="de" dir="ltr">';
      return !p.html.includes(expected);
    });
    expect(wrong.map((p) => p.url)).toEqual([]);
  });

  it('links to itself in every language with hreflang, and every such link resolves', () => {
    const broken: string[] = [];
    // The 404 pages stand for no address of their own and have no alternates.
    for (const page of pages.filter((p) => !/^\/([a-z]{2}\/)?404\/?$/.test(p.url))) {
      const links = [...page.html.matchAll(/<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"/g)];
      expect(links.map((m) => m[1]), page.url).toEqual(['de', 'en', 'ar', 'x-default']);
      for (const [, , href] of links) {
        const path = new URL(href!).pathname;
        if (!existsSync(join(DIST, path, 'index.html')) && !existsSync(join(DIST, path))) broken.push(`${page.url} → ${path}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has a language switcher that leads to the same page in each language', () => {
    const html = pageOf('/en/regionen/kassel/').html;
    expect(html).toMatch(/<a href="\/regionen\/kassel\/" lang="de" hreflang="de">Deutsch<\/a>/);
    expect(html).toMatch(/<a href="\/ar\/regionen\/kassel\/" lang="ar" hreflang="ar" dir="rtl">العربية<\/a>/);
    expect(html).toMatch(/<a href="\/en\/regionen\/kassel\/" lang="en" hreflang="en" aria-current="true">English<\/a>/);
  });
});

describe('no German interface text on English and Arabic pages', () => {
  for (const locale of ['en', 'ar'] as const) {
    it(`${locale}: every page is free of the German dictionary's texts outside content marked lang="de"`, () => {
      const pattern = germanPattern(locale);
      const found: string[] = [];
      for (const page of pages.filter((p) => p.url.startsWith(`/${locale}/`))) {
        let text = readerText(page.html);
        for (const name of properNames) text = text.split(name).join(' ');
        const match = text.match(pattern);
        if (match) found.push(`„${match[1]}“ ${page.url}`);
      }
      // One example page per German text keeps a failure readable.
      const examples = new Map(found.map((f) => [f.split(' /')[0], f]));
      expect([...examples.values()]).toEqual([]);
    });
  }

  it('the scan does find German interface text (on the German pages)', () => {
    let text = readerText(pageOf('/regionen/kassel/').html);
    for (const name of properNames) text = text.split(name).join(' ');
    expect(text).toMatch(germanPattern('en'));
  });
});

describe('translated content', () => {
  it('describes the page in its own language in JSON-LD, German only where there is no translation', () => {
    const service = (path: string) => {
      const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(pageOf(path).html)![1]!;
      const data = JSON.parse(json);
      return (Array.isArray(data) ? data : [data]).find((d: { '@type': string }) => /Service$/.test(d['@type']));
    };
    expect(service('/en/programme/integrationskurse/')).toMatchObject({ name: 'Integration course', inLanguage: 'en' });
    expect(service('/ar/programme/integrationskurse/')).toMatchObject({ name: 'دورة الاندماج', inLanguage: 'ar' });
    expect(service('/programme/integrationskurse/')).toMatchObject({ name: 'Integrationskurs', inLanguage: 'de' });
    // An untranslated project keeps its German text and says so.
    expect(service('/en/projekte/wir-vielfaltszentrum-wetzlar/')).toMatchObject({ inLanguage: 'de' });
  });

  it('shows a translation in its language, with the note that it is unchecked and a way to correct it', () => {
    const html = pageOf('/en/programme/integrationskurse/').html;
    expect(html).toContain('<h1>Integration course</h1>');
    expect(html).toMatch(/Official German name: <span lang="de">Integrationskurs<\/span>/);
    expect(html).toContain(dictionaries.en.i18n.machineTranslated);
    expect(html).toMatch(/href="[^"]+\/edit\/[^"]+content\/programs\/integrationskurse\.yaml"[^>]*>Improve this translation</);
    const ar = pageOf('/ar/handlungsfelder/sprache/').html;
    expect(ar).toContain('<h1>اللغة</h1>');
  });

  it('shows German text marked lang="de" with "Only available in German" where no translation exists', () => {
    const html = pageOf('/en/programme/amif-2021-2027/').html;
    expect(html).toMatch(/<h1><span lang="de">[^<]+<\/span><\/h1>/);
    expect(html).toContain(dictionaries.en.i18n.onlyGerman);
    expect(pageOf('/ar/programme/amif-2021-2027/').html).toContain(dictionaries.ar.i18n.onlyGerman);
  });

  it('puts translations into the open data: catalogue.json and the CSV columns', () => {
    const catalogue = JSON.parse(readFileSync(join(DIST, 'data/catalogue.json'), 'utf8'));
    const course = catalogue.programs.find((p: { id: string }) => p.id === 'integrationskurse');
    expect(course.translations.en.title).toBe('Integration course');
    expect(course.translations.ar.machineTranslated).toBe(true);
    const csv = readFileSync(join(DIST, 'data/offerings.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('titleEn,summaryEn,titleAr,summaryAr');
  });

  it('indexes each language separately for search', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['ar', 'de', 'en']);
    for (const lang of ['de', 'en', 'ar']) expect(entry.languages[lang].page_count).toBeGreaterThan(500);
    // One Pagefind run per language, put together into one bundle (scripts/build.ts): every page of a
    // language has its fragment in the one bundle, and the per-language folders are gone.
    const fragments = readdirSync(join(DIST, 'pagefind/fragment'));
    for (const lang of ['de', 'en', 'ar']) expect(fragments.filter((f) => f.startsWith(`${lang}_`)).length).toBe(entry.languages[lang].page_count);
    expect(readdirSync(DIST).filter((name) => name.startsWith('pagefind-'))).toEqual([]);
  });
});
