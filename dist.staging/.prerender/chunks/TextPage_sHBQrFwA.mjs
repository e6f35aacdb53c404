import { S as maybeRenderHead, p as renderComponent, v as renderSlot, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
// src/components/TextPage.astro
createAstro("https://foerderatlas.example.org");
var $$TextPage = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$TextPage;
	const { title, description, section } = Astro.props;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": title,
		"description": description,
		"section": section,
		"crumbs": [{ label: title }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<div class="prose">
    <h1>${title}</h1>
    ${renderSlot($$result, $$slots["default"])}
  </div>
` })}`;
}, "/work/main/src/components/TextPage.astro", void 0);
export { $$TextPage as t };
