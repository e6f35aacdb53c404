import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { i as kreiseOf, r as fundingChainRows, t as chainsCsv } from "./action-exports_ChG-mkMG.mjs";
import { t as getAnalysis } from "./analysis_BuD-qnz-.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
// src/pages/data/foerderketten.csv.ts
var foerderketten_csv_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async () => {
	const [catalogue, analysis] = await Promise.all([getCatalogue(), getAnalysis()]);
	const chains = kreiseOf(catalogue.regions).map((id) => analysis.fundingChain(id));
	return new Response(chainsCsv(fundingChainRows(catalogue, chains)), { headers: { "content-type": "text/csv; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/data/foerderketten.csv@_@ts
var page = () => foerderketten_csv_exports;
export { page };
