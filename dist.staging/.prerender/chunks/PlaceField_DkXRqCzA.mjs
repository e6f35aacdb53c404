import { M as unescapeHTML, S as maybeRenderHead, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as renderScript } from "./script_AYbnjuyK.mjs";
import { n as jsonForScript } from "./Base_dVu_Wg_W.mjs";
// src/components/finder/PlaceField.astro
createAstro("https://foerderatlas.example.org");
var $$PlaceField = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$PlaceField;
	const { t: ui, url, assetUrl, lang } = kit(Astro.currentLocale);
	const t = ui.finder;
	return renderTemplate`${maybeRenderHead($$result)}<form class="place-field" id="place-field"${addAttribute(url("/finden/"), "action")} method="get" hidden${addAttribute(assetUrl("/finden/orte.json"), "data-places")}${addAttribute(url("/finden/"), "data-base")}${addAttribute(lang, "data-lang")}>
  <label for="place-q">${t.whereLabel}</label>
  <p id="place-hint" class="meta">${t.whereHint}</p>
  <div class="search-row">
    <input id="place-q" name="ort" type="text" role="combobox" autocomplete="off" aria-autocomplete="list" aria-expanded="false" aria-controls="place-options" aria-describedby="place-hint place-status">
    <button type="submit" class="button">${t.whereButton}</button>
  </div>
  <!-- [html-validate-disable-next prefer-native-element -- the ARIA combobox pattern: a <select> cannot filter as a person types] -->
  <ul id="place-options" role="listbox"${addAttribute(t.suggestions, "aria-label")} hidden></ul>
  <p id="place-status" role="status" aria-live="polite"></p>
  <script type="application/json" id="place-text">${unescapeHTML(jsonForScript({
		noPlace: t.noPlace("{q}"),
		didYouMean: t.didYouMean,
		notInHessen: t.notInHessen,
		noPostcodes: t.noPostcodes
	}))}<\/script></form>
${renderScript($$result, "/work/main/src/components/finder/PlaceField.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/main/src/components/finder/PlaceField.astro", void 0);
export { $$PlaceField as t };
