/**
 * Region → offerings, computed once per catalogue: the same answers as reachOf() and groupByReach()
 * (regions.ts), without scanning every offering for every region. Each offering is entered once per
 * region of its area ("by area") and once per region that holds its area ("on the spot"); what reaches a
 * region from above is read from the by-area lists of its ancestors, so no list holds a Land-wide
 * offering once per town, and a page takes slices.
 */
import type { Offering } from './catalogue';
import { servesPeople } from './finder';
import type { RegionTree } from './regions';

export interface ReachIndex<T> {
  /** Offerings on the spot in the region (its area holds the region or a place inside it), in input order. */
  local(region: string): readonly T[];
  /** Offerings that reach the region from above, grouped by the region they come through, nearest first (as groupByReach). */
  fromAbove(region: string): readonly { via: string; items: readonly T[] }[];
  /** Every offering that reaches the region, on the spot or from above, in input order (feeds, calendars). */
  reaching(region: string): T[];
}

export function buildReachIndex<T extends { area: readonly string[] }>(tree: RegionTree, offerings: readonly T[]): ReachIndex<T> {
  const position = new Map<T, number>();
  const localAt = new Map<string, T[]>();
  const byArea = new Map<string, T[]>();
  const add = (map: Map<string, T[]>, region: string, offering: T) => {
    let list = map.get(region);
    if (!list) map.set(region, (list = []));
    // An area naming a region and a place inside it enters the offering once.
    if (list[list.length - 1] !== offering) list.push(offering);
  };
  offerings.forEach((offering, i) => {
    position.set(offering, i);
    const holders = new Set<string>();
    for (const a of offering.area) {
      add(byArea, a, offering);
      holders.add(a);
      for (const up of tree.ancestors(a)) holders.add(up);
    }
    for (const region of holders) add(localAt, region, offering);
  });
  // Every list is in input order: offerings are entered in input order.

  const none: T[] = [];
  const local = (region: string) => localAt.get(region) ?? none;
  const aboveCache = new Map<string, { via: string; items: readonly T[] }[]>();
  function fromAbove(region: string) {
    const cached = aboveCache.get(region);
    if (cached) return cached;
    const near = new Set(local(region));
    const seen = new Set<T>();
    const groups: { via: string; items: readonly T[] }[] = [];
    for (const via of tree.ancestors(region)) {
      const list = byArea.get(via) ?? none;
      // The usual case (a Land programme in a town) shares the list; a copy only where something is nearer.
      const items = list.some((o) => near.has(o) || seen.has(o)) ? list.filter((o) => !near.has(o) && !seen.has(o)) : list;
      for (const o of items) seen.add(o);
      if (items.length > 0) groups.push({ via, items });
    }
    aboveCache.set(region, groups);
    return groups;
  }
  return {
    local,
    fromAbove,
    reaching: (region) => [...local(region), ...fromAbove(region).flatMap((g) => g.items)].sort((a, b) => position.get(a)! - position.get(b)!),
  };
}

/**
 * The few of a long list a citizen should see first (a region page's Land-, Bund- and EU-wide groups):
 * what runs now or starts soon before what has ended, services people can use themselves (servesPeople)
 * before funds for organisations, then A–Z. The rest is behind a link.
 */
export function pickForCitizens<T extends Offering>(items: readonly T[], ended: (o: T) => boolean, limit: number): T[] {
  const rank = (o: T) => (ended(o) ? 2 : 0) + (servesPeople(o) ? 0 : 1);
  return items
    .map((o) => ({ o, r: rank(o) }))
    .sort((a, b) => a.r - b.r || a.o.title.localeCompare(b.o.title, 'de'))
    .slice(0, limit)
    .map((x) => x.o);
}
