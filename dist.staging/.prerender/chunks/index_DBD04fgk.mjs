import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
// src/pages/traeger/index.astro
var traeger_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { t: ui, organizationUrl } = kit(Astro.currentLocale);
	const catalogue = await getCatalogue();
	const groups = Object.keys(ui.organizationKind).map((kind) => ({
		kind,
		items: catalogue.organizations.filter((o) => o.kind === kind)
	})).filter((g) => g.items.length > 0);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": ui.nav.organizations,
		"crumbs": [{ label: ui.nav.organizations }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<h1>${ui.nav.organizations}</h1>
  <p class="lead">${ui.page.organizationsIntro}</p>
  ${groups.map((g) => renderTemplate`<section class="section"${addAttribute(`art-${g.kind}`, "aria-labelledby")}>
        <h2${addAttribute(`art-${g.kind}`, "id")}>${ui.organizationKind[g.kind]} (${g.items.length})</h2>
        <ul>
          ${g.items.map((o) => renderTemplate`<li>
              <a${addAttribute(organizationUrl(o.id), "href")}>${o.name}</a> ${o.example && renderTemplate`<span class="badge badge--example">${ui.site.example}</span>`}
              <span class="meta">(${ui.page.funds} ${catalogue.fundedBy(o.id).length}, ${ui.page.carries} ${catalogue.carriedBy(o.id).length})</span>
            </li>`)}
        </ul>
      </section>`)}` })}`;
}, "/work/main/src/pages/traeger/index.astro", void 0);
var $$file = "/work/main/src/pages/traeger/index.astro";
var $$url = "/traeger/";
// \0virtual:astro:page:src/pages/traeger/index@_@astro
var page = () => traeger_exports;
export { page };
