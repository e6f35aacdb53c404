/**
 * dist/data/coverage.json: for every region and action field the local and available offerings, the
 * state (vorhanden, luecke, nicht-erhoben), the survey day where surveyed, gap (true only for luecke),
 * fundablePrograms (for a gap: ids of the programmes that could fund closing it; null otherwise) and
 * endsWithinMonths (6, 12 or 24 when every running local offering ends within that many months; null otherwise).
 */
import type { APIRoute } from 'astro';
import { coverageDocument } from '../../lib/action-exports';
import { getAnalysis } from '../../site/analysis';
import { jsonResponse } from '../../site/open-data';

export const GET: APIRoute = async () => {
  const analysis = await getAnalysis();
  return jsonResponse(coverageDocument(analysis.coverage.cells, analysis.fundable, analysis.radar));
};
