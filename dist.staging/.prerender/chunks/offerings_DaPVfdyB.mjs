import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { _ as toCsv, g as offeringRows, i as exportContext } from "./open-data_tvXZQUjF.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
// src/pages/data/offerings.csv.ts
var offerings_csv_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async () => new Response(toCsv(offeringRows(await getCatalogue(), exportContext())), { headers: { "content-type": "text/csv; charset=utf-8" } });
// \0virtual:astro:page:src/pages/data/offerings.csv@_@ts
var page = () => offerings_csv_exports;
export { page };
