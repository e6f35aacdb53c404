import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as $$RadarRule } from "./RadarRule_vMpM8bmw.mjs";
import { i as kreiseOf } from "./action-exports_ChG-mkMG.mjs";
import { n as RADAR_HORIZONS, r as radarCounts, t as getAnalysis } from "./analysis_BuD-qnz-.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { n as kreisRadar, r as townRadar } from "./radar_BPaBHnIV.mjs";
// src/pages/foerderende/index.astro
var foerderende_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { t: ui, url, formatDate } = kit(Astro.currentLocale);
	const [catalogue, analysis] = await Promise.all([getCatalogue(), getAnalysis()]);
	const t = ui.gapToAction;
	const rows = kreiseOf(catalogue.regions).map((id) => {
		const cells = kreisRadar(catalogue, analysis, id);
		return {
			id,
			name: catalogue.region(id).name,
			counts: radarCounts(cells),
			open: cells.filter((c) => c.status === "offen").length,
			towns: townRadar(catalogue, analysis, id).length
		};
	});
	const totals = Object.fromEntries(RADAR_HORIZONS.map((h) => [h, rows.reduce((sum, r) => sum + r.counts[h], 0)]));
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": t.radarTitle,
		"description": t.radarIntro,
		"crumbs": [{ label: t.radarTitle }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<h1>${t.radarTitle}</h1>
  <p class="lead">${t.radarIntro}</p>
  <p>${t.asOf(formatDate(catalogue.today))}</p>
  ${renderComponent($$result, "RadarRule", $$RadarRule, {})}
  <ul class="figures">
    ${RADAR_HORIZONS.map((h) => renderTemplate`<li><strong>${totals[h]}</strong>${t.horizon[`m${h}`]}</li>`)}
  </ul>
  <div class="table-scroll">
    <table>
      <caption>${t.radarTableCaption}</caption>
      <thead>
        <tr><th scope="col">${t.kreis}</th>${RADAR_HORIZONS.map((h) => renderTemplate`<th scope="col">${t.horizon[`m${h}`]}</th>`)}<th scope="col">${t.endBasis.offen}</th><th scope="col">${t.fieldsEnding}: ${t.inTowns}</th></tr>
      </thead>
      <tbody>
        ${rows.map((r) => renderTemplate`<tr>
            <th scope="row"><a${addAttribute(url(`/foerderende/${r.id}/`), "href")}>${r.name}</a></th>
            ${RADAR_HORIZONS.map((h) => renderTemplate`<td>${r.counts[h]}</td>`)}
            <td>${r.open}</td>
            <td>${r.towns > 0 ? renderTemplate`<a${addAttribute(url(`/foerderende/${r.id}/#orte`), "href")}>${r.towns}</a>` : 0}</td>
          </tr>`)}
      </tbody>
    </table>
  </div>
` })}`;
}, "/work/main/src/pages/foerderende/index.astro", void 0);
var $$file = "/work/main/src/pages/foerderende/index.astro";
var $$url = "/foerderende/";
// \0virtual:astro:page:src/pages/foerderende/index@_@astro
var page = () => foerderende_exports;
export { page };
