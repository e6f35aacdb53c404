/**
 * npm run sheet:template [-- --out <datei.xlsx>]
 * Writes the spreadsheet template from the zod schemas (default public/vorlage.xlsx, offered on /mitmachen/):
 * a sheet per collection (Projekte, Programme, Organisationen), German headers with the field descriptions
 * as notes, drop-down lists for enums and references (from content/ or CONTENT_DIR), an example row.
 */
import { contentDir } from '../src/lib/content-dir';
import { writeTemplate } from '../src/io/sheets';
import { todayIso } from '../src/io/validate-folder';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1]! : 'public/vorlage.xlsx';
await writeTemplate(contentDir(), out, process.env.BUILD_DATE ?? todayIso());
console.log(`✓ Vorlage geschrieben: ${out}`);
