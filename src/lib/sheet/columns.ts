/**
 * The columns of a spreadsheet sheet, derived from a collection's zod schema (through its JSON Schema
 * for types, enums, required fields and descriptions, and the reference registry for references):
 * one column per plain field, nested objects flattened (`period.start`), lists of plain values in one
 * cell separated by ";", lists of objects in numbered slots (`sources[0].url`, `sources[1].url` …).
 */
import type { z } from 'zod';
import { COLLECTIONS, referenceRegistry, type CollectionName } from '../../schema/common';
import { collectionSchemas } from '../../schema/index';
import { collectionJsonSchema } from '../../schema/json-schema';
import { referencePatterns } from '../validation/schema-walk';

export type CellKind = 'text' | 'date' | 'integer' | 'number' | 'boolean';

export interface Column {
  /** The field's path as the validator names it: "title", "period.start", "sources[0].url". */
  path: string;
  /** Path segments with numbers for slots. */
  segments: (string | number)[];
  /** Header text: German label and the path, e.g. "Titel (title)". */
  header: string;
  kind: CellKind;
  /** A list of plain values in one cell. */
  list: boolean;
  /** Allowed values of an enum. */
  values?: readonly string[];
  /** Collection a reference points to. */
  reference?: CollectionName;
  required: boolean;
  description: string;
}

/** The collections that get a sheet, with the sheet's German name. */
export const SHEETS: readonly { collection: CollectionName; name: string }[] = [
  { collection: 'projects', name: 'Projekte' },
  { collection: 'programs', name: 'Programme' },
  { collection: 'organizations', name: 'Organisationen' },
];
export const sheetName = (collection: CollectionName) => SHEETS.find((s) => s.collection === collection)?.name ?? collection;

/** The id column every sheet starts with (the file name, not a field). */
export const ID_COLUMN = 'id';

/** Short German labels of fields for the header row; the path in brackets is what the importer reads. */
export const LABELS: Record<string, string> = {
  id: 'Kennung', title: 'Titel', name: 'Name', summary: 'Kurzbeschreibung', actionFields: 'Handlungsfelder', targetGroups: 'Zielgruppen',
  area: 'Gebiet', period: 'Zeitraum', start: 'Beginn', end: 'Ende', startKind: 'Art des Beginns', reviewed: 'Geprüft am', sources: 'Quelle',
  url: 'Internetseite', accessed: 'abgerufen am', kind: 'Art', example: 'Beispiel', contact: 'Kontakt', email: 'E-Mail', phone: 'Telefon',
  languages: 'Sprachen', easy: 'Leichte Sprache', translations: 'Übersetzung', body: 'Text', machineTranslated: 'maschinell übersetzt',
  ageRange: 'Alter', min: 'von', max: 'bis', eligibility: 'Wer kann kommen', howTo: 'Nächste Schritte', carrier: 'Träger', format: 'Form',
  funding: 'Förderung', program: 'Programm', amount: 'Betrag in Euro', currency: 'Währung', years: 'Jahre', cost: 'Kosten', address: 'Adresse', street: 'Straße',
  postalCode: 'PLZ', city: 'Ort', hours: 'Zeiten', slots: 'Zeit', days: 'Tage', from: 'von', to: 'bis', byAppointment: 'nach Vereinbarung',
  note: 'Hinweis', accessibility: 'Barrierefreiheit', stepFree: 'stufenlos', accessibleToilet: 'barrierefreie Toilette', hearingLoop: 'Höranlage',
  funder: 'Geldgeber', level: 'Ebene', fundingTypes: 'Förderart', eligible: 'Antragsberechtigt', deadlines: 'Frist', date: 'Datum', label: 'Bezeichnung',
  budget: 'Budget', per: 'je', region: 'Region', en: 'Englisch', ar: 'Arabisch',
};

/** Numbered slots per list of objects in a new template; an export adds slots when an entry has more. */
export const DEFAULT_SLOTS: Record<string, number> = { sources: 3, funding: 2, 'hours.slots': 3, deadlines: 3 };

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; items?: JsonSchema; enum?: string[]; format?: string; description?: string; required?: string[]; anyOf?: JsonSchema[] };

function labelOf(segments: (string | number)[]): string {
  return segments.map((s) => (typeof s === 'number' ? String(s + 1) : (LABELS[s] ?? s))).join(' ');
}

export function pathOf(segments: readonly (string | number)[]): string {
  return segments.reduce<string>((p, s) => (typeof s === 'number' ? `${p}[${s}]` : p ? `${p}.${s}` : s), '');
}

function isReferenceSchema(schema: z.core.$ZodType): string | undefined {
  return referenceRegistry.get(schema as z.ZodType)?.collection;
}

/** Columns of a collection; `slots` overrides the number of slots per list of objects (e.g. from the data to export). */
export function columnsOf(collection: CollectionName, slots: Record<string, number> = {}): Column[] {
  const zod = collectionSchemas()[collection];
  const refs = referencePatterns(zod, isReferenceSchema);
  const referenceAt = (segments: (string | number)[]) =>
    refs.find((r) => r.path.filter((p) => p !== '*').join('.') === segments.filter((s) => typeof s === 'string').join('.'))?.collection as CollectionName | undefined;
  const json = collectionJsonSchema(collection) as JsonSchema;
  const columns: Column[] = [
    { path: ID_COLUMN, segments: [], header: `${LABELS.id} (${ID_COLUMN})`, kind: 'text', list: false, required: false, description: 'Kennung des Eintrags = Dateiname: Kleinbuchstaben a–z, Ziffern und Bindestriche. Leer lassen für einen neuen Eintrag: sie entsteht dann aus dem Titel.' },
  ];
  const walk = (schema: JsonSchema, segments: (string | number)[], required: boolean) => {
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    if (schema.properties) {
      for (const [key, child] of Object.entries(schema.properties)) walk(child, [...segments, key], required && (schema.required ?? []).includes(key));
      return;
    }
    if (type === 'array' && schema.items?.properties) {
      const key = segments.filter((s) => typeof s === 'string').join('.');
      const count = Math.max(slots[key] ?? 0, DEFAULT_SLOTS[key] ?? 1);
      for (let i = 0; i < count; i++) walk({ ...schema.items, required: schema.items.required }, [...segments, i], required && i === 0);
      return;
    }
    const item = type === 'array' ? (schema.items ?? {}) : schema;
    const itemType = Array.isArray(item.type) ? item.type[0] : item.type;
    const kind: CellKind = item.format === 'date' ? 'date' : itemType === 'integer' ? 'integer' : itemType === 'number' ? 'number' : itemType === 'boolean' ? 'boolean' : 'text';
    const path = pathOf(segments);
    columns.push({
      path,
      segments,
      header: `${labelOf(segments)} (${path})`,
      kind,
      list: type === 'array',
      ...(item.enum ? { values: item.enum } : {}),
      ...(referenceAt(segments) ? { reference: referenceAt(segments) } : {}),
      required,
      description: schema.description ?? '',
    });
  };
  walk(json, [], true);
  return columns;
}

/** The path in a header "Titel (title)" (or a bare path, as in a CSV written by hand). */
export function pathInHeader(header: string): string {
  const match = /\(([^()]+)\)\s*$/.exec(header.trim());
  return (match ? match[1]! : header).trim();
}

export const isSheetCollection = (c: string): c is CollectionName => (COLLECTIONS as readonly string[]).includes(c) && SHEETS.some((s) => s.collection === c);
