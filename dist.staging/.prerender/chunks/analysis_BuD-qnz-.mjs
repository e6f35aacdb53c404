import { d as reachedRegions, l as reachOf, r as offeringKey } from "./catalogue_CglcCxyV.mjs";
import { r as yearsOf } from "./period_CEYwJCpK.mjs";
import { i as programmeRole, n as nextDeadline, r as notEnded } from "./programme-roles_Bf4MlgQD.mjs";
import { a as overlapsByOffering, i as findOverlaps, r as doublesFirst, s as splitByKind } from "./overlap_CTCoxTgV.mjs";
import { a as isFacetRegion, d as buildLexicon, f as splitCompound, p as words } from "./search-index_hKE0gldX.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { stemmer } from "@orama/stemmers/german";
import { stopwords } from "@orama/stopwords/german";
// src/lib/coverage.ts
/** The state of a cell from its local offerings and the survey of its region. */
function cellState(localCount, survey, actionField) {
	if (localCount > 0) return "vorhanden";
	return survey?.fields.includes(actionField) ? "luecke" : "nicht-erhoben";
}
function computeCoverage(tree, regions, actionFields, offerings, surveys = []) {
	const regionIndex = new Map(regions.map((r, i) => [r, i]));
	const fieldIndex = new Map(actionFields.map((f, i) => [f, i]));
	const width = actionFields.length;
	const cells = [];
	for (const region of regions) for (const actionField of actionFields) cells.push({
		region,
		actionField,
		local: [],
		available: [],
		state: "nicht-erhoben",
		gap: false
	});
	const ordered = [...offerings].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
	for (const offering of ordered) {
		const fields = [...new Set(offering.actionFields)].map((f) => fieldIndex.get(f)).filter((f) => f !== void 0);
		for (const [region, reach] of reachedRegions(tree, offering.area)) {
			const row = regionIndex.get(region);
			if (row === void 0) continue;
			for (const f of fields) {
				const cell = cells[row * width + f];
				if (reach === "local") cell.local.push(offering.key);
				cell.available.push(offering.key);
			}
		}
	}
	const surveyOf = new Map(surveys.map((s) => [s.region, s]));
	for (const cell of cells) {
		const survey = surveyOf.get(cell.region);
		cell.state = cellState(cell.local.length, survey, cell.actionField);
		if (survey?.fields.includes(cell.actionField)) cell.surveyed = survey.date;
		cell.gap = cell.state === "luecke";
	}
	return {
		cells,
		cell: (region, actionField) => {
			const row = regionIndex.get(region);
			const f = fieldIndex.get(actionField);
			if (row === void 0 || f === void 0) throw new Error(`keine Zelle für ${region} × ${actionField}`);
			return cells[row * width + f];
		}
	};
}
/** The key for amounts a project names without years: a data key, never shown as it is. */
var UNDATED = "undated";
/**
* Monitoring figures for one region. A project's amount that names several years is split evenly
* across them; an amount without years is counted under UNDATED.
*/
function regionFigures(tree, region, offerings, currentYear) {
	const figures = {
		region,
		total: 0,
		byActionField: {},
		byTargetGroup: {},
		byYear: {},
		fundingByProgramAndYear: {}
	};
	for (const offering of offerings) {
		if (reachOf(tree, offering.area, region) !== "local") continue;
		figures.total++;
		for (const f of new Set(offering.actionFields)) figures.byActionField[f] = (figures.byActionField[f] ?? 0) + 1;
		for (const g of new Set(offering.targetGroups)) figures.byTargetGroup[g] = (figures.byTargetGroup[g] ?? 0) + 1;
		for (const y of yearsOf(offering.period, currentYear)) figures.byYear[y] = (figures.byYear[y] ?? 0) + 1;
		for (const f of offering.funding ?? []) {
			if (f.amount === void 0) continue;
			const program = `programs/${f.program}`;
			const perProgram = figures.fundingByProgramAndYear[program] ??= {};
			const years = f.years?.length ? f.years : void 0;
			if (!years) perProgram[UNDATED] = (perProgram["undated"] ?? 0) + f.amount;
			else for (const y of years) perProgram[String(y)] = (perProgram[String(y)] ?? 0) + f.amount / years.length;
		}
	}
	return figures;
}
// src/lib/fundable.ts
/** Nearest level first: what a Kreis can reach most directly. */
var LEVEL_ORDER = [
	"kommune",
	"land",
	"bund",
	"eu",
	"stiftung",
	"sonstige"
];
var levelRank = (level) => {
	const i = LEVEL_ORDER.indexOf(level);
	return i === -1 ? LEVEL_ORDER.length : i;
};
/** True when the programme could fund closing a gap on `today` (the rule above, without the place). */
function couldFund(programme, today) {
	return programmeRole(programme) === "foerderung" && notEnded(programme.period, today);
}
/**
* The programmes that could fund closing the gap of one cell, coming deadlines first (soonest first),
* then programmes without a stated deadline, then those whose deadlines have all passed; within each,
* the nearest level first, then by title.
*/
function fundableFor(cell, programmes, today) {
	const result = [];
	for (const key of cell.available) {
		const programme = programmes.get(key);
		if (!programme || !couldFund(programme, today)) continue;
		const { next, last } = nextDeadline(programme.deadlines, today);
		result.push({
			key: programme.key,
			id: programme.id,
			title: programme.title,
			level: programme.level,
			eligible: programme.eligible,
			fundingTypes: programme.fundingTypes,
			...next ? { nextDeadline: next } : {},
			...!next && last ? { lastDeadline: last } : {}
		});
	}
	const bucket = (p) => p.nextDeadline ? 0 : p.lastDeadline ? 2 : 1;
	return result.sort((a, b) => bucket(a) - bucket(b) || (a.nextDeadline && b.nextDeadline ? a.nextDeadline.date.localeCompare(b.nextDeadline.date) : 0) || levelRank(a.level) - levelRank(b.level) || a.title.localeCompare(b.title, "de") || a.key.localeCompare(b.key));
}
/** Fundable programmes for every gap cell, keyed by the cell; other cells are not in the map. */
function fundableForGaps(cells, programmes, today) {
	const result = /* @__PURE__ */ new Map();
	for (const cell of cells) if (cell.state === "luecke") result.set(cell, fundableFor(cell, programmes, today));
	return result;
}
/**
* Gaps of one action field grouped by the same fundable programmes, so a page names a list of
* programmes once for every region it applies to. Groups in the order their first region comes.
*/
function groupGapsByProgrammes(gaps) {
	const groups = /* @__PURE__ */ new Map();
	for (const gap of gaps) {
		const signature = gap.programmes.map((p) => p.key).join("|");
		let group = groups.get(signature);
		if (!group) groups.set(signature, group = {
			regions: [],
			programmes: [...gap.programmes]
		});
		group.regions.push(gap.region);
	}
	return [...groups.values()];
}
// src/lib/funding-chain.ts
var CHAIN_LEVELS = [
	"eu",
	"bund",
	"land",
	"kommune",
	"stiftung",
	"sonstige"
];
var ended = (period, today) => period.end !== void 0 && period.end < today;
/** Euros per 1,000 inhabitants, rounded to whole euros; null when either is unknown. */
function perThousand(amount, population) {
	if (amount === null || population === null || population === void 0 || !(population > 0)) return null;
	return Math.round(amount / population * 1e3);
}
function fundingChain(tree, region, population, projects, programmes, today) {
	const rows = /* @__PURE__ */ new Map();
	const leftOut = {
		projectEnded: 0,
		programmeEnded: 0
	};
	const funded = /* @__PURE__ */ new Set();
	for (const project of projects) {
		if (!project.funding?.length || reachOf(tree, project.area, region) !== "local") continue;
		for (const link of project.funding) {
			const programme = programmes.get(link.program);
			if (!programme) continue;
			if (ended(project.period, today)) {
				leftOut.projectEnded++;
				continue;
			}
			if (ended(programme.period, today)) {
				leftOut.programmeEnded++;
				continue;
			}
			let row = rows.get(programme.id);
			if (!row) rows.set(programme.id, row = {
				program: programme.id,
				level: programme.level,
				offerings: [],
				links: 0,
				linksWithAmount: 0,
				amount: null,
				amountPer1000: null,
				years: [],
				offeringSet: /* @__PURE__ */ new Set(),
				yearSet: /* @__PURE__ */ new Set()
			});
			row.offeringSet.add(project.key);
			row.links++;
			if (link.amount !== void 0) {
				row.linksWithAmount++;
				row.amount = (row.amount ?? 0) + link.amount;
			}
			for (const y of link.years ?? []) row.yearSet.add(y);
			funded.add(project.key);
		}
	}
	const pop = population ?? null;
	const finished = [...rows.values()].map(({ offeringSet, yearSet, ...row }) => ({
		...row,
		offerings: [...offeringSet].sort(),
		years: [...yearSet].sort((a, b) => a - b),
		amountPer1000: perThousand(row.amount, pop)
	}));
	return {
		region,
		population: pop,
		levels: CHAIN_LEVELS.map((level) => ({
			level,
			rows: finished.filter((r) => r.level === level).sort((a, b) => b.offerings.length - a.offerings.length || (b.amount ?? -1) - (a.amount ?? -1) || a.program.localeCompare(b.program))
		})).filter((l) => l.rows.length > 0),
		fundedOfferings: funded.size,
		leftOut
	};
}
/** Local offerings funded per level: the chain's shape in numbers (one offering can count at several levels). */
function offeringsPerLevel(chain) {
	return chain.levels.map((l) => ({
		level: l.level,
		offerings: new Set(l.rows.flatMap((r) => r.offerings)).size
	}));
}
// src/lib/radar.ts
var RADAR_HORIZONS = [
	6,
	12,
	24
];
/** `months` calendar months after a YYYY-MM-DD day; a day the month lacks becomes its last day (31 Aug + 6 = 28/29 Feb). */
function addMonths(date, months) {
	const [y, m, d] = date.split("-").map(Number);
	const total = y * 12 + (m - 1) + months;
	const year = Math.floor(total / 12);
	const month = total % 12 + 1;
	const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}
