import { p as referenceRegistry } from "./common_CfGszbeE.mjs";
import { i as collectionSchemas, r as collectionJsonSchema, t as COLLECTION_TITLES } from "./json-schema_D5-T6Rek.mjs";
import "zod";
// src/lib/validation/schema-walk.ts
function unwrap(schema) {
	let current = schema;
	for (let guard = 0; guard < 20; guard++) {
		const def = current._zod.def;
		if (def.type === "optional" || def.type === "default" || def.type === "nullable" || def.type === "prefault") current = def.innerType;
		else if (def.type === "pipe") current = def.in._zod.def.type === "transform" ? def.out : def.in;
		else return current;
	}
	return current;
}
function referencePatterns(schema, isReference, prefix = []) {
	const collection = isReference(schema);
	if (collection) return [{
		path: prefix,
		collection
	}];
	const inner = unwrap(schema);
	if (inner !== schema) return referencePatterns(inner, isReference, prefix);
	const def = schema._zod.def;
	if (def.type === "object") return Object.entries(def.shape).flatMap(([key, child]) => referencePatterns(child, isReference, [...prefix, key]));
	if (def.type === "array") return referencePatterns(def.element, isReference, [...prefix, "*"]);
	return [];
}
// src/lib/sheet/columns.ts
/** Short German labels of fields for the header row; the path in brackets is what the importer reads. */
var LABELS = {
	id: "Kennung",
	title: "Titel",
	name: "Name",
	summary: "Kurzbeschreibung",
	actionFields: "Handlungsfelder",
	targetGroups: "Zielgruppen",
	area: "Gebiet",
	period: "Zeitraum",
	start: "Beginn",
	end: "Ende",
	startKind: "Art des Beginns",
	reviewed: "Geprüft am",
	sources: "Quelle",
	url: "Internetseite",
	accessed: "abgerufen am",
	kind: "Art",
	example: "Beispiel",
	contact: "Kontakt",
	email: "E-Mail",
	phone: "Telefon",
	languages: "Sprachen",
	easy: "Leichte Sprache",
	translations: "Übersetzung",
	body: "Text",
	machineTranslated: "maschinell übersetzt",
	ageRange: "Alter",
	min: "von",
	max: "bis",
	eligibility: "Wer kann kommen",
	howTo: "Nächste Schritte",
	carrier: "Träger",
	format: "Form",
	funding: "Förderung",
	program: "Programm",
	amount: "Betrag in Euro",
	currency: "Währung",
	years: "Jahre",
	cost: "Kosten",
	address: "Adresse",
	street: "Straße",
	postalCode: "PLZ",
	city: "Ort",
	hours: "Zeiten",
	slots: "Zeit",
	days: "Tage",
	from: "von",
	to: "bis",
	byAppointment: "nach Vereinbarung",
	note: "Hinweis",
	accessibility: "Barrierefreiheit",
	stepFree: "stufenlos",
	accessibleToilet: "barrierefreie Toilette",
	hearingLoop: "Höranlage",
	funder: "Geldgeber",
	level: "Ebene",
	fundingTypes: "Förderart",
	eligible: "Antragsberechtigt",
	deadlines: "Frist",
	date: "Datum",
	label: "Bezeichnung",
	budget: "Budget",
	per: "je",
	region: "Region",
	en: "Englisch",
	ar: "Arabisch"
};
// src/lib/decap-config.ts
/** The collections editors create and change in the editor. */
var EDITABLE_COLLECTIONS = [
	"projects",
	"programs",
	"organizations"
];
/**
* Collections the editable ones refer to. A relation widget can only point at a collection of the same
* configuration, so they are listed too, for editing existing entries only (no new regions or fields).
*/
var LOOKUP_COLLECTIONS = [
	"regions",
	"action-fields",
	"target-groups"
];
/** Decap's local proxy (decap-server) listens here unless DECAP_SERVER_PORT says otherwise. */
var DEFAULT_LOCAL_PORT = 8081;
/** Keys whose text runs over several lines. */
var LONG_TEXT = /* @__PURE__ */ new Set([
	"summary",
	"body",
	"eligibility",
	"note",
	"easy"
]);
/** The owner/name of a GitHub repository address. */
function githubRepo(repository) {
	const match = /^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(repository);
	if (!match) throw new Error(`REPO_URL ist keine GitHub-Adresse (https://github.com/<Besitzer>/<Name>): ${repository}`);
	return match[1];
}
/** The field that names an entry: title, or name for organizations and regions. */
function identifierField(collection) {
	return collectionJsonSchema(collection).properties?.title ? "title" : "name";
}
function typeOf(schema) {
	if (schema.anyOf) return typeOf(schema.anyOf.find((s) => s.type !== "null") ?? {});
	return Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
}
function relation(collection, multiple) {
	const display = identifierField(collection);
	return {
		widget: "relation",
		collection,
		value_field: "{{slug}}",
		search_fields: [display],
		display_fields: [display],
		multiple
	};
}
var DATE = {
	widget: "datetime",
	format: "YYYY-MM-DD",
	date_format: "DD.MM.YYYY",
	time_format: false,
	picker_utc: true
};
function widgetOf(key, schema, reference, path, required = true) {
	const type = typeOf(schema);
	const target = reference(path);
	if (target) return relation(target, false);
	if (schema.enum) return {
		widget: "select",
		options: schema.enum
	};
	if (schema.format === "date") return DATE;
	if (type === "boolean") return { widget: "boolean" };
	if (type === "integer") return {
		widget: "number",
		value_type: "int"
	};
	if (type === "number") return {
		widget: "number",
		value_type: "float"
	};
	if (type === "object") return {
		widget: "object",
		collapsed: true,
		fields: fieldsOf(schema, reference, path, required)
	};
	if (type === "array") {
		const item = schema.items ?? {};
		const bounds = {
			...schema.minItems ? { min: schema.minItems } : {},
			...schema.maxItems ? { max: schema.maxItems } : {}
		};
		const itemTarget = reference([...path, "*"]);
		if (itemTarget) return {
			...relation(itemTarget, true),
			...bounds
		};
		if (item.enum) return {
			widget: "select",
			options: item.enum,
			multiple: true,
			...bounds
		};
		if (typeOf(item) === "object") return {
			widget: "list",
			collapsed: true,
			...bounds,
			fields: fieldsOf(item, reference, [...path, "*"])
		};
		return {
			widget: "list",
			...bounds,
			field: {
				name: key,
				label: LABELS[key] ?? key,
				...widgetOf(key, item, reference, [...path, "*"])
			}
		};
	}
	return { widget: LONG_TEXT.has(key) || (schema.maxLength ?? 0) > 200 ? "text" : "string" };
}
/**
* Fields of an object. Decap checks a required field even inside an optional object left empty, so a
* field counts as required only where its object must exist (the validator still checks the rest:
* e.g. a translation needs its summary once it is there). In a list item the item itself is there.
*/
function fieldsOf(schema, reference, path, present = true) {
	const required = new Set(schema.required ?? []);
	return Object.entries(schema.properties ?? {}).map(([key, child]) => ({
		name: key,
		label: LABELS[key] ?? key,
		...child.description ? { hint: child.description } : {},
		...widgetOf(key, child, reference, [...path, key], present && required.has(key)),
		required: present && required.has(key)
	}));
}
/** The fields of a collection, in the schema's order. */
function collectionFields(collection) {
	const patterns = referencePatterns(collectionSchemas()[collection], (s) => referenceRegistry.get(s)?.collection);
	const reference = (path) => patterns.find((p) => p.path.join(".") === path.join("."))?.collection;
	return fieldsOf(collectionJsonSchema(collection), reference, []);
}
function collection(name, editable) {
	const identifier = identifierField(name);
	return {
		name,
		label: COLLECTION_TITLES[name],
		folder: `content/${name}`,
		extension: "yaml",
		format: "yaml",
		slug: "{{slug}}",
		identifier_field: identifier,
		summary: `{{${identifier}}}`,
		create: editable,
		delete: false,
		editor: { preview: false },
		fields: collectionFields(name)
	};
}
/** The whole configuration, as Decap reads it from /admin/config.yml. */
function decapConfig(options) {
	const port = options.localPort ?? 8081;
	return {
		locale: "de",
		backend: {
			name: "github",
			repo: githubRepo(options.repository),
			branch: options.branch,
			...options.authUrl ? { base_url: options.authUrl } : {},
			squash_merges: true
		},
		publish_mode: "editorial_workflow",
		local_backend: {
			url: `http://127.0.0.1:${port}/api/v1`,
			allowed_hosts: ["localhost", "127.0.0.1"]
		},
		media_folder: "public/medien",
		public_folder: "/medien",
		slug: {
			encoding: "ascii",
			clean_accents: true,
			sanitize_replacement: "-"
		},
		collections: [...EDITABLE_COLLECTIONS.map((c) => collection(c, true)), ...LOOKUP_COLLECTIONS.map((c) => collection(c, false))]
	};
}
/** The hosts the editor talks to besides its own, for its Content-Security-Policy. */
function decapConnectSources(options) {
	return [`http://127.0.0.1:${options.localPort ?? 8081}`, "https://api.github.com"];
}
/** The editor's options from the environment: REPO_URL and REPO_BRANCH (via the site's configuration), DECAP_AUTH_URL, DECAP_SERVER_PORT. */
function decapOptionsFrom(site, env) {
	const port = Number(env.DECAP_SERVER_PORT);
	return {
		repository: site.repository,
		branch: site.branch,
		...env.DECAP_AUTH_URL ? { authUrl: env.DECAP_AUTH_URL } : {},
		localPort: Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_LOCAL_PORT
	};
}
export { decapConnectSources as n, decapOptionsFrom as r, decapConfig as t };
