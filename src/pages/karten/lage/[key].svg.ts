/**
 * /karten/lage/<key>.svg: the locator map for one set of highlighted Kreise (src/lib/locator.ts), once for
 * all languages; offering and region pages show it with <img> (LocatorMap.astro).
 */
import type { APIRoute } from 'astro';
import { highlightOfKey, locatorKey, locatorSvg } from '../../../lib/locator';
import { getCatalogue } from '../../../site/catalogue';
import { highlightFor, locatorAreas, locatorBase } from '../../../site/maps';

export async function getStaticPaths() {
  const catalogue = await getCatalogue();
  const keys = new Set<string>();
  for (const area of locatorAreas(catalogue)) {
    const highlight = highlightFor(catalogue, area);
    if (highlight.all || highlight.ags.size > 0) keys.add(locatorKey(highlight));
  }
  return [...keys].sort().map((key) => ({ params: { key } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(locatorSvg(locatorBase(), highlightOfKey(params.key!)), { headers: { 'Content-Type': 'image/svg+xml' } });
