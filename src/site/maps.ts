/** Hessen's maps for this build: projected once, shared by every page that draws one. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Catalogue } from '../lib/catalogue';
import { projectKreise, type KreisProperties, type ProjectedMap } from '../lib/maps';
import { KREIS_KINDS, kreisOf as kreisInTree } from '../lib/regions';

const geo = (name: string) => JSON.parse(readFileSync(resolve(process.cwd(), 'src/data/geo', name), 'utf8'));
let full: ProjectedMap | undefined;
let small: ProjectedMap | undefined;

function load(width: number, decimals: number): ProjectedMap {
  return projectKreise(geo('hessen-kreise-2026.geojson') as FeatureCollection<Geometry, KreisProperties>, geo('hessen.geojson') as FeatureCollection, width, decimals);
}

/** The Kreis map for /regionen/ and the coverage maps. */
export const kreisMap = () => (full ??= load(600, 1));
/** The small locator map (whole pixels keep it a few kilobytes). */
export const locatorBase = () => (small ??= load(150, 0));

/** The region id of each map shape, by AGS. */
export function regionByAgs(catalogue: Catalogue): Map<string, string> {
  return new Map(catalogue.regions.filter((r) => r.ags && KREIS_KINDS.has(r.kind)).map((r) => [r.ags!, r.id]));
}

/** The Kreis a region lies in (itself for a Kreis), or undefined above Kreis level. */
export function kreisOf(catalogue: Catalogue, regionId: string): string | undefined {
  return kreisInTree(catalogue.tree, (id) => catalogue.region(id).kind, regionId);
}

/** AGS of the Kreise to highlight for an area; "all" when it covers the whole of Hessen or more. */
export function highlightFor(catalogue: Catalogue, area: readonly string[]): { ags: Set<string>; all: boolean } {
  const ags = new Set<string>();
  let all = false;
  for (const id of area) {
    const region = catalogue.region(id);
    if (['eu', 'bund', 'land'].includes(region.kind)) all = all || catalogue.tree.contains(id, 'hessen');
    else if (region.kind === 'regierungsbezirk') {
      for (const d of catalogue.tree.descendants(id)) if (KREIS_KINDS.has(catalogue.region(d).kind)) ags.add(catalogue.region(d).ags ?? '');
    } else {
      const kreis = kreisOf(catalogue, id);
      if (kreis) ags.add(catalogue.region(kreis).ags ?? '');
    }
  }
  ags.delete('');
  return { ags, all };
}

/**
 * Every area a locator map is drawn for: each offering's area and each region in Hessen (the region
 * pages). The map files (/karten/lage/) are made from exactly these, so no page links a missing one.
 */
export function locatorAreas(catalogue: Catalogue): string[][] {
  const inHessen = (id: string) => id === 'hessen' || catalogue.tree.ancestors(id).includes('hessen');
  return [...catalogue.offerings.map((o) => o.area), ...catalogue.regions.filter((r) => inHessen(r.id)).map((r) => [r.id])];
}
