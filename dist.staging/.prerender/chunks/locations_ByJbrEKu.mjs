import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { a as hsdsData, o as jsonResponse } from "./open-data_tvXZQUjF.mjs";
// src/pages/data/hsds/locations.json.ts
var locations_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async () => jsonResponse(hsdsData(await getCatalogue()).locations);
// \0virtual:astro:page:src/pages/data/hsds/locations.json@_@ts
var page = () => locations_json_exports;
export { page };
