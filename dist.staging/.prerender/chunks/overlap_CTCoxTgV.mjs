// src/lib/overlap.ts
/** Doppelangebot: two services meet; Förderweg: a funding programme meets what it could or does fund. */
var OVERLAP_KINDS = ["doppelangebot", "foerderweg"];
var DAY = 864e5;
var toDay = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;
/**
* Score from 0 to 100 (explained on /ueberschneidungen/):
* 40 for shared action fields (up to three), 30 for shared target groups (up to three),
* 20 for how local the meeting region is (its depth in the tree: EU 0 … Gemeinde 5),
* 10 for the length of the common period (up to five years; an open end counts up to today).
*/
function overlapScore(sharedFields, sharedGroups, meetingDepth, commonDays) {
	const fields = Math.min(sharedFields, 3) / 3;
	const groups = Math.min(sharedGroups, 3) / 3;
	const locality = Math.min(meetingDepth, 5) / 5;
	const duration = Math.min(commonDays / 1825, 1);
	return Math.round((40 * fields + 30 * groups + 20 * locality + 10 * duration) * 10) / 10;
}
/** The meeting regions of two areas, or [] when they do not intersect. */
function meetingRegions(tree, a, b) {
	if (a.length === 1 && b.length === 1) {
		const [x, y] = [a[0], b[0]];
		return tree.contains(x, y) ? [y] : tree.contains(y, x) ? [x] : [];
	}
	const meet = /* @__PURE__ */ new Set();
	for (const x of a) for (const y of b) if (tree.contains(x, y)) meet.add(y);
	else if (tree.contains(y, x)) meet.add(x);
	return [...meet].sort();
}
/** Numbers the action fields and target groups it meets, so sets compare as sorted number lists. */
var Preparer = class Preparer {
	fieldNames = [];
	groupNames = [];
	fieldIndex = /* @__PURE__ */ new Map();
	groupIndex = /* @__PURE__ */ new Map();
	static number(value, map, names) {
		let i = map.get(value);
		if (i === void 0) {
			map.set(value, i = names.length);
			names.push(value);
		}
		return i;
	}
	prepare(input) {
		const sorted = (values) => [...new Set(values)].sort((x, y) => x - y);
		return {
			input,
			fields: sorted(input.actionFields.map((f) => Preparer.number(f, this.fieldIndex, this.fieldNames))),
			groups: sorted(input.targetGroups.map((g) => Preparer.number(g, this.groupIndex, this.groupNames))),
			start: toDay(input.period.start),
			end: input.period.end === void 0 ? Infinity : toDay(input.period.end),
			fundedBy: new Set(input.fundedBy ?? []),
			funding: input.role === "foerderung"
		};
	}
};
/** Shared members of two sorted number lists. */
function common(a, b) {
	const out = [];
	for (let i = 0, j = 0; i < a.length && j < b.length;) if (a[i] === b[j]) {
		out.push(a[i]);
		i++;
		j++;
	} else if (a[i] < b[j]) i++;
	else j++;
	return out;
}
/** Shared members of two sorted number lists, counted without allocating. */
function countCommon(a, b) {
	let n = 0;
	for (let i = 0, j = 0; i < a.length && j < b.length;) if (a[i] === b[j]) {
		n++;
		i++;
		j++;
	} else if (a[i] < b[j]) i++;
	else j++;
	return n;
}
/** Depth of the most specific meeting region of two areas, or -1 when they do not meet. */
function meetingDepth(tree, a, b) {
	let depth = -1;
	for (const x of a) for (const y of b) if (tree.contains(x, y)) depth = Math.max(depth, tree.depth(y));
	else if (tree.contains(y, x)) depth = Math.max(depth, tree.depth(x));
	return depth;
}
/**
* The kind of a pair that overlaps: a Förderweg when one funds the other (a `funding` link) or when
* one of them is a funding programme for organisations; a Doppelangebot when both are services.
*/
function classifyPair(a, b) {
	const funded = a.fundedBy.has(b.input.key) || b.fundedBy.has(a.input.key);
	return {
		kind: funded || a.funding || b.funding ? "foerderweg" : "doppelangebot",
		funded
	};
}
/**
* The four rules, the score and the kind for one pair: the one pair check behind both the indexed
* search and the reference comparison. Returns undefined when the pair does not overlap.
*/
function checkPair(tree, a, b, todayDay) {
	if (a.input.key === b.input.key) return void 0;
	const fields = countCommon(a.fields, b.fields);
	if (fields === 0) return void 0;
	const groups = countCommon(a.groups, b.groups);
	if (groups === 0) return void 0;
	const start = Math.max(a.start, b.start);
	const end = Math.min(a.end, b.end);
	if (start > end) return void 0;
	const depth = meetingDepth(tree, a.input.area, b.input.area);
	if (depth < 0) return void 0;
	return {
		score: overlapScore(fields, groups, depth, (end === Infinity ? Math.max(todayDay, start) : end) - start + 1),
		...classifyPair(a, b)
	};
}
/** A pair that passed checkPair, with its reasons spelled out. */
function describePair(tree, names, a, b, match) {
	const end = Math.min(a.end, b.end);
	const [first, second] = a.input.key < b.input.key ? [a, b] : [b, a];
	const funder = (x, y) => x.funding || y.fundedBy.has(x.input.key);
	return {
		a: first.input.key,
		b: second.input.key,
		score: match.score,
		actionFields: common(a.fields, b.fields).map((f) => names.fieldNames[f]).sort(),
		targetGroups: common(a.groups, b.groups).map((g) => names.groupNames[g]).sort(),
		regions: meetingRegions(tree, a.input.area, b.input.area),
		period: {
			start: a.start >= b.start ? a.input.period.start : b.input.period.start,
			end: end === Infinity ? null : a.end <= b.end ? a.input.period.end : b.input.period.end
		},
		kind: match.kind,
		via: match.kind === "foerderweg" ? [first, second].filter((x) => funder(x, x === first ? second : first)).map((x) => x.input.key) : [],
		funded: match.funded
	};
}
/**
* One found pair: keys and score are stored, the reasons are worked out when first read. Large
* catalogues have hundreds of thousands of pairs, of which pages read only the strongest few.
*/
var FoundOverlap = class {
	a;
	b;
	match;
	x;
	y;
	context;
	full;
	constructor(a, b, match, x, y, context) {
		this.a = a;
		this.b = b;
		this.match = match;
		this.x = x;
		this.y = y;
		this.context = context;
	}
	get details() {
		const { tree, names, prepared } = this.context;
		return this.full ??= describePair(tree, names, prepared[this.x], prepared[this.y], this.match);
	}
	get score() {
		return this.match.score;
	}
	get kind() {
		return this.match.kind;
	}
	get funded() {
		return this.match.funded;
	}
	get via() {
		return this.details.via;
	}
	get actionFields() {
		return this.details.actionFields;
	}
	get targetGroups() {
		return this.details.targetGroups;
	}
	get regions() {
		return this.details.regions;
	}
	get period() {
		return this.details.period;
	}
	toJSON() {
		const { a, b, score, actionFields, targetGroups, regions, period, kind, via, funded } = this.details;
		return {
			a,
			b,
			score,
			actionFields,
			targetGroups,
			regions,
			period,
			kind,
			via,
			funded
		};
	}
};
/** Every overlapping pair once, strongest first (equal scores by the keys of a, then b). */
function findOverlaps(tree, offerings, options) {
	const preparer = new Preparer();
	const prepared = offerings.map((o) => preparer.prepare(o));
	const todayDay = toDay(options.today);
	const buckets = /* @__PURE__ */ new Map();
	const memberships = prepared.map(() => []);
	prepared.forEach((o, index) => {
		for (const f of o.fields) for (const g of o.groups) {
			const key = `${f}:${g}`;
			let atRegion = buckets.get(key);
			if (!atRegion) buckets.set(key, atRegion = /* @__PURE__ */ new Map());
			for (const r of new Set(o.input.area)) {
				const list = atRegion.get(r);
				if (list) list.push(index);
				else atRegion.set(r, [index]);
			}
			memberships[index].push(atRegion);
		}
	});
	const first = [];
	const second = [];
	const matches = [];
	const seen = /* @__PURE__ */ new Set();
	const n = prepared.length;
	prepared.forEach((a, i) => {
		const upward = /* @__PURE__ */ new Set();
		for (const r of a.input.area) {
			upward.add(r);
			for (const up of tree.ancestors(r)) upward.add(up);
		}
		for (const atRegion of memberships[i]) for (const region of upward) {
			const members = atRegion.get(region);
			if (!members) continue;
			for (const j of members) {
				if (j === i) continue;
				const pair = i < j ? i * n + j : j * n + i;
				if (seen.has(pair)) continue;
				seen.add(pair);
				const match = checkPair(tree, a, prepared[j], todayDay);
				if (match === void 0) continue;
				first.push(i);
				second.push(j);
				matches.push(match);
			}
		}
	});
	const rank = new Int32Array(prepared.length);
	prepared.map((p, index) => ({
		key: p.input.key,
		index
	})).sort((x, y) => x.key < y.key ? -1 : x.key > y.key ? 1 : 0).forEach((entry, position) => rank[entry.index] = position);
	const byScore = Array.from({ length: 1001 }, () => []);
	for (let k = 0; k < matches.length; k++) byScore[1e3 - Math.round(matches[k].score * 10)].push(k);
	const overlaps = [];
	const context = {
		tree,
		names: preparer,
		prepared
	};
	const lo = (k) => rank[first[k]] < rank[second[k]] ? first[k] : second[k];
	const hi = (k) => rank[first[k]] < rank[second[k]] ? second[k] : first[k];
	for (const bucket of byScore) {
		if (bucket.length > 1) bucket.sort((p, q) => rank[lo(p)] - rank[lo(q)] || rank[hi(p)] - rank[hi(q)]);
		for (const k of bucket) overlaps.push(new FoundOverlap(prepared[lo(k)].input.key, prepared[hi(k)].input.key, matches[k], lo(k), hi(k), context));
	}
	return overlaps;
}
/** For each offering, its overlaps, strongest first. */
function overlapsByOffering(overlaps) {
	const map = /* @__PURE__ */ new Map();
	for (const o of overlaps) for (const key of [o.a, o.b]) {
		const list = map.get(key);
		if (list) list.push(o);
		else map.set(key, [o]);
	}
	return map;
}
/** The other offering of a pair. */
function partnerOf(overlap, key) {
	return overlap.a === key ? overlap.b : overlap.a;
}
/**
* Keeps each pair that is among the `limit` strongest of at least one of its offerings (input sorted
* strongest first): every offering keeps its top partners, and the export stays bounded.
*/
function capPartners(overlaps, limit) {
	const count = /* @__PURE__ */ new Map();
	const kept = [];
	for (const o of overlaps) {
		const ca = count.get(o.a) ?? 0;
		const cb = count.get(o.b) ?? 0;
		if (ca >= limit && cb >= limit) continue;
		count.set(o.a, ca + 1);
		count.set(o.b, cb + 1);
		kept.push(o);
	}
	return kept;
}
/** Doppelangebote and Förderwege apart, each in the order given (strongest first). */
function splitByKind(overlaps) {
	const split = {
		doppelangebot: [],
		foerderweg: []
	};
	for (const o of overlaps) split[o.kind].push(o);
	return split;
}
/** Doppelangebote first, then Förderwege, each strongest first: the order every list of overlaps uses. */
function doublesFirst(overlaps) {
	const { doppelangebot, foerderweg } = splitByKind(overlaps);
	return [...doppelangebot, ...foerderweg];
}
export { overlapsByOffering as a, findOverlaps as i, capPartners as n, partnerOf as o, doublesFirst as r, splitByKind as s, OVERLAP_KINDS as t };
