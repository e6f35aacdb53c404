import { n as statusOn } from "./period_CEYwJCpK.mjs";
// src/io/build-date.ts
/**
* "Today" for a build: statuses and review ages depend on it. BUILD_DATE (YYYY-MM-DD) or
* SOURCE_DATE_EPOCH fix it, so two builds of one commit on different days can be compared.
*/
function buildDate(env = process.env, now = /* @__PURE__ */ new Date()) {
	if (env.BUILD_DATE && /^\d{4}-\d{2}-\d{2}$/.test(env.BUILD_DATE)) return env.BUILD_DATE;
	if (env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH)) return (/* @__PURE__ */ new Date(Number(env.SOURCE_DATE_EPOCH) * 1e3)).toISOString().slice(0, 10);
	return now.toISOString().slice(0, 10);
}
// src/lib/regions.ts
function buildRegionTree(regions) {
	const parent = /* @__PURE__ */ new Map();
	const children = /* @__PURE__ */ new Map();
	for (const region of regions) {
		parent.set(region.id, region.parent);
		children.set(region.id, children.get(region.id) ?? []);
	}
	for (const region of regions) if (region.parent !== void 0 && parent.has(region.parent)) children.get(region.parent).push(region.id);
	for (const list of children.values()) list.sort();
	const ancestorCache = /* @__PURE__ */ new Map();
	const ancestors = (id) => {
		const cached = ancestorCache.get(id);
		if (cached) return cached;
		const result = [];
		let current = parent.get(id);
		while (current !== void 0 && !result.includes(current) && current !== id) {
			result.push(current);
			current = parent.get(current);
		}
		ancestorCache.set(id, result);
		return result;
	};
	const descendantCache = /* @__PURE__ */ new Map();
	const descendants = (id) => {
		const cached = descendantCache.get(id);
		if (cached) return cached;
		const result = [];
		const stack = [...children.get(id) ?? []].reverse();
		const seen = /* @__PURE__ */ new Set([id]);
		while (stack.length) {
			const next = stack.pop();
			if (seen.has(next)) continue;
			seen.add(next);
			result.push(next);
			stack.push(...[...children.get(next) ?? []].reverse());
		}
		descendantCache.set(id, result);
		return result;
	};
	const roots = regions.filter((r) => r.parent === void 0).map((r) => r.id);
	return {
		ids: regions.map((r) => r.id),
		has: (id) => parent.has(id),
		parentOf: (id) => parent.get(id),
		childrenOf: (id) => children.get(id) ?? [],
		ancestors,
		descendants,
		path: (id) => [...ancestors(id)].reverse().concat(id),
		depth: (id) => ancestors(id).length,
		contains: (a, b) => a === b || ancestors(b).includes(a),
		root: roots[0]
	};
}
/** Does an offering with this area reach region R, and how? undefined when it does not reach R. */
function reachOf(tree, area, region) {
	if (area.some((a) => tree.contains(region, a))) return "local";
	if (area.some((a) => tree.contains(a, region))) return "fromAbove";
}
/**
* Every region an offering with this area reaches, with how (reachOf for each of them): its area and
* the regions above it are local, the regions below its area are reached from above.
*/
function reachedRegions(tree, area) {
	const result = /* @__PURE__ */ new Map();
	for (const a of area) {
		result.set(a, "local");
		for (const up of tree.ancestors(a)) result.set(up, "local");
	}
	for (const a of area) for (const d of tree.descendants(a)) if (!result.has(d)) result.set(d, "fromAbove");
	return result;
}
/** Splits offerings for a region page: those on the spot and those that reach it from above. */
function offeringsForRegion(tree, region, offerings) {
	const local = [];
	const viaAncestor = [];
	for (const offering of offerings) {
		const reach = reachOf(tree, offering.area, region);
		if (reach === "local") local.push(offering);
		else if (reach === "fromAbove") viaAncestor.push(offering);
	}
	return {
		local,
		viaAncestor
	};
}
/** The nearest region of an area above or at R through which an offering reaches R (for "via Hessen"). */
function reachVia(tree, area, region) {
	return [region, ...tree.ancestors(region)].find((r) => area.includes(r));
}
/**
* Groups the offerings that reach a region from above by the region they come through, nearest
* first: "über Lahn-Dill-Kreis", "über Hessen", "über Deutschland", "über Europäische Union".
*/
function groupByReach(tree, region, offerings) {
	return tree.ancestors(region).map((via) => ({
		via,
		items: offerings.filter((o) => reachVia(tree, o.area, region) === via)
	})).filter((g) => g.items.length > 0);
}
/** Region kinds that are a Kreis: a Landkreis or a kreisfreie Stadt. */
var KREIS_KINDS = /* @__PURE__ */ new Set(["landkreis", "kreisfreie-stadt"]);
/** The Kreis a region lies in (itself for a Kreis), or undefined above Kreis level. */
function kreisOf(tree, kindOf, regionId) {
	return [regionId, ...tree.ancestors(regionId)].find((id) => KREIS_KINDS.has(kindOf(id)));
}
// src/lib/catalogue.ts
/** "programs/<id>" or "projects/<id>": the key of an offering across both collections. */
function offeringKey(offering) {
	return `${offering.kind === "program" ? "programs" : "projects"}/${offering.id}`;
}
var byTitle = (a, b) => a.title.localeCompare(b.title, "de");
var byName = (a, b) => a.name.localeCompare(b.name, "de");
function indexBy(items, what) {
	const map = new Map(items.map((item) => [item.id, item]));
	return (id) => {
		const item = map.get(id);
		if (!item) throw new Error(`${what} „${id}“ nicht gefunden`);
		return item;
	};
}
function group(items, keys) {
	const map = /* @__PURE__ */ new Map();
	for (const item of items) for (const key of new Set(keys(item))) {
		const list = map.get(key);
		if (list) list.push(item);
		else map.set(key, [item]);
	}
	return map;
}
function buildCatalogue(input, today) {
	const programs = input.programs.map((p) => ({
		...p,
		kind: "program"
	})).sort(byTitle);
	const projects = input.projects.map((p) => ({
		...p,
		kind: "project"
	})).sort(byTitle);
	const offerings = [...programs, ...projects].sort(byTitle);
	const actionFields = [...input.actionFields].sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || byTitle(a, b));
	const targetGroups = [...input.targetGroups].sort(byTitle);
	const organizations = [...input.organizations].sort(byName);
	const regions = [...input.regions];
	const tree = buildRegionTree(regions.map((r) => ({
		id: r.id,
		parent: r.parent
	})));
	const surveys = [...input.surveys ?? []].sort((a, b) => a.region.localeCompare(b.region));
	const surveyByRegion = new Map(surveys.map((s) => [s.region, s]));
	const offeringMap = new Map(offerings.map((o) => [offeringKey(o), o]));
	const fundedProjects = group(projects, (p) => (p.funding ?? []).map((f) => f.program));
	const programsByFunder = group(programs, (p) => [p.funder]);
	const projectsByCarrier = group(projects, (p) => [p.carrier]);
	const orgsByRegion = group(organizations, (o) => o.region ? [o.region] : []);
	const byField = group(offerings, (o) => o.actionFields);
	const byGroup = group(offerings, (o) => o.targetGroups);
	return {
		today,
		tree,
		regions,
		actionFields,
		targetGroups,
		organizations,
		programs,
		projects,
		offerings,
		surveys,
		survey: (id) => surveyByRegion.get(id),
		region: indexBy(regions, "Region"),
		actionField: indexBy(actionFields, "Handlungsfeld"),
		targetGroup: indexBy(targetGroups, "Zielgruppe"),
		organization: indexBy(organizations, "Organisation"),
		program: indexBy(programs, "Programm"),
		offering: (key) => {
			const offering = offeringMap.get(key);
			if (!offering) throw new Error(`Angebot „${key}“ nicht gefunden`);
			return offering;
		},
		body: (key) => input.bodies?.get(key),
		status: (offering) => statusOn(offering.period, today),
		projectsFundedBy: (id) => fundedProjects.get(id) ?? [],
		fundedBy: (id) => programsByFunder.get(id) ?? [],
		carriedBy: (id) => projectsByCarrier.get(id) ?? [],
		organizationsIn: (id) => orgsByRegion.get(id) ?? [],
		offeringsWithActionField: (id) => byField.get(id) ?? [],
		offeringsWithTargetGroup: (id) => byGroup.get(id) ?? []
	};
}
/** Groups offerings by action field, in the fields' order; an offering appears under each of its fields. */
function groupByActionField(catalogue, offerings) {
	return catalogue.actionFields.map((field) => ({
		field,
		items: offerings.filter((o) => o.actionFields.includes(field.id))
	})).filter((g) => g.items.length > 0);
}
/**
* A–Z or newest first. `title` and `locale` sort by the title a page in another language shows
* (its translation where there is one), so /en/…/a-z/ is in English order. "beginn" puts offerings
* whose start is only documented (`startKind: belegt-seit`) after those with a known start: an old
* office first documented today is not new.
*/
function sortOfferings(offerings, by, title = (o) => o.title, locale = "de") {
	const keyed = offerings.map((o) => ({
		o,
		key: title(o)
	}));
	const collator = new Intl.Collator(locale);
	const byKey = (a, b) => collator.compare(a.key, b.key);
	const documentedOnly = (o) => o.period.startKind === "belegt-seit" ? 1 : 0;
	keyed.sort(by === "titel" ? byKey : (a, b) => documentedOnly(a.o) - documentedOnly(b.o) || b.o.period.start.localeCompare(a.o.period.start) || byKey(a, b));
	return keyed.map((k) => k.o);
}
export { KREIS_KINDS as a, offeringsForRegion as c, reachedRegions as d, buildDate as f, sortOfferings as i, reachOf as l, groupByActionField as n, groupByReach as o, offeringKey as r, kreisOf as s, buildCatalogue as t, reachVia as u };
