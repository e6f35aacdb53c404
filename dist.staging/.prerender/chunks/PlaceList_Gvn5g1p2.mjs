import { S as maybeRenderHead, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { n as finderPaths, r as getFinder } from "./finder_D_f05XYM.mjs";
// src/components/finder/PlaceList.astro
createAstro("https://foerderatlas.example.org");
var $$PlaceList = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$PlaceList;
	const { t: ui, url } = kit(Astro.currentLocale);
	const t = ui.finder;
	const catalogue = await getCatalogue();
	const finder = await getFinder();
	const sortKey = (name) => name.replace(/^(Land)?[Kk]reis /, "");
	const kreise = finder.places.filter((p) => p.kind === "landkreis" || p.kind === "kreisfreie-stadt").sort((a, b) => sortKey(a.name).localeCompare(sortKey(b.name), "de") || a.name.localeCompare(b.name, "de"));
	const placesIn = (kreis) => finder.places.filter((p) => p.id !== kreis && finder.kreisOf(p.id) === kreis);
	return renderTemplate`${maybeRenderHead($$result)}<section class="place-list" aria-labelledby="orte-a-z">
  <h2 id="orte-a-z" class="h3">${t.whereListTitle}</h2>
  <p>${t.whereListIntro}</p>
  <ul class="kreis-list">
    ${kreise.map((k) => {
		const inside = placesIn(k.id);
		return inside.length === 0 ? renderTemplate`<li><a class="kreis-link"${addAttribute(url(finderPaths.place(k.id)), "href")}>${k.name}</a></li>` : renderTemplate`<li>
            <details>
              <summary>${k.name} <span class="count">(${t.placeCount(inside.length)})</span></summary>
              <ul class="places">
                ${inside.map((p) => renderTemplate`<li><a${addAttribute(url(finderPaths.place(p.id)), "href")}>${p.name}</a></li>`)}
              </ul>
              <p><a${addAttribute(url(finderPaths.place(k.id)), "href")}>${t.wholeKreis(catalogue.region(k.id).name)}</a></p>
            </details>
          </li>`;
	})}
  </ul>
</section>`;
}, "/work/main/src/components/finder/PlaceList.astro", void 0);
export { $$PlaceList as t };
