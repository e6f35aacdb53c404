/**
 * The small locator map as a file of its own: one SVG per set of highlighted Kreise, written once and
 * shared by every offering and region page (in all languages) that shows the same place, instead of a
 * copy inline in each page. Colours are presentation attributes: the file needs no stylesheet.
 */
import type { ProjectedMap } from './maps';

export interface Highlight {
  /** AGS of the Kreise to highlight. */
  ags: ReadonlySet<string>;
  /** The whole of Hessen (or more). */
  all: boolean;
}

/** Where the locator maps live, below the site's base: /karten/lage/<key>.svg. */
export const LOCATOR_DIR = 'karten/lage';

/**
 * The file name of a highlight: "hessen" for all of Hessen, else the Kreise's AGS in order, joined by
 * "-" (at most 27 Kreise × 6 characters, well within a file name's limit).
 */
export function locatorKey(highlight: Highlight): string {
  return highlight.all ? 'hessen' : [...highlight.ags].sort().join('-');
}

/** The AGS a key stands for (the inverse of locatorKey). */
export function highlightOfKey(key: string): Highlight {
  return key === 'hessen' ? { ags: new Set(), all: true } : { ags: new Set(key.split('-')), all: false };
}

const LAND = 'fill="#e8eef4" stroke="#6b7f93"';
const HIGHLIGHT = 'fill="#00355f" stroke="#00355f"';

/** The locator SVG (a standalone file, so with its namespace). */
export function locatorSvg(map: ProjectedMap, highlight: Highlight): string {
  const shapes = highlight.all ? [] : map.shapes.filter((s) => highlight.ags.has(s.ags));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" stroke-width="1">`,
    `<path d="${map.outline}" ${highlight.all ? HIGHLIGHT : LAND}/>`,
    ...shapes.map((s) => `<path d="${s.d}" ${HIGHLIGHT}/>`),
    '</svg>\n',
  ].join('');
}
