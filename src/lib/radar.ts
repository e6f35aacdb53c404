/**
 * The end-of-funding radar: region × action field cells whose local offerings all end soon, so the
 * cell would become a gap. The rule (stated on /foerderende/):
 * - An offering ends on its period's end. Without one, it ends with the last year its `funding`
 *   names (31 December), but only when every funding link names its years and that day has not
 *   passed; otherwise its end is not known ("offen") and the cell is not on the radar.
 * - Only offerings that have not ended on the build day count (planned ones count: they will run).
 * - A cell is on the radar when all of them have a known end; it ends with the last of them, within 6,
 *   12 or 24 months of the build day (the smallest that holds, so the three are apart: up to 6 months,
 *   7 to 12, 13 to 24).
 * Cells with local offerings of which none runs any more are "beendet": in effect already without an
 * offering. Cells without local offerings are gaps or not surveyed (coverage.ts), not the radar's business.
 */
import type { CoverageCell } from './coverage';
import type { Period } from './period';

export const RADAR_HORIZONS = [6, 12, 24] as const;
export type Horizon = (typeof RADAR_HORIZONS)[number];

export interface RadarInput {
  key: string;
  period: Period;
  funding?: readonly { years?: readonly number[] }[];
}

/** Where an offering's end comes from: its period, its last funded year, or nowhere (not known). */
export type EndBasis = 'zeitraum' | 'foerderung' | 'offen';

export interface OfferingEnd {
  key: string;
  date?: string;
  basis: EndBasis;
}

/** `months` calendar months after a YYYY-MM-DD day; a day the month lacks becomes its last day (31 Aug + 6 = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** The end of one offering as the radar sees it (the rule above). */
export function offeringEnd(offering: RadarInput, today: string): OfferingEnd {
  if (offering.period.end !== undefined) return { key: offering.key, date: offering.period.end, basis: 'zeitraum' };
  const links = offering.funding ?? [];
  if (links.length > 0 && links.every((f) => (f.years?.length ?? 0) > 0)) {
    const last = `${Math.max(...links.flatMap((f) => f.years!))}-12-31`;
    if (last >= today) return { key: offering.key, date: last, basis: 'foerderung' };
  }
  return { key: offering.key, basis: 'offen' };
}

/** Has the offering ended on `today`? Only its period says so; a past funded year alone does not. */
const hasEnded = (offering: RadarInput, today: string) => offering.period.end !== undefined && offering.period.end < today;

export type RadarStatus = 'endet' | 'spaeter' | 'offen' | 'beendet';

export interface RadarCell {
  region: string;
  actionField: string;
  /**
   * endet: every running local offering ends within 24 months; spaeter: all end, but later;
   * offen: at least one has no known end; beendet: none runs any more.
   */
  status: RadarStatus;
  /** 6, 12 or 24 for "endet", else null: the value coverage.json carries as `endsWithinMonths`. */
  endsWithinMonths: Horizon | null;
  /** The last end of the running local offerings, when every one is known. */
  lastEnd?: string;
  /** The running (or planned) local offerings with their ends, the last to end first. */
  running: OfferingEnd[];
}

/** The horizon a day falls within, counted from `today`, or null beyond 24 months. */
export function horizonOf(end: string, today: string): Horizon | null {
  return RADAR_HORIZONS.find((h) => end <= addMonths(today, h)) ?? null;
}

/** The radar view of one coverage cell with local offerings (undefined for a cell without any). */
export function radarCell(cell: Pick<CoverageCell, 'region' | 'actionField' | 'local'>, offerings: ReadonlyMap<string, RadarInput>, today: string, ends?: Map<string, OfferingEnd>): RadarCell | undefined {
  if (cell.local.length === 0) return undefined;
  const running: OfferingEnd[] = [];
  for (const key of cell.local) {
    const offering = offerings.get(key);
    if (!offering || hasEnded(offering, today)) continue;
    let end = ends?.get(key);
    if (!end) {
      end = offeringEnd(offering, today);
      ends?.set(key, end);
    }
    running.push(end);
  }
  // The last to end first; offerings without a known end before all of them.
  running.sort((a, b) => (a.date === undefined ? (b.date === undefined ? a.key.localeCompare(b.key) : -1) : b.date === undefined ? 1 : b.date.localeCompare(a.date) || a.key.localeCompare(b.key)));
  const base = { region: cell.region, actionField: cell.actionField, running };
  if (running.length === 0) return { ...base, status: 'beendet', endsWithinMonths: null };
  if (running.some((r) => r.date === undefined)) return { ...base, status: 'offen', endsWithinMonths: null };
  const lastEnd = running[0]!.date!;
  const horizon = horizonOf(lastEnd, today);
  return { ...base, status: horizon === null ? 'spaeter' : 'endet', endsWithinMonths: horizon, lastEnd };
}

/** The radar of every cell with local offerings, keyed by the cell; one end computation per offering. */
export function computeRadar(cells: readonly CoverageCell[], offerings: ReadonlyMap<string, RadarInput>, today: string): Map<CoverageCell, RadarCell> {
  const ends = new Map<string, OfferingEnd>();
  const result = new Map<CoverageCell, RadarCell>();
  for (const cell of cells) {
    const radar = radarCell(cell, offerings, today, ends);
    if (radar) result.set(cell, radar);
  }
  return result;
}

/** How many cells of a list end within each horizon (apart: each cell counts once, at its smallest). */
export function radarCounts(cells: readonly RadarCell[]): Record<Horizon, number> {
  const counts: Record<Horizon, number> = { 6: 0, 12: 0, 24: 0 };
  for (const c of cells) if (c.endsWithinMonths !== null) counts[c.endsWithinMonths]++;
  return counts;
}
