/** dist/data/offerings.csv: one row per programme and project, for spreadsheets. */
import type { APIRoute } from 'astro';
import { offeringRows, toCsv } from '../../lib/export';
import { getCatalogue } from '../../site/catalogue';
import { exportContext } from '../../site/open-data';

export const GET: APIRoute = async () =>
  new Response(toCsv(offeringRows(await getCatalogue(), exportContext())), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
