import { a as documented, c as idRef, d as oneOf, f as phone, g as webUrl, h as translationsSchema, i as TRANSLATIONS_DOC, l as isoDate, m as text, o as email, r as ISO_639_1, s as httpsUrl, u as listOf } from "./common_CfGszbeE.mjs";
import { z } from "zod";
var periodSchema = z.strictObject(documented({
	start: isoDate,
	end: isoDate.optional(),
	startKind: oneOf(["beginn", "belegt-seit"]).optional()
}, {
	start: "Beginn als Datum JJJJ-MM-TT",
	end: "Ende als Datum JJJJ-MM-TT; weglassen, wenn das Angebot weiterläuft",
	startKind: "beginn (Standard: start ist der tatsächliche Beginn) oder belegt-seit (der Beginn ist nicht veröffentlicht; start ist das früheste Datum, an dem eine Quelle das Angebot zeigt)"
})).refine((period) => period.end === void 0 || period.end >= period.start, {
	path: ["end"],
	error: "das Ende darf nicht vor dem Beginn (period.start) liegen"
});
/**
* Who publishes a source: the funder, the carrier or a public authority (amtlich), the carrier's own
* pages (traeger), the press (presse) or anyone else (sonstige). Primary sources are the first two.
*/
var SOURCE_KINDS = [
	"amtlich",
	"traeger",
	"presse",
	"sonstige"
];
var PRIMARY_SOURCE_KINDS = ["amtlich", "traeger"];
var sourceSchema = z.strictObject(documented({
	url: webUrl,
	title: text().optional(),
	accessed: isoDate.optional(),
	kind: oneOf(SOURCE_KINDS).optional()
}, {
	url: "Adresse der Quelle (https://… oder http://…)",
	title: "Titel der Quelle, z. B. „BAMF: Integrationskurse“",
	accessed: "Datum, an dem Sie die Quelle gelesen haben",
	kind: `Herausgeber der Quelle: ${SOURCE_KINDS.join(", ")} (amtlich = Geldgeber oder Behörde, traeger = Seite des Trägers)`
}));
/** An age range in years; either end may be open. */
var ageRangeSchema = z.strictObject(documented({
	min: z.number({ error: "erwartet wird ein Alter in Jahren (Zahl)" }).int({ error: "erwartet wird ein Alter in ganzen Jahren" }).min(0, { error: "darf nicht negativ sein" }).max(120, { error: "erwartet wird ein Alter bis 120" }).optional(),
	max: z.number({ error: "erwartet wird ein Alter in Jahren (Zahl)" }).int({ error: "erwartet wird ein Alter in ganzen Jahren" }).min(0, { error: "darf nicht negativ sein" }).max(120, { error: "erwartet wird ein Alter bis 120" }).optional()
}, {
	min: "Mindestalter in Jahren",
	max: "Höchstalter in Jahren"
}), { error: "erwartet wird ein Altersbereich mit min und/oder max, z. B. { min: 12, max: 27 }" }).refine((range) => range.min !== void 0 || range.max !== void 0, { error: "erwartet wird mindestens min oder max" }).refine((range) => range.min === void 0 || range.max === void 0 || range.min <= range.max, {
	path: ["max"],
	error: "das Höchstalter (max) darf nicht unter dem Mindestalter (min) liegen"
});
var contactSchema = z.strictObject(documented({
	name: text().optional(),
	email: email.optional(),
	phone: phone.optional(),
	url: httpsUrl.optional()
}, {
	name: "Name der Stelle oder Funktion (keine privaten Personen)",
	email: "E-Mail-Adresse der Stelle",
	phone: "Telefonnummer der Stelle",
	url: "Kontaktseite (https://…)"
}));
var OFFERING_DOCS = {
	title: "Name des Angebots, wie er offiziell heißt",
	summary: "Ein bis zwei Sätze in einfacher Sprache: was ist es, für wen? Höchstens 300 Zeichen.",
	actionFields: "Kennungen der Handlungsfelder (content/action-fields/), mindestens eines",
	targetGroups: "Kennungen der Zielgruppen (content/target-groups/), mindestens eine",
	area: "Kennungen der Regionen, in denen das Angebot gilt oder stattfindet; eine Region schließt alle Orte darin ein",
	period: "Zeitraum mit start und (wenn bekannt) end",
	reviewed: "Datum der letzten Prüfung durch die Redaktion (JJJJ-MM-TT), nicht in der Zukunft",
	sources: "Quellen, die die Angaben belegen: mindestens eine, außer bei erfundenen Beispielen",
	example: "true für ein erfundenes Beispiel; es wird mit dem Zeichen „Beispiel“ angezeigt",
	url: "Offizielle Internetseite des Angebots (https://…)",
	contact: "Kontakt einer Stelle (Name, E-Mail, Telefon, Internetseite)",
	languages: "Sprachen, in denen das Angebot genutzt werden kann, als Sprachcodes (de, en, ar, tr …)",
	easy: "Zusammenfassung in Leichter Sprache: kurze Sätze, eine Aussage pro Satz, schwere Wörter erklärt (höchstens 600 Zeichen)",
	translations: TRANSLATIONS_DOC,
	ageRange: "Altersbereich in Jahren: min und/oder max, z. B. { min: 12, max: 27 }",
	eligibility: "Wer teilnehmen oder beantragen kann, in einfachen Worten, z. B. „ab 27 Jahren, in den ersten drei Jahren nach der Einreise“",
	howTo: "Nächste Schritte als kurze Liste, z. B. „Termin telefonisch vereinbaren“, „Aufenthaltstitel mitbringen“"
};
function offeringShape(ref = idRef) {
	return documented({
		title: text(150),
		summary: text(300),
		actionFields: listOf(ref("action-fields"), "Handlungsfelder"),
		targetGroups: listOf(ref("target-groups"), "Zielgruppen"),
		area: listOf(ref("regions"), "Regionen"),
		period: periodSchema,
		reviewed: isoDate,
		sources: z.array(sourceSchema, { error: "erwartet wird eine Liste von Quellen" }).optional(),
		example: z.boolean({ error: "erwartet wird true oder false" }).default(false),
		url: httpsUrl.optional(),
		contact: contactSchema.optional(),
		languages: z.array(z.string().regex(ISO_639_1, { error: "erwartet wird ein Sprachcode aus zwei Kleinbuchstaben (ISO 639-1), z. B. de, en, ar" }), { error: "erwartet wird eine Liste von Sprachcodes" }).optional(),
		easy: text(600).optional(),
		translations: translationsSchema(150).optional(),
		ageRange: ageRangeSchema.optional(),
		eligibility: text(400).optional(),
		howTo: listOf(text(200), "Schritte").optional()
	}, OFFERING_DOCS);
}
export { offeringShape as n, sourceSchema as r, PRIMARY_SOURCE_KINDS as t };
