import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as de } from "./de_BWFUOdWk.mjs";
import { i as kreiseOf } from "./action-exports_ChG-mkMG.mjs";
import { c as atomFeed, i as exportContext, t as absolute } from "./open-data_tvXZQUjF.mjs";
import { t as formatterFor } from "./format_B-qlFDG4.mjs";
import { t as getAnalysis } from "./analysis_BuD-qnz-.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { n as kreisRadar, r as townRadar, t as ending } from "./radar_BPaBHnIV.mjs";
// src/pages/foerderende/[kreis]/feed.xml.ts
var feed_xml_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = async () => kreiseOf((await getCatalogue()).regions).map((kreis) => ({ params: { kreis } }));
var GET = async ({ params }) => {
	const [catalogue, analysis] = await Promise.all([getCatalogue(), getAnalysis()]);
	const ctx = exportContext();
	const kreis = catalogue.region(params.kreis);
	const t = de.gapToAction;
	const date = formatterFor("de").date;
	const pageUrl = absolute(`/foerderende/${kreis.id}/`);
	const items = [...ending(kreisRadar(catalogue, analysis, kreis.id)), ...townRadar(catalogue, analysis, kreis.id)].slice(0, 100).map((cell) => {
		const field = catalogue.actionField(cell.actionField).title;
		const place = catalogue.region(cell.region).name;
		const reviewed = cell.running.map((r) => catalogue.offering(r.key).reviewed).sort().at(-1) ?? ctx.generated;
		return {
			key: `${cell.region}/${cell.actionField}`,
			title: t.feedEntry(field, place, date(cell.lastEnd)),
			summary: cell.running.map((r) => `${catalogue.offering(r.key).title}: ${date(r.date)} (${t.endBasis[r.basis]})`).join("; "),
			link: cell.region === kreis.id ? `${pageUrl}#feld-${cell.actionField}` : `${pageUrl}#ort-${cell.region}-${cell.actionField}`,
			date: reviewed,
			categories: [field]
		};
	});
	const xml = atomFeed(items, {
		title: t.feedTitle(kreis.name),
		subtitle: t.feedSubtitle(kreis.name),
		feedUrl: absolute(`/foerderende/${kreis.id}/feed.xml`),
		pageUrl
	}, ctx);
	return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/foerderende/[kreis]/feed.xml@_@ts
var page = () => feed_xml_exports;
export { page };
