import { S as maybeRenderHead, i as spreadAttributes, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { n as siteConfig, t as editUrl } from "./config_hLSECLeZ.mjs";
// src/components/EasyText.astro
createAstro("https://foerderatlas.example.org");
var $$EasyText = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$EasyText;
	const { t: ui, url, german } = kit(Astro.currentLocale);
	const { text } = Astro.props;
	const sentences = text ? text.split(/(?<=[.!?])\s+/) : [];
	return renderTemplate`${text && renderTemplate`${maybeRenderHead($$result)}<section class="easy" aria-labelledby="leichte-sprache">
      <h2 id="leichte-sprache">${ui.easy.heading}</h2>
      <div${spreadAttributes(german)}>${sentences.map((s) => renderTemplate`<p>${s}</p>`)}</div>
      <p class="meta"><a${addAttribute(url("/leichte-sprache/"), "href")}>${ui.easy.more}</a></p>
    </section>`}`;
}, "/work/main/src/components/EasyText.astro", void 0);
// src/components/TranslationNote.astro
createAstro("https://foerderatlas.example.org");
var $$TranslationNote = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$TranslationNote;
	const { localized, file, germanTitle } = Astro.props;
	const { t: ui, lang, url, german } = kit(Astro.currentLocale);
	const config = siteConfig();
	const editUrl$1 = editUrl(config, file) ?? url("/mitmachen/#uebersetzungen");
	return renderTemplate`${lang !== "de" && germanTitle && localized.title.lang !== "de" && renderTemplate`${maybeRenderHead($$result)}<p class="meta">${ui.i18n.germanOriginal}: <span${spreadAttributes(german)}>${germanTitle}</span></p>`}
${lang !== "de" && !localized.translated && renderTemplate`<p class="only-german">${ui.i18n.onlyGerman}</p>`}
${lang !== "de" && localized.translated && localized.machineTranslated && renderTemplate`<p class="only-german translation-note">
      ${ui.i18n.machineTranslated} <a${addAttribute(editUrl$1, "href")} rel="noreferrer">${ui.i18n.improveTranslation}</a>
    </p>`}`;
}, "/work/main/src/components/TranslationNote.astro", void 0);
export { $$EasyText as n, $$TranslationNote as t };
