/** dist/data/coverage.json: for every region and action field the local and available offerings and whether it is a gap. */
import type { APIRoute } from 'astro';
import { getAnalysis } from '../../site/analysis';
import { jsonResponse } from '../../site/exports';

export const GET: APIRoute = async () => {
  const { coverage } = await getAnalysis();
  return jsonResponse(coverage.cells);
};
