import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { M as unescapeHTML, S as maybeRenderHead, a as templateEnter, o as templateExit, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as renderScript } from "./script_AYbnjuyK.mjs";
import { n as jsonForScript, t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { i as facetCounts, s as offeringFacets, t as FACET_KEYS } from "./search-index_hKE0gldX.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { t as labelsFor } from "./search_DQyweJql.mjs";
import { t as localizedUrl } from "./urls_BwtU2Fbu.mjs";
import { a as dictionaries } from "./localized_7lRDKflb.mjs";
// src/pages/suche.astro
var suche_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Suche,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Suche = createComponent(async ($$result, $$props, $$slots) => {
	const Astro2 = $$result.createAstro($$props, $$slots);
	Astro2.self = $$Suche;
	const { t: ui, url, lang } = kit(Astro2.currentLocale);
	const catalogue = await getCatalogue();
	const labels = labelsFor(catalogue, lang);
	const counts = facetCounts(catalogue.offerings.map((o) => offeringFacets(o, catalogue, labels)));
	counts.art.push([ui.search.kinds.region, catalogue.regions.length], [ui.search.kinds.actionField, catalogue.actionFields.length], [ui.search.kinds.targetGroup, catalogue.targetGroups.length], [ui.search.kinds.organization, catalogue.organizations.length]);
	const facetKeys = FACET_KEYS;
	const openByDefault = /* @__PURE__ */ new Set([
		"art",
		"region",
		"handlungsfeld"
	]);
	const t = ui.search;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": t.title,
		"section": "search",
		"description": t.intro,
		"crumbs": [{ label: t.title }]
	}, { "default": ($$result2) => renderTemplate`
  ${maybeRenderHead($$result2)}<h1>${t.title}</h1>
  <form id="search-form" class="search-page" role="search"${addAttribute(url("/suche/"), "action")} method="get"${addAttribute("/".replace(/\/?$/, "/"), "data-base")}${addAttribute(lang, "data-lang")}>
    <div class="search-query">
      <label for="q">${t.queryLabel}</label>
      <p id="q-hint" class="meta">${t.queryHint}</p>
      <div class="search-row">
        <input id="q" name="q" type="search" autocomplete="off" aria-describedby="q-hint">
        <button type="submit" class="button">${ui.site.searchButton}</button>
      </div>
    </div>
    <noscript><p class="example-note">${t.noScript} <a${addAttribute(url("/programme/"), "href")}>${ui.kindPlural.program}</a>, <a${addAttribute(url("/projekte/"), "href")}>${ui.kindPlural.project}</a>, <a${addAttribute(url("/regionen/"), "href")}>${ui.nav.regions}</a>.</p></noscript>
    <div class="search-layout">
      <section class="facets" aria-labelledby="filter-heading">
        <h2 id="filter-heading">${t.filters}</h2>
        <p><button type="button" id="clear-filters" class="link-button">${t.clearFilters}</button></p>
        ${facetKeys.map((key) => renderTemplate`<details${addAttribute(openByDefault.has(key), "open")}${addAttribute(key, "data-facet")}>
              <summary>${ui.search.facets[key]}</summary>
              <fieldset>
                <legend class="visually-hidden">${ui.search.facets[key]}</legend>
                <ul>
                  ${counts[key].map(([value, count], i) => renderTemplate`<li>
                      <input type="checkbox"${addAttribute(`f-${key}-${i}`, "id")}${addAttribute(key, "name")}${addAttribute(value, "value")}>
                      <label${addAttribute(`f-${key}-${i}`, "for")}>${value} <span class="count"${addAttribute(value, "data-count-for")}>(${count})</span></label>
                    </li>`)}
                </ul>
              </fieldset>
            </details>`)}
      </section>
      <section class="results" aria-labelledby="results-heading">
        <h2 id="results-heading">${t.results}</h2>
        <div class="results-bar">
          <p id="search-status" role="status" aria-live="polite" aria-atomic="true">${t.startHint}</p>
          ${lang !== "ar" && renderTemplate`<p><a id="arabic-hint" hidden lang="ar" dir="rtl"${addAttribute(localizedUrl("/suche/", "ar"), "href")}${addAttribute(localizedUrl("/suche/", "ar"), "data-base")}>${dictionaries.ar.searchHelp.arabicScript}</a></p>`}
          <p>
            <label for="sort">${ui.page.sortedBy}</label>
            <select id="sort" name="sort">
              <option value="">${t.sortRelevance}</option>
              <option value="titel">${t.sortTitle}</option>
              <option value="beginn">${t.sortStart}</option>
            </select>
          </p>
        </div>
        <ol id="results" class="cards results-list"></ol>
        <div id="no-results" class="example-note" hidden>
          <p><strong>${t.noResultsTitle}</strong></p>
          <ul>
            ${t.noResultsTips.map((tip) => renderTemplate`<li>${tip}</li>`)}
            <li>${t.browse} <a${addAttribute(url("/programme/"), "href")}>${ui.kindPlural.program}</a>, <a${addAttribute(url("/projekte/"), "href")}>${ui.kindPlural.project}</a>, <a${addAttribute(url("/handlungsfelder/"), "href")}>${ui.nav.actionFields}</a>.</li>
          </ul>
        </div>
        <p><button type="button" id="more" class="button" hidden>${t.more}</button></p>
      </section>
    </div>
  </form>
  <template id="result-template">${templateEnter($$result2)}
    <li class="card">
      <h3><a href="#">${t.results}</a></h3>
      <p class="meta"></p>
      <p class="summary"></p>
    </li>
  ${templateExit($$result2)}</template>
  <script type="application/json" id="search-text">${unescapeHTML(jsonForScript({
		...t,
		noResultsTips: void 0,
		kindLabels: labels.kind,
		help: ui.searchHelp
	}))}<\/script>${renderScript($$result2, "/work/main/src/pages/suche.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/main/src/pages/suche.astro", void 0);
var $$file = "/work/main/src/pages/suche.astro";
var $$url = "/suche/";
// \0virtual:astro:page:src/pages/suche@_@astro
var page = () => suche_exports;
export { page };
