import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as de } from "./de_BWFUOdWk.mjs";
import { c as atomFeed, i as exportContext, n as changeDates, p as feedItems, t as absolute } from "./open-data_tvXZQUjF.mjs";
import { l as reachOf } from "./catalogue_CglcCxyV.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
// src/pages/regionen/[id]/feed.xml.ts
var feed_xml_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = async () => (await getCatalogue()).regions.map((r) => ({ params: { id: r.id } }));
var GET = async ({ params }) => {
	const catalogue = await getCatalogue();
	const ctx = exportContext();
	const region = catalogue.region(params.id);
	const offerings = catalogue.offerings.filter((o) => reachOf(catalogue.tree, o.area, region.id) !== void 0);
	const xml = atomFeed(feedItems(catalogue, offerings, changeDates(catalogue), ctx), {
		title: de.data.regionFeedTitle(region.name),
		subtitle: de.data.regionFeedSubtitle(region.name),
		feedUrl: absolute(`/regionen/${region.id}/feed.xml`),
		pageUrl: absolute(`/regionen/${region.id}/`)
	}, ctx);
	return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/regionen/[id]/feed.xml@_@ts
var page = () => feed_xml_exports;
export { page };
