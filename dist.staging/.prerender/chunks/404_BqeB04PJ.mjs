import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as $$PlaceField } from "./PlaceField_DkXRqCzA.mjs";
import { t as $$PlaceList } from "./PlaceList_Gvn5g1p2.mjs";
// src/pages/404.astro
var _404_exports = /* @__PURE__ */ __exportAll({
	default: () => $$404,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$404 = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$404;
	const { t: ui, url } = kit(Astro.currentLocale);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, { "title": ui.page.notFoundTitle }, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<h1>${ui.page.notFoundTitle}</h1>
  <p class="lead">${ui.page.notFoundText}</p>
  <ul>
    <li><a${addAttribute(url("/finden/"), "href")}>${ui.finder.unknownStart}</a></li>
    <li><a${addAttribute(url("/suche/"), "href")}>${ui.nav.search}</a></li>
    <li><a${addAttribute(url("/programme/"), "href")}>${ui.kindPlural.program}</a> ${ui.page.notFoundAnd} <a${addAttribute(url("/projekte/"), "href")}>${ui.kindPlural.project}</a></li>
    <li><a${addAttribute(url("/"), "href")}>${ui.site.home}</a></li>
  </ul>
  <h2>${ui.finder.homeTitle}</h2>
  ${renderComponent($$result, "PlaceField", $$PlaceField, {})}
  ${renderComponent($$result, "PlaceList", $$PlaceList, {})}
` })}`;
}, "/work/main/src/pages/404.astro", void 0);
var $$file = "/work/main/src/pages/404.astro";
var $$url = "/404/";
// \0virtual:astro:page:src/pages/404@_@astro
var page = () => _404_exports;
export { page };
