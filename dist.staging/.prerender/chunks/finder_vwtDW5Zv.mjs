import "./programme-roles_Bf4MlgQD.mjs";
import { d as reachedRegions, s as kreisOf, u as reachVia } from "./catalogue_CglcCxyV.mjs";
// src/lib/finder.ts
/** Regions that always get answer pages: every Kreis, kreisfreie Stadt and Sonderstatusstadt. */
var ANSWER_UNIT_KINDS = /* @__PURE__ */ new Set([
	"landkreis",
	"kreisfreie-stadt",
	"sonderstatusstadt"
]);
/** Regions a person can pick as where they live: the answer units and every Gemeinde. */
var PLACE_KINDS = /* @__PURE__ */ new Set([...ANSWER_UNIT_KINDS, "gemeinde"]);
/** Target groups that are organisations or staff, not the people a citizen asks for. */
var NOT_PEOPLE = /* @__PURE__ */ new Set(["fachkraefte", "migrantenorganisationen"]);
/**
* Can a person use this offering themselves? Projects are services; a programme counts when people may
* apply themselves, or when it is a course or advice for people (the Integrationskurs, the MBE) — not a
* fund whose applicants are Kommunen, Vereine or Träger only. This is the citizen's question, not
* programmeRole()'s (programme-roles.ts): the MBE is a grant to Wohlfahrtsverbände there, and still the
* advice a person asks for here.
*/
function servesPeople(offering) {
	if (offering.kind === "project") return true;
	if (offering.eligible.includes("privatpersonen")) return true;
	return (offering.fundingTypes.includes("kursangebot") || offering.fundingTypes.includes("beratung")) && offering.targetGroups.some((g) => !NOT_PEOPLE.has(g));
}
/** The level of the region an offering reaches a place through, for the sections above the Kreis. */
function levelSection(kind) {
	if (kind === "eu") return "eu";
	if (kind === "bund") return "bund";
	return "land";
}
var SECTION_ORDER = [
	"place",
	"kreis",
	"land",
	"bund",
	"eu"
];
function buildFinderIndex(catalogue, land = "hessen") {
	const { tree } = catalogue;
	const kindOf = (id) => catalogue.region(id).kind;
	const usable = catalogue.offerings.filter((o) => catalogue.status(o) !== "beendet" && servesPeople(o));
	const byRegion = /* @__PURE__ */ new Map();
	for (const offering of usable) for (const [region, reach] of reachedRegions(tree, offering.area)) {
		let list = byRegion.get(region);
		if (!list) byRegion.set(region, list = []);
		list.push({
			offering,
			reach
		});
	}
	const reachedAt = (region) => byRegion.get(region) ?? [];
	const places = catalogue.regions.filter((r) => PLACE_KINDS.has(r.kind) && tree.contains(land, r.id)).sort((a, b) => a.name.localeCompare(b.name, "de"));
	const placeIds = new Set(places.map((p) => p.id));
	const kreis = (place) => kreisOf(tree, kindOf, place);
	const byTitle = (a, b) => a.title.localeCompare(b.title, "de");
	const localCount = /* @__PURE__ */ new Map();
	function hasLocal(place, field) {
		const key = `${place}|${field}`;
		let n = localCount.get(key);
		if (n === void 0) {
			n = reachedAt(place).filter((r) => r.reach === "local" && r.offering.actionFields.includes(field)).length;
			localCount.set(key, n);
		}
		return n > 0;
	}
	function answer(place, field) {
		if (!placeIds.has(place)) throw new Error(`„${place}“ ist kein Ort des Angebotsfinders`);
		const withField = (list) => list.filter((r) => r.offering.actionFields.includes(field));
		const here = withField(reachedAt(place));
		const sections = /* @__PURE__ */ new Map();
		const add = (key, region, offering) => {
			let section = sections.get(key);
			if (!section) sections.set(key, section = {
				region,
				items: []
			});
			section.items.push(offering);
		};
		const k = kreis(place);
		const placeIsKreis = k === place;
		const localHere = /* @__PURE__ */ new Set();
		for (const { offering, reach } of here) {
			if (reach === "local") {
				localHere.add(offering);
				add("place", place, offering);
				continue;
			}
			const via = reachVia(tree, offering.area, place);
			if (k && !placeIsKreis && tree.contains(k, via)) add("kreis", k, offering);
			else {
				const key = levelSection(kindOf(via));
				add(key, key === "land" ? land : via, offering);
			}
		}
		if (k && !placeIsKreis) {
			for (const { offering, reach } of withField(reachedAt(k))) if (reach === "local" && !localHere.has(offering) && !here.some((r) => r.offering === offering)) add("kreis", k, offering);
		}
		return SECTION_ORDER.filter((key) => sections.has(key)).map((key) => {
			const section = sections.get(key);
			const items = key === "kreis" ? section.items : [...section.items].sort(byTitle);
			return {
				key,
				region: section.region,
				items
			};
		});
	}
	const hasOwnAnswer = (place, field) => ANSWER_UNIT_KINDS.has(kindOf(place)) || hasLocal(place, field);
	return {
		places,
		kreisOf: kreis,
		answer,
		hasOwnAnswer,
		answerPlace: (place, field) => hasOwnAnswer(place, field) ? place : kreis(place) ?? place
	};
}
/**
* CSS for the answer pages' "Für wen?" filter, one rule per group: with `#fuer-<id>` checked, cards
* whose data-groups lack the id are hidden, sections left without a card too, and the "nothing for
* this group" note shows when no card is left. Ids are schema ids (a–z, 0–9, -), safe in selectors.
*/
function finderFilterCss(groupIds) {
	return `.group-empty { display: none; }\n${groupIds.map((id) => {
		const on = `.finder-answer:has(#fuer-${id}:checked)`;
		const card = `.finder-card[data-groups~="${id}"]`;
		return [
			`${on} .finder-card:not(${card}) { display: none; }`,
			`${on} .finder-section:not(:has(${card})) { display: none; }`,
			`${on}:not(:has(${card})) .group-empty { display: block; }`
		].join("\n");
	}).join("\n")}\n`;
}
export { buildFinderIndex as n, finderFilterCss as r, NOT_PEOPLE as t };
