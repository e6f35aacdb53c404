import { n as capPartners } from "./overlap_CTCoxTgV.mjs";
import { stringify } from "csv-stringify/sync";
// src/lib/action-exports.ts
/**
* The open data of issue 21 as plain functions: coverage cells with their fundable programmes and
* end-of-funding horizon, overlaps split by kind, similar offerings, the funding chains as CSV and the
* radar's feed items. No Astro imports; texts and URLs come in as arguments.
*/
/** Every coverage cell with the two fields of issue 21. */
function coverageDocument(cells, fundable, radar) {
	return cells.map((cell) => ({
		...cell,
		fundablePrograms: cell.state === "luecke" ? (fundable(cell) ?? []).map((p) => p.id) : null,
		endsWithinMonths: radar(cell)?.endsWithinMonths ?? null
	}));
}
/** overlaps.json: Doppelangebote first, Förderwege apart, each capped per offering; counts are of all pairs. */
function overlapsDocument(byKind, partnerLimit) {
	return {
		counts: {
			doppelangebote: byKind.doppelangebot.length,
			foerderwege: byKind.foerderweg.length
		},
		doppelangebote: capPartners(byKind.doppelangebot, partnerLimit),
		foerderwege: capPartners(byKind.foerderweg, partnerLimit)
	};
}
/** similar.json: for every offering key (sorted), its similar offerings. */
function similarDocument(keys, similar) {
	return Object.fromEntries([...keys].sort().map((key) => [key, similar(key)]));
}
var CHAIN_COLUMNS = [
	"kreis",
	"kreisName",
	"population",
	"populationYear",
	"level",
	"program",
	"programTitle",
	"offerings",
	"offeringKeys",
	"links",
	"linksWithAmount",
	"amount",
	"amountPer1000",
	"years",
	"note"
];
/** Why a value of a chain row is empty, in German like the other open data. */
function chainNote(row, population) {
	const notes = [];
	if (row.amount === null) notes.push("kein Betrag genannt");
	if (population === null || !(population > 0)) notes.push("Einwohnerzahl unbekannt");
	return notes.join("; ");
}
/** foerderketten.csv: one row per Kreis and programme, Kreise in the given order, EU first within each. */
function fundingChainRows(catalogue, chains) {
	return chains.flatMap((chain) => {
		const region = catalogue.region(chain.region);
		return chain.levels.flatMap((level) => level.rows.map((row) => ({
			kreis: region.id,
			kreisName: region.name,
			population: chain.population?.toString() ?? "",
			populationYear: region.populationYear?.toString() ?? "",
			level: row.level,
			program: row.program,
			programTitle: catalogue.program(row.program).title,
			offerings: String(row.offerings.length),
			offeringKeys: row.offerings.join(";"),
			links: String(row.links),
			linksWithAmount: String(row.linksWithAmount),
			amount: row.amount?.toString() ?? "",
			amountPer1000: row.amountPer1000?.toString() ?? "",
			years: row.years.join(";"),
			note: chainNote(row, chain.population)
		})));
	});
}
/** UTF-8 with BOM, CRLF, RFC 4180 quoting and formula escaping, like offerings.csv. */
function chainsCsv(rows) {
	return stringify(rows, {
		header: true,
		columns: [...CHAIN_COLUMNS],
		bom: true,
		record_delimiter: "windows",
		escape_formulas: true
	});
}
/** The Kreise of the radar and the chains: Landkreise and kreisfreie Städte, by name. */
function kreiseOf(regions) {
	return regions.filter((r) => r.kind === "landkreis" || r.kind === "kreisfreie-stadt").sort((a, b) => a.name.localeCompare(b.name, "de")).map((r) => r.id);
}
export { overlapsDocument as a, kreiseOf as i, coverageDocument as n, similarDocument as o, fundingChainRows as r, chainsCsv as t };
