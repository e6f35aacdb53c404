import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { M as unescapeHTML, S as maybeRenderHead, p as renderComponent, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$TextPage } from "./TextPage_sHBQrFwA.mjs";
// src/pages/barrierefreiheit.astro
var barrierefreiheit_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Barrierefreiheit,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Barrierefreiheit = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Barrierefreiheit;
	const { t: ui, url } = kit(Astro.currentLocale);
	const t = ui.accessibility;
	const links = (html) => html.replace("{easy}", url("/leichte-sprache/")).replace("{contribute}", url("/mitmachen/")).replace("{imprint}", url("/impressum/"));
	return renderTemplate`${renderComponent($$result, "TextPage", $$TextPage, {
		"title": t.title,
		"description": t.description
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<p>${t.intro}</p>
  <h2>${t.statusTitle}</h2>
  <p>${unescapeHTML(t.status)}</p>
  <h2>${t.doTitle}</h2>
  <ul>${t.do.map((item) => renderTemplate`<li>${item}</li>`)}</ul>
  <h2>${t.notYetTitle}</h2>
  <ul>${t.notYet.map((item) => renderTemplate`<li>${unescapeHTML(links(item))}</li>`)}</ul>
  <h2>${t.createdTitle}</h2>
  <p>${t.created}</p>
  <h2>${t.reportTitle}</h2>
  <p>${unescapeHTML(links(t.report))}</p>
  <h2>${t.mediationTitle}</h2>
  <p>${unescapeHTML(links(t.mediation))}</p>
` })}`;
}, "/work/main/src/pages/barrierefreiheit.astro", void 0);
var $$file = "/work/main/src/pages/barrierefreiheit.astro";
var $$url = "/barrierefreiheit/";
// \0virtual:astro:page:src/pages/barrierefreiheit@_@astro
var page = () => barrierefreiheit_exports;
export { page };
