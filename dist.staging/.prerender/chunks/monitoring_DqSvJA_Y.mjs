import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as $$BarChart } from "./BarChart_CGt-3X37.mjs";
import { i as CHAIN_LEVELS, t as getAnalysis } from "./analysis_BuD-qnz-.mjs";
import { r as yearsOf } from "./period_CEYwJCpK.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
import { i as kreiseOf } from "./action-exports_ChG-mkMG.mjs";
// src/pages/monitoring.astro
var monitoring_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Monitoring,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Monitoring = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Monitoring;
	const { t: ui, formatMoney, programUrl, regionUrl, entry, fieldTitle, groupTitle } = kit(Astro.currentLocale);
	const catalogue = await getCatalogue();
	const analysis = await getAnalysis();
	const t = ui.monitoring;
	const currentYear = Number(catalogue.today.slice(0, 4));
	const byField = catalogue.actionFields.map((f) => ({
		label: fieldTitle(catalogue, f.id),
		value: catalogue.offeringsWithActionField(f.id).length
	}));
	const byGroup = catalogue.targetGroups.map((g) => ({
		label: groupTitle(catalogue, g.id),
		value: catalogue.offeringsWithTargetGroup(g.id).length
	}));
	const perYear = /* @__PURE__ */ new Map();
	for (const o of catalogue.offerings) for (const y of yearsOf(o.period, currentYear)) perYear.set(y, (perYear.get(y) ?? 0) + 1);
	const firstYear = Math.max(Math.min(...perYear.keys(), currentYear), currentYear - 19);
	const byYear = [];
	for (let y = firstYear; y <= currentYear; y++) byYear.push({
		label: String(y),
		value: perYear.get(y) ?? 0
	});
	const root = catalogue.tree.root;
	const funding = analysis.figures(root).fundingByProgramAndYear;
	const fundingRows = Object.entries(funding).flatMap(([program, years]) => Object.entries(years).map(([year, amount]) => ({
		program: catalogue.offering(program),
		year,
		amount
	}))).sort((a, b) => a.program.title.localeCompare(b.program.title, "de") || a.year.localeCompare(b.year));
	const yearLabel = (year) => year === "undated" ? t.undated : year;
	const fundingByYear = [...new Set(fundingRows.map((r) => r.year))].sort().map((year) => ({
		label: yearLabel(year),
		value: fundingRows.filter((r) => r.year === year).reduce((s, r) => s + r.amount, 0)
	}));
	const model = analysis.matrixRegions.filter((id) => catalogue.region(id).modelRegion);
	const hasExamples = catalogue.projects.some((p) => p.example);
	const matrixCells = analysis.matrixRegions.flatMap((r) => catalogue.actionFields.map((f) => analysis.coverage.cell(r, f.id)));
	const byState = [
		{
			label: ui.coverage.present,
			value: matrixCells.filter((c) => c.state === "vorhanden").length
		},
		{
			label: ui.coverage.gap,
			value: matrixCells.filter((c) => c.state === "luecke").length
		},
		{
			label: ui.coverage.unsurveyed,
			value: matrixCells.filter((c) => c.state === "nicht-erhoben").length
		}
	];
	const a = ui.gapToAction;
	const chains = kreiseOf(catalogue.regions).map((id) => ({
		id,
		chain: analysis.fundingChain(id)
	}));
	const levelsUsed = CHAIN_LEVELS.filter((level) => chains.some((c) => c.chain.levels.some((l) => l.level === level)));
	const fundedAt = (chain, level) => new Set(chain.levels.filter((l) => l.level === level).flatMap((l) => l.rows.flatMap((r) => r.offerings))).size;
	const byLevel = levelsUsed.map((level) => ({
		label: ui.level[level],
		value: chains.reduce((sum, c) => sum + fundedAt(c.chain, level), 0)
	}));
	const surveyedMatrixRegions = analysis.matrixRegions.filter((id) => catalogue.survey(id)).length;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": t.title,
		"description": t.intro,
		"crumbs": [{ label: t.title }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<h1>${t.title}</h1>
  <p class="lead">${t.intro}</p>
  ${hasExamples && renderTemplate`<p class="example-note">${t.exampleNote}</p>`}${renderComponent($$result, "BarChart", $$BarChart, {
		"id": "felder",
		"title": t.byField,
		"labelHeading": ui.nav.actionFields,
		"data": byField
	})}
  ${renderComponent($$result, "BarChart", $$BarChart, {
		"id": "zielgruppen",
		"title": t.byGroup,
		"labelHeading": ui.nav.targetGroups,
		"data": byGroup
	})}
  ${renderComponent($$result, "BarChart", $$BarChart, {
		"id": "jahre",
		"title": t.byYear,
		"labelHeading": t.year,
		"data": byYear,
		"kind": "columns"
	})}

  <h2>${t.surveyTitle}</h2>
  <p>${t.surveyIntro(surveyedMatrixRegions, analysis.matrixRegions.length)}</p>
  ${renderComponent($$result, "BarChart", $$BarChart, {
		"id": "erhebung",
		"title": t.surveyChart,
		"labelHeading": t.surveyState,
		"data": byState
	})}

  <h2>${t.funding}</h2>
  <p>${t.fundingNote}</p>
  ${fundingRows.length === 0 && renderTemplate`<p>${t.noFunding}</p>`}${fundingByYear.length > 0 && renderTemplate`${renderComponent($$result, "BarChart", $$BarChart, {
		"id": "foerdersummen",
		"title": `${t.funding} (${t.fundingPerYear})`,
		"labelHeading": t.year,
		"data": fundingByYear,
		"kind": "columns",
		"valueLabel": t.amount,
		"format": formatMoney
	})}`}${fundingRows.length > 0 && renderTemplate`<div class="table-scroll">
        <table>
          <caption class="visually-hidden">${t.funding}</caption>
          <thead><tr><th scope="col">${t.program}</th><th scope="col">${t.year}</th><th scope="col">${t.amount}</th></tr></thead>
          <tbody>${fundingRows.map((r) => renderTemplate`<tr><td><a${addAttribute(programUrl(r.program.id), "href")}>${renderComponent($$result, "Text", $$Text, { "value": entry(r.program).title })}</a></td><td>${yearLabel(r.year)}</td><td>${formatMoney(r.amount)}</td></tr>`)}</tbody>
        </table>
      </div>`}<h2 id="foerderketten">${a.chainsTitle}</h2>
  <p>${a.chainsIntro}</p>
  <p>${a.chainRule}</p>
  ${byLevel.length === 0 ? renderTemplate`<p>${a.chainNone}</p>` : renderTemplate`${renderComponent($$result, "BarChart", $$BarChart, {
		"id": "foerderketten-ebenen",
		"title": a.chainsByLevel,
		"labelHeading": a.level,
		"valueLabel": a.funded,
		"data": byLevel
	})}`}${byLevel.length > 0 && renderTemplate`<div class="table-scroll">
        <table>
          <caption>${a.chainsTableCaption}</caption>
          <thead><tr><th scope="col">${a.kreis}</th>${levelsUsed.map((level) => renderTemplate`<th scope="col">${ui.level[level]}</th>`)}<th scope="col">${a.funded}</th></tr></thead>
          <tbody>
            ${chains.map((c) => renderTemplate`<tr>
                <th scope="row"><a${addAttribute(`${regionUrl(c.id)}#foerderkette`, "href")}>${catalogue.region(c.id).name}</a></th>
                ${levelsUsed.map((level) => renderTemplate`<td>${fundedAt(c.chain, level)}</td>`)}
                <td>${c.chain.fundedOfferings}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>`}<h2>${t.perRegion}</h2>
  <section class="table-scroll" aria-labelledby="mr-caption" tabindex="0">
    <table class="compare">
      <caption id="mr-caption" class="visually-hidden">${t.perRegion}</caption>
      <thead><tr><th scope="col">${ui.nav.actionFields}</th>${model.map((id) => renderTemplate`<th scope="col"><a${addAttribute(regionUrl(id), "href")}>${catalogue.region(id).name}</a></th>`)}</tr></thead>
      <tbody>
        ${catalogue.actionFields.map((f) => renderTemplate`<tr><th scope="row">${fieldTitle(catalogue, f.id)}</th>${model.map((id) => renderTemplate`<td>${analysis.figures(id).byActionField[f.id] ?? 0}</td>`)}</tr>`)}
        <tr><th scope="row">${t.localTotal}</th>${model.map((id) => renderTemplate`<td><strong>${analysis.figures(id).total}</strong></td>`)}</tr>
      </tbody>
    </table>
  </section>
` })}`;
}, "/work/main/src/pages/monitoring.astro", void 0);
var $$file = "/work/main/src/pages/monitoring.astro";
var $$url = "/monitoring/";
// \0virtual:astro:page:src/pages/monitoring@_@astro
var page = () => monitoring_exports;
export { page };
