import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as de } from "./de_BWFUOdWk.mjs";
import { f as deadlineEvents, h as icsCalendar, i as exportContext, t as absolute } from "./open-data_tvXZQUjF.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
// src/pages/fristen.ics.ts
var fristen_ics_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async () => {
	const catalogue = await getCatalogue();
	const ctx = exportContext();
	const events = deadlineEvents(catalogue.programs, ctx, de.data.deadline);
	const ics = icsCalendar(events, {
		name: de.data.calendarName,
		description: de.data.calendarDescription,
		url: absolute("/fristen.ics")
	}, ctx);
	return new Response(ics, { headers: { "content-type": "text/calendar; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/fristen.ics@_@ts
var page = () => fristen_ics_exports;
export { page };
