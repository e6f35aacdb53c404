import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { r as searchPlaces } from "./search_DQyweJql.mjs";
// src/pages/suche/orte.json.ts
var orte_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async () => {
	const catalogue = await getCatalogue();
	return new Response(JSON.stringify(searchPlaces(catalogue)), { headers: { "Content-Type": "application/json" } });
};
// \0virtual:astro:page:src/pages/suche/orte.json@_@ts
var page = () => orte_json_exports;
export { page };
