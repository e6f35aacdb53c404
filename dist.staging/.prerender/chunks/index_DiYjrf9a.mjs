import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$OfflineHint } from "./OfflineHint_DHPKPL4P.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
import { t as localNeed } from "./localized_7lRDKflb.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { n as finderPaths, r as getFinder, t as finderPagesBuilt } from "./finder_D_f05XYM.mjs";
// src/pages/finden/[ort]/index.astro
var _ort__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
async function getStaticPaths() {
	if (!finderPagesBuilt) return [];
	return (await getFinder()).places.map((p) => ({ params: { ort: p.id } }));
}
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { t: ui, url, lang } = kit(Astro.currentLocale);
	const t = ui.finder;
	const catalogue = await getCatalogue();
	const finder = await getFinder();
	const place = catalogue.region(Astro.params.ort);
	const needs = catalogue.actionFields.map((field) => {
		const target = finder.answerPlace(place.id, field.id);
		const count = finder.answer(target, field.id).reduce((n, s) => n + s.items.length, 0);
		const href = url(finderPaths.answer(target, field.id)) + (target === place.id ? "" : `?ort=${place.id}`);
		return {
			field,
			need: localNeed(field, lang),
			href,
			count
		};
	});
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": `${t.needTitle} – ${place.name}`,
		"description": t.needIntro(place.name),
		"section": "finder",
		"crumbs": [{
			label: t.title,
			href: url(finderPaths.start)
		}, { label: place.name }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<p class="step">${t.step(2, 3)}</p>
  <h1>${t.needTitle}</h1>
  <p class="choice">${t.choicePlace}: <strong>${place.name}</strong> · <a${addAttribute(url(finderPaths.start), "href")}>${t.changePlace}</a></p>
  <p>${t.needIntro(place.name)}</p>
  <ul class="need-list">
    ${needs.map(({ field, need, href, count }) => renderTemplate`<li>
          <a class="need"${addAttribute(href, "href")}${addAttribute(field.id, "data-field")}>
            <span class="need-label">${renderComponent($$result, "Text", $$Text, { "value": need.label })}</span>
            ${need.hint && renderTemplate`<span class="need-hint">${renderComponent($$result, "Text", $$Text, { "value": need.hint })}</span>`}
            <span class="need-count">${t.needCount(count)}</span>
          </a>
        </li>`)}
  </ul>
  <p><a${addAttribute(url(finderPaths.start), "href")}>${t.backToPlace}</a></p>
  ${renderComponent($$result, "OfflineHint", $$OfflineHint, {})}
` })}`;
}, "/work/main/src/pages/finden/[ort]/index.astro", void 0);
var $$file = "/work/main/src/pages/finden/[ort]/index.astro";
var $$url = "/finden/[ort]/";
// \0virtual:astro:page:src/pages/finden/[ort]/index@_@astro
var page = () => _ort__exports;
export { page };
