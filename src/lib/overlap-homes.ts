/**
 * The overlap pages and open data split per Kreis: every pair has a home, the Kreis or kreisfreie
 * Stadt where it meets (a pair meeting in a Gemeinde lives in its Kreis; a pair meeting only at Land
 * level in the Land; above the Land, in the region itself). A pair meeting in two Kreise lives in both.
 * Pages and files take one home each, so none grows with the whole catalogue, only with its Kreis.
 */
import { groupOverlaps, type OverlapGroup } from './overlap-groups';
import type { Overlap, OverlapKind } from './overlap';
import type { RegionTree } from './regions';

/** The kinds of region that are homes: Kreise and kreisfreie Städte, and the Land for what meets only there. */
export const HOME_KINDS: readonly string[] = ['landkreis', 'kreisfreie-stadt', 'land'];

/** The home of one meeting region: the nearest region at or above it whose kind is a home kind, else itself. */
export function homeOf(tree: RegionTree, region: string, isHome: (id: string) => boolean): string {
  if (isHome(region)) return region;
  return tree.ancestors(region).find(isHome) ?? region;
}

export interface OverlapHome {
  region: string;
  /** The pairs meeting here, Doppelangebote and Förderwege apart, each in the order given (strongest first). */
  byKind: Record<OverlapKind, Overlap[]>;
}

/**
 * Every home with its pairs, in the order of `order` (homes not in it after, by id); the regions of
 * `always` are homes even without a pair (so every Kreis has its page). Reads only `regions` and
 * `kind` of each pair, never the full description.
 */
export function overlapHomes(
  tree: RegionTree,
  overlaps: readonly Overlap[],
  isHome: (id: string) => boolean,
  order: readonly string[] = [],
  always: readonly string[] = [],
): OverlapHome[] {
  const homes = new Map<string, OverlapHome>(always.map((region) => [region, { region, byKind: { doppelangebot: [], foerderweg: [] } }]));
  const lifted = new Map<string, string>();
  const lift = (id: string) => {
    let home = lifted.get(id);
    if (home === undefined) lifted.set(id, (home = homeOf(tree, id, isHome)));
    return home;
  };
  for (const overlap of overlaps) {
    const regions = overlap.regions;
    const seen = regions.length === 1 ? [lift(regions[0]!)] : [...new Set(regions.map(lift))];
    for (const region of seen) {
      let home = homes.get(region);
      if (!home) homes.set(region, (home = { region, byKind: { doppelangebot: [], foerderweg: [] } }));
      home.byKind[overlap.kind].push(overlap);
    }
  }
  const rank = new Map(order.map((id, i) => [id, i]));
  const position = (id: string) => rank.get(id) ?? order.length;
  return [...homes.values()].sort((a, b) => position(a.region) - position(b.region) || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
}

/** One home's pairs of one kind grouped by shared action field (a pair under each field it shares), in `fieldOrder`. */
export function homeGroups(tree: RegionTree, home: string, overlaps: readonly Overlap[], fieldOrder: readonly string[]): OverlapGroup[] {
  // Every pair here meets in this home, so grouping "by region" puts all of them under it.
  return groupOverlaps(tree, overlaps, (id) => id === home, [home], fieldOrder).filter((g) => g.region === home);
}

/** A group as a page shows it: its strongest `shown` pairs out of `total`. */
export interface ShownGroup<G> {
  group: G;
  shown: number;
  total: number;
}

/**
 * Splits groups into pages of at most `rowsPerPage` rows, showing at most `perGroup` rows of each
 * group; a group is never split across pages. Always at least one page, so an empty home has a page.
 */
export function paginateGroups<G extends { overlaps: readonly unknown[] }>(groups: readonly G[], perGroup: number, rowsPerPage: number): ShownGroup<G>[][] {
  if (perGroup < 1 || rowsPerPage < perGroup) throw new RangeError('rowsPerPage must hold at least one full group');
  const pages: ShownGroup<G>[][] = [[]];
  let rows = 0;
  for (const group of groups) {
    const shown = Math.min(group.overlaps.length, perGroup);
    if (rows + shown > rowsPerPage && pages.at(-1)!.length > 0) {
      pages.push([]);
      rows = 0;
    }
    pages.at(-1)!.push({ group, shown, total: group.overlaps.length });
    rows += shown;
  }
  return pages;
}
