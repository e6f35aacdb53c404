/**
 * Where an offering's overlaps are listed in full: its own page shows the strongest few with their
 * reasons; up to OVERLAPS_INLINE it also holds all of them as a folded table of compact rows (no page
 * of its own, so no second copy of header and footer); beyond that, a list of its own
 * (/programme/<id>/ueberschneidungen/, pages of 200 compact rows) holds every one. Either way the
 * count an offering page shows is the number of rows a person can reach.
 */
export const OVERLAPS_ON_OFFERING_PAGE = 5;
export const OVERLAPS_INLINE = 100;
export const OVERLAPS_PER_PAGE = 200;

/** True when an offering with n overlaps shows all of them as a table on its own page. */
export function listsOverlapsInline(n: number): boolean {
  return n > OVERLAPS_ON_OFFERING_PAGE && n <= OVERLAPS_INLINE;
}

/** True when an offering with n overlaps needs the full list beside its page. */
export function needsOverlapList(n: number): boolean {
  return n > OVERLAPS_INLINE;
}

/** The path of page `page` (1-based) of an offering's overlap list, below the offering's own path. */
export function overlapListPath(offeringPath: string, page = 1): string {
  return `${offeringPath}ueberschneidungen/${page === 1 ? '' : `${page}/`}`;
}

/** On a Kreis's overlap page: the strongest rows of each (kind, action field) group, and rows per page. */
export const OVERLAPS_PER_GROUP = 50;
export const OVERLAP_ROWS_PER_KREIS_PAGE = 300;

/** The path (without language prefix) of page `page` of the overlaps whose home is `region`. */
export function overlapHomePath(region: string, page = 1): string {
  return `/ueberschneidungen/${region}/${page === 1 ? '' : `${page}/`}`;
}
