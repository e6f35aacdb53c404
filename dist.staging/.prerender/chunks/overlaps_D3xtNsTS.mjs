import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { a as overlapsDocument } from "./action-exports_ChG-mkMG.mjs";
import { t as getAnalysis } from "./analysis_BuD-qnz-.mjs";
import { o as jsonResponse } from "./open-data_tvXZQUjF.mjs";
// src/pages/data/overlaps.json.ts
var overlaps_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async () => {
	const { overlapsByKind } = await getAnalysis();
	return jsonResponse(overlapsDocument(overlapsByKind, 25));
};
// \0virtual:astro:page:src/pages/data/overlaps.json@_@ts
var page = () => overlaps_json_exports;
export { page };
