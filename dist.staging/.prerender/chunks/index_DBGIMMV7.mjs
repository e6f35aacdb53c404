import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { p as renderComponent, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import "./i18n_B4XzFggp.mjs";
import { t as $$OfferingIndex } from "./OfferingIndex_CFAlv_CM.mjs";
// src/pages/projekte/index.astro
var projekte_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "OfferingIndex", $$OfferingIndex, {
		"kind": "project",
		"view": "handlungsfeld"
	})}`;
}, "/work/main/src/pages/projekte/index.astro", void 0);
var $$file = "/work/main/src/pages/projekte/index.astro";
var $$url = "/projekte/";
// \0virtual:astro:page:src/pages/projekte/index@_@astro
var page = () => projekte_exports;
export { page };
