/**
 * dist/data/overlaps.json: the index of the overlap files, one per Kreis, kreisfreie Stadt and the Land
 * (src/lib/overlap-data.ts), with the totals of all pairs.
 */
import type { APIRoute } from 'astro';
import { overlapIndexDocument } from '../../lib/overlap-data';
import { getAnalysis } from '../../site/analysis';
import { getCatalogue } from '../../site/catalogue';
import { getOverlapHomes } from '../../site/overlap-homes';
import { jsonResponse } from '../../site/open-data';
import { url } from '../../site/urls';

export const GET: APIRoute = async () => {
  const [{ overlapsByKind }, catalogue, { homes }] = await Promise.all([getAnalysis(), getCatalogue(), getOverlapHomes()]);
  return jsonResponse(overlapIndexDocument(overlapsByKind, homes, (region) => url(`/data/ueberschneidungen/${region}.json`), (region) => catalogue.region(region).name));
};
