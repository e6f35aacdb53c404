/** The search data of the site, per language: labels from the dictionary and one lexicon per build. */
import { dictionaries, type Locale } from '../i18n';
import type { Catalogue, Offering } from '../lib/catalogue';
import { buildLexicon } from '../lib/compounds';
import { formatterFor } from '../lib/format';
import { localTitle, localizeEntry } from '../lib/localized';
import { extraTerms, offeringFacets, offeringMeta, type Labels } from '../lib/search-index';

const labelCache = new WeakMap<Catalogue, Map<Locale, Labels>>();

/** Facet values in a language: enum labels from its dictionary, field and group names translated where they are. */
export function labelsFor(catalogue: Catalogue, locale: Locale): Labels {
  let perLocale = labelCache.get(catalogue);
  if (!perLocale) labelCache.set(catalogue, (perLocale = new Map()));
  let labels = perLocale.get(locale);
  if (!labels) {
    const t = dictionaries[locale];
    labels = {
      kind: t.kind,
      status: t.status,
      level: t.level,
      fundingType: t.fundingType,
      eligible: t.eligible,
      cost: t.cost,
      language: formatterFor(locale).languageName,
      actionField: (id) => localTitle(catalogue.actionField(id), locale).text,
      targetGroup: (id) => localTitle(catalogue.targetGroup(id), locale).text,
      period: t.period,
    };
    perLocale.set(locale, labels);
  }
  return labels;
}

const lexicons = new WeakMap<Catalogue, Set<string>>();

function lexiconOf(catalogue: Catalogue): Set<string> {
  let lexicon = lexicons.get(catalogue);
  if (!lexicon) {
    lexicon = buildLexicon([
      ...catalogue.offerings.flatMap((o) => [o.title, o.summary]),
      ...catalogue.actionFields.flatMap((f) => [f.title, ...(f.keywords ?? [])]),
      ...catalogue.targetGroups.map((g) => g.title),
    ]);
    lexicons.set(catalogue, lexicon);
  }
  return lexicon;
}

export function searchDataFor(offering: Offering, catalogue: Catalogue, locale: Locale) {
  const labels = labelsFor(catalogue, locale);
  const local = localizeEntry(offering, locale);
  const text = { title: local.title.text, summary: local.summary?.text ?? offering.summary };
  return {
    facets: offeringFacets(offering, catalogue, labels),
    meta: { ...offeringMeta(offering, catalogue, labels, text), ...(local.translated ? {} : { textLang: 'de' }) },
    sort: { titel: text.title.toLocaleLowerCase(locale), beginn: offering.period.start },
    // German compound parts help German words; the German title and summary stay findable on every language's page.
    terms: extraTerms(offering, catalogue, lexiconOf(catalogue)),
  };
}
