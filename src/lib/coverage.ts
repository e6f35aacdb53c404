/**
 * Coverage and gaps: for region R and action field F, "local" are the offerings that reach R on the
 * spot and address F, "available" all that reach R (on the spot or from above, reachOf in
 * regions.ts) and address F. A cell has one of three states:
 * "vorhanden" (a local offering), "luecke" (R was surveyed for F and nothing local was found) or
 * "nicht-erhoben" (nobody looked yet). A gap is a claim, so only a surveyed cell can be one.
 * Also the monitoring figures per region.
 */
import type { Period } from './period';
import { yearsOf } from './period';
import { reachOf, reachedRegions, type RegionTree } from './regions';

export interface CoverageInput {
  key: string;
  kind: 'program' | 'project';
  actionFields: readonly string[];
  targetGroups: readonly string[];
  area: readonly string[];
  period: Period;
  funding?: readonly { program: string; amount?: number; years?: readonly number[] }[];
}

export const COVERAGE_STATES = ['vorhanden', 'luecke', 'nicht-erhoben'] as const;
export type CoverageState = (typeof COVERAGE_STATES)[number];

/** What a survey record says for coverage: this region was looked at for these fields on this day. */
export interface SurveyInput {
  region: string;
  date: string;
  fields: readonly string[];
}

export interface CoverageCell {
  region: string;
  actionField: string;
  local: string[];
  available: string[];
  state: CoverageState;
  /** Day of the survey that covered this cell, if any. */
  surveyed?: string;
  /** True only for a surveyed cell without a local offering (state "luecke"). */
  gap: boolean;
}

/** The state of a cell from its local offerings and the survey of its region. */
export function cellState(localCount: number, survey: SurveyInput | undefined, actionField: string): CoverageState {
  if (localCount > 0) return 'vorhanden';
  return survey?.fields.includes(actionField) ? 'luecke' : 'nicht-erhoben';
}

export interface Coverage {
  cells: CoverageCell[];
  cell(region: string, actionField: string): CoverageCell;
}

export function computeCoverage(
  tree: RegionTree,
  regions: readonly string[],
  actionFields: readonly string[],
  offerings: readonly CoverageInput[],
  surveys: readonly SurveyInput[] = [],
): Coverage {
  // Cells in a flat array, addressed by numbers: no string keys in the hot loop.
  const regionIndex = new Map(regions.map((r, i) => [r, i]));
  const fieldIndex = new Map(actionFields.map((f, i) => [f, i]));
  const width = actionFields.length;
  const cells: CoverageCell[] = [];
  for (const region of regions) for (const actionField of actionFields) cells.push({ region, actionField, local: [], available: [], state: 'nicht-erhoben', gap: false });

  // Offerings in key order, so every cell's lists come out sorted without sorting thousands of them.
  const ordered = [...offerings].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const offering of ordered) {
    const fields = [...new Set(offering.actionFields)].map((f) => fieldIndex.get(f)).filter((f): f is number => f !== undefined);
    // "available" is everything that reaches the region: on the spot and from above.
    for (const [region, reach] of reachedRegions(tree, offering.area)) {
      const row = regionIndex.get(region);
      if (row === undefined) continue;
      for (const f of fields) {
        const cell = cells[row * width + f]!;
        if (reach === 'local') cell.local.push(offering.key);
        cell.available.push(offering.key);
      }
    }
  }
  const surveyOf = new Map(surveys.map((s) => [s.region, s]));
  for (const cell of cells) {
    const survey = surveyOf.get(cell.region);
    cell.state = cellState(cell.local.length, survey, cell.actionField);
    if (survey?.fields.includes(cell.actionField)) cell.surveyed = survey.date;
    cell.gap = cell.state === 'luecke';
  }
  return {
    cells,
    cell: (region, actionField) => {
      const row = regionIndex.get(region);
      const f = fieldIndex.get(actionField);
      if (row === undefined || f === undefined) throw new Error(`keine Zelle für ${region} × ${actionField}`);
      return cells[row * width + f]!;
    },
  };
}

export interface RegionFigures {
  region: string;
  /** Offerings located in the region. */
  total: number;
  byActionField: Record<string, number>;
  byTargetGroup: Record<string, number>;
  /** Offerings active in each year (from their periods; open ends up to the current year). */
  byYear: Record<number, number>;
  /** Funding named by projects located in the region: programme key → year (or UNDATED) → euros. */
  fundingByProgramAndYear: Record<string, Record<string, number>>;
}

/** The key for amounts a project names without years: a data key, never shown as it is. */
export const UNDATED = 'undated';

/**
 * Monitoring figures for one region. A project's amount that names several years is split evenly
 * across them; an amount without years is counted under UNDATED.
 */
export function regionFigures(tree: RegionTree, region: string, offerings: readonly CoverageInput[], currentYear: number): RegionFigures {
  const figures: RegionFigures = { region, total: 0, byActionField: {}, byTargetGroup: {}, byYear: {}, fundingByProgramAndYear: {} };
  for (const offering of offerings) {
    if (reachOf(tree, offering.area, region) !== 'local') continue;
    figures.total++;
    for (const f of new Set(offering.actionFields)) figures.byActionField[f] = (figures.byActionField[f] ?? 0) + 1;
    for (const g of new Set(offering.targetGroups)) figures.byTargetGroup[g] = (figures.byTargetGroup[g] ?? 0) + 1;
    for (const y of yearsOf(offering.period, currentYear)) figures.byYear[y] = (figures.byYear[y] ?? 0) + 1;
    for (const f of offering.funding ?? []) {
      if (f.amount === undefined) continue;
      const program = `programs/${f.program}`;
      const perProgram = (figures.fundingByProgramAndYear[program] ??= {});
      const years = f.years?.length ? f.years : undefined;
      if (!years) perProgram[UNDATED] = (perProgram[UNDATED] ?? 0) + f.amount;
      else for (const y of years) perProgram[String(y)] = (perProgram[String(y)] ?? 0) + f.amount / years.length;
    }
  }
  return figures;
}
