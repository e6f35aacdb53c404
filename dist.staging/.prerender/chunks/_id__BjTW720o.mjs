import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, h as Fragment, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as $$OfferingList } from "./OfferingList_Dxp_qyQR.mjs";
import { n as $$SearchData, t as $$EntryMeta } from "./EntryMeta_CgkswYiB.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
// src/pages/traeger/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
async function getStaticPaths() {
	return (await getCatalogue()).organizations.map((o) => ({ params: { id: o.id } }));
}
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { t: ui, regionUrl, url } = kit(Astro.currentLocale);
	const catalogue = await getCatalogue();
	const organization = catalogue.organization(Astro.params.id);
	const funds = catalogue.fundedBy(organization.id);
	const carries = catalogue.carriedBy(organization.id);
	const region = organization.region ? catalogue.region(organization.region) : void 0;
	const jsonLd = {
		"@context": "https://schema.org",
		"@type": organization.kind === "bundesbehoerde" || organization.kind === "landesbehoerde" || organization.kind === "eu-institution" || organization.kind === "kommune" ? "GovernmentOrganization" : "Organization",
		name: organization.name,
		...organization.url ? { url: organization.url } : {}
	};
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": organization.name,
		"crumbs": [{
			label: ui.nav.organizations,
			href: url("/traeger/")
		}, { label: organization.name }],
		"jsonLd": organization.example ? void 0 : jsonLd,
		"indexed": true
	}, { "default": ($$result) => renderTemplate`
  ${renderComponent($$result, "SearchData", $$SearchData, {
		"facets": { art: [ui.search.kinds.organization] },
		"meta": {
			title: organization.name,
			art: ui.search.kinds.organization,
			summary: ui.search.organizationSummary(ui.organizationKind[organization.kind], funds.length, carries.length)
		},
		"sort": { titel: organization.name.toLocaleLowerCase("de") }
	})}
  ${maybeRenderHead($$result)}<h1>${organization.name}</h1>
  ${organization.example && renderTemplate`<p><span class="badge badge--example">${ui.site.example}</span></p>`}${organization.example && renderTemplate`<p class="example-note"><strong>${ui.site.example}:</strong> ${ui.site.exampleNote}</p>`}<dl class="facts">
    <dt>${ui.field.kind}</dt>
    <dd>${ui.organizationKind[organization.kind]}</dd>
    ${region && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${ui.field.region}</dt><dd><a${addAttribute(regionUrl(region.id), "href")}>${region.name}</a></dd>` })}`}
    ${organization.url && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${ui.field.url}</dt><dd><a${addAttribute(organization.url, "href")} rel="noreferrer">${new URL(organization.url).hostname}</a></dd>` })}`}
  </dl>
  <section class="section" aria-labelledby="foerdert">
    <h2 id="foerdert">${ui.page.funds}: ${ui.kindPlural.program} (${funds.length})</h2>
    ${renderComponent($$result, "OfferingList", $$OfferingList, {
		"offerings": funds,
		"catalogue": catalogue,
		"limit": 20
	})}
  </section>
  <section class="section" aria-labelledby="fuehrt-durch">
    <h2 id="fuehrt-durch">${ui.page.carries}: ${ui.kindPlural.project} (${carries.length})</h2>
    ${renderComponent($$result, "OfferingList", $$OfferingList, {
		"offerings": carries,
		"catalogue": catalogue,
		"limit": 20
	})}
  </section>
  ${renderComponent($$result, "EntryMeta", $$EntryMeta, {
		"title": organization.name,
		"file": organization.file
	})}
` })}`;
}, "/work/main/src/pages/traeger/[id].astro", void 0);
var $$file = "/work/main/src/pages/traeger/[id].astro";
var $$url = "/traeger/[id]/";
// \0virtual:astro:page:src/pages/traeger/[id]@_@astro
var page = () => _id__exports;
export { page };
