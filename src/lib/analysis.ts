/** Overlaps, coverage and monitoring for a whole catalogue: the adapters from entries to src/lib's rules. */
import { offeringKey, type Catalogue, type Offering } from './catalogue';
import { computeCoverage, regionFigures, type Coverage, type CoverageInput, type RegionFigures } from './coverage';
import { findOverlaps, overlapsByOffering, type Overlap, type OverlapInput } from './overlap';
import { isFacetRegion } from './search-index';

export function overlapInput(offering: Offering): OverlapInput & CoverageInput {
  return {
    key: offeringKey(offering),
    kind: offering.kind,
    actionFields: offering.actionFields,
    targetGroups: offering.targetGroups,
    area: offering.area,
    period: offering.period,
    fundedBy: offering.kind === 'project' ? (offering.funding ?? []).map((f) => `programs/${f.program}`) : [],
    funding: offering.kind === 'project' ? offering.funding : undefined,
  };
}

export interface Analysis {
  overlaps: Overlap[];
  overlapsOf(key: string): Overlap[];
  coverage: Coverage;
  /** Regions of the coverage matrix and comparison: the model regions first, then the Land and every Kreis. */
  matrixRegions: string[];
  figures(region: string): RegionFigures;
}

/** Model regions first (A–Z), then the Land, then every Kreis and kreisfreie Stadt (A–Z). */
export function matrixRegions(catalogue: Pick<Catalogue, 'regions'>): string[] {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'de');
  const model = catalogue.regions.filter((r) => r.modelRegion).sort(byName);
  const rest = catalogue.regions
    .filter((r) => !r.modelRegion && isFacetRegion(r))
    .sort((a, b) => (a.kind === 'land' ? -1 : b.kind === 'land' ? 1 : byName(a, b)));
  return [...model, ...rest].map((r) => r.id);
}

export function analyse(catalogue: Catalogue): Analysis {
  const inputs = catalogue.offerings.map(overlapInput);
  const overlaps = findOverlaps(catalogue.tree, inputs, { today: catalogue.today });
  const byOffering = overlapsByOffering(overlaps);
  const coverage = computeCoverage(
    catalogue.tree,
    catalogue.regions.map((r) => r.id),
    catalogue.actionFields.map((f) => f.id),
    inputs,
    catalogue.surveys,
  );
  const currentYear = Number(catalogue.today.slice(0, 4));
  const figureCache = new Map<string, RegionFigures>();
  return {
    overlaps,
    overlapsOf: (key) => byOffering.get(key) ?? [],
    coverage,
    matrixRegions: matrixRegions(catalogue),
    figures: (region) => {
      let figures = figureCache.get(region);
      if (!figures) figureCache.set(region, (figures = regionFigures(catalogue.tree, region, inputs, currentYear)));
      return figures;
    },
  };
}
