/**
 * Plans a spreadsheet import: reads the header row and every row of each sheet, turns rows into entry
 * files (new ones from their title, existing ones updated field by field), and checks the result with
 * the validator over the whole content folder, so the rules are the schemas' and the messages the
 * validator's. Every problem is located as `Blatt!Zeile:Spalte`. Nothing is written here.
 */
import { join, relative } from 'node:path';
import type { CollectionName } from '../../schema/common';
import { ID_PATTERN } from '../../schema/common';
import { slugify } from '../ids';
import { baseName, type ContentFile } from '../validation/files';
import { parseSource } from '../validation/source';
import { didYouMean } from '../validation/suggest';
import { validateFiles } from '../validation/validate';
import { columnsOf, ID_COLUMN, pathInHeader, SHEETS, type Column } from './columns';
import { changedFields, newEntryText, updateEntryText } from './merge';
import { columnLetter, columnOfPath, rowToEntry, type Cell } from './rows';

/** One sheet as read from a file; `name` is undefined for a CSV file (its collection comes from its headers). */
export interface Grid {
  name?: string;
  rows: (Cell | undefined)[][];
}

export interface SheetProblem {
  /** "Projekte!14:F", or the file name for problems of the whole file. */
  at: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface PlannedChange {
  kind: 'neu' | 'geändert';
  collection: CollectionName;
  id: string;
  /** Path shown to people (relative to the working directory). */
  display: string;
  path: string;
  text: string;
  fields: string[];
  at: string;
}

export interface ImportPlan {
  problems: SheetProblem[];
  changes: PlannedChange[];
  unchanged: number;
}

export interface ImportOptions {
  contentRoot: string;
  cwd: string;
  today: string;
  reviewMaxAgeMonths: number;
  /** Shown for problems of the whole file, e.g. "vorlage.xlsx". */
  fileLabel: string;
}

/** Sheets the template adds for reading only. */
const HELPER_SHEETS = new Set(['listen', 'hinweise']);

const cellText = (cell: Cell | undefined) => (cell?.value === undefined || cell.value === null ? '' : cell.value instanceof Date ? cell.value.toISOString() : String(cell.value).trim());

/** A CSV's collection: the sheet whose columns its headers match best. */
function collectionFromHeaders(headers: string[]): CollectionName | undefined {
  const paths = headers.map(pathInHeader);
  let best: { collection: CollectionName; score: number } | undefined;
  for (const { collection } of SHEETS) {
    const known = new Set(columnsOf(collection).map((c) => c.path.replace(/\[\d+\]/g, '[]')));
    const score = paths.filter((p) => known.has(p.replace(/\[\d+\]/g, '[]'))).length - columnsOf(collection).filter((c) => c.required && !paths.includes(c.path)).length;
    if (!best || score > best.score) best = { collection, score };
  }
  return best && best.score > 0 ? best.collection : undefined;
}

/** How many slots per list of objects the headers use (sources[4].url → 5). */
function slotsInHeaders(paths: string[]): Record<string, number> {
  const slots: Record<string, number> = {};
  for (const path of paths) {
    for (const m of path.matchAll(/([a-zA-Z.]+?)\[(\d+)\]/g)) {
      const key = path.slice(0, m.index + m[1]!.length).replace(/\[\d+\]/g, '');
      slots[key] = Math.max(slots[key] ?? 0, Number(m[2]) + 1);
    }
  }
  return slots;
}

/** Does a key path (list indexes dropped) lead to a column? */
function coverage(columns: readonly Column[]) {
  const prefixes = new Set<string>();
  for (const c of columns) {
    const keys = c.segments.filter((s): s is string => typeof s === 'string');
    for (let i = 1; i <= keys.length; i++) prefixes.add(keys.slice(0, i).join('.'));
  }
  return (path: readonly string[]) => prefixes.has(path.join('.'));
}

interface RowFile {
  sheet: string;
  row: number;
  origin: Map<string, number>;
  change: PlannedChange;
}

export function planImport(grids: readonly Grid[], files: readonly ContentFile[], options: ImportOptions): ImportPlan {
  const problems: SheetProblem[] = [];
  const error = (at: string, message: string) => problems.push({ at, message, severity: 'error' });
  const existing = new Map(files.map((f) => [`${f.folder}/${baseName(f.name)}`, f]));
  const rowFiles: RowFile[] = [];
  let unchanged = 0;
  let rowsSeen = 0;

  if (grids.length === 0 || grids.every((g) => g.rows.every((r) => r.every((c) => cellText(c) === '')))) {
    error(options.fileLabel, 'die Datei ist leer: erwartet wird ein Blatt mit einer Kopfzeile (Spaltennamen) und mindestens einer Zeile mit einem Eintrag');
    return { problems, changes: [], unchanged: 0 };
  }

  for (const grid of grids) {
    const headers = (grid.rows[0] ?? []).map(cellText);
    let collection: CollectionName | undefined;
    let sheet: string;
    if (grid.name !== undefined) {
      if (HELPER_SHEETS.has(grid.name.toLowerCase())) continue;
      collection = SHEETS.find((s) => s.name.toLowerCase() === grid.name!.toLowerCase() || s.collection === grid.name)?.collection;
      sheet = grid.name;
      if (!collection) {
        error(`${sheet}!1`, `unbekanntes Blatt „${sheet}“: erwartet werden die Blätter ${SHEETS.map((s) => s.name).join(', ')}${didYouMean(sheet, SHEETS.map((s) => s.name))}`);
        continue;
      }
    } else {
      collection = collectionFromHeaders(headers);
      // A CSV file is one sheet: its problems are located by the file's name.
      sheet = options.fileLabel;
      if (!collection) {
        error(`${options.fileLabel}!1`, `die Kopfzeile passt zu keiner Sammlung: erwartet werden die Spalten aus der Vorlage, z. B. „Titel (title)“ oder „title“`);
        continue;
      }
    }

    // Header row: every header names a known field, once; the required fields are all there.
    const paths = headers.map(pathInHeader);
    const known = columnsOf(collection, slotsInHeaders(paths));
    const byPath = new Map(known.map((c) => [c.path, c]));
    const sheetColumns: (Column | undefined)[] = [];
    let headerOk = true;
    paths.forEach((path, index) => {
      const at = `${sheet}!1:${columnLetter(index)}`;
      if (headers[index] === '') {
        const hasValues = grid.rows.slice(1).some((r) => cellText(r[index]) !== '');
        if (hasValues) {
          error(at, 'Spalte ohne Überschrift, aber mit Werten: erwartet wird eine Überschrift aus der Vorlage');
          headerOk = false;
        }
        sheetColumns.push(undefined);
        return;
      }
      if (grid.rows[0]?.[index]?.merged) {
        error(at, 'verbundene Zelle in der Kopfzeile: bitte die Verbindung aufheben, jede Spalte braucht ihre eigene Überschrift');
        headerOk = false;
      }
      const column = byPath.get(path);
      if (!column) {
        error(at, `unbekannte Spalte „${headers[index]}“: erwartet wird eine Überschrift aus der Vorlage, z. B. „${known[1]!.header}“${didYouMean(path, known.map((c) => c.path))}`);
        headerOk = false;
      } else if (sheetColumns.includes(column)) {
        error(at, `die Spalte „${path}“ kommt doppelt vor`);
        headerOk = false;
      }
      sheetColumns.push(column);
    });
    for (const column of known.filter((c) => c.required && !paths.includes(c.path))) {
      error(`${sheet}!1`, `Pflichtspalte „${column.header}“ fehlt`);
      headerOk = false;
    }
    if (!headerOk) continue;

    const covered = coverage(sheetColumns.filter((c): c is Column => c !== undefined));
    const order = [...new Set(known.map((c) => String(c.segments[0] ?? '')))].filter(Boolean);
    const seenIds = new Map<string, number>();

    grid.rows.slice(1).forEach((cells, i) => {
      const row = i + 2;
      const texts = cells.map(cellText);
      if (texts.every((t) => t === '') && !cells.some((c) => c?.merged || c?.formula)) return;
      const idIndex = sheetColumns.findIndex((c) => c?.path === ID_COLUMN);
      if (idIndex >= 0 && texts[idIndex]?.startsWith('#')) return; // the template's example row and other comments
      rowsSeen += 1;
      const entry = rowToEntry(cells, sheetColumns);
      for (const e of entry.errors) error(`${sheet}!${row}:${columnLetter(e.column)}`, e.message);
      const idAt = `${sheet}!${row}:${columnLetter(Math.max(0, idIndex))}`;
      const titleKey = collection === 'organizations' ? 'name' : 'title';
      let id = entry.id;
      let file: ContentFile | undefined;
      if (id !== undefined) {
        if (!ID_PATTERN.test(id)) {
          error(idAt, `„${id}“ ist keine gültige Kennung: erlaubt sind Kleinbuchstaben a–z, Ziffern und Bindestriche – Vorschlag: „${slugify(id)}“`);
          return;
        }
        file = existing.get(`${collection}/${id}`);
      } else {
        const title = entry.data[titleKey];
        id = typeof title === 'string' ? slugify(title) : '';
        if (!id) {
          if (!entry.errors.length) error(idAt, `Kennung und ${titleKey} fehlen: erwartet wird mindestens ein Titel, aus dem die Kennung entsteht`);
          return;
        }
        if (existing.has(`${collection}/${id}`)) {
          error(idAt, `die Kennung „${id}“ (aus dem Titel) gibt es in ${collection} schon: um diesen Eintrag zu ändern, tragen Sie „${id}“ in die Spalte „id“ ein; für einen neuen Eintrag wählen Sie eine andere Kennung`);
          return;
        }
      }
      const earlier = seenIds.get(id);
      if (earlier !== undefined) {
        error(idAt, `die Kennung „${id}“ steht schon in Zeile ${earlier}: jede Kennung darf nur einmal vorkommen`);
        return;
      }
      seenIds.set(id, row);
      if (entry.errors.length) return;

      const at = `${sheet}!${row}`;
      if (file) {
        const kind = file.name.endsWith('.mdx') ? 'mdx' : 'yaml';
        const text = updateEntryText(file.text, kind, entry.data, covered);
        if (text === file.text) {
          unchanged += 1;
          return;
        }
        const before = (parseSource(file.text, kind).data ?? {}) as Record<string, unknown>;
        const after = (parseSource(text, kind).data ?? {}) as Record<string, unknown>;
        rowFiles.push({ sheet, row, origin: entry.origin, change: { kind: 'geändert', collection, id, display: file.display, path: file.path, text, fields: changedFields(before, after), at } });
      } else {
        const path = join(options.contentRoot, collection, `${id}.yaml`);
        const text = newEntryText(entry.data, order);
        rowFiles.push({ sheet, row, origin: entry.origin, change: { kind: 'neu', collection, id, display: relative(options.cwd, path) || path, path, text, fields: Object.keys(entry.data), at } });
      }
    });
  }

  // A sheet with headers only (e.g. an export without programmes) is no error, but worth a word.
  if (rowsSeen === 0 && !problems.length) problems.push({ at: options.fileLabel, message: 'keine Zeile mit einem Eintrag gefunden: unter der Kopfzeile ist keine Zeile ausgefüllt', severity: 'warning' });

  // The whole folder with the planned files, through the validator: the schemas' rules and messages.
  const planned = new Map(rowFiles.map((r) => [r.change.path, r]));
  const virtual: ContentFile[] = files.map((f) => (planned.has(f.path) ? { ...f, text: planned.get(f.path)!.change.text } : f));
  for (const r of rowFiles) {
    if (r.change.kind === 'neu') virtual.push({ folder: r.change.collection, name: `${r.change.id}.yaml`, path: r.change.path, display: r.change.display, text: r.change.text });
  }
  const { problems: found } = validateFiles(virtual, { today: options.today, reviewMaxAgeMonths: options.reviewMaxAgeMonths });
  const byDisplay = new Map(rowFiles.map((r) => [r.change.display, r]));
  for (const problem of found) {
    const r = byDisplay.get(problem.file);
    if (!r) continue;
    const field = /(?:Feld|Pflichtfeld) „([^“]+)“/.exec(problem.message)?.[1];
    const column = field !== undefined ? columnOfPath(r.origin, field) : undefined;
    const at = `${r.sheet}!${r.row}:${columnLetter(column ?? 0)}`;
    problems.push({ at, message: column === undefined && field === undefined ? `${problem.message} (${r.change.display}:${problem.line}:${problem.column})` : problem.message, severity: problem.severity });
  }

  const order = (p: SheetProblem) => {
    const m = /^(.*)!(\d+)(?::([A-Z]+))?$/.exec(p.at);
    return m ? [m[1]!, Number(m[2]), m[3]?.length ?? 0, m[3] ?? ''] : [p.at, 0, 0, ''];
  };
  problems.sort((a, b) => {
    const [sa, ra, la, ca] = order(a);
    const [sb, rb, lb, cb] = order(b);
    return String(sa).localeCompare(String(sb)) || Number(ra) - Number(rb) || Number(la) - Number(lb) || String(ca).localeCompare(String(cb));
  });
  return { problems, changes: rowFiles.map((r) => r.change), unchanged };
}
