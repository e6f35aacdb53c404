/**
 * The spreadsheet round trip against the committed sample sheets (tests/fixtures/sheets/, written by
 * make.ts) and a copy of the base catalogue: template → three rows → three valid files; broken sheets
 * write nothing and list every problem as Blatt!Zeile:Spalte; export → import changes no file.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportRegion, importSheet, writeTemplate } from '../../src/io/sheets';
import { validateContent } from '../../src/io/validate-folder';
import { columnsOf, pathInHeader } from '../../src/lib/sheet/columns';
import { updateEntryText } from '../../src/lib/sheet/merge';
import { columnLetter, parseCell } from '../../src/lib/sheet/rows';
import { BASE } from '../helpers/content';

const SHEETS = join(import.meta.dirname, '..', 'fixtures', 'sheets');
const TODAY = '2026-12-06';

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tabelle-'));
  cpSync(BASE, join(dir, 'content'), { recursive: true });
  return dir;
}

/** Every file under content/ with its text, to show that nothing was written. */
function snapshot(dir: string): Record<string, string> {
  const root = join(dir, 'content');
  return Object.fromEntries(
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(yaml|mdx)$/.test(f))
      .map((f) => [f, readFileSync(join(root, f), 'utf8')]),
  );
}

const run = (dir: string, file: string, write = true) =>
  importSheet(file, { contentRoot: join(dir, 'content'), cwd: dir, today: TODAY, reviewMaxAgeMonths: 1200, write });

describe('sheet:import of the template with three rows', { timeout: 60_000 }, () => {
  let dir: string;
  let result: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    dir = copy();
    result = await run(dir, join(SHEETS, 'drei-eintraege.xlsx'));
  }, 60_000);

  it('writes three new files with ids from their titles, skipping the example row', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.written).toBe(true);
    expect(result.changes.map((c) => [c.kind, c.display, c.at])).toEqual([
      ['neu', 'content/projects/elterncafe-nordstadt.yaml', 'Projekte!3'],
      ['neu', 'content/projects/bewerbungstraining-fuer-frauen.yaml', 'Projekte!4'],
      ['neu', 'content/organizations/nachbarschaftshilfe-wetzlar-e-v.yaml', 'Organisationen!3'],
    ]);
  });

  it('the written files pass the validator', () => {
    const { problems, entries } = validateContent(join(dir, 'content'), { today: TODAY, reviewMaxAgeMonths: 1200, cwd: dir });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(entries.map((e) => e.id)).toEqual(expect.arrayContaining(['elterncafe-nordstadt', 'bewerbungstraining-fuer-frauen', 'nachbarschaftshilfe-wetzlar-e-v']));
  });

  it('writes dates, lists, times in quotes, drop-down values as ids and steps one per line', () => {
    const text = readFileSync(join(dir, 'content/projects/elterncafe-nordstadt.yaml'), 'utf8');
    expect(text).toContain('title: Elterncafé Nordstadt\n');
    expect(text).toContain('area: [kassel]\n');
    expect(text).toContain('  start: 2025-02-01\n');
    expect(text).toContain('from: "09:00"');
    expect(text).toContain('postalCode: "34127"');
    expect(text).toContain('howTo:\n  - Einfach vorbeikommen\n  - Kinder dürfen mit\n');
    expect(text).toContain('days: [mo, mi]');
  });
});

