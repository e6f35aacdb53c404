import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
// src/pages/zielgruppen/index.astro
var zielgruppen_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { t: ui, targetGroupUrl, entry } = kit(Astro.currentLocale);
	const catalogue = await getCatalogue();
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": ui.nav.targetGroups,
		"crumbs": [{ label: ui.nav.targetGroups }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<h1>${ui.nav.targetGroups}</h1>
  <p class="lead">${ui.page.targetGroupsIntro}</p>
  <ul class="grid">
    ${catalogue.targetGroups.map((g) => {
		const local = entry(g);
		return renderTemplate`<li class="tile">
            <h2 class="h3"><a${addAttribute(targetGroupUrl(g.id), "href")}>${renderComponent($$result, "Text", $$Text, { "value": local.title })}</a></h2>
            ${local.summary && renderTemplate`<p>${renderComponent($$result, "Text", $$Text, { "value": local.summary })}</p>`}
            <p class="meta">${ui.page.count(catalogue.offeringsWithTargetGroup(g.id).length, ui.page.offeringOne, ui.page.offeringMany)}</p>
          </li>`;
	})}
  </ul>
` })}`;
}, "/work/main/src/pages/zielgruppen/index.astro", void 0);
var $$file = "/work/main/src/pages/zielgruppen/index.astro";
var $$url = "/zielgruppen/";
// \0virtual:astro:page:src/pages/zielgruppen/index@_@astro
var page = () => zielgruppen_exports;
export { page };
