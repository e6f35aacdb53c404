/** The search data of the site, per language: labels from the dictionary and one lexicon per build. */
import { dictionaries, type Locale } from '../i18n';
import type { Catalogue, Offering } from '../lib/catalogue';
import { buildLexicon } from '../lib/compounds';
import { formatterFor } from '../lib/format';
import { localTitle, localizeEntry } from '../lib/localized';
import { KEYWORD_META, extraTerms, indexForms, localFacetRegions, offeringFacets, offeringMeta, placeFilter, placeTable, type Labels } from '../lib/search-index';
import { localizeEntry as localized } from '../lib/localized';
import { synonymTerms, type SynonymGroup } from '../lib/synonyms';
import { readSynonyms } from '../io/synonyms';

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

export function lexiconOf(catalogue: Catalogue): Set<string> {
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

let synonyms: SynonymGroup[] | undefined;

export function searchDataFor(offering: Offering, catalogue: Catalogue, locale: Locale) {
  const labels = labelsFor(catalogue, locale);
  synonyms ??= readSynonyms();
  const keywords = offering.actionFields.flatMap((id) => catalogue.actionField(id).keywords ?? []);
  const synonym = synonymTerms(synonyms, { kind: offering.kind, id: offering.id, actionFields: offering.actionFields, text: `${offering.title} ${offering.summary}`, keywords: keywords.join(' ') }, locale);
  const own = extraTerms(offering, catalogue, lexiconOf(catalogue));
  const local = localizeEntry(offering, locale);
  const text = { title: local.title.text, summary: local.summary?.text ?? offering.summary };
  return {
    facets: {
      ...offeringFacets(offering, catalogue, labels),
      // Hidden filters for place queries: a Gemeinde in the area, and the facet regions reached on the spot.
      ort: placeFilter(catalogue, offering.area),
      vorort: localFacetRegions(catalogue, offering.area).map((id) => catalogue.region(id).name),
    },
    meta: {
      ...offeringMeta(offering, catalogue, labels, text),
      ...(local.translated ? {} : { textLang: 'de' }),
      // Short names and words of groups that name this entry: weighted like the title (metaWeights on /suche/).
      ...(synonym.strong.de.length + synonym.strong.local.length > 0 ? { [KEYWORD_META]: [...synonym.strong.de, ...synonym.strong.local].join(', ') } : {}),
    },
    // German compound parts help German words; the German title and summary stay findable on every language's page.
    terms: [...new Set([...own, ...synonym.weak.de].flatMap(indexForms))],
    localTerms: synonym.weak.local,
    strongTerms: [...new Set(synonym.strong.de.flatMap(indexForms))],
    localStrongTerms: synonym.strong.local,
  };
}

/** The texts whose words make a language's search vocabulary, and the index's compound lexicon. */
export function searchVocabularyTexts(catalogue: Catalogue, locale: Locale): { texts: string[]; lexicon: Set<string> } {
  synonyms ??= readSynonyms();
  const entries = [...catalogue.offerings, ...catalogue.actionFields, ...catalogue.targetGroups];
  const texts = [
    ...catalogue.offerings.flatMap((o) => [o.title, o.summary]),
    ...catalogue.actionFields.flatMap((f) => [f.title, ...(f.keywords ?? [])]),
    ...catalogue.targetGroups.map((g) => g.title),
    ...catalogue.regions.map((r) => r.name),
    ...synonyms.flatMap((g) => [...g.de, ...(g.narrower ?? []), ...(locale === 'de' ? [] : (g[locale] ?? []))]),
    ...(locale === 'de' ? [] : entries.flatMap((e) => {
      const local = localized(e, locale);
      return local.translated ? [local.title.text, local.summary?.text ?? ''] : [];
    })),
  ];
  return { texts, lexicon: lexiconOf(catalogue) };
}

export const searchPlaces = (catalogue: Catalogue) => placeTable(catalogue);
