import { describe, expect, it } from 'vitest';
import { dictionaries, LOCALES, pathInLocale, asLocale } from '../../src/i18n';
import { de } from '../../src/i18n/de';
import { localizeEntry } from '../../src/lib/localized';
import { formatterFor } from '../../src/lib/format';
import { missingTranslatedPages } from '../../src/lib/locale-pages';

/** Every key path of a dictionary with the kind of its value ("string", "function", "array:3", "object"). */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [`${path}:string`];
  if (typeof value === 'function') return [`${path}:function/${value.length}`];
  if (Array.isArray(value)) return [`${path}:array/${value.length}`, ...value.flatMap((v, i) => shape(v, `${path}[${i}]`))];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [`${path}:${typeof value}`];
}

/** Placeholders such as {n} and {q} that the scripts fill in. */
const placeholders = (value: unknown): string[] => (typeof value === 'string' ? (value.match(/\{[a-z]+\}/g) ?? []).sort() : []);

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

describe('dictionaries', () => {
  it('are German plus English and Arabic', () => {
    expect([...LOCALES].sort()).toEqual(['ar', 'de', 'en']);
  });

  // Each translation against German (German against itself would prove nothing).
  for (const locale of LOCALES.filter((l) => l !== 'de')) {
    it(`${locale} has exactly the keys, list lengths and function arities of de`, () => {
      expect(shape(dictionaries[locale])).toEqual(shape(de));
    });
    it(`${locale} keeps every placeholder the scripts fill in`, () => {
      const mine = new Map(leaves(dictionaries[locale]));
      for (const [path, value] of leaves(de)) expect(placeholders(mine.get(path)), path).toEqual(placeholders(value));
    });
  }

  it('really translates: most English and Arabic texts differ from the German ones', () => {
    const german = new Map(leaves(de));
    for (const locale of ['en', 'ar'] as const) {
      const same = leaves(dictionaries[locale]).filter(([path, value]) => typeof value === 'string' && value === german.get(path) && value.length > 4);
      // Names such as "Förderatlas", "Monitoring" or "Status" may stay; whole sentences may not.
      expect(same.filter(([, v]) => (v as string).includes(' ')).map(([p]) => p)).toEqual([]);
    }
  });

  it('functions speak the language, with its number format', () => {
    expect(dictionaries.de.page.moreHidden(1234)).toBe('… und 1.234 weitere.');
    expect(dictionaries.en.page.moreHidden(1234)).toContain('1,234');
    expect(dictionaries.ar.page.moreHidden(1234)).toMatch(/[\u0600-\u06FF]/);
    expect(dictionaries.ar.page.moreHidden(1234)).toContain('1,234');
  });
});

describe('locale paths', () => {
  it('maps a page to the same page in another language', () => {
    expect(pathInLocale('/regionen/kassel/', 'en')).toBe('/en/regionen/kassel/');
    expect(pathInLocale('/en/regionen/kassel/', 'ar')).toBe('/ar/regionen/kassel/');
    expect(pathInLocale('/ar/regionen/kassel/', 'de')).toBe('/regionen/kassel/');
    expect(pathInLocale('/', 'ar')).toBe('/ar/');
    expect(pathInLocale('/en/', 'de')).toBe('/');
    // A German page whose first segment merely starts like a locale keeps its path.
    expect(pathInLocale('/english-course/', 'en')).toBe('/en/english-course/');
  });

  it('falls back to German for an unknown locale', () => {
    expect(asLocale('fr')).toBe('de');
  });

  it('finds German pages without their English or Arabic counterpart', () => {
    const files = ['index.html', '404.html', 'regionen/kassel/index.html', 'en/index.html', 'en/404/index.html', 'en/regionen/kassel/index.html', 'ar/index.html', 'ar/404/index.html'];
    expect(missingTranslatedPages(files)).toEqual([{ locale: 'ar', file: 'ar/regionen/kassel/index.html' }]);
    expect(missingTranslatedPages([...files, 'ar/regionen/kassel/index.html'])).toEqual([]);
  });
});

