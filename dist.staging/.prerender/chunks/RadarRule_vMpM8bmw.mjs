import { S as maybeRenderHead, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
// src/components/RadarRule.astro
createAstro("https://foerderatlas.example.org");
var $$RadarRule = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$RadarRule;
	const { t: ui } = kit(Astro.currentLocale);
	const t = ui.gapToAction;
	return renderTemplate`${maybeRenderHead($$result)}<details class="explain" id="regel">
  <summary>${t.radarRuleTitle}</summary>
  <ol>${t.radarRule.map((r) => renderTemplate`<li>${r}</li>`)}</ol>
</details>`;
}, "/work/main/src/components/RadarRule.astro", void 0);
export { $$RadarRule as t };
