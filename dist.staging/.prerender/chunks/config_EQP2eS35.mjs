import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { n as siteConfig } from "./config_hLSECLeZ.mjs";
import { r as decapOptionsFrom, t as decapConfig } from "./decap-config_CLe87lbw.mjs";
import { stringify } from "yaml";
// src/pages/admin/config.yml.ts
var config_yml_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = () => {
	const config = decapConfig(decapOptionsFrom(siteConfig(), process.env));
	return new Response("# Erzeugt beim Bauen aus den zod-Schemas (src/lib/decap-config.ts); nicht von Hand ändern.\n" + stringify(config, { lineWidth: 0 }), { headers: { "content-type": "text/yaml; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/admin/config.yml@_@ts
var page = () => config_yml_exports;
export { page };
