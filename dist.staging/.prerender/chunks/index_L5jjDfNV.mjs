import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as getAnalysis } from "./analysis_BuD-qnz-.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
// src/pages/abdeckung/index.astro
var abdeckung_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { t: ui, actionFieldUrl, regionUrl, url, fieldTitle } = kit(Astro.currentLocale);
	const catalogue = await getCatalogue();
	const analysis = await getAnalysis();
	const t = ui.coverage;
	const model = analysis.matrixRegions.filter((id) => catalogue.region(id).modelRegion);
	const rest = analysis.matrixRegions.filter((id) => !catalogue.region(id).modelRegion);
	const fields = catalogue.actionFields;
	const blocks = [{
		label: t.modelRegions,
		regions: model
	}, {
		label: t.landAndKreise,
		regions: rest
	}];
	const shown = analysis.matrixRegions.flatMap((r) => fields.map((f) => analysis.coverage.cell(r, f.id)));
	const count = (state) => shown.filter((c) => c.state === state).length;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": t.title,
		"description": t.intro,
		"crumbs": [{ label: t.title }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<h1>${t.title}</h1>
  <p class="lead">${t.intro}</p>
  <ul>
    <li>${t.explainLocal}</li>
    <li>${t.explainAvailable}</li>
    <li><span class="gap-sample" aria-hidden="true"></span> ${t.explainGap}</li>
    <li><span class="unsurveyed-sample" aria-hidden="true"></span> ${t.explainUnsurveyed}</li>
  </ul>
  <p>${t.summary(analysis.matrixRegions.length, fields.length, count("vorhanden"), count("luecke"), count("nicht-erhoben"))}</p>
  <h2>${t.mapsTitle}</h2>
  <ul class="inline-list">${fields.map((f) => renderTemplate`<li><a${addAttribute(url(`/abdeckung/${f.id}/`), "href")}>${fieldTitle(catalogue, f.id)}</a></li>`)}</ul>
  <section class="table-scroll" aria-labelledby="matrix-caption" tabindex="0">
    <table class="matrix">
      <caption id="matrix-caption">${t.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.region}</th>
          ${fields.map((f) => renderTemplate`<th scope="col"><a${addAttribute(actionFieldUrl(f.id), "href")}>${fieldTitle(catalogue, f.id)}</a></th>`)}
        </tr>
      </thead>
      ${blocks.map((block) => renderTemplate`<tbody>
            <tr class="block-row"><th scope="colgroup"${addAttribute(fields.length + 1, "colspan")}>${block.label}</th></tr>
            ${block.regions.map((id) => renderTemplate`<tr>
                <th scope="row"><a${addAttribute(regionUrl(id), "href")}>${catalogue.region(id).name}</a></th>
                ${fields.map((f) => {
		const cell = analysis.coverage.cell(id, f.id);
		return cell.state === "luecke" ? renderTemplate`<td class="gap">0 <span class="gap-label">${t.gap}</span><br><small>${t.availableShort(cell.available.length)}</small></td>` : cell.state === "nicht-erhoben" ? renderTemplate`<td class="unsurveyed">0 <span class="unsurveyed-label">${t.unsurveyed}</span><br><small>${t.availableShort(cell.available.length)}</small></td>` : renderTemplate`<td>${cell.local.length}<br><small>${t.availableShort(cell.available.length)}</small></td>`;
	})}
              </tr>`)}
          </tbody>`)}
    </table>
  </section>
` })}`;
}, "/work/main/src/pages/abdeckung/index.astro", void 0);
var $$file = "/work/main/src/pages/abdeckung/index.astro";
var $$url = "/abdeckung/";
// \0virtual:astro:page:src/pages/abdeckung/index@_@astro
var page = () => abdeckung_exports;
export { page };
