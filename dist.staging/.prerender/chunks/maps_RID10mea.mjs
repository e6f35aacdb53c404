import { a as KREIS_KINDS, s as kreisOf$1 } from "./catalogue_CglcCxyV.mjs";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { geoPath, geoTransform } from "d3-geo";
// src/lib/maps.ts
/**
* Maps drawn at build time as SVG path data: Hessen's Kreise projected once, flat (an equirectangular
* projection with the longitude scaled for Hessen's latitude, good enough at this size and free of
* the ring-orientation traps of spherical projections). No tiles, no client JavaScript.
*/
/** Rounds the numbers in SVG path data and drops repeated points, to keep inline SVG small. */
function compactPath(d, decimals) {
	const factor = 10 ** decimals;
	return d.replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * factor) / factor)).replace(/(L-?[\d.]+,-?[\d.]+)(?:\1)+/g, "$1").replace(/M(-?[\d.]+,-?[\d.]+)(?:L\1)+/g, "M$1");
}
/**
* The same path with relative line commands ("M21,93l0,1 0,2-1,1Z"): small deltas instead of absolute
* coordinates take about a third less room. Expects the M/L/Z paths that compactPath returns.
*/
function relativePath(d, decimals) {
	const factor = 10 ** decimals;
	const fmt = (n) => String(n / factor);
	let out = "";
	let x = 0;
	let y = 0;
	let afterL = false;
	for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
		if (cmd === "Z") {
			out += "Z";
			afterL = false;
			continue;
		}
		const [px, py] = args.split(",").map((n) => Math.round(Number(n) * factor));
		if (cmd === "M") {
			out += `M${fmt(px)},${fmt(py)}`;
			afterL = false;
		} else {
			const pair = `${fmt(px - x)},${fmt(py - y)}`;
			out += afterL ? pair.startsWith("-") ? pair : ` ${pair}` : `l${pair}`;
			afterL = true;
		}
		[x, y] = [px, py];
	}
	return out;
}
function projectKreise(kreise, outline, width, decimals = 1) {
	const all = [...kreise.features.flatMap((f) => coords(f.geometry))];
	const lat0 = (Math.min(...all.map((c) => c[1])) + Math.max(...all.map((c) => c[1]))) / 2;
	const k = Math.cos(lat0 * Math.PI / 180);
	const xs = all.map((c) => c[0] * k);
	const ys = all.map((c) => -c[1]);
	const [minX, maxX, minY, maxY] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys)
	];
	const scale = width / (maxX - minX);
	const height = Math.ceil((maxY - minY) * scale);
	const projection = geoTransform({ point(lon, lat) {
		this.stream.point((lon * k - minX) * scale, (-lat - minY) * scale);
	} });
	const path = geoPath(projection);
	return {
		width,
		height,
		shapes: kreise.features.map((feature) => {
			const [cx, cy] = path.centroid(feature);
			return {
				...feature.properties,
				d: relativePath(compactPath(path(feature) ?? "", decimals), decimals),
				cx: Math.round(cx),
				cy: Math.round(cy)
			};
		}),
		outline: relativePath(compactPath(outline.features.map((f) => path(f) ?? "").join(""), decimals), decimals)
	};
}
function coords(geometry) {
	switch (geometry.type) {
		case "Polygon": return geometry.coordinates.flat();
		case "MultiPolygon": return geometry.coordinates.flat(2);
		default: return [];
	}
}
/** Classes of a choropleth: 0 is a gap (hatched), then 1, 2–3 and 4 or more. */
var COUNT_CLASSES = [
	{
		min: 0,
		max: 0,
		label: "keine (Lücke)"
	},
	{
		min: 1,
		max: 1,
		label: "1"
	},
	{
		min: 2,
		max: 3,
		label: "2–3"
	},
	{
		min: 4,
		max: Infinity,
		label: "4 und mehr"
	}
];
function countClass(count) {
	return COUNT_CLASSES.findIndex((c) => count >= c.min && count <= c.max);
}
// src/site/maps.ts
/** Hessen's maps for this build: projected once, shared by every page that draws one. */
var geo = (name) => JSON.parse(readFileSync(resolve(process.cwd(), "src/data/geo", name), "utf8"));
var full;
var small;
function load(width, decimals) {
	return projectKreise(geo("hessen-kreise-2026.geojson"), geo("hessen.geojson"), width, decimals);
}
/** The Kreis map for /regionen/ and the coverage maps. */
var kreisMap = () => full ??= load(600, 1);
/** The small locator map (whole pixels keep it a few kilobytes). */
var locatorBase = () => small ??= load(150, 0);
/** The region id of each map shape, by AGS. */
function regionByAgs(catalogue) {
	return new Map(catalogue.regions.filter((r) => r.ags && KREIS_KINDS.has(r.kind)).map((r) => [r.ags, r.id]));
}
/** The Kreis a region lies in (itself for a Kreis), or undefined above Kreis level. */
function kreisOf(catalogue, regionId) {
	return kreisOf$1(catalogue.tree, (id) => catalogue.region(id).kind, regionId);
}
/** AGS of the Kreise to highlight for an area; "all" when it covers the whole of Hessen or more. */
function highlightFor(catalogue, area) {
	const ags = /* @__PURE__ */ new Set();
	let all = false;
	for (const id of area) {
		const region = catalogue.region(id);
		if ([
			"eu",
			"bund",
			"land"
		].includes(region.kind)) all = all || catalogue.tree.contains(id, "hessen");
		else if (region.kind === "regierungsbezirk") {
			for (const d of catalogue.tree.descendants(id)) if (KREIS_KINDS.has(catalogue.region(d).kind)) ags.add(catalogue.region(d).ags ?? "");
		} else {
			const kreis = kreisOf(catalogue, id);
			if (kreis) ags.add(catalogue.region(kreis).ags ?? "");
		}
	}
	ags.delete("");
	return {
		ags,
		all
	};
}
export { regionByAgs as a, locatorBase as i, kreisMap as n, COUNT_CLASSES as o, kreisOf as r, countClass as s, highlightFor as t };
