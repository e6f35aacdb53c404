/** dist/data/catalogue.schema.json: the JSON Schema of catalogue.json, derived from the zod schemas. */
import type { APIRoute } from 'astro';
import { catalogueJsonSchema } from '../../lib/export';
import { absolute, jsonResponse } from '../../site/open-data';

export const GET: APIRoute = () => jsonResponse(catalogueJsonSchema(absolute('/data/catalogue.schema.json')));