/** The end of one offering as the radar sees it (the rule above). */
function offeringEnd(offering, today) {
	if (offering.period.end !== void 0) return {
		key: offering.key,
		date: offering.period.end,
		basis: "zeitraum"
	};
	const links = offering.funding ?? [];
	if (links.length > 0 && links.every((f) => (f.years?.length ?? 0) > 0)) {
		const last = `${Math.max(...links.flatMap((f) => f.years))}-12-31`;
		if (last >= today) return {
			key: offering.key,
			date: last,
			basis: "foerderung"
		};
	}
	return {
		key: offering.key,
		basis: "offen"
	};
}
/** Has the offering ended on `today`? Only its period says so; a past funded year alone does not. */
var hasEnded = (offering, today) => offering.period.end !== void 0 && offering.period.end < today;
/** The horizon a day falls within, counted from `today`, or null beyond 24 months. */
function horizonOf(end, today) {
	return RADAR_HORIZONS.find((h) => end <= addMonths(today, h)) ?? null;
}
/** The radar view of one coverage cell with local offerings (undefined for a cell without any). */
function radarCell(cell, offerings, today, ends) {
	if (cell.local.length === 0) return void 0;
	const running = [];
	for (const key of cell.local) {
		const offering = offerings.get(key);
		if (!offering || hasEnded(offering, today)) continue;
		let end = ends?.get(key);
		if (!end) {
			end = offeringEnd(offering, today);
			ends?.set(key, end);
		}
		running.push(end);
	}
	running.sort((a, b) => a.date === void 0 ? b.date === void 0 ? a.key.localeCompare(b.key) : -1 : b.date === void 0 ? 1 : b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
	const base = {
		region: cell.region,
		actionField: cell.actionField,
		running
	};
	if (running.length === 0) return {
		...base,
		status: "beendet",
		endsWithinMonths: null
	};
	if (running.some((r) => r.date === void 0)) return {
		...base,
		status: "offen",
		endsWithinMonths: null
	};
	const lastEnd = running[0].date;
	const horizon = horizonOf(lastEnd, today);
	return {
		...base,
		status: horizon === null ? "spaeter" : "endet",
		endsWithinMonths: horizon,
		lastEnd
	};
}
/** The radar of every cell with local offerings, keyed by the cell; one end computation per offering. */
function computeRadar(cells, offerings, today) {
	const ends = /* @__PURE__ */ new Map();
	const result = /* @__PURE__ */ new Map();
	for (const cell of cells) {
		const radar = radarCell(cell, offerings, today, ends);
		if (radar) result.set(cell, radar);
	}
	return result;
}
/** How many cells of a list end within each horizon (apart: each cell counts once, at its smallest). */
function radarCounts(cells) {
	const counts = {
		6: 0,
		12: 0,
		24: 0
	};
	for (const c of cells) if (c.endsWithinMonths !== null) counts[c.endsWithinMonths]++;
	return counts;
}
// src/lib/similarity.ts
/**
* Similar offerings by text, beyond the rule-based overlap: who elsewhere does something similar?
*
* Each offering's title (counted twice), summary and body become terms: words in lower case without
* German stop words (the Snowball list, @orama/stopwords), stemmed with the Snowball German stemmer
* (@orama/stemmers), plus the stemmed parts of compounds from the lexicon of compounds.ts
* ("Integrationskurs" also gives "Integration" and "Kurs"). A term weighs its BM25 weight in the
* offering (k1 1.2, b 0.75: frequent in this text, rare in the catalogue, long texts damped); two
* offerings are as similar as the cosine of their weight vectors (0 to 1). Pairs are found through an
* inverted index (term → offerings), never by comparing all pairs; terms in more than a fifth of the
* catalogue (at least 50 offerings) say nothing about similarity and are left out of the index.
* Place names (the words of region names, passed as `ignore`) and a few words every entry uses are left
* out too: the question is who elsewhere does something similar, not who is in the same place.
* Every similar offering shares at least two words, and those shared words are the "why similar".
*/
/**
* Words of catalogue entries that say nothing about what an offering does: the kinds of entry, time
* and frequency, and the places' kinds (region names come in through `ignore`).
*/
var CATALOGUE_WORDS = [
	"angebot",
	"angebote",
	"projekt",
	"projekte",
	"programm",
	"programme",
	"seit",
	"beim",
	"rund",
	"etwa",
	"sowie",
	"pro",
	"einmal",
	"zweimal",
	"woche",
	"wochen",
	"monat",
	"monate",
	"jahr",
	"jahre",
	"jahren",
	"uhr",
	"stadt",
	"kreis",
	"landkreis",
	"gemeinde",
	"region",
	"land",
	"hessen",
	"hessischen",
	"hessische",
	"förderung",
	"fördert",
	"gefördert",
	"rahmen"
];
var STOP = /* @__PURE__ */ new Set([...stopwords, ...CATALOGUE_WORDS]);
var K1 = 1.2;
var B = .75;
/** Markup, link targets and addresses out of an MDX body: only the words a reader reads stay. */
function plainText(body) {
	return body.replace(/```[\s\S]*?```/g, " ").replace(/<[^>]*>/g, " ").replace(/\]\([^)]*\)/g, " ").replace(/\bhttps?:\/\/\S+/g, " ").replace(/\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g, " ");
}
/**
* Snowball's German stemmer removes one ending per pass, so a plural and its singular can end on
* different stems ("Kurse" → "kurs", "Kurs" → "kur"); stemming to a fixed point joins them.
*/
function stemGerman(word) {
	let current = word;
	for (let i = 0; i < 3; i++) {
		const next = stemmer(current);
		if (next === current) break;
		current = next;
	}
	return current;
}
/** Terms of texts, with a cache per distinct word and the most frequent written form of every stem. */
var Analyzer = class {
	lexicon;
	cache = /* @__PURE__ */ new Map();
	forms = /* @__PURE__ */ new Map();
	ignored;
	constructor(lexicon, ignore) {
		this.lexicon = lexicon;
		this.ignored = new Set([...STOP, ...ignore].map((w) => stemGerman(w.toLowerCase())));
	}
	analyseWord(word) {
		const lower = word.toLowerCase();
		let cached = this.cache.get(lower);
		if (!cached) {
			const stem = lower.length >= 3 && !STOP.has(lower) ? stemGerman(lower) : void 0;
			const keep = stem !== void 0 && !this.ignored.has(stem);
			const parts = keep ? splitCompound(lower, this.lexicon).filter((p) => p.length >= 3 && !STOP.has(p)).map(stemGerman).filter((p) => !this.ignored.has(p)) : [];
			cached = {
				stem: keep ? stem : void 0,
				parts
			};
			this.cache.set(lower, cached);
		}
		return cached;
	}
	/** Adds the terms of `text` to `counts`, `weight` times each. */
	add(text, weight, counts) {
		let length = 0;
		for (const word of words(text)) {
			const { stem, parts } = this.analyseWord(word);
			if (stem === void 0) continue;
			let perStem = this.forms.get(stem);
			if (!perStem) this.forms.set(stem, perStem = /* @__PURE__ */ new Map());
			perStem.set(word, (perStem.get(word) ?? 0) + 1);
			for (const term of [stem, ...parts]) {
				counts.set(term, (counts.get(term) ?? 0) + weight);
				length += weight;
			}
		}
		return length;
	}
	/** How people write a term: its most frequent form in the texts (a compound part never seen alone: capitalised). */
	form(term) {
		const perStem = this.forms.get(term);
		if (!perStem) return term.charAt(0).toUpperCase() + term.slice(1);
		let best = "";
		let most = 0;
		for (const [form, n] of perStem) if (n > most || n === most && form < best) [best, most] = [form, n];
		return best;
	}
};
/** Terms and their normalised BM25 weights for every offering (the rule at the top of this file). */
function weigh(inputs, maxDocShare, maxDocFloor, ignore = []) {
	const n = inputs.length;
	const texts = inputs.map((o) => ({
		title: o.title,
		summary: o.summary,
		body: o.body ? plainText(o.body) : ""
	}));
	const analyzer = new Analyzer(buildLexicon(texts.flatMap((t) => [
		t.title,
		t.summary,
		t.body
	])), ignore);
	const termIds = /* @__PURE__ */ new Map();
	const termNames = [];
	const docs = [];
	for (const text of texts) {
		const counts = /* @__PURE__ */ new Map();
		let length = analyzer.add(text.title, 2, counts);
		length += analyzer.add(text.summary, 1, counts);
		length += analyzer.add(text.body, 1, counts);
		const terms = new Int32Array(counts.size);
		const tf = new Float64Array(counts.size);
		let i = 0;
		for (const [term, count] of counts) {
			let id = termIds.get(term);
			if (id === void 0) {
				termIds.set(term, id = termNames.length);
				termNames.push(term);
			}
			terms[i] = id;
			tf[i++] = count;
		}
		docs.push({
			terms,
			tf,
			length
		});
	}
	const df = new Int32Array(termNames.length);
	for (const d of docs) for (const t of d.terms) df[t]++;
	const maxDf = Math.max(maxDocFloor, Math.floor(n * maxDocShare));
	const avgLength = docs.reduce((s, d) => s + d.length, 0) / Math.max(1, n) || 1;
	return {
		analyzer,
		termNames,
		docs,
		weights: docs.map((d) => {
			const w = new Float64Array(d.terms.length);
			let norm = 0;
			d.terms.forEach((t, i) => {
				if (df[t] > maxDf) return;
				const idf = Math.log(1 + (n - df[t] + .5) / (df[t] + .5));
				const tf = d.tf[i];
				w[i] = idf * tf * 2.2 / (tf + K1 * (.25 + B * d.length / avgLength));
				norm += w[i] * w[i];
			});
			const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
			for (let i = 0; i < w.length; i++) w[i] *= scale;
			return w;
		}),
		df
	};
}
/** The similar offerings of every offering, strongest first. */
function findSimilar(inputs, options = {}) {
	const { limit = 5, minShared = 2, minScore = .1, maxDocShare = .2, maxDocFloor = 50, termsShown = 4, ignore } = options;
	const n = inputs.length;
	const { analyzer, termNames, docs, weights, df } = weigh(inputs, maxDocShare, maxDocFloor, ignore);
	const indexed = (t, w) => w > 0 && df[t] >= 2;
	const postStart = new Int32Array(termNames.length + 1);
	docs.forEach((d, doc) => d.terms.forEach((t, i) => indexed(t, weights[doc][i]) && postStart[t + 1]++));
	for (let t = 0; t < termNames.length; t++) postStart[t + 1] += postStart[t];
	const postDoc = new Int32Array(postStart[termNames.length]);
	const postWeight = new Float64Array(postDoc.length);
	const cursor = postStart.slice(0, termNames.length);
	docs.forEach((d, doc) => d.terms.forEach((t, i) => {
		if (!indexed(t, weights[doc][i])) return;
		postDoc[cursor[t]] = doc;
		postWeight[cursor[t]++] = weights[doc][i];
	}));
	const keep = limit * 3;
	const topDoc = new Int32Array(n * keep);
	const topScore = new Float64Array(n * keep);
	const topCount = new Uint8Array(n);
	const offer = (x, y, score) => {
		const base = x * keep;
		let at = topCount[x];
		if (at === keep) {
			if (!better(score, y, topScore[base + keep - 1], topDoc[base + keep - 1])) return;
			at--;
		} else topCount[x]++;
		while (at > 0 && better(score, y, topScore[base + at - 1], topDoc[base + at - 1])) {
			topScore[base + at] = topScore[base + at - 1];
			topDoc[base + at] = topDoc[base + at - 1];
			at--;
		}
		topScore[base + at] = score;
		topDoc[base + at] = y;
	};
	const scores = new Float64Array(n);
	const shared = new Uint16Array(n);
	const touched = new Int32Array(n);
	cursor.set(postStart.subarray(0, termNames.length));
	for (let x = 0; x < n; x++) {
		const terms = docs[x].terms;
		const w = weights[x];
		let touchedCount = 0;
		for (let i = 0; i < terms.length; i++) {
			const t = terms[i];
			if (!indexed(t, w[i])) continue;
			const from = ++cursor[t];
			const to = postStart[t + 1];
			const wx = w[i];
			for (let k = from; k < to; k++) {
				const y = postDoc[k];
				if (shared[y] === 0) touched[touchedCount++] = y;
				scores[y] += wx * postWeight[k];
				shared[y]++;
			}
		}
		for (let k = 0; k < touchedCount; k++) {
			const y = touched[k];
			if (shared[y] >= minShared && scores[y] >= minScore) {
				offer(x, y, scores[y]);
				offer(y, x, scores[y]);
			}
			scores[y] = 0;
			shared[y] = 0;
		}
	}
	const weightOf = new Float64Array(termNames.length);
	const result = /* @__PURE__ */ new Map();
	for (let x = 0; x < n; x++) {
		const top = [];
		for (let k = 0; k < topCount[x] && top.length < limit; k++) {
			const y = topDoc[x * keep + k];
			const terms = sharedTerms(x, y);
			if (terms.length >= minShared) top.push({
				key: inputs[y].key,
				score: Math.round(topScore[x * keep + k] * 100) / 100,
				terms: terms.slice(0, termsShown)
			});
		}
		result.set(inputs[x].key, top);
	}
	return result;
	/** Stronger first; equal scores by key, so builds agree. */
	function better(score, doc, than, thanDoc) {
		return score > than || score === than && inputs[doc].key < inputs[thanDoc].key;
	}
	/**
	* The shared indexed terms of two offerings, weightiest first, as people write them. A compound part
	* inside another shared word is not named apart ("Sprachkurs", not also "Sprach" and "Kurs"), so the
	* count of these is the count of shared words that minShared asks for.
	*/
	function sharedTerms(x, y) {
		docs[y].terms.forEach((t, i) => weightOf[t] = weights[y][i]);
		const both = [];
		docs[x].terms.forEach((t, i) => {
			const w = weights[x][i] * weightOf[t];
			if (w > 0) both.push({
				t,
				w
			});
		});
		docs[y].terms.forEach((t) => weightOf[t] = 0);
		const forms = both.sort((a, b) => b.w - a.w || termNames[a.t].localeCompare(termNames[b.t])).map((e) => analyzer.form(termNames[e.t]));
		const lower = forms.map((f) => f.toLowerCase());
		return forms.filter((_, i) => !lower.some((other, j) => j !== i && (other === lower[i] ? j < i : other.includes(lower[i]))));
	}
}
// src/lib/analysis.ts
/** Overlaps, coverage and monitoring for a whole catalogue: the adapters from entries to src/lib's rules. */
function overlapInput(offering) {
	return {
		key: offeringKey(offering),
		kind: offering.kind,
		actionFields: offering.actionFields,
		targetGroups: offering.targetGroups,
		area: offering.area,
		period: offering.period,
		fundedBy: offering.kind === "project" ? (offering.funding ?? []).map((f) => `programs/${f.program}`) : [],
		funding: offering.kind === "project" ? offering.funding : void 0,
		role: offering.kind === "program" ? programmeRole(offering) : "leistung"
	};
}
/** Title, summary and long description of every offering: what similarity reads. */
function similarityInputs(catalogue) {
	return catalogue.offerings.map((o) => ({
		key: offeringKey(o),
		title: o.title,
		summary: o.summary,
		body: catalogue.body(offeringKey(o))
	}));
}
/** The words of every region name: places, which similarity leaves out ("who elsewhere does something similar"). */
function placeWords(catalogue) {
	return [...new Set(catalogue.regions.flatMap((r) => [r.name, r.officialName ?? ""]).flatMap((name) => name.match(/\p{L}+/gu) ?? []))];
}
/** Model regions first (A–Z), then the Land, then every Kreis and kreisfreie Stadt (A–Z). */
function matrixRegions(catalogue) {
	const byName = (a, b) => a.name.localeCompare(b.name, "de");
	const model = catalogue.regions.filter((r) => r.modelRegion).sort(byName);
	const rest = catalogue.regions.filter((r) => !r.modelRegion && isFacetRegion(r)).sort((a, b) => a.kind === "land" ? -1 : b.kind === "land" ? 1 : byName(a, b));
	return [...model, ...rest].map((r) => r.id);
}
function analyse(catalogue) {
	const inputs = catalogue.offerings.map(overlapInput);
	const overlaps = findOverlaps(catalogue.tree, inputs, { today: catalogue.today });
	const byOffering = overlapsByOffering(overlaps);
	for (const [key, list] of byOffering) byOffering.set(key, doublesFirst(list));
	const coverage = computeCoverage(catalogue.tree, catalogue.regions.map((r) => r.id), catalogue.actionFields.map((f) => f.id), inputs, catalogue.surveys);
	const currentYear = Number(catalogue.today.slice(0, 4));
	const figureCache = /* @__PURE__ */ new Map();
	const programmes = new Map(catalogue.programs.map((p) => [offeringKey(p), {
		...p,
		key: offeringKey(p)
	}]));
	const fundable = fundableForGaps(coverage.cells, programmes, catalogue.today);
	const radar = computeRadar(coverage.cells, new Map(inputs.map((i) => [i.key, i])), catalogue.today);
	let similar;
	const chainProgrammes = new Map(catalogue.programs.map((p) => [p.id, p]));
	const fundedProjects = inputs.filter((i) => i.funding?.length);
	const chainCache = /* @__PURE__ */ new Map();
	return {
		overlaps,
		overlapsByKind: splitByKind(overlaps),
		overlapsOf: (key) => byOffering.get(key) ?? [],
		coverage,
		fundable: (cell) => fundable.get(cell),
		radar: (cell) => radar.get(cell),
		similar: (key) => {
			similar ??= findSimilar(similarityInputs(catalogue), { ignore: placeWords(catalogue) });
			return similar.get(key) ?? [];
		},
		fundingChain: (region) => {
			let chain = chainCache.get(region);
			if (!chain) chainCache.set(region, chain = fundingChain(catalogue.tree, region, catalogue.region(region).population, fundedProjects, chainProgrammes, catalogue.today));
			return chain;
		},
		matrixRegions: matrixRegions(catalogue),
		figures: (region) => {
			let figures = figureCache.get(region);
			if (!figures) figureCache.set(region, figures = regionFigures(catalogue.tree, region, inputs, currentYear));
			return figures;
		}
	};
}
// src/site/analysis.ts
/** The analysis of the one catalogue of this build, computed once and shared by every page. */
var cached;
function getAnalysis() {
	cached ??= getCatalogue().then(analyse);
	return cached;
}
export { offeringsPerLevel as a, CHAIN_LEVELS as i, RADAR_HORIZONS as n, groupGapsByProgrammes as o, radarCounts as r, UNDATED as s, getAnalysis as t };
