import { t as de } from "./de_BWFUOdWk.mjs";
import { f as buildDate, r as offeringKey } from "./catalogue_CglcCxyV.mjs";
import { n as siteConfig } from "./config_hLSECLeZ.mjs";
import { t as contentDir } from "./content-dir_DBK-QJkv.mjs";
import { i as kreiseOf } from "./action-exports_ChG-mkMG.mjs";
import { a as organizationSchema, i as programSchema, n as regionSchema, o as actionFieldSchema, r as projectSchema, t as targetGroupSchema } from "./target-groups_Czdrni6-.mjs";
import { n as ID_PATTERN } from "./common_CfGszbeE.mjs";
import { t as hasPrimarySource } from "./source-kinds_CJtOjBFF.mjs";
import { t as lastChanged } from "./git-dates_CLKbT4O3.mjs";
import { n as statusOn } from "./period_CEYwJCpK.mjs";
import { i as url, n as offeringUrl } from "./urls_BwtU2Fbu.mjs";
import { join } from "node:path";
import { z } from "zod";
import { stringify } from "csv-stringify/sync";
import { Feed } from "feed";
import ical from "ical-generator";
import { v5 } from "uuid";
// src/lib/export.ts
/**
* The open-data exports as plain functions over the resolved catalogue:
* the catalogue document and its JSON Schema, CSV rows, Atom feed items, calendar events, a DCAT-AP.de
* description and 360Giving grants. No Astro imports: URLs, dates and texts come in as arguments, so
* the endpoints, scripts and tests all produce the same bytes.
*/
/** "data/catalogue.json" → absolute URL under the site root. */
function absoluteUrl(ctx, path) {
	return new URL(path.replace(/^\//, ""), ctx.siteUrl).href;
}
var byId = (items) => [...items].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** The regions above an offering's area, root first, without the area's own regions. */
function regionAncestors(tree, area) {
	const result = /* @__PURE__ */ new Set();
	for (const region of area) for (const ancestor of tree.path(region).slice(0, -1)) result.add(ancestor);
	for (const region of area) result.delete(region);
	return [...result];
}
/**
* The catalogue document, as zod: the collection schemas plus the resolved helpers. The JSON Schema
* of catalogue.json is derived from it, so it cannot drift from the content model.
*/
function catalogueDocumentSchema() {
	const id = z.string().regex(ID_PATTERN);
	const status = z.enum([
		"laufend",
		"beendet",
		"geplant"
	]);
	const entry = {
		id,
		file: z.string().optional()
	};
	const offering = {
		...entry,
		key: z.string().regex(/^(programs|projects)\/[a-z0-9-]+$/),
		status,
		regionAncestors: z.array(id)
	};
	const count = z.number().int().min(0);
	return z.strictObject({
		meta: z.strictObject({
			title: z.string(),
			description: z.string(),
			generated: z.iso.date(),
			url: z.url(),
			source: z.url(),
			license: z.strictObject({
				id: z.string(),
				name: z.string(),
				url: z.url()
			}),
			counts: z.strictObject({
				regions: count,
				actionFields: count,
				targetGroups: count,
				organizations: count,
				programs: count,
				projects: count
			})
		}),
		regions: z.array(regionSchema().extend({
			...entry,
			ancestors: z.array(id)
		})),
		actionFields: z.array(actionFieldSchema().extend(entry)),
		targetGroups: z.array(targetGroupSchema().extend(entry)),
		organizations: z.array(organizationSchema().extend(entry)),
		programs: z.array(programSchema().extend({
			...offering,
			kind: z.literal("program")
		})),
		projects: z.array(projectSchema().extend({
			...offering,
			kind: z.literal("project")
		}))
	});
}
/** JSON Schema (draft 2020-12) of catalogue.json; `output` mode, so fields with defaults are required. */
function catalogueJsonSchema(schemaUrl) {
	return {
		...z.toJSONSchema(catalogueDocumentSchema(), {
			target: "draft-2020-12",
			io: "output"
		}),
		$id: schemaUrl,
		title: "Förderatlas: catalogue.json"
	};
}
/** Every entry of every collection, references as ids, sorted by id so diffs between builds stay small. */
function catalogueDocument(catalogue, ctx, description) {
	const { tree } = catalogue;
	const offering = (o) => ({
		...o,
		key: offeringKey(o),
		status: catalogue.status(o),
		regionAncestors: regionAncestors(tree, o.area)
	});
	return {
		meta: {
			title: "Förderatlas",
			description,
			generated: ctx.generated,
			url: ctx.siteUrl,
			source: ctx.source,
			license: ctx.license,
			counts: {
				regions: catalogue.regions.length,
				actionFields: catalogue.actionFields.length,
				targetGroups: catalogue.targetGroups.length,
				organizations: catalogue.organizations.length,
				programs: catalogue.programs.length,
				projects: catalogue.projects.length
			}
		},
		regions: byId(catalogue.regions).map((r) => ({
			...r,
			ancestors: [...tree.ancestors(r.id)]
		})),
		actionFields: byId(catalogue.actionFields),
		targetGroups: byId(catalogue.targetGroups),
		organizations: byId(catalogue.organizations),
		programs: byId(catalogue.programs).map(offering),
		projects: byId(catalogue.projects).map(offering)
	};
}
var CSV_COLUMNS = [
	"key",
	"kind",
	"id",
	"title",
	"summary",
	"titleEn",
	"summaryEn",
	"titleAr",
	"summaryAr",
	"status",
	"periodStart",
	"periodEnd",
	"area",
	"actionFields",
	"targetGroups",
	"funder",
	"carrier",
	"level",
	"fundingTypes",
	"eligible",
	"format",
	"cost",
	"languages",
	"eligibility",
	"ageMin",
	"ageMax",
	"hours",
	"howTo",
	"url",
	"page",
	"reviewed",
	"primarySource",
	"example"
];
var many = (values) => (values ?? []).join(";");
/**
* One row per offering, in title order. References are written as names (what a person reads in a
* spreadsheet; the ids are in catalogue.json), enumerations as their slugs; lists joined by ";".
*/
function offeringRows(catalogue, ctx) {
	return catalogue.offerings.map((o) => ({
		key: offeringKey(o),
		kind: o.kind,
		id: o.id,
		title: o.title,
		summary: o.summary,
		titleEn: o.translations?.en?.title ?? "",
		summaryEn: o.translations?.en?.summary ?? "",
		titleAr: o.translations?.ar?.title ?? "",
		summaryAr: o.translations?.ar?.summary ?? "",
		status: catalogue.status(o),
		periodStart: o.period.start,
		periodEnd: o.period.end ?? "",
		area: many(o.area.map((id) => catalogue.region(id).name)),
		actionFields: many(o.actionFields.map((id) => catalogue.actionField(id).title)),
		targetGroups: many(o.targetGroups.map((id) => catalogue.targetGroup(id).title)),
		funder: o.kind === "program" ? catalogue.organization(o.funder).name : "",
		carrier: o.kind === "project" ? catalogue.organization(o.carrier).name : "",
		level: o.kind === "program" ? o.level : "",
		fundingTypes: o.kind === "program" ? many(o.fundingTypes) : "",
		eligible: o.kind === "program" ? many(o.eligible) : "",
		format: o.kind === "project" ? many(o.format) : "",
		cost: o.kind === "project" ? o.cost : "",
		languages: many(o.languages),
		eligibility: o.eligibility ?? "",
		ageMin: o.ageRange?.min?.toString() ?? "",
		ageMax: o.ageRange?.max?.toString() ?? "",
		hours: o.kind === "project" ? hoursText(o.hours) : "",
		howTo: many(o.howTo),
		url: o.url ?? "",
		page: ctx.offeringUrl(o),
		reviewed: o.reviewed,
		primarySource: hasPrimarySource(o) ? "true" : "false",
		example: o.example ? "true" : "false"
	}));
}
/** Opening hours in one cell: "mo,di 09:00-12:00; nach Vereinbarung; <note>" (codes as in the schema). */
function hoursText(hours) {
	if (!hours) return "";
	return [
		...(hours.slots ?? []).map((s) => `${s.days.join(",")} ${s.from}-${s.to}`),
		...hours.byAppointment ? ["nach Vereinbarung"] : [],
		...hours.note ? [hours.note] : []
	].join("; ");
}
/** UTF-8 with BOM (so spreadsheet programs detect the encoding), CRLF and RFC 4180 quoting. */
function toCsv(rows) {
	return stringify(rows, {
		header: true,
		columns: [...CSV_COLUMNS],
		bom: true,
		record_delimiter: "windows",
		escape_formulas: true
	});
}
/**
* Last-change dates of offerings by key ("programs/<id>"), from `lastChanged()`'s map of absolute
* paths; an offering is one `.yaml` or `.mdx` file under its collection folder.
*/
function changeDatesByKey(offerings, contentDir, byPath) {
	const dates = /* @__PURE__ */ new Map();
	for (const o of offerings) {
		const folder = join(contentDir, o.kind === "program" ? "programs" : "projects");
		const date = byPath.get(join(folder, `${o.id}.yaml`)) ?? byPath.get(join(folder, `${o.id}.mdx`));
		if (date) dates.set(offeringKey(o), date);
	}
	return dates;
}
/** New and changed offerings, newest first (ties by title), at most `limit`. */
function feedItems(catalogue, offerings, changed, ctx, limit = 100) {
	return offerings.map((o) => {
		const git = changed.get(offeringKey(o));
		return {
			key: offeringKey(o),
			title: o.title,
			summary: o.summary,
			link: ctx.offeringUrl(o),
			date: git && git > o.reviewed ? git : o.reviewed,
			categories: o.actionFields.map((id) => catalogue.actionField(id).title)
		};
	}).sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, "de") || a.key.localeCompare(b.key)).slice(0, limit);
}
var day = (date) => /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
/**
* The feed library writes entry titles and summaries as type="html" (the feed's own title and
* subtitle as text), so a reader renders them as HTML: our texts are plain text, so their markup
* characters must arrive as entities, never as tags.
*/
function textAsHtml(text) {
	return text.replace(/[&<>"']/g, (c) => ({
		"&": "&amp;",
		"<": "&lt;",
		">": "&gt;",
		"\"": "&quot;",
		"'": "&#39;"
	})[c]);
}
/** An Atom 1.0 document; `updated` is the newest entry's date (or the build date), never the clock. */
function atomFeed(items, options, ctx) {
	const feed = new Feed({
		id: options.feedUrl,
		title: options.title,
		description: options.subtitle,
		link: options.pageUrl,
		feedLinks: { atom: options.feedUrl },
		language: "de",
		updated: day(items[0]?.date ?? ctx.generated),
		generator: "Förderatlas",
		copyright: ctx.license.name,
		author: {
			name: "Förderatlas",
			link: ctx.siteUrl
		}
	});
	for (const item of items) feed.addItem({
		id: item.link,
		title: textAsHtml(item.title),
		link: item.link,
		date: day(item.date),
		description: textAsHtml(item.summary),
		category: item.categories.map((name) => ({
			name,
			term: name
		}))
	});
	return feed.atom1();
}
/** Every deadline of the given programmes as an all-day event, by date, then programme id; `summary` words the title. */
function deadlineEvents(programs, ctx, summary) {
	const events = [];
	for (const program of byId(programs)) {
		const seen = /* @__PURE__ */ new Map();
		for (const deadline of program.deadlines ?? []) {
			const n = (seen.get(deadline.date) ?? 0) + 1;
			seen.set(deadline.date, n);
			const link = ctx.offeringUrl(program);
			events.push({
				uid: `${program.id}-${deadline.date}${n > 1 ? `-${n}` : ""}@foerderatlas`,
				date: deadline.date,
				programId: program.id,
				summary: summary(program.title),
				description: `${deadline.label}\n\n${program.summary}\n\n${link}`,
				url: link
			});
		}
	}
	return events.sort((a, b) => a.date.localeCompare(b.date) || a.programId.localeCompare(b.programId));
}
/** The day after a YYYY-MM-DD date: the exclusive DTEND of an all-day event. */
function nextDay(date) {
	const d = day(date);
	d.setUTCDate(d.getUTCDate() + 1);
	return d;
}
/** An iCalendar (RFC 5545) document; DTSTAMP is the build date so builds stay reproducible. */
function icsCalendar(events, options, ctx) {
	const calendar = ical({
		name: options.name,
		description: options.description,
		url: options.url,
		prodId: {
			company: "Foerderatlas",
			product: "Fristen",
			language: "DE"
		}
	});
	for (const event of events) calendar.createEvent({
		id: event.uid,
		start: day(event.date),
		end: nextDay(event.date),
		allDay: true,
		summary: event.summary,
		description: event.description,
		url: event.url,
		stamp: day(ctx.generated)
	});
	return calendar.toString();
}
var IANA = "https://www.iana.org/assignments/media-types/";
var FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
/** A dcat:Catalog of the open-data files as JSON-LD, after DCAT-AP.de 2.0. */
function dcatCatalog(datasets, meta, ctx) {
	const publisher = {
		"@type": "foaf:Agent",
		"foaf:name": "Förderatlas",
		"foaf:homepage": { "@id": ctx.siteUrl }
	};
	const license = { "@id": ctx.license.url };
	const date = {
		"@value": ctx.generated,
		"@type": "xsd:date"
	};
	return {
		"@context": {
			dcat: "http://www.w3.org/ns/dcat#",
			dct: "http://purl.org/dc/terms/",
			dcatde: "http://dcat-ap.de/def/dcatde/",
			foaf: "http://xmlns.com/foaf/0.1/",
			xsd: "http://www.w3.org/2001/XMLSchema#"
		},
		"@id": absoluteUrl(ctx, "data/dcat.jsonld"),
		"@type": "dcat:Catalog",
		"dct:title": {
			"@value": meta.title,
			"@language": "de"
		},
		"dct:description": {
			"@value": meta.description,
			"@language": "de"
		},
		"dct:publisher": publisher,
		"dct:language": { "@id": "http://publications.europa.eu/resource/authority/language/DEU" },
		"dct:license": license,
		"dct:modified": date,
		"foaf:homepage": { "@id": ctx.siteUrl },
		"dcat:dataset": datasets.map((dataset) => ({
			"@id": `${absoluteUrl(ctx, "daten/")}#${dataset.id}`,
			"@type": "dcat:Dataset",
			"dct:identifier": dataset.id,
			"dct:title": {
				"@value": dataset.title,
				"@language": "de"
			},
			"dct:description": {
				"@value": dataset.description,
				"@language": "de"
			},
			"dcat:keyword": dataset.keywords.map((k) => ({
				"@value": k,
				"@language": "de"
			})),
			"dct:publisher": publisher,
			"dct:issued": date,
			"dct:modified": date,
			"dct:license": license,
			"dct:spatial": { "@id": "http://dcat-ap.de/def/politicalGeocoding/stateKey/06" },
			"dcat:theme": { "@id": "http://publications.europa.eu/resource/authority/data-theme/SOCI" },
			"dcat:landingPage": { "@id": absoluteUrl(ctx, "daten/") },
			"dcat:distribution": dataset.distributions.map((d) => ({
				"@id": absoluteUrl(ctx, d.path),
				"@type": "dcat:Distribution",
				"dct:title": {
					"@value": d.title,
					"@language": "de"
				},
				"dct:description": {
					"@value": d.description,
					"@language": "de"
				},
				"dct:issued": date,
				"dct:modified": date,
				"dct:license": license,
				"dcat:mediaType": { "@id": `${IANA}${d.mediaType}` },
				...d.fileType ? { "dct:format": { "@id": `${FILE_TYPE}${d.fileType}` } } : {},
				"dcat:accessURL": { "@id": absoluteUrl(ctx, d.path) },
				"dcat:downloadURL": { "@id": absoluteUrl(ctx, d.path) }
			}))
		}))
	};
}
/** One grant per project funding entry that names an amount (360Giving Data Standard, JSON). */
function grants(catalogue, ctx) {
	const org = (id) => {
		const o = catalogue.organization(id);
		return {
			id: `foerderatlas-org-${o.id}`,
			name: o.name,
			...o.url ? { url: o.url } : {}
		};
	};
	const list = byId(catalogue.projects).flatMap((project) => (project.funding ?? []).flatMap((funding, index) => {
		if (funding.amount === void 0) return [];
		const program = catalogue.program(funding.program);
		const years = [...funding.years ?? []].sort();
		return [{
			id: `360G-foerderatlas-${project.id}-${index + 1}`,
			title: project.title,
			description: project.summary,
			currency: "EUR",
			amountAwarded: funding.amount,
			awardDate: years.length ? `${years[0]}-01-01` : project.period.start,
			...years.length ? { plannedDates: [{
				startDate: `${years[0]}-01-01`,
				endDate: `${years.at(-1)}-12-31`
			}] } : {},
			recipientOrganization: [org(project.carrier)],
			fundingOrganization: [org(program.funder)],
			grantProgramme: [{
				code: program.id,
				title: program.title,
				url: ctx.offeringUrl(program)
			}],
			beneficiaryLocation: project.area.map((id) => {
				const region = catalogue.region(id);
				return {
					name: region.name,
					...region.ags ? {
						geoCode: region.ags,
						geoCodeType: "AGS"
					} : {}
				};
			}),
			url: ctx.offeringUrl(project),
			dataSource: ctx.offeringUrl(project),
			dateModified: project.reviewed,
			...project.example ? { classifications: [{
				vocabulary: "foerderatlas",
				code: "beispiel",
				title: "Erfundenes Beispiel"
			}] } : {}
		}];
	}));
	return {
		license: ctx.license.url,
		generated: ctx.generated,
		grants: list
	};
}
// src/lib/hsds.ts
/**
* The local offerings as Open Referral HSDS 3 (Human Services Data Specification): organisations,
* services, locations with addresses and accessibility, service areas with the AGS, schedules from
* `hours`, languages and cost. What goes in: the projects (Projekte vor Ort), the services a person can
* go to. Funding programmes are not services in HSDS's sense (no place, no opening hours, nobody to
* meet); they appear as the `funding` of the projects they fund. Every id is a UUID v5 derived from the
* entry's id, so a record keeps its id from build to build and other directories can link to it.
*/
/** The namespace of every Förderatlas HSDS id: uuidv5('https://github.com/foerderatlas/foerderatlas#hsds', uuidv5.URL). */
var HSDS_NAMESPACE = "25525cff-0771-54b3-9bc2-0d6478118620";
/** A stable id for a record: the table and the entry's id (and a number for lists), hashed into the namespace. */
var hsdsId = (...parts) => v5(parts.join("/"), HSDS_NAMESPACE);
var HSDS_DAYS = {
	mo: "MO",
	di: "TU",
	mi: "WE",
	do: "TH",
	fr: "FR",
	sa: "SA",
	so: "SU"
};
/** HSDS's "uri" format is ASCII: a page address with umlauts is written percent-encoded (as browsers send it). */
var asUri = (address) => new URL(address).href;
/** DCAT-AP.de's political geocoding URI for a key of 2 (Land), 3 (Regierungsbezirk), 5 (Kreis) or 8 (Gemeinde) digits. */
function agsUri(ags) {
	const kind = {
		2: "stateKey",
		3: "governmentDistrictKey",
		5: "districtKey",
		8: "municipalityKey"
	}[ags.length];
	return kind ? `http://dcat-ap.de/def/politicalGeocoding/${kind}/${ags}` : void 0;
}
function hsdsOrganization(org, catalogue, labels) {
	const region = org.region ? catalogue.region(org.region).name : void 0;
	return {
		id: hsdsId("organization", org.id),
		name: org.name,
		description: `${labels.organizationKind[org.kind] ?? org.kind}${region ? ` in ${region}` : ""}`,
		...org.url ? { website: asUri(org.url) } : {}
	};
}
function schedules(project, serviceId) {
	const hours = project.hours;
	if (!hours) return [];
	const list = (hours.slots ?? []).map((slot, i) => ({
		id: hsdsId("schedule", project.id, i),
		service_id: serviceId,
		freq: "WEEKLY",
		wkst: "MO",
		byday: slot.days.map((d) => HSDS_DAYS[d]).join(","),
		opens_at: slot.from,
		closes_at: slot.to,
		description: "Ortszeit (Europe/Berlin)",
		...hours.note ? { notes: hours.note } : {}
	}));
	if (hours.byAppointment) list.push({
		id: hsdsId("schedule", project.id, "termin"),
		service_id: serviceId,
		description: "Termine nach Vereinbarung",
		...hours.note ? { notes: hours.note } : {}
	});
	if (!list.length && hours.note) list.push({
		id: hsdsId("schedule", project.id, "hinweis"),
		service_id: serviceId,
		notes: hours.note
	});
	return list;
}
var ACCESSIBILITY_TEXT = {
	stepFree: ["stufenlos erreichbar", "nicht stufenlos erreichbar"],
	accessibleToilet: ["barrierefreie Toilette", "keine barrierefreie Toilette"],
	hearingLoop: ["Höranlage (Induktionsschleife)", "keine Höranlage"]
};
function hsdsLocation(project, labels) {
	const address = project.address;
	if (!address) return void 0;
	const id = hsdsId("location", project.id);
	const access = project.accessibility;
	const accessibility = access ? Object.keys(ACCESSIBILITY_TEXT).filter((key) => access[key] !== void 0).map((key) => ({
		id: hsdsId("accessibility", project.id, key),
		location_id: id,
		description: ACCESSIBILITY_TEXT[key][access[key] ? 0 : 1]
	})).concat(access.note ? [{
		id: hsdsId("accessibility", project.id, "note"),
		location_id: id,
		description: access.note
	}] : []) : [];
	return {
		id,
		location_type: "physical",
		name: project.title,
		organization_id: hsdsId("organization", project.carrier),
		addresses: address.street && address.postalCode ? [{
			id: hsdsId("address", project.id),
			location_id: id,
			address_1: address.street,
			city: address.city,
			state_province: "Hessen",
			postal_code: address.postalCode,
			country: "DE",
			address_type: "physical"
		}] : [],
		accessibility,
		languages: (project.languages ?? []).map((code) => ({
			id: hsdsId("language", project.id, "location", code),
			location_id: id,
			code,
			name: labels.language(code)
		})),
		...address.street && address.postalCode ? {} : { description: address.city }
	};
}
function hsdsService(project, catalogue, labels, ctx) {
	const id = hsdsId("service", project.id);
	const status = statusOn(project.period, catalogue.today);
	const location = hsdsLocation(project, labels);
	const cost = project.cost !== "unbekannt" ? labels.cost[project.cost] : void 0;
	return {
		id,
		organization_id: hsdsId("organization", project.carrier),
		name: project.title,
		description: project.summary,
		url: asUri(project.url ?? ctx.offeringUrl(project)),
		...project.contact?.email ? { email: project.contact.email } : {},
		status: status === "laufend" ? "active" : status === "geplant" ? "inactive" : "defunct",
		...cost ? { fees_description: cost } : {},
		...project.eligibility ? { eligibility_description: project.eligibility } : {},
		...project.howTo ? { application_process: project.howTo.join(" – ") } : {},
		...project.ageRange?.min !== void 0 ? { minimum_age: project.ageRange.min } : {},
		...project.ageRange?.max !== void 0 ? { maximum_age: project.ageRange.max } : {},
		assured_date: project.reviewed,
		phones: project.contact?.phone ? [{
			id: hsdsId("phone", project.id),
			service_id: id,
			number: project.contact.phone,
			type: "voice"
		}] : [],
		schedules: schedules(project, id),
		service_areas: project.area.map((regionId) => {
			const region = catalogue.region(regionId);
			const uri = region.ags ? agsUri(region.ags) : void 0;
			return {
				id: hsdsId("service_area", project.id, regionId),
				service_id: id,
				name: region.name,
				...region.ags ? { description: `Amtlicher Gemeindeschlüssel (AGS): ${region.ags}` } : {},
				...uri ? { uri } : {}
			};
		}),
		service_at_locations: location ? [{
			id: hsdsId("service_at_location", project.id),
			service_id: id,
			location_id: location.id,
			location
		}] : [],
		languages: (project.languages ?? []).map((code) => ({
			id: hsdsId("language", project.id, code),
			service_id: id,
			code,
			name: labels.language(code)
		})),
		cost_options: cost ? [{
			id: hsdsId("cost_option", project.id),
			service_id: id,
			option: cost,
			currency: "EUR",
			...project.cost === "kostenlos" ? { amount: 0 } : {}
		}] : [],
		funding: (project.funding ?? []).map((f, i) => {
			const program = catalogue.program(f.program);
			return {
				id: hsdsId("funding", project.id, i),
				service_id: id,
				source: `${program.title} (${catalogue.organization(program.funder).name})`
			};
		})
	};
}
/** Every project as a service, the carriers as organisations, the places with an address as locations; sorted by id of the entry. */
function hsdsExport(catalogue, labels, ctx) {
	const projects = [...catalogue.projects].sort((a, b) => a.id.localeCompare(b.id));
	const carriers = [...new Set(projects.map((p) => p.carrier))].sort().map((id) => catalogue.organization(id));
	const services = projects.map((p) => hsdsService(p, catalogue, labels, ctx));
	return {
		organizations: carriers.map((org) => hsdsOrganization(org, catalogue, labels)),
		services,
		locations: services.flatMap((s) => s.service_at_locations.map((sal) => sal.location))
	};
}
function jsonResponse(data) {
	return new Response(`${JSON.stringify(data, null, 1)}
`, { headers: { "content-type": "application/json; charset=utf-8" } });
}
var absolute = (path) => new URL(url(path), "https://foerderatlas.example.org").href;
function exportContext() {
	const config = siteConfig();
	return {
		siteUrl: absolute("/"),
		generated: buildDate(),
		license: config.dataLicense,
		source: config.repository,
		offeringUrl: (o) => new URL(offeringUrl(o), "https://foerderatlas.example.org").href
	};
}
var changed;
function changeDates(catalogue) {
	const dir = contentDir();
	changed ??= changeDatesByKey(catalogue.offerings, dir, lastChanged(dir));
	return changed;
}
function openDataSets(catalogue, dictionary = de) {
	const t = dictionary.data;
	const field = catalogue.actionFields[0]?.id ?? "sprache";
	const region = catalogue.regions.find((r) => r.kind === "land")?.id ?? catalogue.regions[0]?.id ?? "hessen";
	const json = {
		format: "JSON",
		mediaType: "application/json",
		fileType: "JSON"
	};
	const atom = {
		format: "Atom",
		mediaType: "application/atom+xml",
		fileType: "ATOM"
	};
	const ics = {
		format: "iCalendar",
		mediaType: "text/calendar"
	};
	const computed = t.file.catalogueComputed;
	return [
		{
			id: "katalog",
			...t.datasets.katalog,
			files: [
				{
					path: "/data/catalogue.json",
					name: "catalogue.json",
					...json,
					text: t.file.catalogue(computed)
				},
				{
					path: "/data/catalogue.schema.json",
					name: "catalogue.schema.json",
					...json,
					format: "JSON Schema",
					mediaType: "application/schema+json",
					text: t.file.schema
				},
				{
					path: "/data/offerings.csv",
					name: "offerings.csv",
					format: "CSV",
					mediaType: "text/csv",
					fileType: "CSV",
					text: t.file.csv(CSV_COLUMNS.join(", "))
				}
			]
		},
		{
			id: "ueberschneidungen",
			...t.datasets.ueberschneidungen,
			files: [{
				path: "/data/overlaps.json",
				name: "overlaps.json",
				...json,
				text: t.file.overlaps(25)
			}]
		},
		{
			id: "abdeckung",
			...t.datasets.abdeckung,
			files: [{
				path: "/data/coverage.json",
				name: "coverage.json",
				...json,
				text: t.file.coverage
			}]
		},
		{
			id: "aenderungen",
			...t.datasets.aenderungen,
			files: [
				{
					path: "/feed.xml",
					name: "feed.xml",
					...atom,
					text: t.file.feed(100)
				},
				{
					path: `/handlungsfelder/${field}/feed.xml`,
					name: "handlungsfelder/<id>/feed.xml",
					...atom,
					text: t.file.fieldFeed,
					pattern: field
				},
				{
					path: `/regionen/${region}/feed.xml`,
					name: "regionen/<id>/feed.xml",
					...atom,
					text: t.file.regionFeed,
					pattern: region
				}
			]
		},
		{
			id: "fristen",
			...t.datasets.fristen,
			files: [{
				path: "/fristen.ics",
				name: "fristen.ics",
				...ics,
				text: t.file.calendar
			}, {
				path: `/regionen/${region}/fristen.ics`,
				name: "regionen/<id>/fristen.ics",
				...ics,
				text: t.file.regionCalendar,
				pattern: region
			}]
		},
		{
			id: "foerderungen",
			...t.datasets.foerderungen,
			files: [{
				path: "/data/360giving.json",
				name: "360giving.json",
				...json,
				text: t.file.grants
			}]
		},
		{
			id: "hsds",
			...dictionary.editors.hsdsDataset,
			files: [
				{
					path: "/data/hsds/services.json",
					name: "hsds/services.json",
					...json,
					text: dictionary.editors.hsdsServices
				},
				{
					path: "/data/hsds/organizations.json",
					name: "hsds/organizations.json",
					...json,
					text: dictionary.editors.hsdsOrganizations
				},
				{
					path: "/data/hsds/locations.json",
					name: "hsds/locations.json",
					...json,
					text: dictionary.editors.hsdsLocations
				}
			]
		},
		...actionDataSets(dictionary, kreiseOf(catalogue.regions)[0] ?? region)
	];
}
function actionDataSets(dictionary, kreis) {
	const t = dictionary.gapToAction.data;
	return [
		{
			id: "aehnliche-angebote",
			...t.similar,
			files: [{
				path: "/data/similar.json",
				name: "similar.json",
				format: "JSON",
				mediaType: "application/json",
				fileType: "JSON",
				text: t.similarFile
			}]
		},
		{
			id: "foerderketten",
			...t.chains,
			files: [{
				path: "/data/foerderketten.csv",
				name: "foerderketten.csv",
				format: "CSV",
				mediaType: "text/csv",
				fileType: "CSV",
				text: t.chainsFile
			}]
		},
		{
			id: "foerderende",
			...t.radar,
			files: [{
				path: `/foerderende/${kreis}/feed.xml`,
				name: "foerderende/<kreis>/feed.xml",
				format: "Atom",
				mediaType: "application/atom+xml",
				fileType: "ATOM",
				text: t.radarFile,
				pattern: kreis
			}]
		}
	];
}
function dcatDatasets(catalogue) {
	return openDataSets(catalogue).map((set) => ({
		id: set.id,
		title: set.title,
		keywords: set.keywords,
		description: set.files.map((f) => f.text).join(" "),
		distributions: set.files.map((f) => ({
			title: f.pattern ? f.path.slice(1) : f.name,
			description: f.text,
			path: f.path.slice(1),
			mediaType: f.mediaType,
			fileType: f.fileType
		}))
	}));
}
var hsds;
function hsdsData(catalogue) {
	const names = new Intl.DisplayNames(["de"], { type: "language" });
	hsds ??= hsdsExport(catalogue, {
		organizationKind: de.organizationKind,
		cost: de.cost,
		language: (code) => names.of(code) ?? code
	}, { offeringUrl: (o) => new URL(offeringUrl(o), "https://foerderatlas.example.org").href });
	return hsds;
}
export { toCsv as _, hsdsData as a, atomFeed as c, dcatCatalog as d, deadlineEvents as f, offeringRows as g, icsCalendar as h, exportContext as i, catalogueDocument as l, grants as m, changeDates as n, jsonResponse as o, feedItems as p, dcatDatasets as r, openDataSets as s, absolute as t, catalogueJsonSchema as u };
