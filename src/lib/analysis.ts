/** Overlaps, coverage and monitoring for a whole catalogue: the adapters from entries to src/lib's rules. */
import { offeringKey, type Catalogue, type Offering } from './catalogue';
import { computeCoverage, regionFigures, type Coverage, type CoverageCell, type CoverageInput, type RegionFigures } from './coverage';
import { fundableForGaps, type FundableProgram, type FundingProgrammeInput } from './fundable';
import { fundingChain, type ChainProgramme, type FundingChain } from './funding-chain';
import { doublesFirst, findOverlaps, overlapsByOffering, splitByKind, type Overlap, type OverlapInput, type OverlapKind } from './overlap';
import { programmeRole } from './programme-roles';
import { computeRadar, type RadarCell } from './radar';
import { isFacetRegion } from './search-index';
import { findSimilar, type SimilarOffering } from './similarity';

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
    role: offering.kind === 'program' ? programmeRole(offering) : 'leistung',
  };
}

/** Title, summary and long description of every offering: what similarity reads. */
export function similarityInputs(catalogue: Pick<Catalogue, 'offerings' | 'body'>) {
  return catalogue.offerings.map((o) => ({ key: offeringKey(o), title: o.title, summary: o.summary, body: catalogue.body(offeringKey(o)) }));
}

/** The words of every region name: places, which similarity leaves out ("who elsewhere does something similar"). */
export function placeWords(catalogue: Pick<Catalogue, 'regions'>): string[] {
  return [...new Set(catalogue.regions.flatMap((r) => [r.name, r.officialName ?? '']).flatMap((name) => name.match(/\p{L}+/gu) ?? []))];
}

export interface Analysis {
  /** Every overlapping pair once, strongest first. */
  overlaps: Overlap[];
  /** The same pairs apart: Doppelangebote and Förderwege, each strongest first. */
  overlapsByKind: Record<OverlapKind, Overlap[]>;
  /** An offering's overlaps: Doppelangebote first, then Förderwege, each strongest first. */
  overlapsOf(key: string): Overlap[];
  coverage: Coverage;
  /** For a gap cell (state "luecke"), the programmes that could fund closing it; undefined for other cells. */
  fundable(cell: CoverageCell): FundableProgram[] | undefined;
  /** The end-of-funding radar of a cell with local offerings; undefined for a cell without any. */
  radar(cell: CoverageCell): RadarCell | undefined;
  /** Offerings similar by text, strongest first (computed for the whole catalogue when first asked). */
  similar(key: string): SimilarOffering[];
  /** Where the money of a region's local offerings comes from. */
  fundingChain(region: string): FundingChain;
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
  for (const [key, list] of byOffering) byOffering.set(key, doublesFirst(list));
  const coverage = computeCoverage(
    catalogue.tree,
    catalogue.regions.map((r) => r.id),
    catalogue.actionFields.map((f) => f.id),
    inputs,
    catalogue.surveys,
  );
  const currentYear = Number(catalogue.today.slice(0, 4));
  const figureCache = new Map<string, RegionFigures>();
  const programmes = new Map<string, FundingProgrammeInput>(catalogue.programs.map((p) => [offeringKey(p), { ...p, key: offeringKey(p) }]));
  const fundable = fundableForGaps(coverage.cells, programmes, catalogue.today);
  const radar = computeRadar(coverage.cells, new Map(inputs.map((i) => [i.key, i])), catalogue.today);
  let similar: Map<string, SimilarOffering[]> | undefined;
  const chainProgrammes = new Map<string, ChainProgramme>(catalogue.programs.map((p) => [p.id, p]));
  const fundedProjects = inputs.filter((i) => i.funding?.length);
  const chainCache = new Map<string, FundingChain>();
  return {
    overlaps,
    overlapsByKind: splitByKind(overlaps),
    overlapsOf: (key) => byOffering.get(key) ?? [],
    coverage,
    fundable: (cell) => fundable.get(cell),
    radar: (cell) => radar.get(cell),
    similar: (key) => {
      similar ??= findSimilar(similarityInputs(catalogue), { ignore: placeWords(catalogue) });
      return similar.get(key) ?? [];
    },
    fundingChain: (region) => {
      let chain = chainCache.get(region);
      if (!chain) chainCache.set(region, (chain = fundingChain(catalogue.tree, region, catalogue.region(region).population, fundedProjects, chainProgrammes, catalogue.today)));
      return chain;
    },
    matrixRegions: matrixRegions(catalogue),
    figures: (region) => {
      let figures = figureCache.get(region);
      if (!figures) figureCache.set(region, (figures = regionFigures(catalogue.tree, region, inputs, currentYear)));
      return figures;
    },
  };
}
