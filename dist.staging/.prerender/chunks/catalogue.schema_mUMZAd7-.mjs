import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { o as jsonResponse, t as absolute, u as catalogueJsonSchema } from "./open-data_tvXZQUjF.mjs";
// src/pages/data/catalogue.schema.json.ts
var catalogue_schema_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = () => jsonResponse(catalogueJsonSchema(absolute("/data/catalogue.schema.json")));
// \0virtual:astro:page:src/pages/data/catalogue.schema.json@_@ts
var page = () => catalogue_schema_json_exports;
export { page };
