import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { r as getFinder } from "./finder_D_f05XYM.mjs";
import { o as jsonResponse } from "./open-data_tvXZQUjF.mjs";
// src/pages/finden/orte.json.ts
var orte_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async () => {
	const catalogue = await getCatalogue();
	const finder = await getFinder();
	return jsonResponse(finder.places.map((p) => {
		const kreis = finder.kreisOf(p.id);
		const aliases = p.officialName && p.officialName !== p.name ? [p.officialName] : void 0;
		return {
			id: p.id,
			name: p.name,
			...kreis && kreis !== p.id ? { kreis: catalogue.region(kreis).name } : {},
			...aliases ? { aliases } : {}
		};
	}));
};
// \0virtual:astro:page:src/pages/finden/orte.json@_@ts
var page = () => orte_json_exports;
export { page };
