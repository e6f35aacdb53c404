/**
 * The sort keys of every indexed page in one language, by address. Not published: after Pagefind has
 * run, the build turns this file into /suche/sortierung/<lang>.json (sort key → Pagefind page ids in
 * order, src/lib/search-sort.ts) and removes it.
 */
import type { APIRoute } from 'astro';
import { LOCALES } from '../../../i18n';
import { getCatalogue } from '../../../site/catalogue';
import { sortKeysFor } from '../../../site/sort-keys';

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const catalogue = await getCatalogue();
  return new Response(JSON.stringify(sortKeysFor(catalogue, params.lang as (typeof LOCALES)[number])), { headers: { 'Content-Type': 'application/json' } });
};
