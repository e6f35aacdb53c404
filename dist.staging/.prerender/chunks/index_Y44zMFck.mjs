import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as $$KreisMap } from "./KreisMap_Dp3BLwJn.mjs";
import { c as offeringsForRegion } from "./catalogue_CglcCxyV.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { a as regionByAgs, n as kreisMap } from "./maps_RID10mea.mjs";
// src/pages/regionen/index.astro
var regionen_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { t: ui, regionUrl } = kit(Astro.currentLocale);
	const catalogue = await getCatalogue();
	const byName = (a, b) => a.name.localeCompare(b.name, "de");
	const localCounts = /* @__PURE__ */ new Map();
	const local = (id) => {
		let n = localCounts.get(id);
		if (n === void 0) localCounts.set(id, n = offeringsForRegion(catalogue.tree, id, catalogue.offerings).local.length);
		return n;
	};
	const kreise = catalogue.regions.filter((r) => r.kind === "landkreis" || r.kind === "kreisfreie-stadt").sort(byName);
	const modelRegions = catalogue.regions.filter((r) => r.modelRegion).sort(byName);
	const above = [
		"eu",
		"bund",
		"land",
		"regierungsbezirk"
	];
	const top = catalogue.regions.filter((r) => above.includes(r.kind)).sort((a, b) => above.indexOf(a.kind) - above.indexOf(b.kind) || byName(a, b));
	const ids = regionByAgs(catalogue);
	const t = ui.regions;
	const shapes = new Map(kreisMap().shapes.flatMap((s) => {
		const id = ids.get(s.ags);
		if (!id) return [];
		const region = catalogue.region(id);
		const n = local(id);
		return [[s.ags, {
			href: regionUrl(id),
			marked: region.modelRegion === true,
			label: `${region.name} (${ui.regionKind[region.kind]}): ${t.localCount(n)}${region.modelRegion ? `, ${t.modelRegion}` : ""}`
		}]];
	}));
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": ui.nav.regions,
		"section": "regions",
		"crumbs": [{ label: ui.nav.regions }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<h1>${ui.nav.regions}</h1>
  <p class="lead">${ui.page.regionsIntro}</p>
  ${renderComponent($$result, "KreisMap", $$KreisMap, {
		"id": "kreise",
		"caption": t.mapCaption,
		"shapes": shapes,
		"legend": [{
			swatch: "marked",
			label: t.legendModel
		}, {
			swatch: "plain",
			label: t.legendOther
		}]
	})}

  <h2>${ui.page.homeModelRegions}</h2>
  <ul class="inline-list">${modelRegions.map((r) => renderTemplate`<li><a${addAttribute(regionUrl(r.id), "href")}>${r.name}</a></li>`)}</ul>

  <h2>${t.above}</h2>
  <ul class="inline-list">${top.map((r) => renderTemplate`<li><a${addAttribute(regionUrl(r.id), "href")}>${r.name}</a></li>`)}</ul>

  <h2>${t.azTitle}</h2>
  <p>${t.azIntro}</p>
  <ul class="toc">${kreise.map((k) => renderTemplate`<li><a${addAttribute(`#kreis-${k.id}`, "href")}>${k.name}</a></li>`)}</ul>
  ${kreise.map((k) => {
		const places = catalogue.tree.descendants(k.id).map((id) => catalogue.region(id)).sort(byName);
		return renderTemplate`<section class="section"${addAttribute(`kreis-${k.id}`, "aria-labelledby")}>
          <h3${addAttribute(`kreis-${k.id}`, "id")}><a${addAttribute(regionUrl(k.id), "href")}>${k.name}</a> <small>(${ui.regionKind[k.kind]}, ${t.localCount(local(k.id))})</small></h3>
          ${places.length > 0 ? renderTemplate`<ul class="places">${places.map((p) => renderTemplate`<li><a${addAttribute(regionUrl(p.id), "href")}>${p.name}</a></li>`)}</ul>` : renderTemplate`<p class="meta">${t.kreisfrei}</p>`}
        </section>`;
	})}` })}`;
}, "/work/main/src/pages/regionen/index.astro", void 0);
var $$file = "/work/main/src/pages/regionen/index.astro";
var $$url = "/regionen/";
// \0virtual:astro:page:src/pages/regionen/index@_@astro
var page = () => regionen_exports;
export { page };
