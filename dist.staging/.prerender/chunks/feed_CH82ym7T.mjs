import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as de } from "./de_BWFUOdWk.mjs";
import { c as atomFeed, i as exportContext, n as changeDates, p as feedItems, t as absolute } from "./open-data_tvXZQUjF.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
// src/pages/feed.xml.ts
var feed_xml_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async () => {
	const catalogue = await getCatalogue();
	const ctx = exportContext();
	const items = feedItems(catalogue, catalogue.offerings, changeDates(catalogue), ctx);
	const xml = atomFeed(items, {
		title: de.data.feedTitle,
		subtitle: de.data.feedSubtitle,
		feedUrl: absolute("/feed.xml"),
		pageUrl: absolute("/")
	}, ctx);
	return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/feed.xml@_@ts
var page = () => feed_xml_exports;
export { page };
