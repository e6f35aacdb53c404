import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, i as spreadAttributes, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as $$OfferingList } from "./OfferingList_Dxp_qyQR.mjs";
import { n as $$SearchData, t as $$EntryMeta } from "./EntryMeta_CgkswYiB.mjs";
import { n as $$EasyText, t as $$TranslationNote } from "./TranslationNote_Bcvb5Aqr.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
// src/pages/handlungsfelder/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
async function getStaticPaths() {
	return (await getCatalogue()).actionFields.map((f) => ({ params: { id: f.id } }));
}
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { t: ui, textAttrs, german, assetUrl, searchUrl, url, entry, lang } = kit(Astro.currentLocale);
	const catalogue = await getCatalogue();
	const field = catalogue.actionField(Astro.params.id);
	const offerings = catalogue.offeringsWithActionField(field.id);
	const programs = offerings.filter((o) => o.kind === "program");
	const projects = offerings.filter((o) => o.kind === "project");
	const local = entry(field);
	const title = local.title.text;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": title,
		"description": local.summary?.text,
		"section": "actionFields",
		"crumbs": [{
			label: ui.nav.actionFields,
			href: url("/handlungsfelder/")
		}, {
			label: title,
			attrs: textAttrs(local.title)
		}],
		"indexed": true
	}, {
		"default": ($$result) => renderTemplate`
  
  ${renderComponent($$result, "SearchData", $$SearchData, {
			"facets": { art: [ui.search.kinds.actionField] },
			"meta": {
				title,
				art: ui.search.kinds.actionField,
				summary: local.summary.text
			},
			"sort": { titel: title.toLocaleLowerCase(lang) },
			"terms": field.keywords ?? []
		})}
  ${maybeRenderHead($$result)}<h1>${renderComponent($$result, "Text", $$Text, { "value": local.title })}</h1>
  ${renderComponent($$result, "TranslationNote", $$TranslationNote, {
			"localized": local,
			"file": field.file
		})}
  <p class="lead">${renderComponent($$result, "Text", $$Text, { "value": local.summary })}</p>
  ${renderComponent($$result, "EasyText", $$EasyText, { "text": field.easy })}
  ${field.keywords && field.keywords.length > 0 && renderTemplate`<p><strong>${ui.field.keywords}:</strong> <span${spreadAttributes(german)}>${field.keywords.join(", ")}</span></p>`}<section class="section" aria-labelledby="programme">
    <h2 id="programme">${ui.kindPlural.program} (${programs.length})</h2>
    ${renderComponent($$result, "OfferingList", $$OfferingList, {
			"offerings": programs,
			"catalogue": catalogue,
			"limit": 20,
			"more": searchUrl({
				handlungsfeld: title,
				art: ui.kind.program
			})
		})}
  </section>
  <section class="section" aria-labelledby="projekte">
    <h2 id="projekte">${ui.kindPlural.project} (${projects.length})</h2>
    ${renderComponent($$result, "OfferingList", $$OfferingList, {
			"offerings": projects,
			"catalogue": catalogue,
			"limit": 20,
			"more": searchUrl({
				handlungsfeld: title,
				art: ui.kind.project
			})
		})}
  </section>
  ${renderComponent($$result, "EntryMeta", $$EntryMeta, {
			"title": field.title,
			"file": field.file
		})}
`,
		"head": ($$result) => renderTemplate`<link rel="alternate" type="application/atom+xml"${addAttribute(ui.data.fieldFeedTitle(title), "title")}${addAttribute(assetUrl(`/handlungsfelder/${field.id}/feed.xml`), "href")} hreflang="de">`
	})}`;
}, "/work/main/src/pages/handlungsfelder/[id].astro", void 0);
var $$file = "/work/main/src/pages/handlungsfelder/[id].astro";
var $$url = "/handlungsfelder/[id]/";
// \0virtual:astro:page:src/pages/handlungsfelder/[id]@_@astro
var page = () => _id__exports;
export { page };
