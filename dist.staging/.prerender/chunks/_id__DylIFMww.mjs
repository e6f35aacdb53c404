import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { p as renderComponent, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro } from "./i18n_B4XzFggp.mjs";
import { n as getEntry, r as render, t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { t as $$OfferingDetail } from "./OfferingDetail_C6buOhHX.mjs";
// src/pages/projekte/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
async function getStaticPaths() {
	return (await getCatalogue()).projects.map((p) => ({ params: { id: p.id } }));
}
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const catalogue = await getCatalogue();
	const offering = catalogue.offering(`projects/${Astro.params.id}`);
	const entry = await getEntry("projects", Astro.params.id);
	const Content = entry?.body?.trim() ? (await render(entry)).Content : void 0;
	return renderTemplate`${renderComponent($$result, "OfferingDetail", $$OfferingDetail, {
		"offering": offering,
		"catalogue": catalogue,
		"hasBody": Content !== void 0
	}, { "default": ($$result) => renderTemplate`${Content && renderTemplate`${renderComponent($$result, "Content", Content, {})}`}` })}`;
}, "/work/main/src/pages/projekte/[id].astro", void 0);
var $$file = "/work/main/src/pages/projekte/[id].astro";
var $$url = "/projekte/[id]/";
// \0virtual:astro:page:src/pages/projekte/[id]@_@astro
var page = () => _id__exports;
export { page };
