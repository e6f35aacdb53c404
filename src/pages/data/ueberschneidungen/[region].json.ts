/** dist/data/ueberschneidungen/<region>.json: every pair whose home is this Kreis, kreisfreie Stadt or the Land, as compact rows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { overlapHomeDocument } from '../../../lib/overlap-data';
import { getOverlapHomes } from '../../../site/overlap-homes';

export const getStaticPaths: GetStaticPaths = async () => (await getOverlapHomes()).homes.map((h) => ({ params: { region: h.region } }));

export const GET: APIRoute = async ({ params }) => {
  const { home } = await getOverlapHomes();
  // Compact on purpose (one line): the files hold hundreds of thousands of rows in a large catalogue.
  return new Response(`${JSON.stringify(overlapHomeDocument(home(params.region!)))}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
