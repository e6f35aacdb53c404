/**
 * What the search index knows about an offering: its facets (Pagefind filters), sort keys and the
 * extra low-weight terms (action-field keywords, compound parts) that help German matching.
 */
import type { Catalogue, Offering } from './catalogue';
import { compoundParts } from './compounds';
import { periodLabel } from './period';
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

/** Extra search terms: the action fields' keywords and the compound parts of title and summary. */
export function extraTerms(offering: Offering, catalogue: Catalogue, lexicon: ReadonlySet<string>): string[] {
  const keywords = offering.actionFields.flatMap((id) => catalogue.actionField(id).keywords ?? []);
  const parts = compoundParts(`${offering.title} ${offering.summary} ${keywords.join(' ')}`, lexicon);
  return [...new Set([...keywords, ...parts])];
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
