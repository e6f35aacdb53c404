/** dist/data/360giving.json: project fundings that name an amount, as 360Giving grants. */
import type { APIRoute } from 'astro';
import { grants } from '../../lib/export';
import { getCatalogue } from '../../site/catalogue';
import { exportContext, jsonResponse } from '../../site/open-data';

export const GET: APIRoute = async () => jsonResponse(grants(await getCatalogue(), exportContext()));
