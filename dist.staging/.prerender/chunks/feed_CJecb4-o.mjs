import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as de } from "./de_BWFUOdWk.mjs";
import { c as atomFeed, i as exportContext, n as changeDates, p as feedItems, t as absolute } from "./open-data_tvXZQUjF.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
// src/pages/handlungsfelder/[id]/feed.xml.ts
var feed_xml_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = async () => (await getCatalogue()).actionFields.map((f) => ({ params: { id: f.id } }));
var GET = async ({ params }) => {
	const catalogue = await getCatalogue();
	const ctx = exportContext();
	const field = catalogue.actionField(params.id);
	const items = feedItems(catalogue, catalogue.offeringsWithActionField(field.id), changeDates(catalogue), ctx);
	const xml = atomFeed(items, {
		title: de.data.fieldFeedTitle(field.title),
		subtitle: de.data.fieldFeedSubtitle(field.title),
		feedUrl: absolute(`/handlungsfelder/${field.id}/feed.xml`),
		pageUrl: absolute(`/handlungsfelder/${field.id}/`)
	}, ctx);
	return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/handlungsfelder/[id]/feed.xml@_@ts
var page = () => feed_xml_exports;
export { page };
