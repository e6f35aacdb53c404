/**
 * npm run import:regions: writes content/regions/ for Hessen's Regierungsbezirke, Kreise and
 * Gemeinden from src/data/ (Destatis table + changes since). Idempotent; keeps existing ids, hand
 * fields and comments; never deletes a file.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { contentDir } from '../src/lib/content-dir';
import { importRegions, type ChangeRow, type TableRow } from '../src/lib/region-import';

const root = resolve(import.meta.dirname, '..');
const data = join(root, 'src', 'data');
const target = join(contentDir(), 'regions');
const read = <T>(file: string) => parse(readFileSync(join(data, file), 'utf8'), { columns: true, skip_empty_lines: true }) as T[];

const existing = existsSync(target)
  ? readdirSync(target)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ id: f.slice(0, -5), text: readFileSync(join(target, f), 'utf8') }))
  : [];
const today = process.env.IMPORT_DATE || new Date().toISOString().slice(0, 10);
const { files, counts } = importRegions(read<TableRow>('hessen-regionen.csv'), read<ChangeRow>('hessen-aenderungen.csv'), existing, today);
let changed = 0;
for (const [name, text] of files) {
  const path = join(target, name);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
  writeFileSync(path, text);
  changed++;
}
console.log(`${counts.regierungsbezirke} Regierungsbezirke, ${counts.kreise} Kreise, ${counts.gemeinden} Gemeinden; ${changed} Dateien geschrieben, ${files.size - changed} unverändert.`);
