import { z } from "zod";
// src/schema/public-host.ts
/**
* Whether a web address points at the public internet. Content URLs are fetched by the source watcher
* (`npm run sources:check`), so an address on a private, loopback or link-local network, or a local host
* name, would let a stranger's entry make our machine call into its own network (server-side request
* forgery). The schema refuses them; the watcher checks resolved addresses again before every request.
*/
/** IPv4 ranges that are not public: [first octets as a number prefix, prefix length]. */
var PRIVATE_V4 = [
	["0.0.0.0", 8],
	["10.0.0.0", 8],
	["100.64.0.0", 10],
	["127.0.0.0", 8],
	["169.254.0.0", 16],
	["172.16.0.0", 12],
	["192.0.0.0", 24],
	["192.168.0.0", 16],
	["198.18.0.0", 15],
	["224.0.0.0", 4],
	["240.0.0.0", 4]
];
function v4ToNumber(address) {
	const parts = address.split(".");
	if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return void 0;
	return parts.reduce((n, p) => n * 256 + Number(p), 0);
}
function isPrivateIPv4(address) {
	const n = v4ToNumber(address);
	if (n === void 0) return false;
	return PRIVATE_V4.some(([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(v4ToNumber(base) / 2 ** (32 - bits)));
}
/** IPv6 loopback, unspecified, unique-local (fc00::/7), link-local (fe80::/10), multicast and IPv4-mapped private addresses. */
function isPrivateIPv6(address) {
	const a = address.toLowerCase().replace(/^\[|\]$/g, "");
	if (!a.includes(":")) return false;
	if (a === "::1" || a === "::") return true;
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
	if (mapped) return isPrivateIPv4(mapped[1]);
	const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a);
	if (mappedHex) {
		const hi = parseInt(mappedHex[1], 16);
		const lo = parseInt(mappedHex[2], 16);
		return isPrivateIPv4(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
	}
	const first = parseInt(a.split(":")[0] || "0", 16);
	return (first & 65024) === 64512 || (first & 65472) === 65152 || (first & 65280) === 65280;
}
/** Host names that only mean something inside a network. */
var LOCAL_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa)$/;
/** Why a URL's host is not public (German, for the validator), or undefined when it is a public name or address. */
function nonPublicHostReason(value) {
	let host;
	try {
		host = new URL(value).hostname.toLowerCase().replace(/\.$/, "").replace(/^\[|\]$/g, "");
	} catch {
		return;
	}
	if (isPrivateIPv4(host) || isPrivateIPv6(host)) return `erwartet wird eine öffentliche Webadresse; ${host} ist eine private, lokale oder Loopback-Adresse`;
	if (host.includes(":")) return void 0;
	if (LOCAL_NAME.test(host) || !host.includes(".")) return `erwartet wird eine öffentliche Webadresse; „${host}“ ist ein lokaler Rechnername`;
}
// src/schema/common.ts
/**
* Building blocks shared by the collection schemas. The schemas are the single definition of the
* content model (README, "Content model"): Astro's collections, the validator and the JSON Schema
* for editors are all derived from them.
*/
/** Entry ids: the file name without extension, lowercase a–z, digits and single hyphens. */
var ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Collections, in the order a person meets them. */
var COLLECTIONS = [
	"regions",
	"action-fields",
	"target-groups",
	"organizations",
	"programs",
	"projects",
	"surveys"
];
/** Marks which schema nodes are references, so the validator can find and check them. */
var referenceRegistry = z.registry();
var idRef = (collection) => z.string({ error: "erwartet wird eine Kennung (Text)" }).regex(ID_PATTERN, { error: "erwartet wird eine Kennung aus Kleinbuchstaben a–z, Ziffern und Bindestrichen" }).register(referenceRegistry, { collection });
var ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function isRealDate(value) {
	const date = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
/**
* A calendar day. Astro reads YAML with js-yaml, which turns an unquoted 2024-01-01 into a Date;
* the validator's `yaml` package keeps it a string. Both normalise to "YYYY-MM-DD".
*/
var isoDate = z.preprocess((value) => value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value, z.string({ error: "erwartet wird ein Datum im Format JJJJ-MM-TT" }).regex(ISO_DATE, { error: "erwartet wird ein Datum im Format JJJJ-MM-TT, z. B. 2024-01-31" }).refine(isRealDate, { error: "dieses Datum gibt es nicht im Kalender" })).meta({ format: "date" });
var WEB_PROTOCOLS = ["https:", "http:"];
function hasProtocol(value, protocols) {
	try {
		return protocols.includes(new URL(value).protocol);
	} catch {
		return false;
	}
}
/** Refuses private, loopback and link-local addresses and local host names (the source watcher fetches these URLs). */
function publicHost(value, ctx) {
	const reason = nonPublicHostReason(value);
	if (reason) ctx.addIssue({
		code: "custom",
		message: reason,
		input: value
	});
}
/** Any web address (http or https) on the public internet, e.g. for sources. */
var webUrl = z.string({ error: "erwartet wird eine Webadresse" }).refine((value) => hasProtocol(value, WEB_PROTOCOLS), {
	error: "erwartet wird eine vollständige Webadresse, die mit https:// oder http:// beginnt",
	abort: true
}).superRefine(publicHost);
/** An official page: https only, on the public internet. */
var httpsUrl = z.string({ error: "erwartet wird eine Webadresse" }).refine((value) => hasProtocol(value, ["https:"]), {
	error: "erwartet wird eine sichere Webadresse, die mit https:// beginnt",
	abort: true
}).superRefine(publicHost);
var email = z.string({ error: "erwartet wird eine E-Mail-Adresse" }).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: "erwartet wird eine E-Mail-Adresse wie name@beispiel.de" });
var phone = z.string({ error: "erwartet wird eine Telefonnummer als Text" }).regex(/^\+?[0-9 ()/-]{5,}$/, { error: "erwartet wird eine Telefonnummer aus Ziffern, Leerzeichen, +, /, - oder Klammern" });
var text = (max) => {
	const base = z.string({ error: "erwartet wird ein Text" }).trim().min(1, { error: "darf nicht leer sein" });
	return max ? base.max(max, { error: `darf höchstens ${max} Zeichen lang sein` }) : base;
};
/** A closed list of German slugs. */
function oneOf(values) {
	return z.enum(values, { error: `erwartet wird einer dieser Werte: ${values.join(", ")}` });
}
/** A non-empty list without repeats. */
function listOf(item, what) {
	return z.array(item, { error: `erwartet wird eine Liste (${what})` }).min(1, { error: `erwartet wird mindestens ein Eintrag (${what})` }).refine((items) => new Set(items.map((i) => JSON.stringify(i))).size === items.length, { error: "jeder Eintrag darf nur einmal vorkommen" });
}
var ISO_639_1 = /^[a-z]{2}$/;
/**
* Attaches German descriptions to the fields of an object shape. They feed the JSON Schema for
* editors, CONTRIBUTING.md and /mitmachen/, so the explanation of a field lives beside its rule.
*/
function documented(shape, docs) {
	const out = {};
	for (const [key, schema] of Object.entries(shape)) {
		const described = schema.describe(docs[key]);
		const reference = referenceRegistry.get(schema);
		if (reference) described.register(referenceRegistry, reference);
		out[key] = described;
	}
	return out;
}
/**
* Optional translations of an entry's texts (`translations: { en: { title, summary, body } }`).
* A page in that language shows them; without one it shows the German text, marked as German.
*/
function translationsSchema(titleMax, extra = {
	shape: {},
	docs: {}
}) {
	const entry = z.strictObject(documented({
		title: text(titleMax).optional(),
		summary: text(300),
		body: text().optional(),
		machineTranslated: z.boolean({ error: "erwartet wird true oder false" }).optional(),
		...extra.shape
	}, {
		title: `Übersetzter Name (höchstens ${titleMax} Zeichen); weglassen, wenn der Name gleich bleibt`,
		summary: "Übersetzte Zusammenfassung (höchstens 300 Zeichen)",
		body: "Übersetzte Beschreibung als Text; Absätze durch eine Leerzeile getrennt",
		machineTranslated: "true, solange die Übersetzung maschinell ist oder noch nicht von einem Menschen mit dieser Muttersprache geprüft wurde",
		...extra.docs
	}));
	return z.strictObject(documented({
		en: entry.optional(),
		ar: entry.optional()
	}, {
		en: "Englische Übersetzung",
		ar: "Arabische Übersetzung"
	}), { error: "erwartet werden Übersetzungen unter den Sprachcodes en oder ar" });
}
var TRANSLATIONS_DOC = "Übersetzungen von Name und Zusammenfassung, je Sprache (en, ar) mit title, summary, body und machineTranslated";
export { documented as a, idRef as c, oneOf as d, phone as f, webUrl as g, translationsSchema as h, TRANSLATIONS_DOC as i, isoDate as l, text as m, ID_PATTERN as n, email as o, referenceRegistry as p, ISO_639_1 as r, httpsUrl as s, COLLECTIONS as t, listOf as u };
