/**
 * Spreadsheet files for the round trip: reading .xlsx (exceljs) and .csv (csv-parse) into plain grids
 * of cells, and writing workbooks (the template and the region export) with German headers, the field
 * descriptions as cell notes and drop-down lists for enums and references.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Column } from '../lib/sheet/columns';
import type { Grid } from '../lib/sheet/import';
import type { Cell } from '../lib/sheet/rows';

export class SheetFileError extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function excelCell(cell: ExcelJS.Cell): Cell | undefined {
  const merged = cell.isMerged;
  if (cell.type === ExcelJS.ValueType.Formula) return { value: undefined, formula: true, merged };
  const value = cell.value as unknown;
  if (value === null || value === undefined) return merged ? { value: undefined, merged } : undefined;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { value, merged };
  const object = value as { richText?: { text: string }[]; text?: unknown; error?: string; formula?: string; sharedFormula?: string };
  if (object.formula !== undefined || object.sharedFormula !== undefined) return { value: undefined, formula: true, merged };
  if (object.richText) return { value: object.richText.map((r) => r.text).join(''), merged };
  if (object.error) return { value: undefined, formula: true, merged };
  if (typeof object.text === 'string') return { value: object.text, merged };
  return { value: String(value), merged };
}

/** Every sheet of a workbook as rows of cells (row 1 = index 0). */
export async function readXlsx(buffer: Buffer): Promise<Grid[]> {
  if (buffer.length === 0) return [];
  if (!ZIP_MAGIC.every((byte, i) => buffer[i] === byte)) throw new SheetFileError('die Datei ist keine Excel-Arbeitsmappe (.xlsx): ihr Inhalt ist kein Office-Open-XML-Paket; bitte in Excel oder LibreOffice als .xlsx speichern');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new SheetFileError(`die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx): ${(error as Error).message}`);
  }
  return workbook.worksheets.map((sheet) => {
    const rows: (Cell | undefined)[][] = [];
    // columnCount walks every row: read it once (in the loop condition it made reading a template take 20 s).
    const rowCount = sheet.rowCount;
    const columnCount = sheet.columnCount;
    for (let r = 1; r <= rowCount; r++) {
      const excelRow = sheet.getRow(r);
      const row: (Cell | undefined)[] = [];
      for (let c = 1; c <= columnCount; c++) row.push(excelCell(excelRow.getCell(c)));
      rows.push(row);
    }
    return { name: sheet.name, rows };
  });
}

export function readCsv(text: string): Grid[] {
  if (text.trim() === '') return [];
  let records: string[][];
  try {
    // Excel in Germany writes ";" between cells; detect it from the header line.
    const header = text.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    throw new SheetFileError(`die CSV-Datei ist nicht lesbar: ${(error as Error).message}`);
  }
  return [{ rows: records.map((record) => record.map((value) => (value === '' ? undefined : { value }))) }];
}

/** Reads a .xlsx or .csv file by its extension. */
export async function readSheetFile(path: string): Promise<Grid[]> {
  const buffer = readFileSync(path);
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx') return readXlsx(buffer);
  if (extension === '.csv') {
    if (buffer.includes(0)) throw new SheetFileError('die Datei ist keine Textdatei (CSV): sie enthält Binärdaten');
    return readCsv(buffer.toString('utf8'));
  }
  throw new SheetFileError(`Dateityp „${extension || '(keiner)'}“ wird nicht gelesen: erwartet wird .xlsx oder .csv`);
}

export interface SheetToWrite {
  name: string;
  columns: Column[];
  rows: (string | number | boolean | undefined)[][];
  /** Rows shown in grey italics (the template's example). */
  exampleRows?: number;
}

/** Values of the drop-down lists: per reference collection "id – Name", per enum its values. */
export type ListValues = Map<string, string[]>;

const listKey = (column: Column) => (column.reference ? `ref:${column.reference}` : column.values ? `enum:${column.values.join(',')}` : undefined);

