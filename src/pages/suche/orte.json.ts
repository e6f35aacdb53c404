/**
 * /suche/orte.json: place names the search recognises in a query ("Deutschkurs Kassel"), each with the
 * facet to filter by (src/lib/regions.ts decides what reaches where) and, for a Gemeinde, its id for the
 * hidden "ort" filter. Loaded only for queries of two or more words.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../site/catalogue';
import { searchPlaces } from '../../site/search';

export const GET: APIRoute = async () => {
  const catalogue = await getCatalogue();
  return new Response(JSON.stringify(searchPlaces(catalogue)), { headers: { 'Content-Type': 'application/json' } });
};
