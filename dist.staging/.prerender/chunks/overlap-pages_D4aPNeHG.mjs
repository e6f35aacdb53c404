/** True when an offering with n overlaps needs the full list beside its page. */
function needsOverlapList(n) {
	return n > 5;
}
/** The path of page `page` (1-based) of an offering's overlap list, below the offering's own path. */
function overlapListPath(offeringPath, page = 1) {
	return `${offeringPath}ueberschneidungen/${page === 1 ? "" : `${page}/`}`;
}
export { overlapListPath as n, needsOverlapList as t };
