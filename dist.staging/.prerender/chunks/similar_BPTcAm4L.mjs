import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { o as similarDocument } from "./action-exports_ChG-mkMG.mjs";
import { r as offeringKey } from "./catalogue_CglcCxyV.mjs";
import { t as getAnalysis } from "./analysis_BuD-qnz-.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { o as jsonResponse } from "./open-data_tvXZQUjF.mjs";
// src/pages/data/similar.json.ts
var similar_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async () => {
	const [catalogue, analysis] = await Promise.all([getCatalogue(), getAnalysis()]);
	return jsonResponse(similarDocument(catalogue.offerings.map(offeringKey), analysis.similar));
};
// \0virtual:astro:page:src/pages/data/similar.json@_@ts
var page = () => similar_json_exports;
export { page };
