/**
 * Maps drawn at build time as SVG path data: Hessen's Kreise projected once, flat (an equirectangular
 * projection with the longitude scaled for Hessen's latitude, good enough at this size and free of
 * the ring-orientation traps of spherical projections). No tiles, no client JavaScript.
 */
import { geoPath, geoTransform } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export interface KreisProperties {
  ags: string;
  name: string;
  kind: string;
}

export interface Shape {
  ags: string;
  name: string;
  kind: string;
  /** SVG path data. */
  d: string;
  /** Label anchor (centroid). */
  cx: number;
  cy: number;
}

export interface ProjectedMap {
  width: number;
  height: number;
  shapes: Shape[];
  outline: string;
}

type Collection = FeatureCollection<Geometry, KreisProperties>;

/** Rounds the numbers in SVG path data and drops repeated points, to keep inline SVG small. */
export function compactPath(d: string, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = d.replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * factor) / factor));
  // "L1,2L1,2" → "L1,2": consecutive identical points add nothing once rounded.
  return rounded.replace(/(L-?[\d.]+,-?[\d.]+)(?:\1)+/g, '$1').replace(/M(-?[\d.]+,-?[\d.]+)(?:L\1)+/g, 'M$1');
}

/**
 * The same path with relative line commands ("M21,93l0,1 0,2-1,1Z"): small deltas instead of absolute
 * coordinates take about a third less room. Expects the M/L/Z paths that compactPath returns.
 */
export function relativePath(d: string, decimals: number): string {
  const factor = 10 ** decimals;
  const fmt = (n: number) => String(n / factor);
  let out = '';
  let x = 0;
  let y = 0;
  let afterL = false;
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') {
      out += 'Z';
      afterL = false;
      continue;
    }
    const [px, py] = args!.split(',').map((n) => Math.round(Number(n) * factor));
    if (cmd === 'M') {
      out += `M${fmt(px!)},${fmt(py!)}`;
      afterL = false;
    } else {
      const pair = `${fmt(px! - x)},${fmt(py! - y)}`;
      out += afterL ? (pair.startsWith('-') ? pair : ` ${pair}`) : `l${pair}`;
      afterL = true;
    }
    [x, y] = [px!, py!];
  }
  return out;
}

export function projectKreise(kreise: Collection, outline: FeatureCollection, width: number, decimals = 1): ProjectedMap {
  const all = [...kreise.features.flatMap((f) => coords(f.geometry))];
  const lat0 = (Math.min(...all.map((c) => c[1])) + Math.max(...all.map((c) => c[1]))) / 2;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const xs = all.map((c) => c[0] * k);
  const ys = all.map((c) => -c[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = width / (maxX - minX);
  const height = Math.ceil((maxY - minY) * scale);
  const projection = geoTransform({
    point(lon: number, lat: number) {
      this.stream.point((lon * k - minX) * scale, (-lat - minY) * scale);
    },
  });
  const path = geoPath(projection);
  const shapes = kreise.features.map((feature: Feature<Geometry, KreisProperties>) => {
    const [cx, cy] = path.centroid(feature);
    return { ...feature.properties, d: relativePath(compactPath(path(feature) ?? '', decimals), decimals), cx: Math.round(cx), cy: Math.round(cy) };
  });
  return { width, height, shapes, outline: relativePath(compactPath(outline.features.map((f) => path(f) ?? '').join(''), decimals), decimals) };
}

function coords(geometry: Geometry): [number, number][] {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.flat() as [number, number][];
    case 'MultiPolygon':
      return geometry.coordinates.flat(2) as [number, number][];
    default:
      return [];
  }
}

/** Classes of a choropleth: 0 is a gap (hatched), then 1, 2–3 and 4 or more. */
export const COUNT_CLASSES = [
  { min: 0, max: 0, label: 'keine (Lücke)' },
  { min: 1, max: 1, label: '1' },
  { min: 2, max: 3, label: '2–3' },
  { min: 4, max: Infinity, label: '4 und mehr' },
] as const;

/** The map class of a Kreis without a known local offering that nobody surveyed: dotted, not a gap. */
export const UNSURVEYED_CLASS = -1;

export function countClass(count: number): number {
  return COUNT_CLASSES.findIndex((c) => count >= c.min && count <= c.max);
}
