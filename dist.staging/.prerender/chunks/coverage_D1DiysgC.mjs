import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { n as coverageDocument } from "./action-exports_ChG-mkMG.mjs";
import { t as getAnalysis } from "./analysis_BuD-qnz-.mjs";
import { o as jsonResponse } from "./open-data_tvXZQUjF.mjs";
// src/pages/data/coverage.json.ts
var coverage_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async () => {
	const analysis = await getAnalysis();
	return jsonResponse(coverageDocument(analysis.coverage.cells, analysis.fundable, analysis.radar));
};
// \0virtual:astro:page:src/pages/data/coverage.json@_@ts
var page = () => coverage_json_exports;
export { page };
