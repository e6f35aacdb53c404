import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as de } from "./de_BWFUOdWk.mjs";
import { i as exportContext, l as catalogueDocument, o as jsonResponse } from "./open-data_tvXZQUjF.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
// src/pages/data/catalogue.json.ts
var catalogue_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async () => jsonResponse(catalogueDocument(await getCatalogue(), exportContext(), de.data.catalogueDescription));
// \0virtual:astro:page:src/pages/data/catalogue.json@_@ts
var page = () => catalogue_json_exports;
export { page };
