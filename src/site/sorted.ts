/** The A–Z and newest-first lists of programmes or projects in a page's language, sorted once per build. */
import { INTL_LOCALE, type Locale } from '../i18n/locales';
import { sortOfferings, type Catalogue, type Offering } from '../lib/catalogue';
import { localizeEntry } from '../lib/localized';

const cache = new WeakMap<Catalogue, Map<string, Offering[]>>();

export function sortedOfferings(catalogue: Catalogue, kind: Offering['kind'], by: 'titel' | 'beginn', locale: Locale): Offering[] {
  let perCatalogue = cache.get(catalogue);
  if (!perCatalogue) cache.set(catalogue, (perCatalogue = new Map()));
  const key = `${kind}/${by}/${locale}`;
  let list = perCatalogue.get(key);
  if (!list) {
    const offerings: Offering[] = kind === 'program' ? catalogue.programs : catalogue.projects;
    list = sortOfferings(offerings, by, (o) => localizeEntry(o, locale).title.text, INTL_LOCALE[locale]);
    perCatalogue.set(key, list);
  }
  return list;
}
