/** dist/data/foerderketten.csv: one row per Kreis and funding programme of its running local offerings. */
import type { APIRoute } from 'astro';
import { chainsCsv, fundingChainRows, kreiseOf } from '../../lib/action-exports';
import { getAnalysis } from '../../site/analysis';
import { getCatalogue } from '../../site/catalogue';

export const GET: APIRoute = async () => {
  const [catalogue, analysis] = await Promise.all([getCatalogue(), getAnalysis()]);
  const chains = kreiseOf(catalogue.regions).map((id) => analysis.fundingChain(id));
  return new Response(chainsCsv(fundingChainRows(catalogue, chains)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
