import { C as renderHead, M as unescapeHTML, i as spreadAttributes, v as renderSlot, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, r as contentSecurityPolicy, t as kit } from "./i18n_B4XzFggp.mjs";
import { a as LOCALE_NAMES, i as LOCALES, s as dirOf } from "./de_BWFUOdWk.mjs";
import { i as UNCHECKED_DICTIONARIES } from "./localized_7lRDKflb.mjs";
import { r as pagePathIn, t as localizedUrl } from "./urls_BwtU2Fbu.mjs";
// src/lib/json-in-html.ts
/**
* JSON for a <script> element (JSON-LD, data for a page's script). JSON.stringify alone lets a text
* containing "<\/script>" end the element and run what follows; escaping <, >, & and the line
* separators U+2028/U+2029 as \u escapes keeps the JSON identical for every parser and inert in HTML.
*/
var UNSAFE = /[<>&\u2028\u2029]/g;
var ESCAPES = {
	"<": "\\u003c",
	">": "\\u003e",
	"&": "\\u0026",
	"\u2028": "\\u2028",
	"\u2029": "\\u2029"
};
function jsonForScript(value) {
	return JSON.stringify(value).replace(UNSAFE, (c) => ESCAPES[c]);
}
// src/layouts/Base.astro
createAstro("https://foerderatlas.example.org");
var $$Base = createComponent(($$result, $$props, $$slots) => {
	const Astro2 = $$result.createAstro($$props, $$slots);
	Astro2.self = $$Base;
	const { t: ui, url, assetUrl, lang, dir, selfPath } = kit(Astro2.currentLocale);
	const { title, description = ui.site.tagline, crumbs = [], section, jsonLd, indexed = false } = Astro2.props;
	const canonical = new URL(selfPath(Astro2.url.pathname), Astro2.site).href;
	const basePath = "/".replace(/\/$/, "");
	const pagePath = Astro2.url.pathname.slice(basePath.length) || "/";
	const notFound = /^\/([a-z]{2}\/)?404(\/|\.html)?$/.test(pagePath);
	const alternates = LOCALES.map((code) => ({
		code,
		href: notFound ? localizedUrl("/", code) : pagePathIn(Astro2.url.pathname, code)
	}));
	const fullTitle = title === ui.site.name ? title : `${title} – ${ui.site.name}`;
	const nav = [
		{
			key: "finder",
			label: ui.finder.navLabel,
			href: url("/finden/")
		},
		{
			key: "offerings",
			label: ui.nav.offerings,
			href: url("/programme/")
		},
		{
			key: "actionFields",
			label: ui.nav.actionFields,
			href: url("/handlungsfelder/")
		},
		{
			key: "regions",
			label: ui.nav.regions,
			href: url("/regionen/")
		},
		{
			key: "compare",
			label: ui.nav.compare,
			href: url("/vergleich/")
		},
		{
			key: "overlaps",
			label: ui.nav.overlaps,
			href: url("/ueberschneidungen/")
		},
		{
			key: "data",
			label: ui.nav.data,
			href: url("/daten/")
		},
		{
			key: "contribute",
			label: ui.nav.contribute,
			href: url("/mitmachen/")
		}
	];
	const structured = [jsonLd, crumbs.length > 0 ? {
		"@context": "https://schema.org",
		"@type": "BreadcrumbList",
		itemListElement: [{
			label: ui.site.home,
			href: url("/")
		}, ...crumbs].map((c, i) => ({
			"@type": "ListItem",
			position: i + 1,
			name: c.label,
			...c.href ? { item: new URL(c.href, Astro2.site).href } : {}
		}))
	} : void 0].filter(Boolean);
	return renderTemplate`<html${addAttribute(lang, "lang")}${addAttribute(dir, "dir")}>
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy"${addAttribute(contentSecurityPolicy({ wasm: section === "search" }), "content")}>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${fullTitle}</title>
    <meta name="description"${addAttribute(description, "content")}>
    ${!notFound && renderTemplate`<link rel="canonical"${addAttribute(canonical, "href")}>`}
    <link rel="icon"${addAttribute(assetUrl("/favicon.svg"), "href")} type="image/svg+xml">
    <link rel="sitemap"${addAttribute(assetUrl("/sitemap-index.xml"), "href")}>
    <meta name="referrer" content="no-referrer">
    <meta property="og:title"${addAttribute(fullTitle, "content")}>
    <meta property="og:description"${addAttribute(description, "content")}>
    <meta property="og:url"${addAttribute(canonical, "content")}>
    <meta property="og:locale"${addAttribute({
		de: "de_DE",
		en: "en_GB",
		ar: "ar_AR"
	}[lang], "content")}>
    ${!notFound && alternates.map((a) => renderTemplate`<link rel="alternate"${addAttribute(a.code, "hreflang")}${addAttribute(new URL(a.href, Astro2.site).href, "href")}>`)}
    ${!notFound && renderTemplate`<link rel="alternate" hreflang="x-default"${addAttribute(new URL(alternates[0].href, Astro2.site).href, "href")}>`}
    ${structured.length > 0 && renderTemplate`<script type="application/ld+json">${unescapeHTML(jsonForScript(structured.length === 1 ? structured[0] : structured))}<\/script>`}
    ${renderSlot($$result, $$slots["head"])}
  ${renderHead($$result)}</head>
  <body>
    <a class="skip-link" href="#inhalt">${ui.site.skipLink}</a>
    <header class="site-header">
      <div class="wrap">
        <a class="site-name"${addAttribute(url("/"), "href")}>${ui.site.name}<small>${ui.site.tagline}</small></a>
        <a class="easy-link"${addAttribute(url("/leichte-sprache/"), "href")}>${ui.easy.headerLink}</a>
        <nav class="language-switcher"${addAttribute(ui.i18n.switcher, "aria-label")}>
          <ul>
            ${alternates.map((a) => renderTemplate`<li><a${addAttribute(a.href, "href")}${addAttribute(a.code, "lang")}${addAttribute(a.code, "hreflang")}${addAttribute(dirOf(a.code) === "rtl" ? "rtl" : void 0, "dir")}${addAttribute(a.code === lang ? "true" : void 0, "aria-current")}>${LOCALE_NAMES[a.code]}</a></li>`)}
          </ul>
        </nav>
        <form class="site-search" role="search"${addAttribute(url("/suche/"), "action")} method="get">
          <label class="visually-hidden" for="site-search-q">${ui.site.searchLabel}</label>
          <input id="site-search-q" type="search" name="q"${addAttribute(ui.site.searchPlaceholder, "placeholder")} autocomplete="off">
          <button type="submit">${ui.site.searchButton}</button>
        </form>
      </div>
    </header>
    <nav class="main-nav"${addAttribute(ui.site.mainNav, "aria-label")}>
      <ul>
        ${nav.map((item) => renderTemplate`<li><a${addAttribute(item.href, "href")}${addAttribute(section === item.key ? "page" : void 0, "aria-current")}>${item.label}</a></li>`)}
      </ul>
    </nav>
    <main id="inhalt" tabindex="-1">
      <div class="wrap"${addAttribute(indexed ? "" : void 0, "data-pagefind-body")}>
        ${crumbs.length > 0 && renderTemplate`<nav class="breadcrumbs"${addAttribute(ui.site.breadcrumb, "aria-label")} data-pagefind-ignore="all">
              <ol>
                <li><a${addAttribute(url("/"), "href")}>${ui.site.home}</a></li>
                ${crumbs.map((c, i) => renderTemplate`<li>${c.href && i < crumbs.length - 1 ? renderTemplate`<a${addAttribute(c.href, "href")}${spreadAttributes(c.attrs)}>${c.label}</a>` : renderTemplate`<span${addAttribute(i === crumbs.length - 1 ? "page" : void 0, "aria-current")}${spreadAttributes(c.attrs)}>${c.label}</span>`}</li>`)}
              </ol>
            </nav>`}
        ${renderSlot($$result, $$slots["default"])}
      </div>
    </main>
    <footer class="site-footer">
      <div class="wrap">
        <p>${ui.site.footerNote}</p>
        ${UNCHECKED_DICTIONARIES.has(lang) && renderTemplate`<p class="translation-note">${ui.i18n.interfaceUnchecked} <a${addAttribute(url("/mitmachen/#uebersetzungen"), "href")}>${ui.i18n.improveTranslation}</a></p>`}
        <nav${addAttribute(ui.site.footerNav, "aria-label")}>
          <ul>
            <li><a${addAttribute(url("/barrierefreiheit/"), "href")}>${ui.nav.accessibility}</a></li>
            <li><a${addAttribute(url("/daten/"), "href")}>${ui.nav.data}</a></li>
            <li><a${addAttribute(url("/mitmachen/"), "href")}>${ui.nav.contribute}</a></li>
            <li><a${addAttribute(url("/zielgruppen/"), "href")}>${ui.nav.targetGroups}</a></li>
            <li><a${addAttribute(url("/traeger/"), "href")}>${ui.nav.organizations}</a></li>
            <li><a${addAttribute(url("/abdeckung/"), "href")}>${ui.nav.coverage}</a></li>
            <li><a${addAttribute(url("/monitoring/"), "href")}>${ui.nav.monitoring}</a></li>
            <li><a${addAttribute(url("/impressum/"), "href")}>${ui.site.imprint}</a></li>
          </ul>
        </nav>
      </div>
    </footer>
  </body>
</html>`;
}, "/work/main/src/layouts/Base.astro", void 0);
export { jsonForScript as n, $$Base as t };
