/**
 * Where an offering's overlaps are listed in full: its own page shows the strongest few; when it has
 * more, a list of its own (/programme/<id>/ueberschneidungen/, in pages of 200 compact rows) holds every one,
 * so the count an offering page shows is always the number of rows a person can reach.
 */
export const OVERLAPS_ON_OFFERING_PAGE = 5;
export const OVERLAPS_PER_PAGE = 200;

/** True when an offering with n overlaps needs the full list beside its page. */
export function needsOverlapList(n: number): boolean {
  return n > OVERLAPS_ON_OFFERING_PAGE;
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
