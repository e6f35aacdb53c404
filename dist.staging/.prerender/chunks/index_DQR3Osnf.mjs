import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$OfflineHint } from "./OfflineHint_DHPKPL4P.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
import { t as $$PlaceField } from "./PlaceField_DkXRqCzA.mjs";
// src/pages/index.astro
var pages_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => ""
});
createAstro("https://foerderatlas.example.org");
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { t: ui, assetUrl, entry, actionFieldUrl, formatNumber, regionUrl, url } = kit(Astro.currentLocale);
	const catalogue = await getCatalogue();
	const modelRegions = catalogue.regions.filter((r) => r.modelRegion).sort((a, b) => a.name.localeCompare(b.name, "de"));
	const hasModelProgramme = catalogue.programs.some((p) => p.id === "modellregionen-integration");
	const running = catalogue.offerings.filter((o) => catalogue.status(o) === "laufend").length;
	const jsonLd = {
		"@context": "https://schema.org",
		"@type": "WebSite",
		name: ui.site.name,
		url: new URL(url("/"), Astro.site).href,
		potentialAction: {
			"@type": "SearchAction",
			target: `${new URL(url("/suche/"), Astro.site).href}?q={search_term_string}`,
			"query-input": "required name=search_term_string"
		}
	};
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": ui.site.name,
		"description": ui.page.homeIntro,
		"jsonLd": jsonLd
	}, {
		"default": ($$result) => renderTemplate`
  
  ${maybeRenderHead($$result)}<h1>${ui.page.homeTitle}</h1>
  <section class="home-finder" aria-labelledby="finder-start">
    <h2 id="finder-start">${ui.finder.homeTitle}</h2>
    <p>${ui.finder.homeIntro}</p>
    ${renderComponent($$result, "PlaceField", $$PlaceField, {})}
    <p><a${addAttribute(url("/finden/#orte-a-z"), "href")}>${ui.finder.whereListTitle}</a></p>
  </section>
  <p class="lead">${ui.page.homeIntro}</p>

  <h2>${ui.page.homeByField}</h2>
  <ul class="grid">
    ${catalogue.actionFields.map((f) => {
			const local = entry(f);
			return renderTemplate`<li class="tile">
            <h3><a${addAttribute(actionFieldUrl(f.id), "href")}>${renderComponent($$result, "Text", $$Text, { "value": local.title })}</a></h3>
            <p>${renderComponent($$result, "Text", $$Text, { "value": local.summary })}</p>
            <p class="meta">${ui.page.count(catalogue.offeringsWithActionField(f.id).length, ui.page.offeringOne, ui.page.offeringMany)}</p>
          </li>`;
		})}
  </ul>

  <h2>${ui.page.homeModelRegions}</h2>
  <p>${ui.page.homeModelRegionsIntro} ${hasModelProgramme && renderTemplate`<a${addAttribute(url("/programme/modellregionen-integration/"), "href")}>${ui.home.moreAboutProgramme}</a>`}</p>
  <ul class="inline-list">${modelRegions.map((r) => renderTemplate`<li><a${addAttribute(regionUrl(r.id), "href")}>${r.name}</a></li>`)}</ul>

  <h2>${ui.page.homeFigures}</h2>
  <ul class="figures">
    <li><strong>${formatNumber(catalogue.programs.length)}</strong> <a${addAttribute(url("/programme/"), "href")}>${ui.kindPlural.program}</a></li>
    <li><strong>${formatNumber(catalogue.projects.length)}</strong> <a${addAttribute(url("/projekte/"), "href")}>${ui.kindPlural.project}</a></li>
    <li><strong>${formatNumber(running)}</strong> ${ui.home.running}</li>
    <li><strong>${formatNumber(catalogue.regions.length)}</strong> <a${addAttribute(url("/regionen/"), "href")}>${ui.nav.regions}</a></li>
    <li><strong>${formatNumber(catalogue.organizations.length)}</strong> <a${addAttribute(url("/traeger/"), "href")}>${ui.nav.organizations}</a></li>
  </ul>
  ${renderComponent($$result, "OfflineHint", $$OfflineHint, {})}
`,
		"head": ($$result) => renderTemplate`<link rel="alternate" type="application/atom+xml"${addAttribute(ui.data.feedTitle, "title")}${addAttribute(assetUrl("/feed.xml"), "href")} hreflang="de">`
	})}`;
}, "/work/main/src/pages/index.astro", void 0);
var $$file = "/work/main/src/pages/index.astro";
// \0virtual:astro:page:src/pages/index@_@astro
var page = () => pages_exports;
export { page };
