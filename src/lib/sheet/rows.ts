/**
 * From spreadsheet cells to entry data and back. A cell is read by its column's kind (date, number,
 * yes/no, list …); what a cell cannot be (a formula, a merged cell, a date typed as German text) is a
 * problem here, everything else is left to the zod schemas through the validator.
 */
import { didYouMean } from '../validation/suggest';
import { ID_COLUMN, pathOf, type Column } from './columns';

/** A cell as src/io/sheet-files.ts reads it from .xlsx or .csv. */
export interface Cell {
  value: string | number | boolean | Date | undefined;
  /** The cell holds a formula (never evaluated, never imported). */
  formula?: boolean;
  /** The cell is part of a merged range. */
  merged?: boolean;
}

/** Excel column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const TRUE = new Set(['ja', 'j', 'x', 'wahr', 'true', '1']);
const FALSE = new Set(['nein', 'n', 'falsch', 'false', '0']);
/** A leading apostrophe that a CSV export put before = + - @ so no spreadsheet runs the cell (csv-stringify escape_formulas). */
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

type Parsed = { value: unknown } | { error: string };

/** Lists of free texts (howTo) hold one item per line; "," and ";" belong to the texts. */
export const isTextList = (column: Column) => column.list && column.kind === 'text' && !column.values && !column.reference && column.path !== 'languages';

/** A value list in one cell: ids, codes and numbers by ";" or ",", texts one per line (Alt+Enter in Excel). */
function splitList(text: string, column: Column): string[] {
  const separator = isTextList(column) ? /\r?\n/ : /[;,]/;
  return text.split(separator).map((s) => s.trim()).filter(Boolean);
}

/** "kassel – Stadt Kassel" (a drop-down entry with its name) → "kassel". */
const idOf = (text: string) => text.split(' – ')[0]!.trim();

function scalar(text: string, column: Column): Parsed {
  if (column.reference) return { value: idOf(text) };
  switch (column.kind) {
    case 'date': {
      const german = GERMAN_DATE.exec(text);
      if (german) {
        const iso = `${german[3]}-${pad(Number(german[2]))}-${pad(Number(german[1]))}`;
        return { error: `Datum als Text „${text}“: erwartet wird ein Datum im Format JJJJ-MM-TT oder eine Zelle im Datumsformat – meinten Sie „${iso}“?` };
      }
      return { value: text };
    }
    case 'integer':
    case 'number': {
      const number = Number(text.replace(/\s/g, '').replace(',', '.'));
      return { value: text !== '' && Number.isFinite(number) ? number : text };
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (TRUE.has(lower)) return { value: true };
      if (FALSE.has(lower)) return { value: false };
      return { error: `„${text}“ ist kein Ja/Nein-Wert: erwartet wird ja oder nein` };
    }
    default:
      return { value: text };
  }
}

/** A cell's value for its column; undefined for an empty cell. */
export function parseCell(cell: Cell | undefined, column: Column): Parsed {
  if (!cell) return { value: undefined };
  if (cell.merged) return { error: 'verbundene Zelle: bitte die Verbindung aufheben und den Wert in jede Zeile einzeln eintragen' };
  if (cell.formula) return { error: 'die Zelle enthält eine Formel: erwartet wird ein fester Wert; Formeln werden nicht übernommen (bitte „Werte einfügen“)' };
  const raw = cell.value;
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return { value: undefined };
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { error: 'ungültiges Datum' };
    // A time of day typed into a text cell comes back as a time on Excel's day zero (1899-12-30).
    if (column.kind === 'text' && isoDay(raw) === '1899-12-30') return { value: `${pad(raw.getUTCHours())}:${pad(raw.getUTCMinutes())}` };
    const day = isoDay(raw);
    if (column.kind === 'date' || column.kind === 'text') return column.list ? { value: [day] } : { value: day };
    return { value: day };
  }
  if (typeof raw === 'number' || typeof raw === 'boolean') {
    if (column.list) return { value: [raw] };
    if (column.kind === 'text') return { value: String(raw) };
    if (column.kind === 'date') return { error: `erwartet wird ein Datum im Format JJJJ-MM-TT, nicht die Zahl ${raw}` };
    return { value: raw };
  }
  let text = raw.trim();
  if (text.startsWith('=')) return { error: `die Zelle enthält eine Formel („${text.slice(0, 30)}“): erwartet wird ein fester Wert` };
  text = text.replace(ESCAPED_FORMULA, '');
  if (!column.list) {
    const parsed = scalar(text, column);
    if ('value' in parsed && column.values && typeof parsed.value === 'string' && !column.values.includes(parsed.value)) {
      return { error: `„${parsed.value}“ ist kein erlaubter Wert: erwartet wird einer dieser Werte: ${column.values.join(', ')}${didYouMean(parsed.value, column.values)}` };
    }
    return parsed;
  }
  const items: unknown[] = [];
  for (const part of splitList(text, column)) {
    const parsed = scalar(part, column);
    if ('error' in parsed) return parsed;
    if (column.values && typeof parsed.value === 'string' && !column.values.includes(parsed.value)) {
      return { error: `„${parsed.value}“ ist kein erlaubter Wert: erwartet wird einer dieser Werte: ${column.values.join(', ')}${didYouMean(parsed.value, column.values)}` };
    }
    items.push(parsed.value);
  }
  return { value: items };
}

