import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { n as siteConfig } from "./config_hLSECLeZ.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { s as openDataSets } from "./open-data_tvXZQUjF.mjs";
import { t as $$MapAttribution } from "./MapAttribution_DKOghjUB.mjs";
import { i as url } from "./urls_BwtU2Fbu.mjs";
// src/pages/daten.astro
var daten_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Daten,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Daten = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Daten;
	const { t: ui, lang } = kit(Astro.currentLocale);
	const url$1 = url;
	const t = ui.data;
	const { dataLicense } = siteConfig();
	const licenceName = lang === "de" ? dataLicense.name : dataLicense.id;
	const sets = openDataSets(await getCatalogue(), ui);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": t.title,
		"section": "data",
		"description": t.intro,
		"crumbs": [{ label: t.title }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<h1>${t.title}</h1>
  <p class="lead">${t.intro}</p>
  <p>${t.subscribeIntro}</p>
  ${lang !== "de" && renderTemplate`<p class="only-german">${t.germanOnly}</p>`}<h2>${t.files}</h2>
  ${sets.map((set) => renderTemplate`<section class="section"${addAttribute(set.id, "aria-labelledby")}>
      <h3${addAttribute(set.id, "id")}>${set.title}</h3>
      <ul class="cards">
        ${set.files.map((f) => renderTemplate`<li class="card">
            <h4>
              ${f.pattern ? f.name : renderTemplate`<a${addAttribute(url$1(f.path), "href")}>${f.name}</a>`} <span class="meta">(${f.format})</span>
            </h4>
            <p>${f.text}</p>
            ${f.pattern && renderTemplate`<p>${t.example}: <a${addAttribute(url$1(f.path), "href")}>${url$1(f.path)}</a></p>`}
            <p class="meta">${t.licenceOf}: <a${addAttribute(dataLicense.url, "href")} rel="license noreferrer">${licenceName}</a></p>
          </li>`)}
      </ul>
    </section>`)}<h2>${t.portalTitle}</h2>
  <ul class="cards">
    <li class="card">
      <h3><a${addAttribute(url$1("/data/dcat.jsonld"), "href")}>dcat.jsonld</a> <span class="meta">(JSON-LD)</span></h3>
      <p>${t.file.dcat}</p>
    </li>
  </ul>
  <h2>${t.licenceTitle}</h2>
  <p>${t.licence(licenceName)} <a${addAttribute(dataLicense.url, "href")} rel="license noreferrer">${t.licenceLink}</a></p>
  <h2>${t.sourcesTitle}</h2>
  <p>${t.regionSource} <a href="https://www.govdata.de/dl-de/by-2-0" rel="noreferrer">${t.licenceShort}</a>; ${t.ownRendering}</p>
  <p>${t.maps}</p>
  ${renderComponent($$result, "MapAttribution", $$MapAttribution, {})}
` })}`;
}, "/work/main/src/pages/daten.astro", void 0);
var $$file = "/work/main/src/pages/daten.astro";
var $$url = "/daten/";
// \0virtual:astro:page:src/pages/daten@_@astro
var page = () => daten_exports;
export { page };
