import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as de } from "./de_BWFUOdWk.mjs";
import { f as deadlineEvents, h as icsCalendar, i as exportContext, t as absolute } from "./open-data_tvXZQUjF.mjs";
import { l as reachOf } from "./catalogue_CglcCxyV.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
// src/pages/regionen/[id]/fristen.ics.ts
var fristen_ics_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = async () => (await getCatalogue()).regions.map((r) => ({ params: { id: r.id } }));
var GET = async ({ params }) => {
	const catalogue = await getCatalogue();
	const ctx = exportContext();
	const region = catalogue.region(params.id);
	const programs = catalogue.programs.filter((p) => reachOf(catalogue.tree, p.area, region.id) !== void 0);
	const ics = icsCalendar(deadlineEvents(programs, ctx, de.data.deadline), {
		name: de.data.regionCalendarName(region.name),
		description: de.data.regionCalendarDescription(region.name),
		url: absolute(`/regionen/${region.id}/fristen.ics`)
	}, ctx);
	return new Response(ics, { headers: { "content-type": "text/calendar; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/regionen/[id]/fristen.ics@_@ts
var page = () => fristen_ics_exports;
export { page };
