/**
 * The monitoring page's funding table: the programmes with the largest amounts named by projects,
 * year by year, and the rest summed up. A catalogue of thousands of programmes would otherwise make
 * one page hold a row for every programme and year; the complete amounts are open data (360Giving).
 */
import { UNDATED } from './coverage';

export interface FundingRow {
  program: string;
  /** A year, or UNDATED for amounts named without years. */
  year: string;
  amount: number;
}

export interface FundingTable {
  rows: FundingRow[];
  /** Programmes left out of the rows, and their amounts together. */
  rest: { programs: number; amount: number };
}

/**
 * Rows of the `limit` programmes with the largest totals (ties by key, so the page is the same on every
 * build), each programme's years in order with UNDATED last; `order` sorts the chosen programmes for
 * display (e.g. by title in the page's language).
 */
export function fundingTable(
  funding: Readonly<Record<string, Readonly<Record<string, number>>>>,
  limit: number,
  order: (a: string, b: string) => number,
): FundingTable {
  const totals = Object.entries(funding).map(([program, years]) => ({ program, total: Object.values(years).reduce((s, v) => s + v, 0) }));
  totals.sort((a, b) => b.total - a.total || (a.program < b.program ? -1 : a.program > b.program ? 1 : 0));
  const shown = totals.slice(0, limit);
  const left = totals.slice(limit);
  const rows = shown
    .map((s) => s.program)
    .sort(order)
    .flatMap((program) =>
      Object.keys(funding[program]!)
        .sort(compareYears)
        .map((year) => ({ program, year, amount: funding[program]![year]! })),
    );
  return { rows, rest: { programs: left.length, amount: left.reduce((s, l) => s + l.total, 0) } };
}

/** Years in order, amounts without a year (UNDATED) last. */
export function compareYears(a: string, b: string): number {
  return a === b ? 0 : a === UNDATED ? 1 : b === UNDATED ? -1 : a.localeCompare(b);
}

/** All named amounts per year (UNDATED last): bounded by the years, whatever the number of programmes. */
export function fundingPerYear(funding: Readonly<Record<string, Readonly<Record<string, number>>>>): { year: string; amount: number }[] {
  const sums = new Map<string, number>();
  for (const years of Object.values(funding)) for (const [year, amount] of Object.entries(years)) sums.set(year, (sums.get(year) ?? 0) + amount);
  return [...sums.keys()].sort(compareYears).map((year) => ({ year, amount: sums.get(year)! }));
}