describe('entry texts in a language', () => {
  const field = {
    title: 'Sprache',
    summary: 'Deutsch lernen.',
    translations: { en: { title: 'Language', summary: 'Learning German.', machineTranslated: true }, ar: { summary: 'تعلّم الألمانية.', body: 'فقرة أولى.\n\nفقرة ثانية.' } },
  };

  it('uses the translation and says which language each text is in', () => {
    const en = localizeEntry(field, 'en');
    expect(en.title).toEqual({ text: 'Language', lang: 'en' });
    expect(en.summary).toEqual({ text: 'Learning German.', lang: 'en' });
    expect(en.translated).toBe(true);
    expect(en.machineTranslated).toBe(true);
  });

  it('keeps the German title when a translation has none, and splits the body into paragraphs', () => {
    const ar = localizeEntry(field, 'ar');
    expect(ar.title).toEqual({ text: 'Sprache', lang: 'de' });
    expect(ar.summary?.lang).toBe('ar');
    expect(ar.body?.paragraphs).toEqual(['فقرة أولى.', 'فقرة ثانية.']);
    expect(ar.machineTranslated).toBe(false);
  });

  it('falls back to German, marked as German, without a translation', () => {
    const en = localizeEntry({ title: 'Schule', summary: 'Lernen in der Schule.' }, 'en');
    expect(en).toMatchObject({ title: { text: 'Schule', lang: 'de' }, summary: { lang: 'de' }, translated: false });
    expect(localizeEntry({ title: 'Schule' }, 'de').translated).toBe(true);
  });
});

describe('formatting per language', () => {
  it('formats dates, numbers and periods with Intl', () => {
    expect(formatterFor('de').date('2024-01-31')).toBe('31. Januar 2024');
    expect(formatterFor('en').date('2024-01-31')).toBe('31 January 2024');
    expect(formatterFor('ar').date('2024-01-31')).toMatch(/^31 يناير 2024$/);
    expect(formatterFor('en').number(1234567)).toBe('1,234,567');
    expect(formatterFor('ar').number(1234567)).toBe('1,234,567');
    const words = { since: 'since', from: 'from', to: 'until', documented: 'documented since' };
    expect(formatterFor('en').period({ start: '2020-01-01' }, '2026-11-26', words)).toBe('since 1 January 2020');
    // A start that is only the earliest evidence is said so, with or without an end.
    expect(formatterFor('en').period({ start: '2024-07-11', startKind: 'belegt-seit' }, '2026-11-26', words)).toBe('documented since 11 July 2024');
    expect(formatterFor('de').period({ start: '2024-07-11', end: '2027-12-31', startKind: 'belegt-seit' }, '2026-11-26')).toBe('belegt seit 11. Juli 2024, bis 31. Dezember 2027');
    expect(formatterFor('de').weekdays(['mo', 'mi', 'fr'])).toBe('Mo, Mi und Fr');
    expect(formatterFor('en').weekdays(['sa', 'so'])).toBe('Sat and Sun');
    expect(formatterFor('en').languageName('ar')).toBe('Arabic');
    expect(formatterFor('ar').languageName('de')).toBe('الألمانية');
  });
});

describe('lists in a language', () => {
  it('sorts A–Z by the title the page shows, with the language’s collation', async () => {
    const { sortOfferings } = await import('../../src/lib/catalogue');
    const items = [
      { title: 'Zuwanderung', period: { start: '2020-01-01' }, translations: { en: { title: 'Immigration', summary: 's' } } },
      { title: 'Ärztliche Hilfe', period: { start: '2021-01-01' } },
      { title: 'Beratung', period: { start: '2022-01-01' }, translations: { en: { title: 'Advice', summary: 's' } } },
    ];
    expect(sortOfferings(items, 'titel').map((o) => o.title)).toEqual(['Ärztliche Hilfe', 'Beratung', 'Zuwanderung']);
    const english = sortOfferings(items, 'titel', (o) => localizeEntry(o, 'en').title.text, 'en-GB');
    expect(english.map((o) => localizeEntry(o, 'en').title.text)).toEqual(['Advice', 'Ärztliche Hilfe', 'Immigration']);
    expect(sortOfferings(items, 'beginn').map((o) => o.title)).toEqual(['Beratung', 'Ärztliche Hilfe', 'Zuwanderung']);
  });
});
