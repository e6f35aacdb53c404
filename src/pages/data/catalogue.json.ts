/** dist/data/catalogue.json: every entry of every collection with ids as references and resolved helpers. */
import type { APIRoute } from 'astro';
import { de } from '../../i18n/de';
import { catalogueDocument } from '../../lib/export';
import { getCatalogue } from '../../site/catalogue';
import { exportContext, jsonResponse } from '../../site/open-data';

export const GET: APIRoute = async () => jsonResponse(catalogueDocument(await getCatalogue(), exportContext(), de.data.catalogueDescription));
