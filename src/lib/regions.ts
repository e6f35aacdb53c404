/**
 * The region tree and "where is what":
 * - a region contains itself and all its descendants;
 * - an offering reaches R "vor Ort" (local) when its area holds R or a place inside R, and
 *   "von oben" (fromAbove) when its area holds a region above R (Kreis, Land, Bund, EU).
 * reachOf() and reachedRegions() are the one rule behind region pages, feeds, calendars, search
 * facets, coverage and monitoring.
 */

export interface RegionNode {
  id: string;
  parent?: string;
}

export interface RegionTree {
  ids: readonly string[];
  has(id: string): boolean;
  parentOf(id: string): string | undefined;
  childrenOf(id: string): readonly string[];
  /** Ancestors from the parent up to the root. */
  ancestors(id: string): readonly string[];
  /** All descendants, depth first, in id order. */
  descendants(id: string): readonly string[];
  /** Root first, the region itself last. */
  path(id: string): readonly string[];
  depth(id: string): number;
  /** True when a equals b or lies above it. */
  contains(a: string, b: string): boolean;
  root: string | undefined;
}

export function buildRegionTree(regions: readonly RegionNode[]): RegionTree {
  const parent = new Map<string, string | undefined>();
  const children = new Map<string, string[]>();
  for (const region of regions) {
    parent.set(region.id, region.parent);
    children.set(region.id, children.get(region.id) ?? []);
  }
  for (const region of regions) {
    if (region.parent !== undefined && parent.has(region.parent)) children.get(region.parent)!.push(region.id);
  }
  for (const list of children.values()) list.sort();

  const ancestorCache = new Map<string, string[]>();
  const ancestors = (id: string): string[] => {
    const cached = ancestorCache.get(id);
    if (cached) return cached;
    const result: string[] = [];
    let current = parent.get(id);
    // The validator rejects cycles; the guard keeps a broken tree from hanging a build.
    while (current !== undefined && !result.includes(current) && current !== id) {
      result.push(current);
      current = parent.get(current);
    }
    ancestorCache.set(id, result);
    return result;
  };

  const descendantCache = new Map<string, string[]>();
  const descendants = (id: string): string[] => {
    const cached = descendantCache.get(id);
    if (cached) return cached;
    const result: string[] = [];
    const stack = [...(children.get(id) ?? [])].reverse();
    const seen = new Set<string>([id]);
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      result.push(next);
      stack.push(...[...(children.get(next) ?? [])].reverse());
    }
    descendantCache.set(id, result);
    return result;
  };

  const roots = regions.filter((r) => r.parent === undefined).map((r) => r.id);
  return {
    ids: regions.map((r) => r.id),
    has: (id) => parent.has(id),
    parentOf: (id) => parent.get(id),
    childrenOf: (id) => children.get(id) ?? [],
    ancestors,
    descendants,
    path: (id) => [...ancestors(id)].reverse().concat(id),
    depth: (id) => ancestors(id).length,
    contains: (a, b) => a === b || ancestors(b).includes(a),
    root: roots[0],
  };
}

/** How an offering reaches a region: on the spot, or from a region above it. */
export type Reach = 'local' | 'fromAbove';

/** Does an offering with this area reach region R, and how? undefined when it does not reach R. */
export function reachOf(tree: RegionTree, area: readonly string[], region: string): Reach | undefined {
  if (area.some((a) => tree.contains(region, a))) return 'local';
  if (area.some((a) => tree.contains(a, region))) return 'fromAbove';
  return undefined;
}

/**
 * Every region an offering with this area reaches, with how (reachOf for each of them): its area and
 * the regions above it are local, the regions below its area are reached from above.
 */
export function reachedRegions(tree: RegionTree, area: readonly string[]): Map<string, Reach> {
  const result = new Map<string, Reach>();
  for (const a of area) {
    result.set(a, 'local');
    for (const up of tree.ancestors(a)) result.set(up, 'local');
  }
  for (const a of area) for (const d of tree.descendants(a)) if (!result.has(d)) result.set(d, 'fromAbove');
  return result;
}

export interface WhereIsWhat<T> {
  /** "vor Ort": located in the region. */
  local: T[];
  /** "landes-/bundesweit verfügbar": available through an ancestor, not located in the region. */
  viaAncestor: T[];
}

/** Splits offerings for a region page: those on the spot and those that reach it from above. */
export function offeringsForRegion<T extends { area: readonly string[] }>(tree: RegionTree, region: string, offerings: readonly T[]): WhereIsWhat<T> {
  const local: T[] = [];
  const viaAncestor: T[] = [];
  for (const offering of offerings) {
    const reach = reachOf(tree, offering.area, region);
    if (reach === 'local') local.push(offering);
    else if (reach === 'fromAbove') viaAncestor.push(offering);
  }
  return { local, viaAncestor };
}

/** The nearest region of an area above or at R through which an offering reaches R (for "via Hessen"). */
export function reachVia(tree: RegionTree, area: readonly string[], region: string): string | undefined {
  const chain = [region, ...tree.ancestors(region)];
  return chain.find((r) => area.includes(r));
}

/**
 * Groups the offerings that reach a region from above by the region they come through, nearest
 * first: "über Lahn-Dill-Kreis", "über Hessen", "über Deutschland", "über Europäische Union".
 */
export function groupByReach<T extends { area: readonly string[] }>(tree: RegionTree, region: string, offerings: readonly T[]): { via: string; items: T[] }[] {
  return tree
    .ancestors(region)
    .map((via) => ({ via, items: offerings.filter((o) => reachVia(tree, o.area, region) === via) }))
    .filter((g) => g.items.length > 0);
}

/** Region kinds that are a Kreis: a Landkreis or a kreisfreie Stadt. */
export const KREIS_KINDS: ReadonlySet<string> = new Set(['landkreis', 'kreisfreie-stadt']);

/** The Kreis a region lies in (itself for a Kreis), or undefined above Kreis level. */
export function kreisOf(tree: RegionTree, kindOf: (id: string) => string, regionId: string): string | undefined {
  return [regionId, ...tree.ancestors(regionId)].find((id) => KREIS_KINDS.has(kindOf(id)));
}
