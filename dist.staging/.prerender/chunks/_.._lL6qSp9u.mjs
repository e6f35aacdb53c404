import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { p as renderComponent, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro } from "./i18n_B4XzFggp.mjs";
import { t as $$OfferingIndex } from "./OfferingIndex_CFAlv_CM.mjs";
import { i as sortOfferings } from "./catalogue_CglcCxyV.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
// src/pages/programme/nach-beginn/[...page].astro
var ____page__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Component,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var getStaticPaths = (async ({ paginate }) => {
	const catalogue = await getCatalogue();
	return paginate(sortOfferings(catalogue.programs, "beginn"), { pageSize: 100 });
});
var $$Component = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Component;
	const { page } = Astro.props;
	return renderTemplate`${renderComponent($$result, "OfferingIndex", $$OfferingIndex, {
		"kind": "program",
		"view": "beginn",
		"page": page
	})}`;
}, "/work/main/src/pages/programme/nach-beginn/[...page].astro", void 0);
var $$file = "/work/main/src/pages/programme/nach-beginn/[...page].astro";
var $$url = "/programme/nach-beginn/[...page]/";
// \0virtual:astro:page:src/pages/programme/nach-beginn/[...page]@_@astro
var page = () => ____page__exports;
export { page };
