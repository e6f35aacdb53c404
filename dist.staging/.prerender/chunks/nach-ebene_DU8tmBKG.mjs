import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { p as renderComponent, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import "./i18n_B4XzFggp.mjs";
import { t as $$OfferingIndex } from "./OfferingIndex_CFAlv_CM.mjs";
// src/pages/programme/nach-ebene.astro
var nach_ebene_exports = /* @__PURE__ */ __exportAll({
	default: () => $$NachEbene,
	file: () => $$file,
	url: () => $$url
});
var $$NachEbene = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "OfferingIndex", $$OfferingIndex, {
		"kind": "program",
		"view": "ebene"
	})}`;
}, "/work/main/src/pages/programme/nach-ebene.astro", void 0);
var $$file = "/work/main/src/pages/programme/nach-ebene.astro";
var $$url = "/programme/nach-ebene/";
// \0virtual:astro:page:src/pages/programme/nach-ebene@_@astro
var page = () => nach_ebene_exports;
export { page };
