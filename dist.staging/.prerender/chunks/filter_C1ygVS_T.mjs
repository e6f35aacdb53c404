import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { r as finderFilterCss } from "./finder_vwtDW5Zv.mjs";
// src/pages/finden/filter.css.ts
var filter_css_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async () => {
	const catalogue = await getCatalogue();
	return new Response(finderFilterCss(catalogue.targetGroups.map((g) => g.id)), { headers: { "content-type": "text/css; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/finden/filter.css@_@ts
var page = () => filter_css_exports;
export { page };
