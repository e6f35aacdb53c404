import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { i as exportContext, m as grants, o as jsonResponse } from "./open-data_tvXZQUjF.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
// src/pages/data/360giving.json.ts
var _360giving_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async () => jsonResponse(grants(await getCatalogue(), exportContext()));
// \0virtual:astro:page:src/pages/data/360giving.json@_@ts
var page = () => _360giving_json_exports;
export { page };
