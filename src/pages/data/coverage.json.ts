/**
 * dist/data/coverage.json: for every region and action field the local and available offerings, the
 * state (vorhanden, luecke, nicht-erhoben), the survey day where surveyed, and gap (true only for luecke).
 */
import type { APIRoute } from 'astro';
import { getAnalysis } from '../../site/analysis';
import { jsonResponse } from '../../site/open-data';

export const GET: APIRoute = async () => {
  const { coverage } = await getAnalysis();
  return jsonResponse(coverage.cells);
};
