import { a as documented, c as idRef, l as isoDate, m as text, t as COLLECTIONS, u as listOf } from "./common_CfGszbeE.mjs";
import { a as organizationSchema, i as programSchema, n as regionSchema, o as actionFieldSchema, r as projectSchema, t as targetGroupSchema } from "./target-groups_Czdrni6-.mjs";
import { r as sourceSchema } from "./offering_N6gZKfDM.mjs";
import { z } from "zod";
// src/schema/surveys.ts
/**
* A survey record: someone looked for local offerings of these action fields in this region, on this
* day, in these sources. Only a surveyed region × field without a local offering may be called a gap.
*/
function surveySchema(ref = idRef) {
	return z.strictObject(documented({
		region: ref("regions"),
		date: isoDate,
		fields: listOf(ref("action-fields"), "Handlungsfelder"),
		sources: z.array(sourceSchema, { error: "erwartet wird eine Liste von Quellen" }).min(1, { error: "erwartet wird mindestens eine Quelle: wo wurde gesucht?" }),
		notes: text(1e3).optional()
	}, {
		region: "Kennung der erhobenen Region (content/regions/)",
		date: "Tag der Erhebung (JJJJ-MM-TT)",
		fields: "Kennungen der Handlungsfelder, für die gezielt nach Angeboten vor Ort gesucht wurde",
		sources: "Quellen, in denen gesucht wurde (Übersichtsseiten von Kreis, Stadt, Trägern)",
		notes: "Wie erhoben wurde und was dabei auffiel"
	}));
}
// src/schema/index.ts
function collectionSchemas(ref = idRef) {
	return {
		regions: regionSchema(ref),
		"action-fields": actionFieldSchema(),
		"target-groups": targetGroupSchema(),
		organizations: organizationSchema(ref),
		programs: programSchema(ref),
		projects: projectSchema(ref),
		surveys: surveySchema(ref)
	};
}
// src/schema/json-schema.ts
/** JSON Schema for editors, derived from the zod schemas (what editors write: io "input"). */
var COLLECTION_TITLES = {
	regions: "Region",
	"action-fields": "Handlungsfeld",
	"target-groups": "Zielgruppe",
	organizations: "Organisation (Geldgeber oder Träger)",
	programs: "Förderprogramm",
	projects: "Projekt oder Angebot vor Ort",
	surveys: "Erhebung (wo wurde nach Angeboten gesucht?)"
};
function collectionJsonSchema(collection, siteUrl) {
	const schema = collectionSchemas()[collection];
	const json = z.toJSONSchema(schema, {
		io: "input",
		unrepresentable: "any"
	});
	return {
		$schema: json.$schema,
		...siteUrl ? { $id: `${siteUrl.replace(/\/$/, "")}/schema/${collection}.json` } : {},
		title: `Förderatlas: ${COLLECTION_TITLES[collection]}`,
		description: `Eine Datei in content/${collection}/. Der Dateiname ist die Kennung: Kleinbuchstaben a–z, Ziffern und Bindestriche.`,
		...Object.fromEntries(Object.entries(json).filter(([key]) => key !== "$schema"))
	};
}
function allJsonSchemas(siteUrl) {
	return Object.fromEntries(COLLECTIONS.map((c) => [c, collectionJsonSchema(c, siteUrl)]));
}
export { collectionSchemas as i, allJsonSchemas as n, collectionJsonSchema as r, COLLECTION_TITLES as t };
