import { t as periodLabel } from "./period_CEYwJCpK.mjs";
import { d as reachedRegions } from "./catalogue_CglcCxyV.mjs";
// src/lib/compounds.ts
/**
* German compound help for search: "Deutschkurs" → "Deutsch", "Kurs"; "Integrationskurs" →
* "Integration", "Kurs" (with the linking s). Pagefind matches word prefixes, so "Deutsch" already
* finds "Deutschkurs"; the tail ("Kurs") needs these extra terms, indexed with low weight.
*/
/** Common word parts of this domain; the catalogue's own words are added at build time. */
var BASE_LEXICON = [
	"angebot",
	"arbeit",
	"ausbildung",
	"beratung",
	"beruf",
	"bildung",
	"café",
	"cafe",
	"deutsch",
	"dienst",
	"dienste",
	"eltern",
	"familie",
	"fonds",
	"förderung",
	"frauen",
	"gesundheit",
	"hilfe",
	"integration",
	"jugend",
	"kinder",
	"kita",
	"kitas",
	"klasse",
	"klassen",
	"koordination",
	"kurs",
	"kurse",
	"lotsen",
	"markt",
	"migration",
	"mütter",
	"netzwerk",
	"netzwerke",
	"preis",
	"programm",
	"projekt",
	"schule",
	"sport",
	"sprach",
	"sprache",
	"stelle",
	"stipendium",
	"treff",
	"verein",
	"zentrum",
	"zentren",
	"beirat",
	"pflege",
	"wohnung",
	"quartier",
	"vielfalt"
];
var WORD = /[\p{L}]+/gu;
function words(text) {
	return text.match(WORD) ?? [];
}
/** Splits one word into two known parts, if it can; returns [] otherwise. */
function splitCompound(word, lexicon) {
	const lower = word.toLowerCase();
	if (lower.length < 7) return [];
	for (let i = 3; i <= lower.length - 3; i++) {
		const head = lower.slice(0, i);
		const tail = lower.slice(i);
		if (!lexicon.has(tail)) continue;
		if (lexicon.has(head)) return [head, tail];
		if (head.endsWith("s") && lexicon.has(head.slice(0, -1))) return [head.slice(0, -1), tail];
	}
	return [];
}
/** A lexicon from base parts plus every word of at least 4 letters in the given texts. */
function buildLexicon(texts) {
	const lexicon = new Set(BASE_LEXICON);
	for (const text of texts) for (const w of words(text)) if (w.length >= 4) lexicon.add(w.toLowerCase());
	return lexicon;
}
/** The compound parts of every word in a text, without repeats. */
function compoundParts(text, lexicon) {
	const parts = /* @__PURE__ */ new Set();
	for (const w of words(text)) for (const part of splitCompound(w, lexicon)) parts.add(part);
	return [...parts];
}
// src/lib/query-help.ts
var STOP = {
	de: `der die das den dem des ein eine einen einem einer eines und oder aber für fuer mit ohne in im ins an am auf aus bei beim von vom zu zum zur nach über ueber unter vor durch um bis als wie wo was wer wann welche welcher welches welchen warum wieso ich du er sie es wir ihr mich mir mein meine meinen meiner dich dir dein deine uns unser unsere euch sich man gibt gib es ist sind bin bist war hat habe haben hätte gern gerne bitte auch noch nur schon sehr mal doch denn dass ob kein keine nicht ja nein hier da dort etwas alle viele mehr gibt's`,
	en: `the a an and or but for with without in on at by of to from into about as how where what who when which why i me my we our you your he she it they them is are am was be been have has do does can could would should will please any some there here this that these those not no get`,
	ar: `في من إلى الى على عن مع أو او و ثم هل ما ماذا أين اين كيف متى لماذا هذا هذه ذلك التي الذي أنا انا نحن أنت هو هي هم لي لنا عند يوجد توجد هناك كل بعض أريد اريد ممكن`
};
/** Common verbs: kept in the first search ("Deutsch lernen" is a phrase the index knows), dropped when it finds nothing. */
var VERBS = {
	de: `finden finde findet suchen suche sucht gesucht brauchen brauche braucht helfen hilft hilfe lernen lerne machen mache bekommen bekomme kriegen beantragen beantrage stellen melden anmelden möchte möchten will wollen kann können könnte muss müssen darf dürfen soll sollen gehen gehe kommen geben erhalten verhindern lassen anerkennen`,
	en: `find finding look looking search searching need needs help get getting learn learning want make apply register can`,
	ar: `أبحث ابحث البحث أحتاج احتاج أريد أتعلم تعلم مساعدة الحصول`
};
Object.fromEntries([
	"de",
	"en",
	"ar"
].map((lang) => [lang, {
	stop: new Set(STOP[lang].split(/\s+/)),
	verbs: new Set(VERBS[lang].split(/\s+/))
}]));
/** Lowercase words of a name: "Bad Homburg v. d. Höhe" → ["bad", "homburg", "v", "d", "höhe"]. */
var nameWords = (name) => name.toLocaleLowerCase("de").match(/[\p{L}\p{N}]+/gu) ?? [];
/** The short form people type: up to "am", "an der", "v. d.", "(": "Frankfurt am Main" → "frankfurt". */
function shortName(name) {
	const cut = name.split(/\s+(?:am|an|a\.|v\.|im|in|ob|vor|bei)\s+|\s*\(/)[0];
	return nameWords(cut);
}
// src/lib/search-index.ts
/** Facet keys as they appear in the search URL (?region=…); their labels are in each dictionary's search.facets. */
var FACET_KEYS = [
	"art",
	"region",
	"handlungsfeld",
	"zielgruppe",
	"ebene",
	"foerderart",
	"antragsberechtigte",
	"status",
	"sprache",
	"kosten"
];
/**
* Regions offered as search facet: the Land, the Kreise and kreisfreie Städte and the model regions,
* so the filter list stays short however many Gemeinden the tree holds.
*/
function isFacetRegion(region) {
	return region.kind === "land" || region.kind === "landkreis" || region.kind === "kreisfreie-stadt" || region.modelRegion === true;
}
/**
* The facet regions of an offering: every facet region it reaches, from above (a Hessen programme is
* found under "Kassel") or on the spot (a Wetzlar project is found under "Lahn-Dill-Kreis" and "Hessen").
*/
function facetRegions(catalogue, area) {
	return [...reachedRegions(catalogue.tree, area).keys()].filter((id) => isFacetRegion(catalogue.region(id))).sort();
}
/** Meta field holding an entry's short names and main-answer synonyms; the search page weights it like the title. */
var KEYWORD_META = "stichworte";
/** Facet regions an offering reaches on the spot (its area holds them or lies in them), for "local first". */
function localFacetRegions(catalogue, area) {
	return [...reachedRegions(catalogue.tree, area).entries()].filter(([id, reach]) => reach === "local" && isFacetRegion(catalogue.region(id))).map(([id]) => id).sort();
}
/** The value of the hidden "ort" filter for an area above the level of a Gemeinde. */
var ABOVE_GEMEINDE = "ueber";
/**
* The hidden filter "ort": a place query for a Gemeinde (no facet of its own) asks for its Kreis's facet
* and this filter holding the Gemeinde or ABOVE_GEMEINDE, so a project in the next town is left out.
*/
function placeFilter(catalogue, area) {
	const below = (id) => {
		const region = catalogue.region(id);
		return !isFacetRegion(region) && (region.kind === "gemeinde" || region.kind === "sonderstatusstadt");
	};
	return [...new Set(area.map((id) => below(id) ? id : ABOVE_GEMEINDE))].sort();
}
function offeringFacets(offering, catalogue, labels) {
	const isProgram = offering.kind === "program";
	return {
		art: [labels.kind[offering.kind]],
		region: facetRegions(catalogue, offering.area).map((id) => catalogue.region(id).name),
		handlungsfeld: offering.actionFields.map(labels.actionField),
		zielgruppe: offering.targetGroups.map(labels.targetGroup),
		ebene: isProgram ? [labels.level[offering.level]] : [],
		foerderart: isProgram ? offering.fundingTypes.map((t) => labels.fundingType[t]) : [],
		antragsberechtigte: isProgram ? offering.eligible.map((e) => labels.eligible[e]) : [],
		status: [labels.status[catalogue.status(offering)]],
		sprache: (offering.languages ?? []).map(labels.language),
		kosten: isProgram ? [] : [labels.cost[offering.cost]]
	};
}
function offeringMeta(offering, catalogue, labels, text = offering) {
	return {
		title: text.title,
		summary: text.summary,
		art: labels.kind[offering.kind],
		region: offering.area.map((id) => catalogue.region(id).name).join(", "),
		period: periodLabel(offering.period, catalogue.today, labels.period),
		status: labels.status[catalogue.status(offering)]
	};
}
/** Extra search terms: the action fields' keywords and the compound parts of title and summary. */
function extraTerms(offering, catalogue, lexicon) {
	const keywords = offering.actionFields.flatMap((id) => catalogue.actionField(id).keywords ?? []);
	const parts = compoundParts(`${offering.title} ${offering.summary} ${keywords.join(" ")}`, lexicon);
	return [.../* @__PURE__ */ new Set([...keywords, ...parts])];
}
/** Counts of every facet value over all offerings: what the search page shows before any query. */
function facetCounts(facetsPerOffering) {
	const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, /* @__PURE__ */ new Map()]));
	for (const facets of facetsPerOffering) for (const key of FACET_KEYS) for (const value of new Set(facets[key])) counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
	return Object.fromEntries(FACET_KEYS.map((key) => [key, [...counts[key].entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "de"))]));
}
/**
* The place names a query may hold, keyed by their lowercase words ("bad homburg v d höhe") and by
* their short form ("bad homburg"); full names first, and a town before a Kreis of the same short name.
*/
function placeTable(catalogue) {
	const table = {};
	const places = [];
	for (const region of catalogue.regions) {
		if ([
			"eu",
			"bund",
			"regierungsbezirk"
		].includes(region.kind)) continue;
		if (isFacetRegion(region)) places.push({
			name: region.name,
			facet: region.name
		});
		else {
			const kreis = catalogue.tree.ancestors(region.id).map((id) => catalogue.region(id)).find(isFacetRegion);
			if (kreis) places.push({
				name: region.name,
				facet: kreis.name,
				gemeinde: region.id
			});
		}
	}
	for (const place of places) table[nameWords(place.name).join(" ")] ??= place;
	const towns = places.filter((p) => !/kreis/i.test(p.name));
	for (const place of [...towns, ...places]) table[shortName(place.name).join(" ")] ??= place;
	return table;
}
export { isFacetRegion as a, offeringMeta as c, buildLexicon as d, splitCompound as f, facetCounts as i, placeFilter as l, KEYWORD_META as n, localFacetRegions as o, words as p, extraTerms as r, offeringFacets as s, FACET_KEYS as t, placeTable as u };
