/** dist/data/hsds/organizations.json: the local offerings as Open Referral HSDS 3 organizations (src/lib/hsds.ts). */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../site/catalogue';
import { hsdsData, jsonResponse } from '../../../site/open-data';

export const GET: APIRoute = async () => jsonResponse(hsdsData(await getCatalogue()).organizations);
