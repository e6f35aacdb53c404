/** Groups overlaps for the /ueberschneidungen/ page: by the region where they meet and by shared action field. */
import type { Overlap } from './overlap';
import type { RegionTree } from './regions';

export interface OverlapGroup {
  region: string;
  actionField: string;
  overlaps: Overlap[];
}

/**
 * Each overlap appears under every (region, action field) it shares; the region is the meeting region
 * lifted to the nearest region that `isGroupRegion` accepts (e.g. a Gemeinde to its Kreis).
 */
export function groupOverlaps(
  tree: RegionTree,
  overlaps: readonly Overlap[],
  isGroupRegion: (id: string) => boolean,
  regionOrder: readonly string[],
  fieldOrder: readonly string[],
): OverlapGroup[] {
  const groups = new Map<string, OverlapGroup>();
  const lift = (id: string) => [id, ...tree.ancestors(id)].find(isGroupRegion) ?? id;
  for (const overlap of overlaps) {
    const regions = new Set(overlap.regions.map(lift));
    for (const region of regions) {
      for (const actionField of overlap.actionFields) {
        const key = `${region}\u0000${actionField}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { region, actionField, overlaps: [] }));
        group.overlaps.push(overlap);
      }
    }
  }
  const rank = (list: readonly string[], id: string) => {
    const i = list.indexOf(id);
    return i === -1 ? list.length : i;
  };
  return [...groups.values()].sort(
    (a, b) => rank(regionOrder, a.region) - rank(regionOrder, b.region) || a.region.localeCompare(b.region) || rank(fieldOrder, a.actionField) - rank(fieldOrder, b.actionField),
  );
}
