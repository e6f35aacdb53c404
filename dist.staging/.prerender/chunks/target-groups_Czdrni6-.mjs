import { a as documented, c as idRef, d as oneOf, f as phone, h as translationsSchema, i as TRANSLATIONS_DOC, l as isoDate, m as text, o as email, s as httpsUrl, u as listOf } from "./common_CfGszbeE.mjs";
import { n as offeringShape } from "./offering_N6gZKfDM.mjs";
import { z } from "zod";
// src/schema/action-fields.ts
/** The field as a need in everyday words, for the Angebotsfinder ("Deutsch lernen" for "Sprache"). */
var NEED_DOCS = {
	need: "Das Handlungsfeld als Bedarf in Alltagsworten für den Angebotsfinder, z. B. „Deutsch lernen“ (höchstens 40 Zeichen)",
	needHint: "Eine Zeile dazu in einfacher Sprache, z. B. „Kurse, Sprachcafés und Hilfe beim Übersetzen“ (höchstens 120 Zeichen)"
};
var needShape = () => ({
	need: text(40).optional(),
	needHint: text(120).optional()
});
function actionFieldSchema() {
	return z.strictObject(documented({
		title: text(80),
		summary: text(300),
		keywords: z.array(text(), { error: "erwartet wird eine Liste von Suchwörtern" }).optional(),
		order: z.number({ error: "erwartet wird eine Zahl" }).int({ error: "erwartet wird eine ganze Zahl" }).optional(),
		easy: text(600).optional(),
		...needShape(),
		translations: translationsSchema(80, {
			shape: needShape(),
			docs: NEED_DOCS
		}).optional()
	}, {
		title: "Name des Handlungsfelds, z. B. „Sprache“",
		summary: "Ein bis zwei Sätze in einfacher Sprache: worum geht es? Höchstens 300 Zeichen.",
		keywords: "Weitere Wörter, unter denen die Suche das Handlungsfeld und seine Angebote finden soll",
		order: "Zahl für die Reihenfolge in Listen (kleinere Zahlen zuerst)",
		easy: "Zusammenfassung in Leichter Sprache: kurze Sätze, eine Aussage pro Satz, schwere Wörter erklärt (höchstens 600 Zeichen)",
		...NEED_DOCS,
		translations: TRANSLATIONS_DOC
	}));
}
// src/schema/organizations.ts
var ORGANIZATION_KINDS = [
	"eu-institution",
	"bundesbehoerde",
	"landesbehoerde",
	"kommune",
	"wohlfahrtsverband",
	"verein",
	"migrantenorganisation",
	"stiftung",
	"bildungstraeger",
	"unternehmen",
	"sonstige"
];
function organizationSchema(ref = idRef) {
	return z.strictObject(documented({
		name: text(),
		kind: oneOf(ORGANIZATION_KINDS),
		url: httpsUrl.optional(),
		region: ref("regions").optional(),
		example: z.boolean({ error: "erwartet wird true oder false" }).default(false)
	}, {
		name: "Name der Organisation, z. B. „Bundesamt für Migration und Flüchtlinge (BAMF)“",
		kind: `Art der Organisation: ${ORGANIZATION_KINDS.join(", ")}`,
		url: "Internetseite der Organisation (https://…)",
		region: "Kennung der Region, in der die Organisation ihren Sitz hat",
		example: "true, wenn die Organisation erfunden ist (nur für Beispiele)"
	}));
}
// src/schema/programs.ts
var PROGRAM_LEVELS = [
	"eu",
	"bund",
	"land",
	"kommune",
	"stiftung",
	"sonstige"
];
var FUNDING_TYPES = [
	"zuschuss",
	"darlehen",
	"buergschaft",
	"sachleistung",
	"beratung",
	"kursangebot",
	"personalfoerderung",
	"preis",
	"sonstige"
];
var ELIGIBLE = [
	"privatpersonen",
	"kommunen",
	"vereine",
	"migrantenorganisationen",
	"bildungstraeger",
	"unternehmen",
	"schulen",
	"kitas",
	"wohlfahrtsverbaende",
	"sonstige"
];
function programSchema(ref = idRef) {
	return z.strictObject({
		...offeringShape(ref),
		...programFields(ref)
	});
}
function programFields(ref) {
	return documented({
		funder: ref("organizations"),
		level: oneOf(PROGRAM_LEVELS),
		fundingTypes: listOf(oneOf(FUNDING_TYPES), "Förderarten"),
		eligible: listOf(oneOf(ELIGIBLE), "Antragsberechtigte"),
		deadlines: z.array(z.strictObject(documented({
			date: isoDate,
			label: text()
		}, {
			date: "Datum der Frist (JJJJ-MM-TT)",
			label: "Was bis zu diesem Tag zu tun ist, z. B. „Antrag für 2027 einreichen“"
		})), { error: "erwartet wird eine Liste von Fristen" }).optional(),
		budget: z.strictObject(documented({
			amount: z.number({ error: "erwartet wird ein Betrag als Zahl" }).min(0, { error: "darf nicht negativ sein" }),
			currency: z.literal("EUR", { error: "erwartet wird EUR" }).default("EUR"),
			per: oneOf(["gesamt", "jahr"]).optional(),
			note: text().optional()
		}, {
			amount: "Betrag in Euro, ohne Punkte und Zeichen, z. B. 1300000",
			currency: "Währung: EUR",
			per: "gesamt (für die ganze Laufzeit) oder jahr (pro Jahr)",
			note: "Erläuterung oder Quelle des Betrags"
		})).optional()
	}, {
		funder: "Kennung der Organisation, die das Programm finanziert (content/organizations/)",
		level: `Ebene des Geldgebers: ${PROGRAM_LEVELS.join(", ")}`,
		fundingTypes: `Art der Förderung, mindestens eine: ${FUNDING_TYPES.join(", ")}`,
		eligible: `Wer Förderung beantragen kann, mindestens einer: ${ELIGIBLE.join(", ")}`,
		deadlines: "Antragsfristen als Liste aus date (JJJJ-MM-TT) und label (was bis dahin zu tun ist)",
		budget: "Fördersumme: amount (Zahl), currency (EUR), per (gesamt oder jahr), note (Quelle oder Erläuterung)"
	});
}
// src/schema/projects.ts
var PROJECT_FORMATS = [
	"kurs",
	"beratung",
	"treffpunkt",
	"qualifizierung",
	"netzwerk",
	"veranstaltung",
	"lotsen-mentoring",
	"sonstige"
];
var COSTS = [
	"kostenlos",
	"geringe-gebuehr",
	"kostenpflichtig",
	"unbekannt"
];
var WEEKDAYS = [
	"mo",
	"di",
	"mi",
	"do",
	"fr",
	"sa",
	"so"
];
var clockTime = z.string({ error: "erwartet wird eine Uhrzeit als Text in Anführungszeichen, z. B. \"09:00\"" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "erwartet wird eine Uhrzeit im Format HH:MM, z. B. \"09:00\" oder \"17:30\"" });
/** Opening hours: times per group of weekdays, "nach Vereinbarung" and a free note. */
var hoursSchema = z.strictObject(documented({
	slots: z.array(z.strictObject(documented({
		days: listOf(oneOf(WEEKDAYS), "Wochentage"),
		from: clockTime,
		to: clockTime
	}, {
		days: `Wochentage: ${WEEKDAYS.join(", ")}`,
		from: "Beginn als \"HH:MM\"",
		to: "Ende als \"HH:MM\""
	})).refine((slot) => slot.from < slot.to, {
		path: ["to"],
		error: "das Ende (to) muss nach dem Beginn (from) liegen"
	}), { error: "erwartet wird eine Liste von Zeiten mit days, from und to" }).optional(),
	byAppointment: z.boolean({ error: "erwartet wird true oder false" }).optional(),
	note: text(200).optional()
}, {
	slots: "Zeiten als Liste aus days (Wochentage), from und to (\"HH:MM\")",
	byAppointment: "true, wenn ein Termin nötig ist oder Termine nach Vereinbarung vergeben werden",
	note: "Hinweis zu den Zeiten, z. B. „nicht in den Schulferien“"
}), { error: "erwartet werden Öffnungszeiten mit slots, byAppointment oder note" }).refine((hours) => (hours.slots?.length ?? 0) > 0 || hours.byAppointment !== void 0 || hours.note !== void 0, { error: "erwartet wird mindestens eine Angabe: slots, byAppointment oder note" });
var accessibilitySchema = z.strictObject(documented({
	stepFree: z.boolean({ error: "erwartet wird true oder false" }).optional(),
	accessibleToilet: z.boolean({ error: "erwartet wird true oder false" }).optional(),
	hearingLoop: z.boolean({ error: "erwartet wird true oder false" }).optional(),
	note: text(300).optional()
}, {
	stepFree: "true, wenn der Ort stufenlos erreichbar ist (Rampe, Aufzug)",
	accessibleToilet: "true, wenn es eine barrierefreie Toilette gibt",
	hearingLoop: "true, wenn es eine Höranlage (Induktionsschleife) gibt",
	note: "Weitere Hinweise zur Barrierefreiheit"
}), { error: "erwartet werden Angaben zur Barrierefreiheit: stepFree, accessibleToilet, hearingLoop, note" });
function projectSchema(ref = idRef) {
	return z.strictObject({
		...offeringShape(ref),
		...projectFields(ref)
	});
}
function projectFields(ref) {
	return documented({
		carrier: ref("organizations"),
		format: listOf(oneOf(PROJECT_FORMATS), "Formate"),
		funding: z.array(z.strictObject(documented({
			program: ref("programs"),
			amount: z.number({ error: "erwartet wird ein Betrag als Zahl" }).min(0, { error: "darf nicht negativ sein" }).optional(),
			years: z.array(z.number({ error: "erwartet wird eine Jahreszahl" }).int({ error: "erwartet wird eine Jahreszahl" }).min(1900).max(2100), { error: "erwartet wird eine Liste von Jahreszahlen" }).optional()
		}, {
			program: "Kennung des fördernden Programms (content/programs/)",
			amount: "Förderbetrag in Euro",
			years: "Jahre, für die der Betrag gilt, z. B. [2025, 2026]"
		})), { error: "erwartet wird eine Liste von Förderungen" }).optional(),
		cost: oneOf(COSTS).default("unbekannt"),
		address: z.strictObject(documented({
			street: text().optional(),
			postalCode: z.string().regex(/^\d{5}$/, { error: "erwartet wird eine fünfstellige Postleitzahl" }).optional(),
			city: text()
		}, {
			street: "Straße und Hausnummer",
			postalCode: "Postleitzahl (fünf Ziffern)",
			city: "Ort"
		})).optional(),
		hours: hoursSchema.optional(),
		accessibility: accessibilitySchema.optional()
	}, {
		carrier: "Kennung der Organisation, die das Projekt durchführt (Träger, content/organizations/)",
		format: `Form des Angebots, mindestens eine: ${PROJECT_FORMATS.join(", ")}`,
		funding: "Förderungen als Liste aus program (Kennung des Programms), amount (Betrag in Euro) und years (Jahre)",
		cost: `Kosten für Teilnehmende: ${COSTS.join(", ")} (ohne Angabe: unbekannt)`,
		address: "Adresse des Angebots: street, postalCode, city",
		hours: "Öffnungs- oder Sprechzeiten: slots (days, from, to), byAppointment, note – nur wie vom Träger veröffentlicht",
		accessibility: "Barrierefreiheit des Ortes: stepFree, accessibleToilet, hearingLoop, note"
	});
}
// src/schema/regions.ts
var REGION_KINDS = [
	"eu",
	"bund",
	"land",
	"regierungsbezirk",
	"landkreis",
	"kreisfreie-stadt",
	"sonderstatusstadt",
	"gemeinde"
];
var coordinationSchema = z.strictObject(documented({
	name: text(),
	email: email.optional(),
	phone: phone.optional(),
	url: httpsUrl.optional(),
	address: text().optional()
}, {
	name: "Name der Stelle, z. B. „Koordinationsbüro Integration“",
	email: "E-Mail-Adresse der Stelle",
	phone: "Telefonnummer der Stelle",
	url: "Internetseite der Stelle (https://…)",
	address: "Postanschrift in einer Zeile"
}));
function regionSchema(ref = idRef) {
	return z.strictObject(documented({
		name: text(),
		kind: oneOf(REGION_KINDS),
		parent: ref("regions").optional(),
		ags: z.string({ error: "erwartet wird der Amtliche Gemeindeschlüssel als Text in Anführungszeichen, z. B. \"06611\"" }).regex(/^(\d{2}|\d{3}|\d{5}|\d{8})$/, { error: "erwartet werden 2, 3, 5 oder 8 Ziffern" }).optional(),
		/** Optional: the official name with its status suffix, e.g. "Wetzlar, Stadt". */
		officialName: text().optional(),
		/** Optional: one of the six "Modellregionen Integration" (2009–2013). */
		modelRegion: z.boolean({ error: "erwartet wird true oder false" }).optional(),
		coordination: coordinationSchema.optional(),
		population: z.number({ error: "erwartet wird eine Zahl" }).int({ error: "erwartet wird eine ganze Zahl" }).min(0, { error: "darf nicht negativ sein" }).optional(),
		populationYear: z.number({ error: "erwartet wird eine Jahreszahl" }).int({ error: "erwartet wird eine Jahreszahl" }).min(1900, { error: "erwartet wird eine Jahreszahl ab 1900" }).optional(),
		sources: z.array(z.strictObject(documented({
			url: httpsUrl,
			title: text().optional()
		}, {
			url: "Adresse der Quelle (https://…)",
			title: "Titel der Quelle"
		}))).optional()
	}, {
		name: "Name, wie man ihn sagt, z. B. „Offenbach am Main“ oder „Main-Kinzig-Kreis“",
		kind: "Art der Region: eu, bund, land, regierungsbezirk, landkreis, kreisfreie-stadt, sonderstatusstadt oder gemeinde",
		parent: "Kennung der Region, in der diese Region liegt (fehlt nur bei der obersten Region)",
		ags: "Amtlicher Gemeindeschlüssel in Anführungszeichen: 2, 3, 5 oder 8 Ziffern",
		officialName: "Amtlicher Name mit Zusatz, z. B. „Wetzlar, Stadt“",
		modelRegion: "true für die sechs Modellregionen Integration (2009–2013)",
		coordination: "Koordinationsstelle vor Ort mit Name und Kontakt",
		population: "Einwohnerzahl (ganze Zahl)",
		populationYear: "Jahr, auf das sich die Einwohnerzahl bezieht",
		sources: "Quellen für Schlüssel und Zahlen"
	}));
}
// src/schema/target-groups.ts
function targetGroupSchema() {
	return z.strictObject(documented({
		title: text(80),
		summary: text(300).optional(),
		easy: text(600).optional(),
		translations: translationsSchema(80).optional()
	}, {
		title: "Name der Zielgruppe, z. B. „Eltern“",
		summary: "Wer gehört dazu? Ein Satz in einfacher Sprache.",
		easy: "Zusammenfassung in Leichter Sprache: kurze Sätze, eine Aussage pro Satz, schwere Wörter erklärt (höchstens 600 Zeichen)",
		translations: TRANSLATIONS_DOC
	}));
}
export { organizationSchema as a, programSchema as i, regionSchema as n, actionFieldSchema as o, projectSchema as r, targetGroupSchema as t };
