import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, p as renderComponent, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$OfflineHint } from "./OfflineHint_DHPKPL4P.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as $$PlaceList } from "./PlaceList_Gvn5g1p2.mjs";
import { t as $$PlaceField } from "./PlaceField_DkXRqCzA.mjs";
// src/pages/finden/index.astro
var finden_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { t: ui } = kit(Astro.currentLocale);
	const t = ui.finder;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": t.title,
		"description": t.intro,
		"section": "finder",
		"crumbs": [{ label: t.title }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<h1>${t.title}</h1>
  <p class="lead">${t.intro}</p>
  <p class="step">${t.step(1, 3)}</p>
  <h2 class="step-title">${t.whereTitle}</h2>
  ${renderComponent($$result, "PlaceField", $$PlaceField, {})}
  ${renderComponent($$result, "PlaceList", $$PlaceList, {})}
  <p class="meta">${t.notInHessen}</p>
  ${renderComponent($$result, "OfflineHint", $$OfflineHint, {})}
` })}`;
}, "/work/main/src/pages/finden/index.astro", void 0);
var $$file = "/work/main/src/pages/finden/index.astro";
var $$url = "/finden/";
// \0virtual:astro:page:src/pages/finden/index@_@astro
var page = () => finden_exports;
export { page };
