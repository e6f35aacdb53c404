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
  // By area, split: an offering with one area region reaches every region below it through that region; only
  // one with several (Hessen and Deutschland, a Kreis and a town in it) needs a look at which is nearest.
  const single = new Map<string, T[]>();
  const multi = new Map<string, T[]>();
  const add = (map: Map<string, T[]>, region: string, offering: T) => {
    let list = map.get(region);
    if (!list) map.set(region, (list = []));
    // An area naming a region twice enters the offering once.
    if (list[list.length - 1] !== offering) list.push(offering);
  };
  offerings.forEach((offering, i) => {
    position.set(offering, i);
    const holders = new Set<string>();
    const areas = new Set(offering.area);
    for (const a of areas) {
      add(areas.size > 1 ? multi : single, a, offering);
      holders.add(a);
      for (const up of tree.ancestors(a)) holders.add(up);
    }
    for (const region of holders) add(localAt, region, offering);
  });
  // Every list is in input order: offerings are entered in input order.
  const byPosition = (a: T, b: T) => position.get(a)! - position.get(b)!;

  const none: T[] = [];
  const local = (region: string) => localAt.get(region) ?? none;
  const aboveCache = new Map<string, { via: string; items: readonly T[] }[]>();
  function fromAbove(region: string) {
    const cached = aboveCache.get(region);
    if (cached) return cached;
    const chain = tree.ancestors(region);
    const groups: { via: string; items: readonly T[] }[] = [];
    chain.forEach((via, i) => {
      const one = single.get(via) ?? none;
      // Several areas: it comes through the nearest one, and not from above at all where one of them is the region or below it.
      const nearer = new Set([region, ...chain.slice(0, i)]);
      const several = (multi.get(via) ?? none).filter((o) => !o.area.some((a) => nearer.has(a) || tree.contains(region, a)));
      // The usual case (a Land programme in a town) shares the Land's list with every town.
      const items = several.length === 0 ? one : [...one, ...several].sort(byPosition);
      if (items.length > 0) groups.push({ via, items });
    });
    aboveCache.set(region, groups);
    return groups;
  }
  return {
    local,
    fromAbove,
    reaching: (region) => [...local(region), ...fromAbove(region).flatMap((g) => g.items)].sort(byPosition),
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
