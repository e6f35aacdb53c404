import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { M as unescapeHTML, S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as renderScript } from "./script_AYbnjuyK.mjs";
import { n as jsonForScript, t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { n as $$OverlapReasons, t as $$OverlapKindBadge } from "./OverlapKindBadge_B-mw7jK8.mjs";
import { t as OVERLAP_KINDS } from "./overlap_CTCoxTgV.mjs";
import { a as isFacetRegion } from "./search-index_hKE0gldX.mjs";
import { t as getAnalysis } from "./analysis_BuD-qnz-.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
// src/lib/overlap-groups.ts
/**
* Each overlap appears under every (region, action field) it shares; the region is the meeting region
* lifted to the nearest region that `isGroupRegion` accepts (e.g. a Gemeinde to its Kreis).
*/
function groupOverlaps(tree, overlaps, isGroupRegion, regionOrder, fieldOrder) {
	const groups = /* @__PURE__ */ new Map();
	const lift = (id) => [id, ...tree.ancestors(id)].find(isGroupRegion) ?? id;
	for (const overlap of overlaps) {
		const regions = new Set(overlap.regions.map(lift));
		for (const region of regions) for (const actionField of overlap.actionFields) {
			const key = `${region}\u0000${actionField}`;
			let group = groups.get(key);
			if (!group) groups.set(key, group = {
				region,
				actionField,
				overlaps: []
			});
			group.overlaps.push(overlap);
		}
	}
	const rank = (list, id) => {
		const i = list.indexOf(id);
		return i === -1 ? list.length : i;
	};
	return [...groups.values()].sort((a, b) => rank(regionOrder, a.region) - rank(regionOrder, b.region) || a.region.localeCompare(b.region) || rank(fieldOrder, a.actionField) - rank(fieldOrder, b.actionField));
}
// src/pages/ueberschneidungen.astro
var ueberschneidungen_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Ueberschneidungen,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Ueberschneidungen = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Ueberschneidungen;
	const { t: ui, offeringUrl, regionUrl, entry, fieldTitle, formatNumber } = kit(Astro.currentLocale);
	const catalogue = await getCatalogue();
	const analysis = await getAnalysis();
	const t = ui.overlap;
	const GROUP_LIMIT = 50;
	const group = (overlaps) => groupOverlaps(catalogue.tree, overlaps, (id) => isFacetRegion(catalogue.region(id)), analysis.matrixRegions, catalogue.actionFields.map((f) => f.id));
	const kinds = OVERLAP_KINDS.map((kind) => ({
		kind,
		overlaps: analysis.overlapsByKind[kind],
		groups: group(analysis.overlapsByKind[kind])
	}));
	const groups = kinds.flatMap((k) => k.groups);
	const a = ui.gapToAction;
	const regionIds = [...new Set(groups.map((g) => g.region))];
	const fieldIds = catalogue.actionFields.map((f) => f.id).filter((id) => groups.some((g) => g.actionField === id));
	const name = (key) => catalogue.offering(key);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": t.title,
		"section": "overlaps",
		"description": t.intro,
		"crumbs": [{ label: t.title }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<h1>${t.title}</h1>
  <p class="lead">${t.intro}</p>
  <p>${a.overlapTotals(formatNumber(analysis.overlapsByKind.doppelangebot.length), formatNumber(analysis.overlapsByKind.foerderweg.length), formatNumber(catalogue.offerings.length))}</p>

  <section class="explain" id="art" aria-labelledby="art-titel">
    <h2 id="art-titel">${a.kindRuleTitle}</h2>
    <ol>${a.kindRule.map((r) => renderTemplate`<li>${r}</li>`)}</ol>
  </section>

  <details class="explain" id="regel">
    <summary>${t.ruleAndScore}</summary>
    <p>${t.ruleIntro}</p>
    <ol>${t.rule.map((r) => renderTemplate`<li>${r}</li>`)}</ol>
    <h2 class="h3">${t.scoreTitle}</h2>
    <p>${t.scoreText}</p>
  </details>

  <form id="overlap-filter" class="filter-bar" hidden${addAttribute(t.filterStatus, "data-status")}>
    <p>
      <label for="of-region">${t.filterRegion}</label>
      <select id="of-region" name="region">
        <option value="">${t.filterAll}</option>
        ${regionIds.map((id) => renderTemplate`<option${addAttribute(id, "value")}>${catalogue.region(id).name}</option>`)}
      </select>
    </p>
    <p>
      <label for="of-feld">${t.filterField}</label>
      <select id="of-feld" name="feld">
        <option value="">${t.filterAll}</option>
        ${fieldIds.map((id) => renderTemplate`<option${addAttribute(id, "value")}>${fieldTitle(catalogue, id)}</option>`)}
      </select>
    </p>
    <p><button type="submit" class="button">${t.filterApply}</button></p>
    <p id="of-offering" hidden>${t.filterOffering} <strong></strong> <button type="button" class="link-button" id="of-offering-clear">${t.filterReset}</button></p>
    <p id="of-status" role="status" aria-live="polite"></p>
  </form>

  ${analysis.overlaps.length === 0 && renderTemplate`<p>${t.none}</p>`}${kinds.map((k) => renderTemplate`<section class="section"${addAttribute(k.kind, "id")}${addAttribute(`${k.kind}-titel`, "aria-labelledby")}>
        <h2${addAttribute(`${k.kind}-titel`, "id")}>${a.kindPlural[k.kind]} (${formatNumber(k.overlaps.length)})</h2>
        <p>${k.kind === "doppelangebot" ? a.doublesIntro : a.routesIntro}</p>
        ${k.overlaps.length === 0 && renderTemplate`<p>${a.noneOfKind}</p>`}
        ${k.groups.map((g) => renderTemplate`<section class="section overlap-group"${addAttribute(g.region, "data-region")}${addAttribute(g.actionField, "data-feld")}${addAttribute(k.kind, "data-art")}${addAttribute(`${k.kind}-titel g-${k.kind}-${g.region}-${g.actionField}`, "aria-labelledby")}>
            <h3${addAttribute(`g-${k.kind}-${g.region}-${g.actionField}`, "id")}>
              <a${addAttribute(regionUrl(g.region), "href")}>${catalogue.region(g.region).name}</a> · ${fieldTitle(catalogue, g.actionField)} <small>(${g.overlaps.length})</small>
            </h3>
            <details>
            <summary>${t.showGroup(g.overlaps.length)}</summary>
            ${g.overlaps.length > GROUP_LIMIT && renderTemplate`<p class="meta">${t.groupCapped(GROUP_LIMIT)}</p>`}
            <ol class="cards">
              ${g.overlaps.slice(0, GROUP_LIMIT).map((o) => renderTemplate`<li class="card"${addAttribute(o.a, "data-a")}${addAttribute(o.b, "data-b")}>
                  <h4 class="h3">
                    <a${addAttribute(offeringUrl(name(o.a)), "href")}>${renderComponent($$result, "Text", $$Text, { "value": entry(name(o.a)).title })}</a> ${t.and} <a${addAttribute(offeringUrl(name(o.b)), "href")}>${renderComponent($$result, "Text", $$Text, { "value": entry(name(o.b)).title })}</a>
                  </h4>
                  <p>${renderComponent($$result, "OverlapKindBadge", $$OverlapKindBadge, { "overlap": o })}</p>
                  <p class="meta">${t.score}: ${formatNumber(o.score)}${name(o.a).example || name(o.b).example ? ` · ${t.withExample}` : ""}</p>
                  ${renderComponent($$result, "OverlapReasons", $$OverlapReasons, {
		"overlap": o,
		"catalogue": catalogue
	})}
                </li>`)}
            </ol>
            </details>
          </section>`)}
      </section>`)}<script type="application/json" id="overlap-names">${unescapeHTML(jsonForScript(Object.fromEntries(catalogue.offerings.map((o) => [`${o.kind === "program" ? "programs" : "projects"}/${o.id}`, entry(o).title.text]))))}<\/script>${renderScript($$result, "/work/main/src/pages/ueberschneidungen.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/main/src/pages/ueberschneidungen.astro", void 0);
var $$file = "/work/main/src/pages/ueberschneidungen.astro";
var $$url = "/ueberschneidungen/";
// \0virtual:astro:page:src/pages/ueberschneidungen@_@astro
var page = () => ueberschneidungen_exports;
export { page };
