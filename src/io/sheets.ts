/**
 * The spreadsheet round trip over a content folder: the template (vorlage.xlsx), the import of a filled
 * sheet (dry run or write) and the export of a region's entries. The rules are in src/lib/sheet/.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { CollectionName } from '../schema/common';
import { buildRegionTree, reachOf } from '../lib/regions';
import { columnsOf, DEFAULT_SLOTS, SHEETS, type Column } from '../lib/sheet/columns';
import { planImport, type ImportPlan } from '../lib/sheet/import';
import { entryToRow } from '../lib/sheet/rows';
import { validateFiles, type ValidatedEntry } from '../lib/validation/validate';
import { readContentFiles } from './content-files';
import { buildWorkbook, csvOf, readSheetFile, SheetFileError, writeWorkbook, type SheetToWrite } from './sheet-files';

/** Entries of a content folder as written (raw), by collection. */
function entriesOf(contentRoot: string, today: string): ValidatedEntry[] {
  return validateFiles(readContentFiles(contentRoot), { today, reviewMaxAgeMonths: 1200 }).entries.filter((e) => e.raw);
}

const nameOf = (entry: ValidatedEntry) => String(entry.raw?.name ?? entry.raw?.title ?? entry.id);

/** Drop-down values: "id – Name" for references, the values of an enum. */
function listsFor(entries: readonly ValidatedEntry[]) {
  return (column: Column): string[] =>
    column.reference
      ? entries.filter((e) => e.collection === column.reference).map((e) => `${e.id} – ${nameOf(e)}`).sort()
      : [...(column.values ?? [])];
}

const NOTES = [
  'Förderatlas: Vorlage für Einträge',
  'Je Blatt eine Sammlung: Projekte (Angebote vor Ort), Programme (Förderprogramme), Organisationen (Geldgeber und Träger).',
  'Eine Zeile = ein Eintrag. Die Spalte „id“ leer lassen für einen neuen Eintrag; die Kennung entsteht dann aus dem Titel. Die Kennung eines bestehenden Eintrags ändert ihn.',
  'Die Überschriften nicht ändern: der Teil in Klammern ist der Feldname. Die Erklärung jedes Felds steht als Notiz an der Überschrift.',
  'Mehrere Werte in einer Zelle durch Semikolon trennen, z. B. „sprache; beratung-orientierung“. Auswahllisten zeigen Kennung – Name; beides darf stehen bleiben. Nächste Schritte (howTo): ein Schritt je Zeile in der Zelle (Alt+Eingabe).',
  'Datumsangaben als Datum oder als Text JJJJ-MM-TT (z. B. 2026-03-31). Keine Formeln, keine verbundenen Zellen.',
  'Zeilen, deren erste Zelle mit # beginnt (wie die Beispielzeile), werden nicht eingelesen.',
  'Nennen Sie für jede Angabe eine Quelle und schreiben Sie nur, was die Quelle sagt. Kontakte nur von Stellen, nie von Privatpersonen.',
  'Prüfen: npm run sheet:import -- datei.xlsx   Schreiben: npm run sheet:import -- datei.xlsx --write',
];

const EXAMPLE_ID = '# Beispiel – diese Zeile wird nicht eingelesen';

/** Invented example values, marked as such and skipped by the import. */
function exampleRow(collection: CollectionName, columns: Column[], entries: readonly ValidatedEntry[], today: string) {
  const first = (c: CollectionName, prefer?: string) => entries.find((e) => e.collection === c && e.id === prefer)?.id ?? entries.find((e) => e.collection === c)?.id ?? '';
  const shared = {
    actionFields: [first('action-fields', 'sprache')],
    targetGroups: [first('target-groups')],
    area: [first('regions', 'kassel')],
    period: { start: '2025-01-01' },
    reviewed: today,
    sources: [{ url: 'https://www.example.org/sprachcafe', title: 'Seite des Trägers', accessed: today, kind: 'traeger' }],
  };
  const data: Partial<Record<CollectionName, Record<string, unknown>>> = {
    projects: {
      ...shared,
      title: 'Sprachcafé im Stadtteilzentrum',
      summary: 'Offener Treff zum Deutschüben bei Kaffee und Tee, ohne Anmeldung.',
      carrier: first('organizations'),
      format: ['treffpunkt'],
      cost: 'kostenlos',
      address: { street: 'Musterstraße 1', postalCode: '34117', city: 'Kassel' },
      hours: { slots: [{ days: ['di'], from: '15:00', to: '17:00' }] },
    },
    programs: { ...shared, title: 'Förderprogramm Beispiel', summary: 'Zuschüsse für Sprachangebote von Vereinen.', funder: first('organizations'), level: 'land', fundingTypes: ['zuschuss'], eligible: ['vereine'] },
    organizations: { name: 'Beispielverein für Integration e. V.', kind: 'verein', url: 'https://www.example.org/', region: first('regions', 'kassel') },
  };
  return entryToRow(EXAMPLE_ID, data[collection] ?? {}, columns);
}

