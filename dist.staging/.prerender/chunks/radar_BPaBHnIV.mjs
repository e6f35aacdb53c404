// src/site/radar.ts
function kreisRadar(catalogue, analysis, kreis) {
	return catalogue.actionFields.flatMap((f) => {
		const radar = analysis.radar(analysis.coverage.cell(kreis, f.id));
		return radar ? [radar] : [];
	});
}
/** Cells that end within 24 months, soonest last end first. */
var ending = (cells) => cells.filter((c) => c.status === "endet").sort((a, b) => a.lastEnd.localeCompare(b.lastEnd));
/** Cells of the towns and Gemeinden inside a Kreis that end within 24 months: where a place would lose its last offering of a field. */
function townRadar(catalogue, analysis, kreis) {
	return ending(catalogue.tree.descendants(kreis).flatMap((place) => catalogue.actionFields.flatMap((f) => {
		const radar = analysis.radar(analysis.coverage.cell(place, f.id));
		return radar ? [radar] : [];
	})));
}
export { kreisRadar as n, townRadar as r, ending as t };
