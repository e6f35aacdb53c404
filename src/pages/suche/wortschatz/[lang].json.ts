/**
 * /suche/wortschatz/<lang>.json: the catalogue's vocabulary in one language (with German, which every
 * language's index holds), most common first. The search page loads it only when a word finds
 * nothing: to split a compound with the index's lexicon and to offer "Meinten Sie …?".
 */
import type { APIRoute } from 'astro';
import { LOCALES } from '../../../i18n';
import { buildVocabulary } from '../../../lib/search-vocabulary';
import { getCatalogue } from '../../../site/catalogue';
import { searchVocabularyTexts } from '../../../site/search';

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const catalogue = await getCatalogue();
  const { texts, lexicon } = searchVocabularyTexts(catalogue, params.lang as (typeof LOCALES)[number]);
  return new Response(JSON.stringify(buildVocabulary(texts, lexicon)), { headers: { 'Content-Type': 'application/json' } });
};