function noteOf(column: Column): string {
  const lines = [column.description];
  if (column.required) lines.push('Pflichtfeld.');
  if (column.list) lines.push(column.values || column.reference || column.kind !== 'text' || column.path === 'languages' ? 'Mehrere Werte durch Semikolon trennen, z. B. „a; b“.' : 'Ein Schritt je Zeile in der Zelle (Zeilenumbruch: Alt+Eingabe).');
  if (column.kind === 'date') lines.push('Datum: Zelle im Datumsformat oder Text JJJJ-MM-TT.');
  if (column.kind === 'boolean') lines.push('ja oder nein.');
  if (column.reference) lines.push(`Kennung aus content/${column.reference}/ (Auswahlliste: Kennung – Name).`);
  return lines.filter(Boolean).join('\n');
}

/** A workbook with one sheet per collection, a "Listen" sheet for the drop-downs and a "Hinweise" sheet. */
export function buildWorkbook(sheets: readonly SheetToWrite[], lists: (column: Column) => string[], notes: readonly string[], dataRows = 300): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Förderatlas';
  workbook.created = new Date('2026-01-01T00:00:00Z');
  workbook.modified = new Date('2026-01-01T00:00:00Z');
  const help = workbook.addWorksheet('Hinweise');
  help.getColumn(1).width = 120;
  notes.forEach((line, i) => (help.getCell(i + 1, 1).value = line));
  const listSheet = workbook.addWorksheet('Listen');
  const listRanges = new Map<string, string>();
  const rangeFor = (column: Column) => {
    const key = listKey(column);
    if (!key) return undefined;
    if (!listRanges.has(key)) {
      const index = listRanges.size + 1;
      const values = lists(column);
      listSheet.getCell(1, index).value = column.reference ?? column.path.replace(/\[\d+\]/g, '');
      values.forEach((v, i) => (listSheet.getCell(i + 2, index).value = v));
      const letter = listSheet.getColumn(index).letter;
      listSheet.getColumn(index).width = 40;
      listRanges.set(key, `Listen!$${letter}$2:$${letter}$${Math.max(2, values.length + 1)}`);
    }
    return listRanges.get(key);
  };
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
    spec.columns.forEach((column, c) => {
      const header = sheet.getCell(1, c + 1);
      header.value = column.header;
      header.note = noteOf(column);
      header.font = { bold: true };
      sheet.getColumn(c + 1).width = Math.min(40, Math.max(12, column.header.length + 2));
      const range = rangeFor(column);
      for (let r = 2; r <= Math.max(dataRows, spec.rows.length + 1); r++) {
        const cell = sheet.getCell(r, c + 1);
        if (range) {
          cell.dataValidation = {
            type: 'list',
            allowBlank: true,
            formulae: [range],
            // A list of several values ("a; b") is no single list entry: offer the list, do not refuse.
            showErrorMessage: !column.list,
            errorStyle: 'stop',
            errorTitle: 'Wert nicht in der Liste',
            error: 'Bitte einen Wert aus der Auswahlliste wählen.',
          };
        }
        if (column.kind === 'date') cell.numFmt = 'yyyy-mm-dd';
        if (column.kind === 'text') cell.numFmt = '@';
      }
    });
    spec.rows.forEach((values, r) => {
      values.forEach((value, c) => {
        if (value === undefined) return;
        const column = spec.columns[c]!;
        const cell = sheet.getCell(r + 2, c + 1);
        cell.value = column.kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value;
        if (r < (spec.exampleRows ?? 0)) cell.font = { italic: true, color: { argb: 'FF595959' } };
      });
    });
  }
  return workbook;
}

export async function writeWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  await workbook.xlsx.writeFile(path);
}

/** One sheet as CSV: headers, then rows; cells a spreadsheet would run as a formula get a leading apostrophe. */
export function csvOf(sheet: SheetToWrite): string {
  return stringify([sheet.columns.map((c) => c.header), ...sheet.rows.map((r) => r.map((v) => (v === undefined ? '' : typeof v === 'boolean' ? (v ? 'ja' : 'nein') : String(v))))], { escape_formulas: true, bom: true });
}