describe('broken sheets write nothing and locate every problem', { timeout: 60_000 }, () => {
  const cases: [string, string[]][] = [
    [
      'kaputt.xlsx',
      [
        'Projekte!3:G: Spalte „period.start“: Datum als Text „01.02.2025“: erwartet wird ein Datum im Format JJJJ-MM-TT oder eine Zelle im Datumsformat – meinten Sie „2025-02-01“?',
        'Projekte!4:C: Spalte „summary“: die Zelle enthält eine Formel: erwartet wird ein fester Wert; Formeln werden nicht übernommen (bitte „Werte einfügen“)',
        'Projekte!5:AR: Spalte „format“: „beratungg“ ist kein erlaubter Wert: erwartet wird einer dieser Werte: kurs, beratung, treffpunkt, qualifizierung, netzwerk, veranstaltung, lotsen-mentoring, sonstige – meinten Sie „beratung“?',
        'Projekte!6:AQ: Feld „carrier“: Organisation „sprachtref-kassel“ gibt es nicht (erwartet wird eine Kennung aus content/organizations/) – meinten Sie „sprachtreff-kassel“?',
        'Projekte!8:A: die Kennung „doppelt“ steht schon in Zeile 7: jede Kennung darf nur einmal vorkommen',
        'Projekte!9:C: Spalte „summary“: verbundene Zelle: bitte die Verbindung aufheben und den Wert in jede Zeile einzeln eintragen',
        'Projekte!10:C: Spalte „summary“: verbundene Zelle: bitte die Verbindung aufheben und den Wert in jede Zeile einzeln eintragen',
      ],
    ],
    [
      'falscher-kopf.xlsx',
      [
        'Projekte!1: Pflichtspalte „Titel (title)“ fehlt',
        'Projekte!1: Pflichtspalte „Kurzbeschreibung (summary)“ fehlt',
        'Projekte!1:B: unbekannte Spalte „Titel (titel)“: erwartet wird eine Überschrift aus der Vorlage, z. B. „Titel (title)“ – meinten Sie „title“?',
        'Projekte!1:C: Spalte ohne Überschrift, aber mit Werten: erwartet wird eine Überschrift aus der Vorlage',
      ],
    ],
    ['leer.xlsx', ['leer.xlsx: die Datei ist leer: erwartet wird ein Blatt mit einer Kopfzeile (Spaltennamen) und mindestens einer Zeile mit einem Eintrag']],
    ['leer.csv', ['leer.csv: die Datei ist leer: erwartet wird ein Blatt mit einer Kopfzeile (Spaltennamen) und mindestens einer Zeile mit einem Eintrag']],
    ['kein-excel.xlsx', ['kein-excel.xlsx: die Datei ist keine Excel-Arbeitsmappe (.xlsx): ihr Inhalt ist kein Office-Open-XML-Paket; bitte in Excel oder LibreOffice als .xlsx speichern']],
    [
      'kaputt.csv',
      [
        'kaputt.csv!2:B: Spalte „summary“: die Zelle enthält eine Formel („=HYPERLINK("http://example.org“): erwartet wird ein fester Wert',
        'kaputt.csv!3:F: Spalte „period.start“: Datum als Text „31.12.2025“: erwartet wird ein Datum im Format JJJJ-MM-TT oder eine Zelle im Datumsformat – meinten Sie „2025-12-31“?',
      ],
    ],
  ];

  it.each(cases)('%s', async (file, expected) => {
    const dir = copy();
    const before = snapshot(dir);
    const result = await run(dir, join(SHEETS, file));
    expect(result.problems.map((p) => `${p.at}: ${p.message}`)).toEqual(expected);
    expect(result.written).toBe(false);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('sheet:export → sheet:import --write', { timeout: 60_000 }, () => {
  it.each(['xlsx', 'csv'] as const)('changes no file (%s)', async (format) => {
    const dir = copy();
    const before = snapshot(dir);
    const { files, counts } = await exportRegion(join(dir, 'content'), 'kassel', format, join(dir, `kassel.${format}`), TODAY);
    expect(counts).toEqual({ Projekte: 1, Programme: 0, Organisationen: 1 });
    for (const file of files) {
      const result = await run(dir, file);
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(result.changes).toEqual([]);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('an edited cell changes that field only; comments and the MDX body stay', async () => {
    const dir = copy();
    const path = join(dir, 'content/projects/kassel-sprachcafe.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('cost: kostenlos', 'cost: kostenlos # laut Flyer 2024'));
    const before = readFileSync(path, 'utf8');
    const out = join(dir, 'kassel.xlsx');
    await exportRegion(join(dir, 'content'), 'kassel', 'xlsx', out, TODAY);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Projekte')!;
    sheet.getRow(1).eachCell((cell, col) => {
      if (pathInHeader(String(cell.value)) === 'summary') sheet.getCell(2, col).value = 'Ein offener Treffpunkt zum Deutschsprechen, jeden Dienstag.';
    });
    await workbook.xlsx.writeFile(out);
    const result = await run(dir, out);
    expect(result.changes.map((c) => [c.display, c.fields])).toEqual([['content/projects/kassel-sprachcafe.mdx', ['summary']]]);
    const after = readFileSync(path, 'utf8');
    expect(after).toBe(before.replace('summary: Ein offener Treffpunkt zum Deutschsprechen.', 'summary: Ein offener Treffpunkt zum Deutschsprechen, jeden Dienstag.'));
    expect(after).toContain('# laut Flyer 2024');
    expect(after).toContain('Jeden **Dienstag** treffen sich hier Menschen');
  });
});

describe('the template', { timeout: 60_000 }, () => {
  it('has a sheet per collection with German headers, notes, drop-downs and an example row', async () => {
    const dir = copy();
    const out = join(dir, 'vorlage.xlsx');
    await writeTemplate(join(dir, 'content'), out, TODAY);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Hinweise', 'Listen', 'Projekte', 'Programme', 'Organisationen']);
    const sheet = workbook.getWorksheet('Projekte')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(headers.map(pathInHeader)).toEqual(columnsOf('projects').map((c) => c.path));
    expect(headers.slice(0, 3)).toEqual(['Kennung (id)', 'Titel (title)', 'Kurzbeschreibung (summary)']);
    expect(String(sheet.getCell('B1').note)).toContain('Name des Angebots, wie er offiziell heißt');
    const carrier = headers.findIndex((h) => h.endsWith('(carrier)'));
    const validation = sheet.getCell(5, carrier + 1).dataValidation;
    expect(validation).toMatchObject({ type: 'list' });
    const [, column, from, , to] = /^Listen!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(String(validation.formulae[0]))!;
    const listed = Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => String(workbook.getWorksheet('Listen')!.getCell(`${column}${Number(from) + i}`).value));
    expect(listed).toEqual(['land-hessen – Land Hessen', 'sprachtreff-kassel – Sprachtreff Kassel e. V.']);
    expect(String(sheet.getCell('A2').value)).toMatch(/^# Beispiel/);
  });

  it('public/vorlage.xlsx is up to date with the schemas (same sheets and headers)', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(import.meta.dirname, '..', '..', 'public', 'vorlage.xlsx'));
    for (const [name, collection] of [['Projekte', 'projects'], ['Programme', 'programs'], ['Organisationen', 'organizations']] as const) {
      const headers = (workbook.getWorksheet(name)!.getRow(1).values as unknown[]).slice(1).map(String);
      expect(headers, `${name}: npm run sheet:template`).toEqual(columnsOf(collection).map((c) => c.header));
    }
  });
});

describe('cells', () => {
  const column = (path: string) => columnsOf('projects').find((c) => c.path === path)!;

  it('reads dates, times Excel turned into a time, yes/no, numbers and escaped formulas', () => {
    expect(parseCell({ value: new Date('2025-02-01T00:00:00Z') }, column('period.start'))).toEqual({ value: '2025-02-01' });
    expect(parseCell({ value: new Date('1899-12-30T09:30:00Z') }, column('hours.slots[0].from'))).toEqual({ value: '09:30' });
    expect(parseCell({ value: 'Ja' }, column('accessibility.stepFree'))).toEqual({ value: true });
    expect(parseCell({ value: '12' }, column('ageRange.min'))).toEqual({ value: 12 });
    expect(parseCell({ value: "'+49 561 123" }, column('contact.phone'))).toEqual({ value: '+49 561 123' });
    expect(parseCell({ value: 'vielleicht' }, column('accessibility.stepFree'))).toEqual({ error: '„vielleicht“ ist kein Ja/Nein-Wert: erwartet wird ja oder nein' });
  });

  it('numbers columns like Excel', () => {
    expect([0, 25, 26, 43, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AR', 'ZZ', 'AAA']);
  });

  it('leaves a file untouched when nothing differs', () => {
    const text = 'title: A # Kommentar\nsummary: B\n';
    const all = () => true;
    expect(updateEntryText(text, 'yaml', { title: 'A', summary: 'B' }, all)).toBe(text);
    expect(updateEntryText(text, 'yaml', { title: 'A', summary: 'C' }, all)).toBe('title: A # Kommentar\nsummary: C\n');
    // A field without a column (here: summary) is kept even when the row has no value for it.
    expect(updateEntryText(text, 'yaml', { title: 'A' }, (p) => p[0] === 'title')).toBe(text);
  });
});

