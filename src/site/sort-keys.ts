/**
 * The search's sort keys of every indexed page in one language, by the page's address (without the base
 * path, as Pagefind names pages): the title in lower case in the page's language, and for offerings their
 * start. The build turns them into the sort tables of src/lib/search-sort.ts.
 */
import { pathInLocale, type Locale } from '../i18n/locales';
import type { Catalogue } from '../lib/catalogue';
import { localizeEntry } from '../lib/localized';
import type { SortKeysByPath } from '../lib/search-sort';

export function sortKeysFor(catalogue: Catalogue, locale: Locale): SortKeysByPath {
  const keys: SortKeysByPath = {};
  const add = (path: string, titel: string, beginn?: string) => {
    keys[pathInLocale(path, locale)] = beginn === undefined ? { titel } : { titel, beginn };
  };
  const title = (entry: Parameters<typeof localizeEntry>[0]) => localizeEntry(entry, locale).title.text.toLocaleLowerCase(locale);
  for (const offering of catalogue.offerings) add(`/${offering.kind === 'program' ? 'programme' : 'projekte'}/${offering.id}/`, title(offering), offering.period.start);
  // Region and organisation names are proper names, the same in every language.
  for (const region of catalogue.regions) add(`/regionen/${region.id}/`, region.name.toLocaleLowerCase('de'));
  for (const organization of catalogue.organizations) add(`/traeger/${organization.id}/`, organization.name.toLocaleLowerCase('de'));
  for (const field of catalogue.actionFields) add(`/handlungsfelder/${field.id}/`, title(field));
  for (const group of catalogue.targetGroups) add(`/zielgruppen/${group.id}/`, title(group));
  return keys;
}
