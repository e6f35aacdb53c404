import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { i as LOCALES } from "./de_BWFUOdWk.mjs";
import { p as words } from "./search-index_hKE0gldX.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { i as searchVocabularyTexts } from "./search_DQyweJql.mjs";
// src/lib/search-vocabulary.ts
/**
* The catalogue's own vocabulary for the search page's help: words of four or more letters, most
* common first. It is the compound lexicon of the index (src/lib/compounds.ts) plus the words people
* may misspell (titles, summaries, keywords, synonyms, place names), built once per language.
*/
function buildVocabulary(texts, lexicon = []) {
	const counts = /* @__PURE__ */ new Map();
	for (const text of texts) for (const w of words(text)) {
		if (w.length < 4) continue;
		const lower = w.toLocaleLowerCase("de");
		counts.set(lower, (counts.get(lower) ?? 0) + 1);
	}
	for (const w of lexicon) if (!counts.has(w)) counts.set(w, 0);
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}
// src/pages/suche/wortschatz/[lang].json.ts
var _lang__json_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
function getStaticPaths() {
	return LOCALES.map((lang) => ({ params: { lang } }));
}
var GET = async ({ params }) => {
	const catalogue = await getCatalogue();
	const { texts, lexicon } = searchVocabularyTexts(catalogue, params.lang);
	return new Response(JSON.stringify(buildVocabulary(texts, lexicon)), { headers: { "Content-Type": "application/json" } });
};
// \0virtual:astro:page:src/pages/suche/wortschatz/[lang].json@_@ts
var page = () => _lang__json_exports;
export { page };
