/**
 * Which page links a list split into pages shows: the first and the last page, the current one and its
 * neighbours, and a gap for the rest (the GOV.UK pagination pattern). Linking every page made each
 * page of a 30,000-entry list carry 300 links, and a phone screen a wall of numbers.
 */
export type PageLink = number | 'gap';

/** Lists of up to this many pages link every page: as many links as the window with its gaps. */
const SHOW_ALL_UP_TO = 7;

export function pageWindow(current: number, last: number, around = 1): PageLink[] {
  if (last <= SHOW_ALL_UP_TO) return Array.from({ length: last }, (_, i) => i + 1);
  const shown = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const pages = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const [i, n] of pages.entries()) {
    const before = pages[i - 1];
    // A gap of one page shows that page instead of an ellipsis: it costs the same space.
    if (before !== undefined && n - before === 2) links.push(before + 1);
    else if (before !== undefined && n - before > 2) links.push('gap');
    links.push(n);
  }
  return links;
}
