import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { M as unescapeHTML, S as maybeRenderHead, p as renderComponent, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$TextPage } from "./TextPage_sHBQrFwA.mjs";
// src/pages/impressum.astro
var impressum_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Impressum,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Impressum = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Impressum;
	const { t: ui } = kit(Astro.currentLocale);
	const t = ui.imprint;
	return renderTemplate`${renderComponent($$result, "TextPage", $$TextPage, {
		"title": t.title,
		"description": t.description
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<p>${unescapeHTML(t.placeholder)}</p>
  <h2>${t.privacyTitle}</h2>
  <p>${t.privacy}</p>
  <h2>${t.dataTitle}</h2>
  <p>${ui.data.regionSource} <a href="https://www.govdata.de/dl-de/by-2-0" rel="noreferrer">${ui.data.licenceShort}</a>; ${ui.data.ownRendering}</p>
` })}`;
}, "/work/main/src/pages/impressum.astro", void 0);
var $$file = "/work/main/src/pages/impressum.astro";
var $$url = "/impressum/";
// \0virtual:astro:page:src/pages/impressum@_@astro
var page = () => impressum_exports;
export { page };
