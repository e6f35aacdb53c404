import { F as ASTRO_GENERATOR } from "./jsx-runtime_u1I4qVac.mjs";
import { G as UnavailableAstroGlobal, X as AstroError } from "./errors-data_BL4bSam6.mjs";
import { o as asLocale, s as dirOf } from "./de_BWFUOdWk.mjs";
import { a as dictionaries, n as localTitle, r as localizeEntry } from "./localized_7lRDKflb.mjs";
import { a as urlsFor, r as pagePathIn } from "./urls_BwtU2Fbu.mjs";
import { t as formatterFor } from "./format_B-qlFDG4.mjs";
import { t as periodLabel } from "./period_CEYwJCpK.mjs";
// node_modules/astro/dist/runtime/server/astro-global.js
function createError(name) {
	return new AstroError({
		...UnavailableAstroGlobal,
		message: UnavailableAstroGlobal.message(name)
	});
}
function createAstro(site) {
	return {
		get site() {
			console.warn(`Astro.site inside getStaticPaths is deprecated and will be removed in a future major version of Astro. Use import.meta.env.SITE instead`);
			return site ? new URL(site) : void 0;
		},
		get generator() {
			console.warn(`Astro.generator inside getStaticPaths is deprecated and will be removed in a future major version of Astro.`);
			return ASTRO_GENERATOR;
		},
		get callAction() {
			throw createError("callAction");
		},
		get clientAddress() {
			throw createError("clientAddress");
		},
		get cookies() {
			throw createError("cookies");
		},
		get csp() {
			throw createError("csp");
		},
		get currentLocale() {
			throw createError("currentLocale");
		},
		get getActionResult() {
			throw createError("getActionResult");
		},
		get isPrerendered() {
			throw createError("isPrerendered");
		},
		get locals() {
			throw createError("locals");
		},
		get originPathname() {
			throw createError("originPathname");
		},
		get params() {
			throw createError("params");
		},
		get preferredLocale() {
			throw createError("preferredLocale");
		},
		get preferredLocaleList() {
			throw createError("preferredLocaleList");
		},
		get props() {
			throw createError("props");
		},
		get redirect() {
			throw createError("redirect");
		},
		get request() {
			throw createError("request");
		},
		get response() {
			throw createError("response");
		},
		get rewrite() {
			throw createError("rewrite");
		},
		get routePattern() {
			throw createError("routePattern");
		},
		get self() {
			throw createError("self");
		},
		get slots() {
			throw createError("slots");
		},
		get url() {
			throw createError("url");
		},
		get session() {
			throw createError("session");
		},
		get cache() {
			throw createError("cache");
		},
		get logger() {
			throw createError("logger");
		}
	};
}
// src/lib/csp.ts
function contentSecurityPolicy(options = {}) {
	return [
		["default-src", "'self'"],
		[
			"script-src",
			"'self'",
			...options.wasm ? ["'wasm-unsafe-eval'"] : []
		],
		["style-src", "'self'"],
		[
			"img-src",
			"'self'",
			"data:"
		],
		["connect-src", "'self'"],
		["object-src", "'none'"],
		["base-uri", "'self'"],
		["form-action", "'self'"]
	].map((d) => d.join(" ")).join("; ");
}
/**
* The one exception: the browser editor at /admin/ (Decap CMS, a React application). Emotion writes its
* styles into <style> elements at run time, so styles need 'unsafe-inline'; Decap validates its
* configuration with ajv, which compiles validators with new Function, so scripts need 'unsafe-eval'.
* It talks to the GitHub API (or, on one's own computer, to decap-server on 127.0.0.1). Still no script
* from other hosts and no inline script; measured in Chromium (tests/e2e/admin.test.ts): without
* either exception Decap does not start or shows unstyled.
*/
function adminContentSecurityPolicy(connect) {
	return [
		["default-src", "'self'"],
		[
			"script-src",
			"'self'",
			"'unsafe-eval'"
		],
		[
			"style-src",
			"'self'",
			"'unsafe-inline'"
		],
		[
			"img-src",
			"'self'",
			"data:"
		],
		[
			"connect-src",
			"'self'",
			...connect
		],
		["object-src", "'none'"],
		["base-uri", "'self'"],
		["form-action", "'self'"]
	].map((d) => d.join(" ")).join("; ");
}
// src/site/i18n.ts
/**
* What a page or component needs to speak its language: `const k = kit(Astro.currentLocale)` gives
* the dictionary, the URLs in that language, the formatters and the entry texts in that language.
*/
var kits = /* @__PURE__ */ new Map();
function makeKit(lang) {
	const t = dictionaries[lang];
	const fmt = formatterFor(lang);
	return {
		lang,
		t,
		dir: dirOf(lang),
		...urlsFor(lang),
		/** Files that exist once, whatever the language: feeds, calendars, data, schemas. */
		assetUrl: urlsFor("de").url,
		/** This page's own path in this language (pass Astro.url.pathname). */
		selfPath: (pathname) => pagePathIn(pathname, lang),
		formatDate: fmt.date,
		formatNumber: fmt.number,
		formatMoney: fmt.money,
		languageName: fmt.languageName,
		formatWeekdays: fmt.weekdays,
		formatPeriod: (period, today) => fmt.period(period, today, t.period),
		periodLabel: (period, today) => periodLabel(period, today, t.period),
		/** Title, summary and body in this language, or German marked as German. */
		entry: (entry) => localizeEntry(entry, lang),
		/**
		* Attributes for German content on this page: `lang="de"` elsewhere than on German pages, and on
		* right-to-left pages also `dir="ltr"`, so German text keeps its own direction and punctuation.
		*/
		german: lang === "de" ? {} : {
			lang: "de",
			...dirOf(lang) === "rtl" ? { dir: "ltr" } : {}
		},
		textAttrs: (text) => text.lang && text.lang !== lang ? {
			lang: text.lang,
			...dirOf(text.lang) !== dirOf(lang) ? { dir: dirOf(text.lang) } : {}
		} : {},
		/** Plain titles for lists of names ("Sprache, Schule"), in this language where translated. */
		fieldTitle: (catalogue, id) => localTitle(catalogue.actionField(id), lang).text,
		groupTitle: (catalogue, id) => localTitle(catalogue.targetGroup(id), lang).text
	};
}
function kit(currentLocale) {
	const lang = asLocale(currentLocale);
	let k = kits.get(lang);
	if (!k) kits.set(lang, k = makeKit(lang));
	return k;
}
export { createAstro as i, adminContentSecurityPolicy as n, contentSecurityPolicy as r, kit as t };
