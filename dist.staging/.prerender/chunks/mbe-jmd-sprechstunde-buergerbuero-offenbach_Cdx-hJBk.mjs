// content/projects/mbe-jmd-sprechstunde-buergerbuero-offenbach.mdx?astroPropagatedAssets
async function getMod() {
	return import("./mbe-jmd-sprechstunde-buergerbuero-offenbach_rxV00FG8.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
