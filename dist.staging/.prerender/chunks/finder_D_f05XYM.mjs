import { n as buildFinderIndex } from "./finder_vwtDW5Zv.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
// src/site/finder.ts
/** The Angebotsfinder's index for this build: computed once from the catalogue, shared by every finder page. */
var cached;
function getFinder() {
	cached ??= getCatalogue().then((catalogue) => buildFinderIndex(catalogue));
	return cached;
}
/** Finder URLs below a language's /finden/. */
var finderPaths = {
	start: "/finden/",
	place: (place) => `/finden/${place}/`,
	answer: (place, field) => `/finden/${place}/${field}/`
};
/** FINDER_PAGES=off leaves out the step-2 and answer pages: the bench's comparison for what the finder costs. */
var finderPagesBuilt = process.env.FINDER_PAGES !== "off";
export { finderPaths as n, getFinder as r, finderPagesBuilt as t };
