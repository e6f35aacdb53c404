/**
 * Funding chains: where the money of a region's local offerings comes from, EU → Bund → Land →
 * Kommune (and foundations), from the projects' `funding` links and the programmes' levels.
 *
 * The rule (stated on the region pages and /monitoring/):
 * - A link counts when its project is local to the region (reachOf "vor Ort": in the region or one of
 *   its places) and neither the project nor the programme has ended on the build day: the chain is
 *   the funding as it stands. Links of ended projects and links to ended programmes are left out and
 *   counted with their reason, never silently.
 * - Per programme: the local offerings it funds; the sum of the amounts the links name, and for how many
 *   links an amount is known (a sum over some links is "at least"); per 1,000 inhabitants only when the
 *   region's population is known and greater than zero and an amount is known, else null ("unbekannt").
 */
import type { Period } from './period';
import { reachOf, type RegionTree } from './regions';

export const CHAIN_LEVELS = ['eu', 'bund', 'land', 'kommune', 'stiftung', 'sonstige'] as const;
export type ChainLevel = (typeof CHAIN_LEVELS)[number];

export interface ChainProject {
  key: string;
  area: readonly string[];
  period: Period;
  funding?: readonly { program: string; amount?: number; years?: readonly number[] }[];
}

export interface ChainProgramme {
  id: string;
  level: ChainLevel;
  period: Period;
}

export interface ChainRow {
  program: string;
  level: ChainLevel;
  /** Keys of the local offerings the programme funds, sorted. */
  offerings: string[];
  /** Funding links counted (an offering may name a programme once per link). */
  links: number;
  /** Links that name an amount. */
  linksWithAmount: number;
  /** Sum of the named amounts, or null when no link names one. */
  amount: number | null;
  /** Euros per 1,000 inhabitants, or null when the amount or the population is unknown. */
  amountPer1000: number | null;
  /** Years the counted links name, sorted. */
  years: number[];
}

export interface FundingChain {
  region: string;
  population: number | null;
  /** Programmes by level, EU first; levels without a programme are left out. */
  levels: { level: ChainLevel; rows: ChainRow[] }[];
  /** Local offerings with at least one counted link. */
  fundedOfferings: number;
  /** Links left out, by reason. */
  leftOut: { projectEnded: number; programmeEnded: number };
}

const ended = (period: Period, today: string) => period.end !== undefined && period.end < today;

/** Euros per 1,000 inhabitants, rounded to whole euros; null when either is unknown. */
export function perThousand(amount: number | null, population: number | null | undefined): number | null {
  if (amount === null || population === null || population === undefined || !(population > 0)) return null;
  return Math.round((amount / population) * 1000);
}

export function fundingChain(
  tree: RegionTree,
  region: string,
  population: number | null | undefined,
  projects: readonly ChainProject[],
  programmes: ReadonlyMap<string, ChainProgramme>,
  today: string,
): FundingChain {
  const rows = new Map<string, ChainRow & { offeringSet: Set<string>; yearSet: Set<number> }>();
  const leftOut = { projectEnded: 0, programmeEnded: 0 };
  const funded = new Set<string>();
  for (const project of projects) {
    if (!project.funding?.length || reachOf(tree, project.area, region) !== 'local') continue;
    for (const link of project.funding) {
      const programme = programmes.get(link.program);
      if (!programme) continue;
      if (ended(project.period, today)) {
        leftOut.projectEnded++;
        continue;
      }
      if (ended(programme.period, today)) {
        leftOut.programmeEnded++;
        continue;
      }
      let row = rows.get(programme.id);
      if (!row) {
        rows.set(programme.id, (row = { program: programme.id, level: programme.level, offerings: [], links: 0, linksWithAmount: 0, amount: null, amountPer1000: null, years: [], offeringSet: new Set(), yearSet: new Set() }));
      }
      row.offeringSet.add(project.key);
      row.links++;
      if (link.amount !== undefined) {
        row.linksWithAmount++;
        row.amount = (row.amount ?? 0) + link.amount;
      }
      for (const y of link.years ?? []) row.yearSet.add(y);
      funded.add(project.key);
    }
  }
  const pop = population ?? null;
  const finished: ChainRow[] = [...rows.values()].map(({ offeringSet, yearSet, ...row }) => ({
    ...row,
    offerings: [...offeringSet].sort(),
    years: [...yearSet].sort((a, b) => a - b),
    amountPer1000: perThousand(row.amount, pop),
  }));
  const levels = CHAIN_LEVELS.map((level) => ({
    level,
    rows: finished.filter((r) => r.level === level).sort((a, b) => b.offerings.length - a.offerings.length || (b.amount ?? -1) - (a.amount ?? -1) || a.program.localeCompare(b.program)),
  })).filter((l) => l.rows.length > 0);
  return { region, population: pop, levels, fundedOfferings: funded.size, leftOut };
}

/** Local offerings funded per level: the chain's shape in numbers (one offering can count at several levels). */
export function offeringsPerLevel(chain: FundingChain): { level: ChainLevel; offerings: number }[] {
  return chain.levels.map((l) => ({ level: l.level, offerings: new Set(l.rows.flatMap((r) => r.offerings)).size }));
}

/**
 * What a page shows of a chain: per level the `limit` programmes funding the most local offerings (the
 * chain's order), and how many more there are. A Land or a Regierungsbezirk is reached by hundreds of
 * programmes in a large catalogue; the complete rows per Kreis are open data (foerderketten.csv).
 */
export function shownChainLevels(chain: FundingChain, limit: number): { level: ChainLevel; rows: ChainRow[]; more: number }[] {
  return chain.levels.map((l) => ({ level: l.level, rows: l.rows.slice(0, limit), more: Math.max(0, l.rows.length - limit) }));
}
