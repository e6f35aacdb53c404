/** dist/data/similar.json: for every offering, up to five offerings similar by text, with the shared terms. */
import type { APIRoute } from 'astro';
import { similarDocument } from '../../lib/action-exports';
import { offeringKey } from '../../lib/catalogue';
import { getAnalysis } from '../../site/analysis';
import { getCatalogue } from '../../site/catalogue';
import { jsonResponse } from '../../site/open-data';

export const GET: APIRoute = async () => {
  const [catalogue, analysis] = await Promise.all([getCatalogue(), getAnalysis()]);
  return jsonResponse(similarDocument(catalogue.offerings.map(offeringKey), analysis.similar));
};
