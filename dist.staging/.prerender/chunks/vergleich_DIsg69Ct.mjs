import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as renderScript } from "./script_AYbnjuyK.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as getAnalysis } from "./analysis_BuD-qnz-.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { r as INTL_LOCALE } from "./de_BWFUOdWk.mjs";
// src/pages/vergleich.astro
var vergleich_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Vergleich,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Vergleich = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Vergleich;
	const { t: ui, formatNumber, regionUrl, lang, fieldTitle, groupTitle } = kit(Astro.currentLocale);
	const catalogue = await getCatalogue();
	const analysis = await getAnalysis();
	const t = ui.compare;
	const regions = analysis.matrixRegions.map((id) => catalogue.region(id));
	const fields = catalogue.actionFields;
	const groups = catalogue.targetGroups;
	const columns = regions.map((region) => {
		const figures = analysis.figures(region.id);
		const cells = fields.map((f) => analysis.coverage.cell(region.id, f.id));
		return {
			region,
			figures,
			available: new Set(cells.flatMap((c) => c.available)).size,
			gaps: cells.filter((c) => c.state === "luecke").map((c) => fieldTitle(catalogue, c.actionField)),
			unsurveyed: cells.filter((c) => c.state === "nicht-erhoben").map((c) => fieldTitle(catalogue, c.actionField)),
			states: new Map(cells.map((c) => [c.actionField, c.state])),
			perCapita: region.population ? figures.total / region.population * 1e5 : void 0
		};
	});
	const defaults = regions.filter((r) => r.modelRegion).slice(0, 2).map((r) => r.id);
	const one = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 1 });
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": t.title,
		"section": "compare",
		"description": t.intro,
		"crumbs": [{ label: t.title }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<h1>${t.title}</h1>
  <p class="lead">${t.intro}</p>
  <form id="compare-picker" class="picker" hidden${addAttribute(defaults.join(","), "data-defaults")}${addAttribute(t.tooFew, "data-too-few")}${addAttribute(t.showing("{names}"), "data-showing")}>
    <fieldset>
      <legend>${t.pick}</legend>
      <p class="meta">${t.pickHint}</p>
      <ul>
        ${regions.map((r) => renderTemplate`<li><input type="checkbox"${addAttribute(`c-${r.id}`, "id")} name="regionen"${addAttribute(r.id, "value")}> <label${addAttribute(`c-${r.id}`, "for")}>${r.name}</label></li>`)}
      </ul>
    </fieldset>
    <p><button type="submit" class="button">${t.apply}</button></p>
    <p id="compare-status" role="status" aria-live="polite"></p>
  </form>
  <noscript><p>${t.noScript}</p></noscript>
  <section class="table-scroll" aria-labelledby="compare-caption" tabindex="0">
    <table class="compare">
      <caption id="compare-caption">${t.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.measure}</th>
          ${columns.map((c) => renderTemplate`<th scope="col"${addAttribute(c.region.id, "data-col")}><a${addAttribute(regionUrl(c.region.id), "href")}>${c.region.name}</a><br><small>${ui.regionKind[c.region.kind]}</small></th>`)}
        </tr>
      </thead>
      <tbody>
        <tr><th scope="row">${t.modelRegion}</th>${columns.map((c) => renderTemplate`<td${addAttribute(c.region.id, "data-col")}>${c.region.modelRegion ? t.yes : t.no}</td>`)}</tr>
        <tr><th scope="row">${t.population}</th>${columns.map((c) => renderTemplate`<td${addAttribute(c.region.id, "data-col")}>${c.region.population !== void 0 ? formatNumber(c.region.population) : "–"}</td>`)}</tr>
        <tr><th scope="row">${t.local}</th>${columns.map((c) => renderTemplate`<td${addAttribute(c.region.id, "data-col")}><strong>${c.figures.total}</strong></td>`)}</tr>
        <tr><th scope="row">${t.perCapita}</th>${columns.map((c) => renderTemplate`<td${addAttribute(c.region.id, "data-col")}>${c.perCapita !== void 0 ? one.format(c.perCapita) : "–"}</td>`)}</tr>
        <tr><th scope="row">${t.available}</th>${columns.map((c) => renderTemplate`<td${addAttribute(c.region.id, "data-col")}>${c.available}</td>`)}</tr>
        <tr><th scope="row">${t.gaps}</th>${columns.map((c) => renderTemplate`<td${addAttribute(c.region.id, "data-col")}>${c.gaps.length}<br><small>${c.gaps.join(", ")}</small></td>`)}</tr>
        <tr><th scope="row">${t.unsurveyed}</th>${columns.map((c) => renderTemplate`<td${addAttribute(c.region.id, "data-col")}>${c.unsurveyed.length}<br><small>${c.unsurveyed.join(", ")}</small></td>`)}</tr>
      </tbody>
      <tbody>
        <tr class="block-row"><th scope="colgroup"${addAttribute(columns.length + 1, "colspan")}>${t.byField}</th></tr>
        ${fields.map((f) => renderTemplate`<tr><th scope="row">${fieldTitle(catalogue, f.id)}</th>${columns.map((c) => {
		const n = c.figures.byActionField[f.id] ?? 0;
		const state = c.states.get(f.id);
		if (state === "luecke") return renderTemplate`<td${addAttribute(c.region.id, "data-col")} class="gap">${n}<span class="gap-label">${ui.coverage.gap}</span></td>`;
		if (state === "nicht-erhoben") return renderTemplate`<td${addAttribute(c.region.id, "data-col")} class="unsurveyed">${n}<span class="unsurveyed-label">${ui.coverage.unsurveyed}</span></td>`;
		return renderTemplate`<td${addAttribute(c.region.id, "data-col")}>${n}</td>`;
	})}</tr>`)}
      </tbody>
      <tbody>
        <tr class="block-row"><th scope="colgroup"${addAttribute(columns.length + 1, "colspan")}>${t.byGroup}</th></tr>
        ${groups.map((g) => renderTemplate`<tr><th scope="row">${groupTitle(catalogue, g.id)}</th>${columns.map((c) => renderTemplate`<td${addAttribute(c.region.id, "data-col")}>${c.figures.byTargetGroup[g.id] ?? 0}</td>`)}</tr>`)}
      </tbody>
    </table>
  </section>
  ${renderScript($$result, "/work/main/src/pages/vergleich.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/main/src/pages/vergleich.astro", void 0);
var $$file = "/work/main/src/pages/vergleich.astro";
var $$url = "/vergleich/";
// \0virtual:astro:page:src/pages/vergleich@_@astro
var page = () => vergleich_exports;
export { page };
