/**
 * What a page or component needs to speak its language: `const k = kit(Astro.currentLocale)` gives
 * the dictionary, the URLs in that language, the formatters and the entry texts in that language.
 */
import { asLocale, dictionaries, dirOf, type Locale } from '../i18n';
import type { Catalogue } from '../lib/catalogue';
import { formatterFor } from '../lib/format';
import { localTitle, localizeEntry, type Translatable } from '../lib/localized';
import { periodLabel, type Period } from '../lib/period';
import { pagePathIn, urlsFor } from './urls';

const kits = new Map<Locale, ReturnType<typeof makeKit>>();

function makeKit(lang: Locale) {
  const t = dictionaries[lang];
  const fmt = formatterFor(lang);
  return {
    lang,
    t,
    dir: dirOf(lang),
    ...urlsFor(lang),
    /** Files that exist once, whatever the language: feeds, calendars, data, schemas. */
    assetUrl: urlsFor('de').url,
    /** This page's own path in this language (pass Astro.url.pathname). */
    selfPath: (pathname: string) => pagePathIn(pathname, lang),
    formatDate: fmt.date,
    formatNumber: fmt.number,
    formatMoney: fmt.money,
    languageName: fmt.languageName,
    formatWeekdays: fmt.weekdays,
    formatPeriod: (period: Period & { startKind?: 'beginn' | 'belegt-seit' }, today: string) => fmt.period(period, today, t.period),
    periodLabel: (period: Period, today: string) => periodLabel(period, today, t.period),
    /** Title, summary and body in this language, or German marked as German. */
    entry: (entry: Translatable) => localizeEntry(entry, lang),
    /**
     * Attributes for German content on this page: `lang="de"` elsewhere than on German pages, and on
     * right-to-left pages also `dir="ltr"`, so German text keeps its own direction and punctuation.
     */
    german: (lang === 'de' ? {} : { lang: 'de', ...(dirOf(lang) === 'rtl' ? { dir: 'ltr' } : {}) }) as { lang?: string; dir?: string },
    textAttrs: (text: { lang?: Locale }) =>
      (text.lang && text.lang !== lang ? { lang: text.lang, ...(dirOf(text.lang) !== dirOf(lang) ? { dir: dirOf(text.lang) } : {}) } : {}) as { lang?: string; dir?: string },
    /** Plain titles for lists of names ("Sprache, Schule"), in this language where translated. */
    fieldTitle: (catalogue: Catalogue, id: string) => localTitle(catalogue.actionField(id), lang).text,
    groupTitle: (catalogue: Catalogue, id: string) => localTitle(catalogue.targetGroup(id), lang).text,
  };
}

export type Kit = ReturnType<typeof makeKit>;

export function kit(currentLocale: string | undefined): Kit {
  const lang = asLocale(currentLocale);
  let k = kits.get(lang);
  if (!k) kits.set(lang, (k = makeKit(lang)));
  return k;
}
