import { S as maybeRenderHead, h as Fragment, i as spreadAttributes, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { t as $$Pagination } from "./Pagination_lHu8GBkW.mjs";
import { t as $$OfferingList } from "./OfferingList_Dxp_qyQR.mjs";
import { i as sortOfferings, n as groupByActionField } from "./catalogue_CglcCxyV.mjs";
import { r as INTL_LOCALE } from "./de_BWFUOdWk.mjs";
import { r as localizeEntry } from "./localized_7lRDKflb.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
// src/components/SortNav.astro
createAstro("https://foerderatlas.example.org");
var $$SortNav = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SortNav;
	const { t: ui, selfPath } = kit(Astro.currentLocale);
	const { options } = Astro.props;
	const current = selfPath(Astro.url.pathname);
	return renderTemplate`${maybeRenderHead($$result)}<nav class="sort-nav"${addAttribute(ui.page.sortedBy, "aria-label")} data-pagefind-ignore>
  <span>${ui.page.sortedBy}:</span>
  <ul>
    ${options.map((o) => renderTemplate`<li><a${addAttribute(o.href, "href")}${addAttribute(current === o.href ? "page" : void 0, "aria-current")}>${o.label}</a></li>`)}
  </ul>
</nav>`;
}, "/work/main/src/components/SortNav.astro", void 0);
// src/site/sorted.ts
/** The A–Z and newest-first lists of programmes or projects in a page's language, sorted once per build. */
var cache = /* @__PURE__ */ new WeakMap();
function sortedOfferings(catalogue, kind, by, locale) {
	let perCatalogue = cache.get(catalogue);
	if (!perCatalogue) cache.set(catalogue, perCatalogue = /* @__PURE__ */ new Map());
	const key = `${kind}/${by}/${locale}`;
	let list = perCatalogue.get(key);
	if (!list) {
		const offerings = kind === "program" ? catalogue.programs : catalogue.projects;
		list = sortOfferings(offerings, by, (o) => localizeEntry(o, locale).title.text, INTL_LOCALE[locale]);
		perCatalogue.set(key, list);
	}
	return list;
}
// src/components/OfferingIndex.astro
createAstro("https://foerderatlas.example.org");
var $$OfferingIndex = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$OfferingIndex;
	const { t: ui, lang, entry, textAttrs, actionFieldUrl, searchUrl, url } = kit(Astro.currentLocale);
	const { kind, view, page } = Astro.props;
	const GROUP_LIMIT = 20;
	const catalogue = await getCatalogue();
	const offerings = kind === "program" ? catalogue.programs : catalogue.projects;
	const root = kind === "program" ? "/programme/" : "/projekte/";
	const title = ui.kindPlural[kind];
	const options = [
		{
			label: ui.page.sortByField,
			href: url(root)
		},
		{
			label: ui.page.sortByTitle,
			href: url(`${root}a-z/`)
		},
		{
			label: ui.page.sortByStart,
			href: url(`${root}nach-beginn/`)
		},
		...kind === "program" ? [{
			label: ui.page.sortByLevel,
			href: url(`${root}nach-ebene/`)
		}] : []
	];
	const groups = view === "handlungsfeld" ? groupByActionField(catalogue, offerings).map((g) => ({
		id: g.field.id,
		title: entry(g.field).title,
		href: actionFieldUrl(g.field.id),
		items: g.items
	})) : view === "ebene" ? Object.keys(ui.level).map((level) => ({
		id: level,
		title: {
			text: ui.level[level],
			lang: void 0
		},
		href: void 0,
		items: catalogue.programs.filter((p) => p.level === level)
	})).filter((g) => g.items.length > 0) : [];
	const sorted = !page ? [] : lang === "de" ? page.data : sortedOfferings(catalogue, kind, view === "titel" ? "titel" : "beginn", lang).slice(page.start, page.end + 1);
	const pageHref = (n) => `${url(root)}${view === "titel" ? "a-z" : "nach-beginn"}/${n === 1 ? "" : `${n}/`}`;
	const other = kind === "program" ? {
		label: ui.nav.projects,
		href: url("/projekte/")
	} : {
		label: ui.nav.programs,
		href: url("/programme/")
	};
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": title,
		"section": "offerings",
		"crumbs": [{ label: title }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<h1>${title} <span class="badge badge--kind">${ui.page.count(offerings.length, ui.kind[kind], ui.kindPlural[kind])}</span></h1>
  <p class="lead">${kind === "program" ? ui.page.programsIntro : ui.page.projectsIntro}</p>
  <p><a${addAttribute(other.href, "href")}>${other.label}</a> · <a${addAttribute(url("/suche/"), "href")}>${ui.nav.search}</a></p>
  ${renderComponent($$result, "SortNav", $$SortNav, { "options": options })}
  ${groups.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
        <h2 class="visually-hidden">${ui.page.contents}</h2>
        <ul class="toc" data-pagefind-ignore>
          ${groups.map((g) => renderTemplate`<li><a${addAttribute(`#${g.id}`, "href")}${spreadAttributes(textAttrs(g.title))}>${g.title.text}</a> (${g.items.length})</li>`)}
        </ul>
        ${groups.map((g) => renderTemplate`<section class="section"${addAttribute(`${g.id}-h`, "aria-labelledby")}>
            <h2${addAttribute(`${g.id}-h`, "id")}><span${addAttribute(g.id, "id")}${spreadAttributes(textAttrs(g.title))}>${g.title.text}</span> <small>(${g.items.length})</small></h2>
            ${g.href && renderTemplate`<p><a${addAttribute(g.href, "href")}>${ui.page.moreAboutField(g.title.text)}</a></p>`}
            ${renderComponent($$result, "OfferingList", $$OfferingList, {
		"offerings": g.items,
		"catalogue": catalogue,
		"limit": GROUP_LIMIT,
		"more": searchUrl({
			art: ui.kind[kind],
			[view === "ebene" ? "ebene" : "handlungsfeld"]: g.title.text
		})
	})}
          </section>`)}
      ` })}`}${sorted.length > 0 && renderTemplate`${renderComponent($$result, "OfferingList", $$OfferingList, {
		"offerings": sorted,
		"catalogue": catalogue,
		"level": 2
	})}`}${page && renderTemplate`${renderComponent($$result, "Pagination", $$Pagination, {
		"current": page.currentPage,
		"last": page.lastPage,
		"href": pageHref
	})}`}` })}`;
}, "/work/main/src/components/OfferingIndex.astro", void 0);
export { $$OfferingIndex as t };