export async function writeTemplate(contentRoot: string, out: string, today: string): Promise<void> {
  const entries = entriesOf(contentRoot, today);
  const sheets: SheetToWrite[] = SHEETS.map(({ collection, name }) => {
    const columns = columnsOf(collection);
    return { name, columns, rows: [exampleRow(collection, columns, entries, today)], exampleRows: 1 };
  });
  await writeWorkbook(buildWorkbook(sheets, listsFor(entries), NOTES), out);
}

export interface ImportRun extends ImportPlan {
  written: boolean;
}

export async function importSheet(file: string, options: { contentRoot: string; cwd: string; today: string; reviewMaxAgeMonths: number; write: boolean }): Promise<ImportRun> {
  const fileLabel = basename(file);
  let grids;
  try {
    grids = await readSheetFile(file);
  } catch (error) {
    if (error instanceof SheetFileError) return { problems: [{ at: fileLabel, message: error.message, severity: 'error' }], changes: [], unchanged: 0, written: false };
    throw error;
  }
  const plan = planImport(grids, readContentFiles(options.contentRoot, options.cwd), { ...options, fileLabel });
  const ok = !plan.problems.some((p) => p.severity === 'error');
  if (options.write && ok) for (const change of plan.changes) writeFileSync(change.path, change.text);
  return { ...plan, written: options.write && ok };
}

/** The entries located in a region (reachOf: local) and the organisations they name, as sheets. */
export function regionSheets(contentRoot: string, region: string, today: string): SheetToWrite[] {
  const entries = entriesOf(contentRoot, today);
  const regions = entries.filter((e) => e.collection === 'regions');
  if (!regions.some((r) => r.id === region)) throw new SheetFileError(`Region „${region}“ gibt es nicht (erwartet wird eine Kennung aus content/regions/)`);
  const tree = buildRegionTree(regions.map((r) => ({ id: r.id, parent: r.raw?.parent as string | undefined })));
  const located = entries.filter((e) => (e.collection === 'projects' || e.collection === 'programs') && Array.isArray(e.raw?.area) && reachOf(tree, e.raw.area as string[], region) === 'local');
  const orgIds = new Set(located.flatMap((e) => [e.raw?.carrier, e.raw?.funder].filter((v): v is string => typeof v === 'string')));
  const chosen = (collection: CollectionName) =>
    collection === 'organizations' ? entries.filter((e) => e.collection === 'organizations' && orgIds.has(e.id)) : located.filter((e) => e.collection === collection);
  return SHEETS.map(({ collection, name }) => {
    const list = chosen(collection).sort((a, b) => a.id.localeCompare(b.id));
    const slots: Record<string, number> = {};
    for (const key of Object.keys(DEFAULT_SLOTS)) {
      for (const e of list) {
        let value: unknown = e.raw;
        for (const part of key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
        if (Array.isArray(value)) slots[key] = Math.max(slots[key] ?? 0, value.length);
      }
    }
    const columns = columnsOf(collection, slots);
    return { name, columns, rows: list.map((e) => entryToRow(e.id, e.raw!, columns)) };
  });
}

export async function exportRegion(contentRoot: string, region: string, format: 'xlsx' | 'csv', out: string, today: string): Promise<{ files: string[]; counts: Record<string, number> }> {
  const sheets = regionSheets(contentRoot, region, today);
  const counts = Object.fromEntries(sheets.map((s) => [s.name, s.rows.length]));
  if (format === 'xlsx') {
    const entries = entriesOf(contentRoot, today);
    await writeWorkbook(buildWorkbook(sheets, listsFor(entries), NOTES), out);
    return { files: [out], counts };
  }
  // CSV holds one sheet: one file per sheet, named after it.
  const files = sheets.map((sheet) => {
    const path = out.replace(/\.csv$/i, '') + `-${sheet.name.toLowerCase()}.csv`;
    writeFileSync(path, csvOf(sheet));
    return path;
  });
  return { files, counts };
}
