import { c as pathInLocale } from "./de_BWFUOdWk.mjs";
// src/site/urls.ts
var base = "/".replace(/\/$/, "");
var localizedUrl = (path, locale) => `${base}${locale === "de" ? "" : `/${locale}`}${path}`;
function pagePathIn(pathname, locale) {
	return `${base}${pathInLocale(pathname.slice(base.length) || "/", locale)}`;
}
function urlsFor(locale) {
	const url2 = (path) => localizedUrl(path, locale);
	const programUrl2 = (id) => url2(`/programme/${id}/`);
	const projectUrl2 = (id) => url2(`/projekte/${id}/`);
	return {
		url: url2,
		programUrl: programUrl2,
		projectUrl: projectUrl2,
		offeringUrl: (o) => o.kind === "program" ? programUrl2(o.id) : projectUrl2(o.id),
		actionFieldUrl: (id) => url2(`/handlungsfelder/${id}/`),
		targetGroupUrl: (id) => url2(`/zielgruppen/${id}/`),
		regionUrl: (id) => url2(`/regionen/${id}/`),
		organizationUrl: (id) => url2(`/traeger/${id}/`),
		/** Links into the search with filters set: the "show all" of long lists. */
		searchUrl(filters) {
			const params = new URLSearchParams();
			for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
			return `${url2("/suche/")}?${params.toString()}`;
		}
	};
}
var { url, programUrl, projectUrl, offeringUrl, actionFieldUrl, targetGroupUrl, regionUrl, organizationUrl, searchUrl } = urlsFor("de");
export { urlsFor as a, url as i, offeringUrl as n, pagePathIn as r, localizedUrl as t };
