/**
 * Skeletons for `npm run new`: a commented, valid file with the required fields of a collection.
 * New offerings start as `example: true`, so an unfinished entry can never pass as a real one.
 */
import type { CollectionName } from '../schema/common';
import { isValidId, slugify } from './ids';
import { didYouMean } from './validation/suggest';

export interface SkeletonContext {
  id: string;
  today: string;
  /** A few existing ids per collection, for references that resolve right away. */
  known: Record<CollectionName, string[]>;
}

const first = (ids: string[], fallback: string) => ids[0] ?? fallback;

export function skeleton(collection: CollectionName, ctx: SkeletonContext): string {
  const header = `# yaml-language-server: $schema=../../public/schema/${collection}.json\n`;
  const region = first(ctx.known.regions.filter((r) => r === 'hessen'), first(ctx.known.regions, 'hessen'));
  const field = first(ctx.known['action-fields'], 'sprache');
  const group = first(ctx.known['target-groups'], 'eltern');
  const org = first(ctx.known.organizations, 'bamf');
  const offering = `title: Titel des Angebots
# Ein bis zwei Sätze in einfacher Sprache: was ist es, für wen? (höchstens 300 Zeichen)
summary: Kurze Beschreibung in einfacher Sprache.
# Kennungen aus content/action-fields/ und content/target-groups/
actionFields: [${field}]
targetGroups: [${group}]
# Kennungen aus content/regions/: wo gilt das Angebot oder wo findet es statt?
area: [${region}]
period:
  start: ${ctx.today}
  # end: JJJJ-MM-TT   (weglassen, wenn das Angebot weiterläuft)
# Mindestens eine Quelle, die die Angaben belegt:
# sources:
#   - url: https://…
#     title: Titel der Quelle
#     accessed: ${ctx.today}
# Erst auf false setzen (oder die Zeile löschen), wenn Quellen eingetragen sind:
example: true
reviewed: ${ctx.today}
`;
  switch (collection) {
    case 'programs':
      return `${header}${offering}# Kennung der Organisation, die das Programm finanziert (content/organizations/)
funder: ${org}
# eu, bund, land, kommune, stiftung oder sonstige
level: land
# zuschuss, darlehen, buergschaft, sachleistung, beratung, kursangebot, personalfoerderung, preis, sonstige
fundingTypes: [zuschuss]
# privatpersonen, kommunen, vereine, migrantenorganisationen, bildungstraeger, unternehmen, schulen, kitas, wohlfahrtsverbaende, sonstige
eligible: [vereine]
`;
    case 'projects':
      return `${header}${offering}# Kennung der Organisation, die das Projekt durchführt (content/organizations/)
carrier: ${org}
# kurs, beratung, treffpunkt, qualifizierung, netzwerk, veranstaltung, lotsen-mentoring, sonstige
format: [kurs]
# kostenlos, geringe-gebuehr, kostenpflichtig oder unbekannt
cost: unbekannt
`;
    case 'organizations':
      return `${header}name: Name der Organisation
# eu-institution, bundesbehoerde, landesbehoerde, kommune, wohlfahrtsverband, verein, migrantenorganisation, stiftung, bildungstraeger, unternehmen, sonstige
kind: verein
# url: https://…
# Kennung der Region des Sitzes (content/regions/)
region: ${region}
`;
    case 'regions':
      return `${header}name: Name der Region
# eu, bund, land, regierungsbezirk, landkreis, kreisfreie-stadt, sonderstatusstadt, gemeinde
kind: gemeinde
# Kennung der Region, in der diese liegt
parent: ${region}
# ags: "06…"   (Amtlicher Gemeindeschlüssel in Anführungszeichen)
`;
    case 'action-fields':
      return `${header}title: Name des Handlungsfelds
summary: Worum geht es? Ein bis zwei Sätze in einfacher Sprache.
# Wörter, unter denen die Suche das Handlungsfeld finden soll
keywords: []
`;
    case 'target-groups':
      return `${header}title: Name der Zielgruppe
summary: Wer gehört dazu? Ein Satz in einfacher Sprache.
`;
    case 'surveys':
      return `${header}# Kennung der erhobenen Region (content/regions/); die Datei heißt wie die Region
region: ${ctx.id}
# Tag der Erhebung
date: ${ctx.today}
# Nur die Handlungsfelder, für die Sie gezielt nach Angeboten vor Ort gesucht haben:
fields: [${field}]
# Wo Sie gesucht haben (ersetzen Sie diese Zeilen durch Ihre Quellen):
sources:
  - url: https://www.example.org/
    title: Übersichtsseite, auf der gesucht wurde
    accessed: ${ctx.today}
    kind: amtlich
notes: Wie wurde erhoben?
`;
  }
}

export type IdProblem = { ok: true } | { ok: false; message: string };

/**
 * Checks a proposed id against the id rules and the existing entries of its collection. A survey is
 * named after its region, so its id must be a region id (`regions`).
 */
export function checkNewId(collection: CollectionName, id: string, existing: ReadonlySet<string>, regions: ReadonlySet<string> = new Set()): IdProblem {
  if (!isValidId(id)) {
    const proposal = slugify(id);
    return {
      ok: false,
      message: `„${id}“ ist keine gültige Kennung: erlaubt sind Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche (ä → ae, ß → ss)${proposal ? `. Vorschlag: ${proposal}` : ''}`,
    };
  }
  if (collection === 'surveys' && !regions.has(id)) {
    return { ok: false, message: `„${id}“ ist keine Region: eine Erhebung heißt wie die Region, die erhoben wurde (Kennung aus content/regions/)${didYouMean(id, regions)}` };
  }
  if (existing.has(id)) return { ok: false, message: `„${id}“ gibt es in content/${collection}/ schon. Bitte die vorhandene Datei ändern oder eine andere Kennung wählen.` };
  return { ok: true };
}
