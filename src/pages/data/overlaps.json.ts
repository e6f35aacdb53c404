/**
 * dist/data/overlaps.json: every overlapping pair once, Doppelangebote and Förderwege apart, each
 * strongest first (partners capped per offering; counts are of all pairs).
 */
import type { APIRoute } from 'astro';
import { overlapsDocument } from '../../lib/action-exports';
import { getAnalysis } from '../../site/analysis';
import { jsonResponse, OVERLAP_PARTNER_LIMIT } from '../../site/open-data';

export const GET: APIRoute = async () => {
  const { overlapsByKind } = await getAnalysis();
  return jsonResponse(overlapsDocument(overlapsByKind, OVERLAP_PARTNER_LIMIT));
};
