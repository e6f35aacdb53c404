/**
 * npm run validate [-- --format github]
 * Checks every file under content/ (or CONTENT_DIR) and lists every problem; exits 1 on any error.
 */
import { contentDir } from '../src/lib/content-dir';
import { formatGithub, formatText, summary } from '../src/lib/validation/format';
import { validateContent } from '../src/io/validate-folder';

const args = process.argv.slice(2);
const formatIndex = args.indexOf('--format');
const format = formatIndex >= 0 ? args[formatIndex + 1] : args.find((a) => a.startsWith('--format='))?.slice('--format='.length);
if (format && format !== 'github' && format !== 'text') {
  console.error(`Unbekanntes Format „${format}“; erlaubt sind text und github.`);
  process.exit(2);
}

const root = contentDir();
const { problems, entries } = validateContent(root);
const line = format === 'github' ? formatGithub : formatText;
for (const problem of problems) console.log(line(problem));
console.log(summary(problems, entries.length));
process.exit(problems.some((p) => p.severity === 'error') ? 1 : 0);
