import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, h as Fragment, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as $$RadarRule } from "./RadarRule_vMpM8bmw.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
import { i as kreiseOf } from "./action-exports_ChG-mkMG.mjs";
import { t as getAnalysis } from "./analysis_BuD-qnz-.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { n as kreisRadar, r as townRadar, t as ending } from "./radar_BPaBHnIV.mjs";
// src/pages/foerderende/[kreis].astro
var _kreis__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Kreis,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
async function getStaticPaths() {
	return kreiseOf((await getCatalogue()).regions).map((kreis) => ({ params: { kreis } }));
}
var $$Kreis = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Kreis;
	const { t: ui, url, assetUrl, regionUrl, offeringUrl, entry, formatDate } = kit(Astro.currentLocale);
	const [catalogue, analysis] = await Promise.all([getCatalogue(), getAnalysis()]);
	const t = ui.gapToAction;
	const kreis = catalogue.region(Astro.params.kreis);
	const cells = kreisRadar(catalogue, analysis, kreis.id);
	const soon = ending(cells);
	const open = cells.filter((c) => c.status === "offen");
	const ended = cells.filter((c) => c.status === "beendet");
	const later = cells.filter((c) => c.status === "spaeter");
	const OFFERINGS_SHOWN = 10;
	const TOWN_CELLS_SHOWN = 100;
	const towns = townRadar(catalogue, analysis, kreis.id);
	const fieldName = (id) => entry(catalogue.actionField(id)).title;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": `${t.radarTitle}: ${kreis.name}`,
		"description": t.feedSubtitle(kreis.name),
		"crumbs": [{
			label: t.radarTitle,
			href: url("/foerderende/")
		}, { label: kreis.name }]
	}, {
		"default": ($$result) => renderTemplate`
  
  ${maybeRenderHead($$result)}<h1>${t.radarTitle}: ${kreis.name}</h1>
  <p class="lead">${t.radarIntro}</p>
  <p>${t.asOf(formatDate(catalogue.today))} <a${addAttribute(regionUrl(kreis.id), "href")}>${kreis.name}</a> · <a${addAttribute(assetUrl(`/foerderende/${kreis.id}/feed.xml`), "href")}>${t.radarFeed}</a></p>
  ${renderComponent($$result, "RadarRule", $$RadarRule, {})}

  <section class="section" aria-labelledby="enden">
    <h2 id="enden">${t.fieldsEnding} (${soon.length})</h2>
    ${soon.length === 0 && renderTemplate`<p>${t.radarNone}</p>`}
    ${soon.map((c) => renderTemplate`<section${addAttribute(`feld-${c.actionField}`, "id")}${addAttribute(`titel-${c.actionField}`, "aria-labelledby")}>
        <h3${addAttribute(`titel-${c.actionField}`, "id")}>${renderComponent($$result, "Text", $$Text, { "value": fieldName(c.actionField) })}: ${t.horizon[`m${c.endsWithinMonths}`]}</h3>
        <p>${t.lastEnd}: <time${addAttribute(c.lastEnd, "datetime")}>${formatDate(c.lastEnd)}</time></p>
        <ul>
          ${c.running.slice(0, OFFERINGS_SHOWN).map((r) => {
			const o = catalogue.offering(r.key);
			return renderTemplate`<li><a${addAttribute(offeringUrl(o), "href")}>${renderComponent($$result, "Text", $$Text, { "value": entry(o).title })}</a>: <time${addAttribute(r.date, "datetime")}>${formatDate(r.date)}</time> (${t.endBasis[r.basis]})</li>`;
		})}
        </ul>
        ${c.running.length > OFFERINGS_SHOWN && renderTemplate`<p class="meta">${t.moreOfferings(c.running.length - OFFERINGS_SHOWN)}</p>`}
      </section>`)}
  </section>

  ${towns.length > 0 && renderTemplate`<section class="section" aria-labelledby="orte">
        <h2 id="orte">${t.townsTitle} (${towns.length})</h2>
        <p>${t.townsIntro}</p>
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">${t.townsTitle}</caption>
            <thead><tr><th scope="col">${t.place}</th><th scope="col">${t.field}</th><th scope="col">${t.endsIn}</th><th scope="col">${t.lastEnd}</th></tr></thead>
            <tbody>
              ${towns.slice(0, TOWN_CELLS_SHOWN).map((c) => renderTemplate`<tr${addAttribute(`ort-${c.region}-${c.actionField}`, "id")}>
                  <th scope="row"><a${addAttribute(regionUrl(c.region), "href")}>${catalogue.region(c.region).name}</a></th>
                  <td>${renderComponent($$result, "Text", $$Text, { "value": fieldName(c.actionField) })}</td>
                  <td>${t.horizon[`m${c.endsWithinMonths}`]}</td>
                  <td><time${addAttribute(c.lastEnd, "datetime")}>${formatDate(c.lastEnd)}</time></td>
                </tr>`)}
            </tbody>
          </table>
        </div>
        ${towns.length > TOWN_CELLS_SHOWN && renderTemplate`<p class="meta">${t.moreCells(towns.length - TOWN_CELLS_SHOWN)}</p>`}
      </section>`}<section class="section" aria-labelledby="nicht-auf-dem-radar">
    <h2 id="nicht-auf-dem-radar">${t.notOnRadar}</h2>
    ${open.length > 0 && renderTemplate`<p>${t.openFields(open.length)}</p>`}
    ${later.length > 0 && renderTemplate`<p>${t.laterFields(later.length)}</p>`}
    ${ended.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<p>${t.endedFields(ended.length)}</p><ul>${ended.map((c) => renderTemplate`<li><a${addAttribute(url(`/abdeckung/${c.actionField}/`), "href")}>${renderComponent($$result, "Text", $$Text, { "value": fieldName(c.actionField) })}</a></li>`)}</ul>` })}`}
  </section>

  <nav class="section"${addAttribute(t.otherKreise, "aria-label")}>
    <h2>${t.otherKreise}</h2>
    <ul class="inline-list">${kreiseOf(catalogue.regions).filter((id) => id !== kreis.id).map((id) => renderTemplate`<li><a${addAttribute(url(`/foerderende/${id}/`), "href")}>${catalogue.region(id).name}</a></li>`)}</ul>
  </nav>
`,
		"head": ($$result) => renderTemplate`<link rel="alternate" type="application/atom+xml"${addAttribute(t.feedTitle(kreis.name), "title")}${addAttribute(assetUrl(`/foerderende/${kreis.id}/feed.xml`), "href")} hreflang="de">`
	})}`;
}, "/work/main/src/pages/foerderende/[kreis].astro", void 0);
var $$file = "/work/main/src/pages/foerderende/[kreis].astro";
var $$url = "/foerderende/[kreis]/";
// \0virtual:astro:page:src/pages/foerderende/[kreis]@_@astro
var page = () => _kreis__exports;
export { page };
