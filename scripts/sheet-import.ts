/**
 * npm run sheet:import -- <datei.xlsx|datei.csv> [--write]
 * Reads a filled template or export and lists what would change (dry run); with --write it writes the
 * entry files, but only when no row has a problem. Problems are listed as Blatt!Zeile:Spalte in German.
 * Exit code 1 when there is a problem, 0 otherwise.
 */
import { contentDir } from '../src/lib/content-dir';
import { siteConfig } from '../src/lib/config';
import { importSheet } from '../src/io/sheets';
import { todayIso } from '../src/io/validate-folder';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('Aufruf: npm run sheet:import -- <datei.xlsx|datei.csv> [--write]');
  process.exit(2);
}
const write = args.includes('--write');
const run = await importSheet(file, { contentRoot: contentDir(), cwd: process.cwd(), today: todayIso(), reviewMaxAgeMonths: siteConfig().reviewMaxAgeMonths, write });
for (const p of run.problems) console.log(`${p.at}: ${p.severity === 'warning' ? 'Warnung: ' : ''}${p.message}`);
const errors = run.problems.filter((p) => p.severity === 'error').length;
if (!errors) for (const c of run.changes) console.log(`${c.kind === 'neu' ? '+ neu' : '~ geändert'}: ${c.display} (${c.at})${c.kind === 'geändert' ? `: ${c.fields.join(', ')}` : ''}`);
if (errors) console.log(`✗ ${errors} Fehler: nichts geschrieben.`);
else if (run.written) console.log(`✓ ${run.changes.length} Dateien geschrieben, ${run.unchanged} Einträge unverändert.`);
else console.log(`Probelauf: ${run.changes.length} Dateien würden geschrieben, ${run.unchanged} Einträge unverändert. Mit --write schreiben.`);
process.exit(errors ? 1 : 0);
