import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { C as renderHead, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, n as adminContentSecurityPolicy, t as kit } from "./i18n_B4XzFggp.mjs";
import { n as siteConfig } from "./config_hLSECLeZ.mjs";
import { n as decapConnectSources, r as decapOptionsFrom } from "./decap-config_CLe87lbw.mjs";
// src/pages/admin/index.astro
var admin_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { t: ui, url, assetUrl, lang, dir } = kit(Astro.currentLocale);
	const policy = adminContentSecurityPolicy(decapConnectSources(decapOptionsFrom(siteConfig(), process.env)));
	return renderTemplate`<html lang="de" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy"${addAttribute(policy, "content")}>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta name="referrer" content="no-referrer">
    <title${addAttribute(lang, "lang")}${addAttribute(dir, "dir")}>${ui.admin.title} – ${ui.site.name}</title>
    <link rel="icon"${addAttribute(assetUrl("/favicon.svg"), "href")} type="image/svg+xml">
    <link${addAttribute(assetUrl("/admin/config.yml"), "href")} type="text/yaml" rel="cms-config-url">
    <script defer${addAttribute(assetUrl("/admin/decap/cms.js"), "src")}><\/script>${renderHead($$result)}</head>
  <body>
    <noscript>
      <p${addAttribute(lang, "lang")}${addAttribute(dir, "dir")}>${ui.admin.noscript} <a${addAttribute(url("/mitmachen/"), "href")}>${ui.admin.contributeLink}</a></p>
    </noscript>
  </body>
</html>`;
}, "/work/main/src/pages/admin/index.astro", void 0);
var $$file = "/work/main/src/pages/admin/index.astro";
var $$url = "/admin/";
// \0virtual:astro:page:src/pages/admin/index@_@astro
var page = () => admin_exports;
export { page };
