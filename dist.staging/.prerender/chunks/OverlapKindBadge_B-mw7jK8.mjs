import { S as maybeRenderHead, h as Fragment, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
// src/components/OverlapReasons.astro
createAstro("https://foerderatlas.example.org");
var $$OverlapReasons = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$OverlapReasons;
	const { t: ui, periodLabel, fieldTitle, groupTitle } = kit(Astro.currentLocale);
	const { overlap, catalogue } = Astro.props;
	const t = ui.overlap;
	const period = periodLabel({
		start: overlap.period.start,
		end: overlap.period.end ?? void 0
	}, catalogue.today);
	return renderTemplate`${maybeRenderHead($$result)}<dl class="reasons">
  <dt>${t.sharedFields}</dt>
  <dd>${overlap.actionFields.map((id) => fieldTitle(catalogue, id)).join(", ")}</dd>
  <dt>${t.sharedGroups}</dt>
  <dd>${overlap.targetGroups.map((id) => groupTitle(catalogue, id)).join(", ")}</dd>
  <dt>${t.meetIn}</dt>
  <dd>${overlap.regions.map((id) => catalogue.region(id).name).join(", ")}</dd>
  <dt>${t.commonPeriod}</dt>
  <dd>${period}</dd>
</dl>`;
}, "/work/main/src/components/OverlapReasons.astro", void 0);
// src/components/OverlapKindBadge.astro
createAstro("https://foerderatlas.example.org");
var $$OverlapKindBadge = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$OverlapKindBadge;
	const { t: ui, entry } = kit(Astro.currentLocale);
	const { overlap } = Astro.props;
	const t = ui.gapToAction;
	const catalogue = await getCatalogue();
	const via = overlap.via.map((key) => catalogue.offering(key));
	return renderTemplate`${maybeRenderHead($$result)}<span${addAttribute(`badge badge--${overlap.kind}`, "class")}>${t.kind[overlap.kind]}</span>
${via.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` ${t.fundingProgramme}: ${via.map((p, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && ", "}${renderComponent($$result, "Text", $$Text, { "value": entry(p).title })}` })}`)}${overlap.funded && ` (${t.fundedNow})`}` })}`}`;
}, "/work/main/src/components/OverlapKindBadge.astro", void 0);
export { $$OverlapReasons as n, $$OverlapKindBadge as t };
