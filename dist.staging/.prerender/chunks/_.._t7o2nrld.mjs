import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { p as renderComponent, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro } from "./i18n_B4XzFggp.mjs";
import { n as $$OfferingOverlapList, t as overlapListPaths } from "./overlap-lists_B2V2pTRl.mjs";
// src/pages/programme/[id]/ueberschneidungen/[...page].astro
var ____page__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Component,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var getStaticPaths = (({ paginate }) => overlapListPaths("program", paginate));
var $$Component = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Component;
	const { offering, page } = Astro.props;
	return renderTemplate`${renderComponent($$result, "OfferingOverlapList", $$OfferingOverlapList, {
		"offering": offering,
		"page": page
	})}`;
}, "/work/main/src/pages/programme/[id]/ueberschneidungen/[...page].astro", void 0);
var $$file = "/work/main/src/pages/programme/[id]/ueberschneidungen/[...page].astro";
var $$url = "/programme/[id]/ueberschneidungen/[...page]/";
// \0virtual:astro:page:src/pages/programme/[id]/ueberschneidungen/[...page]@_@astro
var page = () => ____page__exports;
export { page };
