import { S as maybeRenderHead, i as spreadAttributes, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
// src/components/Text.astro
createAstro("https://foerderatlas.example.org");
var $$Text = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Text;
	const { value } = Astro.props;
	const { lang, textAttrs } = kit(Astro.currentLocale);
	return renderTemplate`${value.lang === lang ? value.text : renderTemplate`${maybeRenderHead($$result)}<span${spreadAttributes(textAttrs(value))}>${value.text}</span>`}`;
}, "/work/main/src/components/Text.astro", void 0);
export { $$Text as t };
