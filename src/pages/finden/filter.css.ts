/**
 * dist/finden/filter.css: the "Für wen?" filter of the answer pages without JavaScript. One rule per
 * target group hides the cards (and emptied sections) that are not for the checked group; a stylesheet
 * of its own because the pages' CSP allows no inline styles.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../site/catalogue';
import { finderFilterCss } from '../../lib/finder';

export const GET: APIRoute = async () => {
  const catalogue = await getCatalogue();
  return new Response(finderFilterCss(catalogue.targetGroups.map((g) => g.id)), { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
