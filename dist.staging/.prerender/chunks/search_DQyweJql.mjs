import { a as dictionaries, n as localTitle, r as localizeEntry } from "./localized_7lRDKflb.mjs";
import { c as offeringMeta, d as buildLexicon, l as placeFilter, n as KEYWORD_META, o as localFacetRegions, p as words$1, r as extraTerms, s as offeringFacets, u as placeTable } from "./search-index_hKE0gldX.mjs";
import { t as formatterFor } from "./format_B-qlFDG4.mjs";
import { t as contentDir } from "./content-dir_DBK-QJkv.mjs";
import { a as documented, c as idRef, m as text, n as ID_PATTERN } from "./common_CfGszbeE.mjs";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
// src/lib/synonyms.ts
/** Lowercase with ß as ss, the way people type on foreign keyboards. */
function fold(word) {
	return word.toLocaleLowerCase("de").replace(/ß/g, "ss");
}
/** German endings that leave a word the same word: Kurs, Kurse, Kursen; Geflüchtete, Geflüchteten. */
var INFLECTION = /^(e|en|n|s|es|er|ern|in|innen)?$/;
/**
* Whether a text word is a form of a group word: the word itself, an inflected form, or a compound
* that starts or ends with it (Dolmetscherservice, Laiendolmetscher). Short words (Kita, Job) must
* match at the start, so "Job" does not match inside "Minijob" by accident of spelling.
*/
function mentions(textWord, groupWord) {
	const t = fold(textWord);
	const g = fold(groupWord);
	if (t.startsWith(g)) return g.length >= 4 || INFLECTION.test(t.slice(g.length));
	if (g.length < 5) return false;
	for (let cut = 3; cut <= t.length - g.length; cut++) if (t.startsWith(g, cut) && INFLECTION.test(t.slice(cut + g.length))) return true;
	return false;
}
/** Single words of a group's German list: they decide whether a page mentions the group. */
function triggerWords(group) {
	return group.de.filter((w) => !/\s/.test(w.trim()));
}
function namesOffering(group, offering) {
	return (offering.kind === "program" ? group.programs : group.projects)?.includes(offering.id) ?? false;
}
function matchesGroup(group, offering) {
	if (namesOffering(group, offering)) return true;
	if (group.fields && !group.fields.some((f) => offering.actionFields.includes(f))) return false;
	const textWords = words$1(offering.text);
	return triggerWords(group).some((g) => textWords.some((t) => mentions(t, g)));
}
/** The words a page in `lang` carries for the groups it matches: German everywhere, plus the page's language. */
function synonymTerms(groups, offering, lang) {
	const sets = {
		weak: {
			de: /* @__PURE__ */ new Set(),
			local: /* @__PURE__ */ new Set()
		},
		strong: {
			de: /* @__PURE__ */ new Set(),
			local: /* @__PURE__ */ new Set()
		}
	};
	for (const group of groups) {
		if (!matchesGroup(group, offering)) continue;
		const target = namesOffering(group, offering) ? sets.strong : sets.weak;
		for (const w of group.de) {
			target.de.add(w);
			if (w.includes("ß")) target.de.add(w.replace(/ß/g, "ss"));
		}
		if (lang !== "de") for (const w of group[lang] ?? []) target.local.add(w);
	}
	const own = new Set(words$1(offering.text).map((w) => w.toLocaleLowerCase("de")));
	const isNew = (w) => !words$1(w).every((part) => own.has(part.toLocaleLowerCase("de")));
	return {
		weak: {
			de: [...sets.weak.de].filter((w) => isNew(w) && !sets.strong.de.has(w)),
			local: [...sets.weak.local].filter((w) => !sets.strong.local.has(w))
		},
		strong: {
			de: [...sets.strong.de],
			local: [...sets.strong.local]
		}
	};
}
// src/schema/synonyms.ts
/**
* The search's synonym list (content/search/synonyme.yaml): groups of words people type for the same
* thing, mapped to the catalogue's own terms. Not a collection: one reviewed file, a list of groups.
*/
/** Where the list lives under the content folder. */
var SEARCH_FOLDER = "search";
var SYNONYMS_FILE = "synonyme.yaml";
var words = (what) => z.array(text(60), { error: `erwartet wird eine Liste von Wörtern (${what})` }).min(1, { error: `erwartet wird mindestens ein Wort (${what})` });
function synonymGroupSchema() {
	return z.strictObject(documented({
		id: z.string({ error: "erwartet wird eine Kennung (Text)" }).regex(ID_PATTERN, { error: "erwartet wird eine Kennung aus Kleinbuchstaben a–z, Ziffern und Bindestrichen" }),
		de: words("Deutsch"),
		en: words("Englisch").optional(),
		ar: words("Arabisch").optional(),
		fields: z.array(idRef("action-fields"), { error: "erwartet wird eine Liste von Handlungsfeldern" }).optional(),
		programs: z.array(idRef("programs"), { error: "erwartet wird eine Liste von Programmen" }).optional(),
		projects: z.array(idRef("projects"), { error: "erwartet wird eine Liste von Projekten" }).optional()
	}, {
		id: "Kennung der Gruppe: Kleinbuchstaben a–z, Ziffern und Bindestriche; jede Kennung nur einmal",
		de: "Deutsche Wörter dieser Gruppe: Alltagswörter und die Begriffe des Katalogs (z. B. Deutschkurs, Sprachkurs, Integrationskurs). Ein Angebot, in dessen Titel, Zusammenfassung oder Suchwörtern eines davon vorkommt, wird auch unter allen anderen gefunden. Jedes Wort nur einmal in der ganzen Liste.",
		en: "Englische Wörter, unter denen die englischen Seiten dieser Angebote gefunden werden",
		ar: "Arabische Wörter, unter denen die arabischen Seiten dieser Angebote gefunden werden",
		fields: "Nur Angebote dieser Handlungsfelder (Kennungen aus content/action-fields/) bekommen die Wörter; ohne Angabe alle passenden Angebote",
		programs: "Programme, die die Hauptantwort auf diese Wörter sind (Kennungen aus content/programs/): sie bekommen die Wörter so stark gewichtet wie ihren Titel, auch Abkürzungen wie MBE",
		projects: "Projekte, die die Hauptantwort auf diese Wörter sind (Kennungen aus content/projects/)"
	}));
}
function synonymListSchema() {
	return z.array(synonymGroupSchema(), { error: "erwartet wird eine Liste von Gruppen (jede beginnt mit „- id: …“)" });
}
// src/io/synonyms.ts
/**
* Reads the search's synonym list (content/search/synonyme.yaml) for the build. The validator has
* checked it before Astro runs; a catalogue without the file (a fork) simply has no synonyms.
*/
function readSynonyms(root = contentDir()) {
	const file = join(root, SEARCH_FOLDER, SYNONYMS_FILE);
	if (!existsSync(file)) return [];
	return synonymListSchema().parse(parse(readFileSync(file, "utf8")) ?? []);
}
// src/site/search.ts
/** The search data of the site, per language: labels from the dictionary and one lexicon per build. */
var labelCache = /* @__PURE__ */ new WeakMap();
/** Facet values in a language: enum labels from its dictionary, field and group names translated where they are. */
function labelsFor(catalogue, locale) {
	let perLocale = labelCache.get(catalogue);
	if (!perLocale) labelCache.set(catalogue, perLocale = /* @__PURE__ */ new Map());
	let labels = perLocale.get(locale);
	if (!labels) {
		const t = dictionaries[locale];
		labels = {
			kind: t.kind,
			status: t.status,
			level: t.level,
			fundingType: t.fundingType,
			eligible: t.eligible,
			cost: t.cost,
			language: formatterFor(locale).languageName,
			actionField: (id) => localTitle(catalogue.actionField(id), locale).text,
			targetGroup: (id) => localTitle(catalogue.targetGroup(id), locale).text,
			period: t.period
		};
		perLocale.set(locale, labels);
	}
	return labels;
}
var lexicons = /* @__PURE__ */ new WeakMap();
function lexiconOf(catalogue) {
	let lexicon = lexicons.get(catalogue);
	if (!lexicon) {
		lexicon = buildLexicon([
			...catalogue.offerings.flatMap((o) => [o.title, o.summary]),
			...catalogue.actionFields.flatMap((f) => [f.title, ...f.keywords ?? []]),
			...catalogue.targetGroups.map((g) => g.title)
		]);
		lexicons.set(catalogue, lexicon);
	}
	return lexicon;
}
var synonyms;
function searchDataFor(offering, catalogue, locale) {
	const labels = labelsFor(catalogue, locale);
	synonyms ??= readSynonyms();
	const keywords = offering.actionFields.flatMap((id) => catalogue.actionField(id).keywords ?? []);
	const synonym = synonymTerms(synonyms, {
		kind: offering.kind,
		id: offering.id,
		actionFields: offering.actionFields,
		text: [
			offering.title,
			offering.summary,
			...keywords
		].join(" ")
	}, locale);
	const own = extraTerms(offering, catalogue, lexiconOf(catalogue));
	const local = localizeEntry(offering, locale);
	const text = {
		title: local.title.text,
		summary: local.summary?.text ?? offering.summary
	};
	return {
		facets: {
			...offeringFacets(offering, catalogue, labels),
			ort: placeFilter(catalogue, offering.area),
			vorort: localFacetRegions(catalogue, offering.area).map((id) => catalogue.region(id).name)
		},
		meta: {
			...offeringMeta(offering, catalogue, labels, text),
			...local.translated ? {} : { textLang: "de" },
			...synonym.strong.de.length + synonym.strong.local.length > 0 ? { [KEYWORD_META]: [...synonym.strong.de, ...synonym.strong.local].join(", ") } : {}
		},
		sort: {
			titel: text.title.toLocaleLowerCase(locale),
			beginn: offering.period.start
		},
		terms: [.../* @__PURE__ */ new Set([...own, ...synonym.weak.de])],
		localTerms: synonym.weak.local,
		strongTerms: synonym.strong.de,
		localStrongTerms: synonym.strong.local
	};
}
/** The texts whose words make a language's search vocabulary, and the index's compound lexicon. */
function searchVocabularyTexts(catalogue, locale) {
	synonyms ??= readSynonyms();
	const entries = [
		...catalogue.offerings,
		...catalogue.actionFields,
		...catalogue.targetGroups
	];
	return {
		texts: [
			...catalogue.offerings.flatMap((o) => [o.title, o.summary]),
			...catalogue.actionFields.flatMap((f) => [f.title, ...f.keywords ?? []]),
			...catalogue.targetGroups.map((g) => g.title),
			...catalogue.regions.map((r) => r.name),
			...synonyms.flatMap((g) => [...g.de, ...locale === "de" ? [] : g[locale] ?? []]),
			...locale === "de" ? [] : entries.flatMap((e) => {
				const local = localizeEntry(e, locale);
				return local.translated ? [local.title.text, local.summary?.text ?? ""] : [];
			})
		],
		lexicon: lexiconOf(catalogue)
	};
}
var searchPlaces = (catalogue) => placeTable(catalogue);
export { searchVocabularyTexts as i, searchDataFor as n, searchPlaces as r, labelsFor as t };
