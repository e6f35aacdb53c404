/**
 * Ranking on the search page, after Pagefind: offerings (programmes and projects) come before the
 * pages about a region, action field, target group or organisation, unless such a page is named
 * exactly what was searched for ("Kassel", "Sprache"). Pagefind's order holds within each part.
 */
const OFFERING_PATH = /\/(programme|projekte)\/[^/]+\/$/;

const normalise = (text: string) => (text.toLocaleLowerCase('de').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

export function offeringsFirst<T extends { url: string; meta: Record<string, string> }>(items: readonly T[], query: string): T[] {
  const wanted = normalise(query);
  const rank = (item: T) => {
    if (wanted && normalise(item.meta.title ?? '') === wanted) return 0;
    return OFFERING_PATH.test(new URL(item.url, 'http://x').pathname) ? 1 : 2;
  };
  return items.map((item, i) => ({ item, i, r: rank(item) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.item);
}

/** How much more an offering on the spot counts than one reaching the place from above. */
export const LOCAL_BOOST = 3;

/**
 * For a place query: Pagefind's scores, with offerings on the spot (`local`) counted LOCAL_BOOST times,
 * so a local service comes before a Land programme unless the programme matches far better. The hits
 * for all words stay before those found with fewer words (the first `exactCount`).
 */
export function localFirst<T extends { id: string; score: number }>(results: readonly T[], exactCount: number, local: ReadonlySet<string>): T[] {
  const ranked = (part: readonly T[]) => [...part].sort((a, b) => b.score * (local.has(b.id) ? LOCAL_BOOST : 1) - a.score * (local.has(a.id) ? LOCAL_BOOST : 1));
  return [...ranked(results.slice(0, exactCount)), ...ranked(results.slice(exactCount))];
}
