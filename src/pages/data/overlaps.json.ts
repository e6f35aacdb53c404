/** dist/data/overlaps.json: every overlapping pair once, strongest first (partners capped per offering). */
import type { APIRoute } from 'astro';
import { capPartners } from '../../lib/overlap';
import { getAnalysis } from '../../site/analysis';
import { jsonResponse, OVERLAP_PARTNER_LIMIT } from '../../site/open-data';

export const GET: APIRoute = async () => {
  const { overlaps } = await getAnalysis();
  return jsonResponse(capPartners(overlaps, OVERLAP_PARTNER_LIMIT));
};
