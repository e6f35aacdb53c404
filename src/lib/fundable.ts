/**
 * From gap to programme: for a surveyed gap (a coverage cell in state "luecke"), the programmes that
 * could fund closing it. A programme counts when it
 * - is available in the region (it is among the cell's `available` offerings: reachOf() in regions.ts,
 *   on the spot or from above) and addresses the cell's action field (the cell is for that field),
 * - is a funding programme for organisations (programmeRole() "foerderung": only organisations may
 *   apply, and it pays money or staff; a course people enrol in does not close a gap in the offer),
 * - has not ended on the build day (a programme that opens later counts).
 * Where no programme counts, the gap has none: a finding for the Land, said so on the pages.
 */
import type { CoverageCell } from './coverage';
import type { Period } from './period';
import { nextDeadline, notEnded, programmeRole, type Deadline } from './programme-roles';

export interface FundingProgrammeInput {
  key: string;
  id: string;
  title: string;
  level: string;
  eligible: readonly string[];
  fundingTypes: readonly string[];
  deadlines?: readonly Deadline[];
  period: Period;
}

/** A programme as a gap's page and coverage.json show it: the input without its period and raw deadlines. */
export interface FundableProgram extends Omit<FundingProgrammeInput, 'deadlines' | 'period'> {
  /** The earliest deadline on or after the build day, if any. */
  nextDeadline?: Deadline;
  /** When there is no coming deadline: the most recent past one (history, not a call). */
  lastDeadline?: Deadline;
}

/** Nearest level first: what a Kreis can reach most directly. */
const LEVEL_ORDER = ['kommune', 'land', 'bund', 'eu', 'stiftung', 'sonstige'];
const levelRank = (level: string) => {
  const i = LEVEL_ORDER.indexOf(level);
  return i === -1 ? LEVEL_ORDER.length : i;
};

/** True when the programme could fund closing a gap on `today` (the rule above, without the place). */
export function couldFund(programme: FundingProgrammeInput, today: string): boolean {
  return programmeRole(programme) === 'foerderung' && notEnded(programme.period, today);
}

/**
 * The programmes that could fund closing the gap of one cell, coming deadlines first (soonest first),
 * then programmes without a stated deadline, then those whose deadlines have all passed; within each,
 * the nearest level first, then by title.
 */
export function fundableFor(cell: Pick<CoverageCell, 'available'>, programmes: ReadonlyMap<string, FundingProgrammeInput>, today: string): FundableProgram[] {
  const result: FundableProgram[] = [];
  for (const key of cell.available) {
    const programme = programmes.get(key);
    if (!programme || !couldFund(programme, today)) continue;
    const { next, last } = nextDeadline(programme.deadlines, today);
    result.push({
      key: programme.key,
      id: programme.id,
      title: programme.title,
      level: programme.level,
      eligible: programme.eligible,
      fundingTypes: programme.fundingTypes,
      ...(next ? { nextDeadline: next } : {}),
      ...(!next && last ? { lastDeadline: last } : {}),
    });
  }
  const bucket = (p: FundableProgram) => (p.nextDeadline ? 0 : p.lastDeadline ? 2 : 1);
  return result.sort(
    (a, b) =>
      bucket(a) - bucket(b) ||
      (a.nextDeadline && b.nextDeadline ? a.nextDeadline.date.localeCompare(b.nextDeadline.date) : 0) ||
      levelRank(a.level) - levelRank(b.level) ||
      a.title.localeCompare(b.title, 'de') ||
      a.key.localeCompare(b.key),
  );
}

/** Fundable programmes for every gap cell, keyed by the cell; other cells are not in the map. */
export function fundableForGaps(cells: readonly CoverageCell[], programmes: ReadonlyMap<string, FundingProgrammeInput>, today: string): Map<CoverageCell, FundableProgram[]> {
  const result = new Map<CoverageCell, FundableProgram[]>();
  for (const cell of cells) if (cell.state === 'luecke') result.set(cell, fundableFor(cell, programmes, today));
  return result;
}

export interface GapGroup {
  regions: string[];
  programmes: FundableProgram[];
}

/**
 * Gaps of one action field grouped by the same fundable programmes, so a page names a list of
 * programmes once for every region it applies to. Groups in the order their first region comes.
 */
export function groupGapsByProgrammes(gaps: readonly { region: string; programmes: readonly FundableProgram[] }[]): GapGroup[] {
  const groups = new Map<string, GapGroup>();
  for (const gap of gaps) {
    const signature = gap.programmes.map((p) => p.key).join('|');
    let group = groups.get(signature);
    if (!group) groups.set(signature, (group = { regions: [], programmes: [...gap.programmes] }));
    group.regions.push(gap.region);
  }
  return [...groups.values()];
}
