/** Review freshness: an entry whose `reviewed` date is older than the allowed age is due for a check. */

/** The day `months` months before `today` (YYYY-MM-DD), clamped to the month's last day. */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export function isStale(reviewed: string, today: string, maxAgeMonths: number): boolean {
  return reviewed < monthsBefore(today, maxAgeMonths);
}

/** Entries due for review, the longest unchecked first. */
export function staleEntries<T extends { reviewed: string }>(entries: readonly T[], today: string, maxAgeMonths: number): T[] {
  return entries.filter((e) => isStale(e.reviewed, today, maxAgeMonths)).sort((a, b) => a.reviewed.localeCompare(b.reviewed));
}
