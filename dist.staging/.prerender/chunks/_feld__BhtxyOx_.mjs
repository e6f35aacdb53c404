import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, h as Fragment, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as $$KreisMap } from "./KreisMap_Dp3BLwJn.mjs";
import { a as regionByAgs, n as kreisMap, o as COUNT_CLASSES, s as countClass } from "./maps_RID10mea.mjs";
import { o as groupGapsByProgrammes, t as getAnalysis } from "./analysis_BuD-qnz-.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
import { t as $$FundablePrograms } from "./FundablePrograms_DsDAsi0P.mjs";
// src/pages/abdeckung/[feld].astro
var _feld__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Feld,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
async function getStaticPaths() {
	return (await getCatalogue()).actionFields.map((f) => ({ params: { feld: f.id } }));
}
var $$Feld = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Feld;
	const { t: ui, actionFieldUrl, regionUrl, url, entry, fieldTitle } = kit(Astro.currentLocale);
	const catalogue = await getCatalogue();
	const analysis = await getAnalysis();
	const field = catalogue.actionField(Astro.params.feld);
	const ids = regionByAgs(catalogue);
	const title = fieldTitle(catalogue, field.id);
	const t = ui.coverage;
	const rows = kreisMap().shapes.flatMap((s) => {
		const id = ids.get(s.ags);
		if (!id) return [];
		const cell = analysis.coverage.cell(id, field.id);
		const level = cell.state === "nicht-erhoben" ? -1 : countClass(cell.local.length);
		return [{
			ags: s.ags,
			id,
			name: catalogue.region(id).name,
			kind: catalogue.region(id).kind,
			local: cell.local.length,
			available: cell.available.length,
			state: cell.state,
			level
		}];
	}).sort((a, b) => a.name.localeCompare(b.name, "de"));
	const shapes = new Map(rows.map((r) => [r.ags, {
		href: regionUrl(r.id),
		level: r.level,
		label: `${r.name} (${ui.regionKind[r.kind]}): ${t.mapLabel(r.local, r.state !== "nicht-erhoben")}`
	}]));
	const gapGroups = groupGapsByProgrammes(rows.filter((r) => r.state === "luecke").map((r) => ({
		region: r.id,
		programmes: analysis.fundable(analysis.coverage.cell(r.id, field.id)) ?? []
	})));
	const a = ui.gapToAction;
	const legend = [...COUNT_CLASSES.map((c, i) => ({
		...c,
		kreise: rows.filter((r) => r.level === i).length
	})).map((c, i) => ({
		swatch: i === 0 ? "gap" : `level-${i}`,
		label: `${t.classLabels[i] ?? c.label}: ${t.kreisCount(c.kreise)}`
	})), {
		swatch: "unsurveyed",
		label: `${t.unsurveyedLabel}: ${t.kreisCount(rows.filter((r) => r.level === -1).length)}`
	}];
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": `${t.title}: ${title}`,
		"description": t.mapIntro(title),
		"crumbs": [{
			label: t.title,
			href: url("/abdeckung/")
		}, { label: title }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<h1>${t.title}: ${renderComponent($$result, "Text", $$Text, { "value": entry(field).title })}</h1>
  <p class="lead">${t.mapIntro(title)}</p>
  <p><a${addAttribute(actionFieldUrl(field.id), "href")}>${t.toField(title)}</a> · <a${addAttribute(url("/abdeckung/"), "href")}>${t.toMatrix}</a></p>
  ${renderComponent($$result, "KreisMap", $$KreisMap, {
		"id": "abdeckung",
		"caption": t.mapCaption(title),
		"shapes": shapes,
		"legend": legend
	})}
  <h2>${t.tableTitle}</h2>
  <div class="table-scroll">
    <table>
      <caption class="visually-hidden">${t.mapCaption(title)}</caption>
      <thead><tr><th scope="col">${t.region}</th><th scope="col">${t.localHeading}</th><th scope="col">${t.availableHeading}</th></tr></thead>
      <tbody>
        ${rows.map((r) => renderTemplate`<tr>
            <th scope="row"><a${addAttribute(regionUrl(r.id), "href")}>${r.name}</a></th>
            ${r.state === "luecke" ? renderTemplate`<td class="gap">${r.local}<span class="gap-label">${t.gap}</span></td>` : r.state === "nicht-erhoben" ? renderTemplate`<td class="unsurveyed">${r.local}<span class="unsurveyed-label">${t.unsurveyed}</span></td>` : renderTemplate`<td>${r.local}</td>`}
            <td>${r.available}</td>
          </tr>`)}
      </tbody>
    </table>
  </div>
  <section class="section" id="luecken" aria-labelledby="luecken-titel">
    <h2 id="luecken-titel">${a.fundableTitle}</h2>
    <p>${a.fundableIntro}</p>
    <details class="explain">
      <summary>${a.radarRuleTitle}</summary>
      <p>${a.fundableRule}</p>
    </details>
    ${gapGroups.length === 0 && renderTemplate`<p>${a.noGaps}</p>`}
    ${gapGroups.map((g, i) => renderTemplate`<section${addAttribute(`luecken-${i}`, "aria-labelledby")}>
        <h3${addAttribute(`luecken-${i}`, "id")}>${a.gapsIn}: ${g.regions.map((id, j) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${j > 0 && ", "}<a${addAttribute(regionUrl(id), "href")}>${catalogue.region(id).name}</a>` })}`)} · ${a.programmeCount(g.programmes.length)}</h3>
        ${renderComponent($$result, "FundablePrograms", $$FundablePrograms, {
		"programmes": g.programmes,
		"catalogue": catalogue,
		"limit": 20,
		"level": 4
	})}
      </section>`)}
  </section>
  <nav${addAttribute(t.otherFields, "aria-label")}>
    <h2>${t.otherFields}</h2>
    <ul class="inline-list">${catalogue.actionFields.filter((f) => f.id !== field.id).map((f) => renderTemplate`<li><a${addAttribute(url(`/abdeckung/${f.id}/`), "href")}>${fieldTitle(catalogue, f.id)}</a></li>`)}</ul>
  </nav>
` })}`;
}, "/work/main/src/pages/abdeckung/[feld].astro", void 0);
var $$file = "/work/main/src/pages/abdeckung/[feld].astro";
var $$url = "/abdeckung/[feld]/";
// \0virtual:astro:page:src/pages/abdeckung/[feld]@_@astro
var page = () => _feld__exports;
export { page };
