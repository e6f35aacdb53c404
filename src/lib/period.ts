/** Periods of offerings: status at a given day and the short labels people read. */

export interface Period {
  start: string;
  end?: string;
}

export type Status = 'laufend' | 'beendet' | 'geplant';

/** Status on a day (YYYY-MM-DD): planned before the start, ended after the end, otherwise running. */
export function statusOn(period: Period, today: string): Status {
  if (period.start > today) return 'geplant';
  if (period.end !== undefined && period.end < today) return 'beendet';
  return 'laufend';
}

const year = (date: string) => date.slice(0, 4);

/** "seit 2009", "ab 2027", "2011–2013", "2013"; `words` give "seit"/"ab" in another language. */
export function periodLabel(period: Period, today: string, words: { since: string; from: string } = { since: 'seit', from: 'ab' }): string {
  if (period.end === undefined) return `${period.start > today ? words.from : words.since} ${year(period.start)}`;
  if (year(period.start) === year(period.end)) return year(period.start);
  return `${year(period.start)}–${year(period.end)}`;
}

/** The calendar years a period touches, up to a last year for open ends. */
export function yearsOf(period: Period, lastYear: number): number[] {
  const first = Number(year(period.start));
  const last = period.end ? Number(year(period.end)) : lastYear;
  const years: number[] = [];
  for (let y = first; y <= Math.min(last, lastYear); y++) years.push(y);
  return years;
}
