/**
 * The overlaps split per Kreis (src/lib/overlap-homes.ts), worked out once per build and shared by
 * every language: the overview, the Kreis pages and the open data files take slices of it.
 */
import { OVERLAP_KINDS, type OverlapKind } from '../lib/overlap';
import type { OverlapGroup } from '../lib/overlap-groups';
import { HOME_KINDS, homeGroups, overlapHomes, paginateGroups, type OverlapHome, type ShownGroup } from '../lib/overlap-homes';
import { OVERLAP_ROWS_PER_KREIS_PAGE, OVERLAPS_PER_GROUP } from '../lib/overlap-pages';
import { getAnalysis } from './analysis';
import { getCatalogue } from './catalogue';

export type KindGroup = OverlapGroup & { kind: OverlapKind };

export interface OverlapHomesView {
  /** The Land first, then every Kreis and kreisfreie Stadt A–Z, then what meets above the Land. */
  homes: OverlapHome[];
  home(region: string): OverlapHome;
  /** The pages of one home: Doppelangebote first, then Förderwege, each grouped by action field. */
  pages(region: string): ShownGroup<KindGroup>[][];
}

let cached: Promise<OverlapHomesView> | undefined;

export function getOverlapHomes(): Promise<OverlapHomesView> {
  cached ??= Promise.all([getCatalogue(), getAnalysis()]).then(([catalogue, analysis]) => {
    const isHome = (id: string) => HOME_KINDS.includes(catalogue.region(id).kind);
    const rank = (kind: string) => (kind === 'land' ? 0 : HOME_KINDS.includes(kind) ? 1 : 2);
    const order = [...catalogue.regions]
      .sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.localeCompare(b.name, 'de'))
      .map((r) => r.id);
    const homes = overlapHomes(catalogue.tree, analysis.overlaps, isHome, order, order.filter(isHome));
    const byRegion = new Map(homes.map((h) => [h.region, h]));
    const fieldOrder = catalogue.actionFields.map((f) => f.id);
    const pageCache = new Map<string, ShownGroup<KindGroup>[][]>();
    const home = (region: string) => {
      const found = byRegion.get(region);
      if (!found) throw new Error(`keine Überschneidungen mit Heimat ${region}`);
      return found;
    };
    return {
      homes,
      home,
      pages: (region) => {
        let pages = pageCache.get(region);
        if (!pages) {
          const { byKind } = home(region);
          const groups = OVERLAP_KINDS.flatMap((kind) => homeGroups(catalogue.tree, region, byKind[kind], fieldOrder).map((g) => ({ ...g, kind })));
          pageCache.set(region, (pages = paginateGroups(groups, OVERLAPS_PER_GROUP, OVERLAP_ROWS_PER_KREIS_PAGE)));
        }
        return pages;
      },
    };
  });
  return cached;
}
