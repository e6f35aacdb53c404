/**
 * What the search index knows about an offering: its facets (Pagefind filters) and the
 * extra low-weight terms (action-field keywords, compound parts) that help German matching.
 */
import type { Catalogue, Offering } from './catalogue';
import { compoundTails, words } from './compounds';
import { periodLabel } from './period';
import { nameWords, shortName, type Place } from './query-help';
import { reachedRegions } from './regions';

/** Facet keys as they appear in the search URL (?region=…); their labels are in each dictionary's search.facets. */
export const FACET_KEYS = ['art', 'region', 'handlungsfeld', 'zielgruppe', 'ebene', 'foerderart', 'antragsberechtigte', 'status', 'sprache', 'kosten'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export interface Labels {
  kind: Record<'program' | 'project', string>;
  status: Record<string, string>;
  level: Record<string, string>;
  fundingType: Record<string, string>;
  eligible: Record<string, string>;
  cost: Record<string, string>;
  language: (code: string) => string;
  /** Names of action fields and target groups in the page's language. */
  actionField: (id: string) => string;
  targetGroup: (id: string) => string;
  /** "seit"/"ab" for the short period label. */
  period: { since: string; from: string };
}

/**
 * Regions offered as search facet: the Land, the Kreise and kreisfreie Städte and the model regions,
 * so the filter list stays short however many Gemeinden the tree holds.
 */
export function isFacetRegion(region: { kind: string; modelRegion?: boolean }): boolean {
  return region.kind === 'land' || region.kind === 'landkreis' || region.kind === 'kreisfreie-stadt' || region.modelRegion === true;
}

/**
 * The facet regions of an offering: every facet region it reaches, from above (a Hessen programme is
 * found under "Kassel") or on the spot (a Wetzlar project is found under "Lahn-Dill-Kreis" and "Hessen").
 */
export function facetRegions(catalogue: Pick<Catalogue, 'tree' | 'region'>, area: readonly string[]): string[] {
  const ids = reachedRegions(catalogue.tree, area).keys();
  return [...ids].filter((id) => isFacetRegion(catalogue.region(id))).sort();
}

/** Meta field holding an entry's short names and main-answer synonyms; the search page weights it like the title. */
export const KEYWORD_META = 'stichworte';

/** Facet regions an offering reaches on the spot (its area holds them or lies in them), for "local first". */
export function localFacetRegions(catalogue: Pick<Catalogue, 'tree' | 'region'>, area: readonly string[]): string[] {
  return [...reachedRegions(catalogue.tree, area).entries()].filter(([id, reach]) => reach === 'local' && isFacetRegion(catalogue.region(id))).map(([id]) => id).sort();
}

/** The value of the hidden "ort" filter for an area above the level of a Gemeinde. */
export const ABOVE_GEMEINDE = 'ueber';

/**
 * The hidden filter "ort": a place query for a Gemeinde (no facet of its own) asks for its Kreis's facet
 * and this filter holding the Gemeinde or ABOVE_GEMEINDE, so a project in the next town is left out.
 */
export function placeFilter(catalogue: Pick<Catalogue, 'region'>, area: readonly string[]): string[] {
  const below = (id: string) => {
    const region = catalogue.region(id);
    return !isFacetRegion(region) && (region.kind === 'gemeinde' || region.kind === 'sonderstatusstadt');
  };
  return [...new Set(area.map((id) => (below(id) ? id : ABOVE_GEMEINDE)))].sort();
}

export function offeringFacets(offering: Offering, catalogue: Catalogue, labels: Labels): Record<FacetKey, string[]> {
  const isProgram = offering.kind === 'program';
  return {
    art: [labels.kind[offering.kind]],
    region: facetRegions(catalogue, offering.area).map((id) => catalogue.region(id).name),
    handlungsfeld: offering.actionFields.map(labels.actionField),
    zielgruppe: offering.targetGroups.map(labels.targetGroup),
    ebene: isProgram ? [labels.level[offering.level]!] : [],
    foerderart: isProgram ? offering.fundingTypes.map((t) => labels.fundingType[t]!) : [],
    antragsberechtigte: isProgram ? offering.eligible.map((e) => labels.eligible[e]!) : [],
    status: [labels.status[catalogue.status(offering)]!],
    sprache: (offering.languages ?? []).map(labels.language),
    kosten: isProgram ? [] : [labels.cost[offering.cost]!],
  };
}

export function offeringMeta(offering: Offering, catalogue: Catalogue, labels: Labels, text: { title: string; summary: string } = offering): Record<string, string> {
  return {
    title: text.title,
    summary: text.summary,
    art: labels.kind[offering.kind],
    region: offering.area.map((id) => catalogue.region(id).name).join(', '),
    period: periodLabel(offering.period, catalogue.today, labels.period),
    status: labels.status[catalogue.status(offering)]!,
  };
}

/**
 * Extra search terms: the action fields' keywords and the tails of the compounds in title and summary
 * ("Deutschkurs" → "kurs"), leaving out what the page's own text already holds: every extra term is one
 * more entry in the index chunks a query loads.
 */
export function extraTerms(offering: Offering, catalogue: Catalogue, lexicon: ReadonlySet<string>): string[] {
  const keywords = offering.actionFields.flatMap((id) => catalogue.actionField(id).keywords ?? []);
  const own = new Set(words(`${offering.title} ${offering.summary}`).map((w) => w.toLowerCase()));
  const isNew = (term: string) => !words(term).every((w) => own.has(w.toLowerCase()));
  // Tails of the page's own compounds only: a keyword's tail ("Quartiersmanagement" → "management") on
  // every offering of the field made a search for the tail find the whole field.
  const tails = compoundTails(`${offering.title} ${offering.summary}`, lexicon);
  return [...new Set([...keywords, ...tails])].filter(isNew);
}

/**
 * How an extra term is written for Pagefind. Pagefind indexes a hyphenated word as the whole word and as
 * each of its parts, and drops the hyphen from a query ("Sprach-Kita" → "sprachkita"). So the joined word
 * is what such a query looks for, the first part is found by prefix ("Sprache" finds "sprachkita"), and
 * only the later parts need an entry of their own ("Kita"). Written with the hyphen, the keyword
 * "Sprach-Kita" put the part "sprach" on every Kita offering, into the index chunk a search for
 * "Sprache" loads.
 */
export function indexForms(term: string): string[] {
  if (!term.includes('-')) return [term];
  // Lowercase after the hyphen: Pagefind also splits "SprachKita" at the capital.
  const joined = term.replace(/(?<=\p{L})-+(\p{L})/gu, (_, letter: string) => letter.toLocaleLowerCase('de'));
  const laterParts = term.split(/\s+/).flatMap((token) => token.split(/-+/).slice(1)).filter((part) => /\p{L}/u.test(part));
  return [joined, ...laterParts];
}

/** Counts of every facet value over all offerings: what the search page shows before any query. */
export function facetCounts(facetsPerOffering: Record<FacetKey, string[]>[]): Record<FacetKey, [string, number][]> {
  const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, new Map<string, number>()])) as Record<FacetKey, Map<string, number>>;
  for (const facets of facetsPerOffering) {
    for (const key of FACET_KEYS) {
      for (const value of new Set(facets[key])) counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
    }
  }
  return Object.fromEntries(
    FACET_KEYS.map((key) => [key, [...counts[key].entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'de'))]),
  ) as Record<FacetKey, [string, number][]>;
}

/**
 * The place names a query may hold, keyed by their lowercase words ("bad homburg v d höhe") and by
 * their short form ("bad homburg"); full names first, and a town before a Kreis of the same short name.
 */
export function placeTable(catalogue: Pick<Catalogue, 'regions' | 'region' | 'tree'>): Record<string, Place> {
  const table: Record<string, Place> = {};
  const places: Place[] = [];
  for (const region of catalogue.regions) {
    if (['eu', 'bund', 'regierungsbezirk'].includes(region.kind)) continue;
    if (isFacetRegion(region)) places.push({ name: region.name, facet: region.name });
    else {
      const kreis = catalogue.tree.ancestors(region.id).map((id) => catalogue.region(id)).find(isFacetRegion);
      if (kreis) places.push({ name: region.name, facet: kreis.name, gemeinde: region.id });
    }
  }
  for (const place of places) table[nameWords(place.name).join(' ')] ??= place;
  const towns = places.filter((p) => !/kreis/i.test(p.name));
  for (const place of [...towns, ...places]) table[shortName(place.name).join(' ')] ??= place;
  return table;
}
