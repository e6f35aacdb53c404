import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as $$OfferingList } from "./OfferingList_Dxp_qyQR.mjs";
import { n as $$SearchData, t as $$EntryMeta } from "./EntryMeta_CgkswYiB.mjs";
import { n as $$EasyText, t as $$TranslationNote } from "./TranslationNote_Bcvb5Aqr.mjs";
import { n as groupByActionField } from "./catalogue_CglcCxyV.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
// src/pages/zielgruppen/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
async function getStaticPaths() {
	return (await getCatalogue()).targetGroups.map((g) => ({ params: { id: g.id } }));
}
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { t: ui, textAttrs, searchUrl, url, entry, lang, fieldTitle } = kit(Astro.currentLocale);
	const catalogue = await getCatalogue();
	const group = catalogue.targetGroup(Astro.params.id);
	const offerings = catalogue.offeringsWithTargetGroup(group.id);
	const byField = groupByActionField(catalogue, offerings);
	const local = entry(group);
	const title = local.title.text;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": title,
		"description": local.summary?.text,
		"crumbs": [{
			label: ui.nav.targetGroups,
			href: url("/zielgruppen/")
		}, {
			label: title,
			attrs: textAttrs(local.title)
		}],
		"indexed": true
	}, { "default": ($$result) => renderTemplate`
  ${renderComponent($$result, "SearchData", $$SearchData, {
		"facets": { art: [ui.search.kinds.targetGroup] },
		"meta": {
			title,
			art: ui.search.kinds.targetGroup,
			summary: local.summary?.text ?? ""
		},
		"sort": { titel: title.toLocaleLowerCase(lang) }
	})}
  ${maybeRenderHead($$result)}<h1>${renderComponent($$result, "Text", $$Text, { "value": local.title })}</h1>
  ${renderComponent($$result, "TranslationNote", $$TranslationNote, {
		"localized": local,
		"file": group.file
	})}
  ${local.summary && renderTemplate`<p class="lead">${renderComponent($$result, "Text", $$Text, { "value": local.summary })}</p>`}${renderComponent($$result, "EasyText", $$EasyText, { "text": group.easy })}
  <h2>${ui.page.offeringsForGroup} (${offerings.length})</h2>
  ${offerings.length === 0 && renderTemplate`<p>${ui.page.noneYet}</p>`}${byField.map((g) => renderTemplate`<section class="section"${addAttribute(`feld-${g.field.id}`, "aria-labelledby")}>
        <h3${addAttribute(`feld-${g.field.id}`, "id")}>${renderComponent($$result, "Text", $$Text, { "value": entry(g.field).title })} (${g.items.length})</h3>
        ${renderComponent($$result, "OfferingList", $$OfferingList, {
		"offerings": g.items,
		"catalogue": catalogue,
		"level": 4,
		"limit": 10,
		"more": searchUrl({
			zielgruppe: title,
			handlungsfeld: fieldTitle(catalogue, g.field.id)
		})
	})}
      </section>`)}${renderComponent($$result, "EntryMeta", $$EntryMeta, {
		"title": group.title,
		"file": group.file
	})}
` })}`;
}, "/work/main/src/pages/zielgruppen/[id].astro", void 0);
var $$file = "/work/main/src/pages/zielgruppen/[id].astro";
var $$url = "/zielgruppen/[id]/";
// \0virtual:astro:page:src/pages/zielgruppen/[id]@_@astro
var page = () => _id__exports;
export { page };
