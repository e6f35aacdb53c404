import { S as maybeRenderHead, h as Fragment, p as renderComponent, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
// src/components/MapAttribution.astro
createAstro("https://foerderatlas.example.org");
var $$MapAttribution = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$MapAttribution;
	const { t: ui, lang } = kit(Astro.currentLocale);
	const official = "Datenlizenz Deutschland – Namensnennung – Version 2.0";
	return renderTemplate`${maybeRenderHead($$result)}<p class="map-attribution">
  ${ui.maps.basis}: © <a href="https://www.bkg.bund.de" rel="noreferrer">GeoBasis-DE / BKG</a> 2021 (${ui.maps.changed}),
  <a href="https://www.govdata.de/dl-de/by-2-0" rel="noreferrer">${ui.maps.licence}</a>${lang !== "de" && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <bdi lang="de">(${official})</bdi>` })}`}
</p>`;
}, "/work/main/src/components/MapAttribution.astro", void 0);
export { $$MapAttribution as t };
