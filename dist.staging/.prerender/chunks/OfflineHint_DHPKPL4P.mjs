import { S as maybeRenderHead, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as renderScript } from "./script_AYbnjuyK.mjs";
// src/components/finder/OfflineHint.astro
createAstro("https://foerderatlas.example.org");
var $$OfflineHint = createComponent(($$result, $$props, $$slots) => {
	const Astro2 = $$result.createAstro($$props, $$slots);
	Astro2.self = $$OfflineHint;
	const { t: ui } = kit(Astro2.currentLocale);
	return renderTemplate`${maybeRenderHead($$result)}<p id="offline-hint" class="offline-hint" role="status" hidden${addAttribute("/".replace(/\/?$/, "/"), "data-base")}>${ui.finder.offlineSaved}</p>
${renderScript($$result, "/work/main/src/components/finder/OfflineHint.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/main/src/components/finder/OfflineHint.astro", void 0);
export { $$OfflineHint as t };
