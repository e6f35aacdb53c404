/**
 * npm run sheet:export -- --region <id> [--format xlsx|csv] [--out <datei>]
 * Writes the programmes and projects located in a region (reachOf: vor Ort) with all their fields, and
 * the organisations they name, so a municipality can check them and return the sheet for sheet:import.
 */
import { contentDir } from '../src/lib/content-dir';
import { exportRegion } from '../src/io/sheets';
import { SheetFileError } from '../src/io/sheet-files';
import { todayIso } from '../src/io/validate-folder';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const region = option('--region');
const format = option('--format') ?? 'xlsx';
if (!region || (format !== 'xlsx' && format !== 'csv')) {
  console.error('Aufruf: npm run sheet:export -- --region <id> [--format xlsx|csv] [--out <datei>]');
  process.exit(2);
}
try {
  const { files, counts } = await exportRegion(contentDir(), region, format, option('--out') ?? `${region}.${format}`, todayIso());
  console.log(`✓ ${Object.entries(counts).map(([sheet, n]) => `${sheet}: ${n}`).join(', ')} → ${files.join(', ')}`);
} catch (error) {
  if (!(error instanceof SheetFileError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