export interface RowEntry {
  /** The id cell (empty for a new entry). */
  id?: string;
  data: Record<string, unknown>;
  /** Entry path ("sources[0].url") → sheet column index, to locate the validator's problems. */
  origin: Map<string, number>;
  errors: { column: number; message: string }[];
}

function setAt(target: Record<string, unknown>, segments: readonly (string | number)[], value: unknown) {
  let node: Record<string | number, unknown> = target;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) {
      node[segment] = value;
      return;
    }
    const nextIsIndex = typeof segments[i + 1] === 'number';
    node[segment] ??= nextIsIndex ? [] : {};
    node = node[segment] as Record<string | number, unknown>;
  });
}

/** Drops empty slots and objects; returns how indexes moved, so problems can still be located. */
function compact(value: unknown, path: string, moves: Map<string, string>): unknown {
  if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
    const kept: unknown[] = [];
    value.forEach((item, i) => {
      const inner = compact(item, `${path}[${i}]`, moves);
      if (inner !== undefined) {
        moves.set(`${path}[${kept.length}]`, `${path}[${i}]`);
        kept.push(inner);
      }
    });
    return kept.length ? kept : undefined;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const inner = compact(child, path ? `${path}.${key}` : key, moves);
      if (inner !== undefined) out[key] = inner;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}

/** One row: `columns[i]` is the column of sheet column i (undefined for a column the importer ignores). */
export function rowToEntry(cells: readonly (Cell | undefined)[], columns: readonly (Column | undefined)[]): RowEntry {
  const data: Record<string, unknown> = {};
  const errors: RowEntry['errors'] = [];
  const byPath = new Map<string, number>();
  let id: string | undefined;
  columns.forEach((column, index) => {
    if (!column) return;
    const parsed = parseCell(cells[index], column);
    if ('error' in parsed) {
      errors.push({ column: index, message: `Spalte „${column.path}“: ${parsed.error}` });
      return;
    }
    if (parsed.value === undefined) return;
    if (column.path === ID_COLUMN) id = String(parsed.value);
    else {
      setAt(data, column.segments, parsed.value);
      byPath.set(column.path, index);
    }
  });
  const moves = new Map<string, string>();
  const compacted = (compact(data, '', moves) as Record<string, unknown> | undefined) ?? {};
  // Entry paths after compaction → the sheet column they came from.
  const origin = new Map<string, number>();
  for (const [path, index] of byPath) {
    let entryPath = path;
    for (const [after, before] of moves) if (after !== before && entryPath.startsWith(before)) entryPath = after + entryPath.slice(before.length);
    origin.set(entryPath, index);
  }
  return { ...(id ? { id } : {}), data: compacted, origin, errors };
}

/** The sheet column of a validator problem's field path: the field itself, the first column inside it, or its nearest parent. */
export function columnOfPath(origin: ReadonlyMap<string, number>, field: string): number | undefined {
  if (origin.has(field)) return origin.get(field);
  const inside = [...origin].filter(([p]) => p.startsWith(`${field}.`) || p.startsWith(`${field}[`)).map(([, i]) => i);
  if (inside.length) return Math.min(...inside);
  let parent = field;
  while (parent.includes('.') || parent.includes('[')) {
    parent = parent.replace(/(\.[^.[]+|\[\d+\])$/, '');
    if (origin.has(parent)) return origin.get(parent);
  }
  return undefined;
}

/** Values of an entry for the given columns, for an export (dates stay text "JJJJ-MM-TT"; the writer makes date cells). */
export function entryToRow(id: string, data: Record<string, unknown>, columns: readonly Column[]): (string | number | boolean | undefined)[] {
  return columns.map((column) => {
    if (column.path === ID_COLUMN) return id;
    let value: unknown = data;
    for (const segment of column.segments) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[segment] : undefined;
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value)) return value.map(String).join(isTextList(column) ? '\n' : '; ');
    if (typeof value === 'object') return JSON.stringify(value);
    return value as string | number | boolean;
  });
}

export { pathOf };
