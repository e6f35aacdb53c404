import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
// src/pages/handlungsfelder/index.astro
var handlungsfelder_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { t: ui, actionFieldUrl, entry } = kit(Astro.currentLocale);
	const catalogue = await getCatalogue();
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": ui.nav.actionFields,
		"section": "actionFields",
		"crumbs": [{ label: ui.nav.actionFields }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<h1>${ui.nav.actionFields}</h1>
  <p class="lead">${ui.page.actionFieldsIntro}</p>
  <ul class="grid">
    ${catalogue.actionFields.map((f) => {
		const offerings = catalogue.offeringsWithActionField(f.id);
		const programs = offerings.filter((o) => o.kind === "program").length;
		const local = entry(f);
		return renderTemplate`<li class="tile">
            <h2 class="h3"><a${addAttribute(actionFieldUrl(f.id), "href")}>${renderComponent($$result, "Text", $$Text, { "value": local.title })}</a></h2>
            <p>${renderComponent($$result, "Text", $$Text, { "value": local.summary })}</p>
            <p class="meta">${ui.page.count(programs, ui.kind.program, ui.kindPlural.program)}, ${ui.page.count(offerings.length - programs, ui.kind.project, ui.kindPlural.project)}</p>
          </li>`;
	})}
  </ul>
` })}`;
}, "/work/main/src/pages/handlungsfelder/index.astro", void 0);
var $$file = "/work/main/src/pages/handlungsfelder/index.astro";
var $$url = "/handlungsfelder/";
// \0virtual:astro:page:src/pages/handlungsfelder/index@_@astro
var page = () => handlungsfelder_exports;
export { page };
