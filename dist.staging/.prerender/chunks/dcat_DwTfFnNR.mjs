import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as de } from "./de_BWFUOdWk.mjs";
import { d as dcatCatalog, i as exportContext, r as dcatDatasets } from "./open-data_tvXZQUjF.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
// src/pages/data/dcat.jsonld.ts
var dcat_jsonld_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async () => {
	const catalogue = dcatCatalog(dcatDatasets(await getCatalogue()), {
		title: de.site.name,
		description: `${de.data.intro} ${de.data.catalogueDescription}`
	}, exportContext());
	return new Response(`${JSON.stringify(catalogue, null, 1)}\n`, { headers: { "content-type": "application/ld+json; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/data/dcat.jsonld@_@ts
var page = () => dcat_jsonld_exports;
export { page };
