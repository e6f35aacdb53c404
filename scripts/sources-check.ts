/**
 * npm run sources:check [-- --state <file>] [--report <issues.json>] [--dry-run]
 * Fetches every `url` and `sources[].url` under content/ (or CONTENT_DIR), records status and a
 * fingerprint of each page's text in the committed state file (data/sources-state.json) and lists
 * unreachable and changed sources. `--report` writes one issue per affected entry as JSON for the
 * weekly workflow (.github/workflows/quellen.yml). Exits 0 when the run finished, whatever it found.
 * SOURCES_CHECK_ALLOW_HOSTS (host:port, comma-separated) lets the tests' fixture server on 127.0.0.1
 * through the private-address guard; never set it elsewhere.
 */
import { writeFileSync } from 'node:fs';
import { contentDir } from '../src/lib/content-dir';
import { reportLines } from '../src/lib/source-watch';
import { todayIso } from '../src/io/validate-folder';
import { DEFAULT_STATE_FILE, runSourcesCheck } from '../src/io/sources-check';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const number = (value: string | undefined, fallback: number) => (value && Number(value) > 0 ? Number(value) : fallback);

const started = Date.now();
const run = await runSourcesCheck({
  contentRoot: contentDir(),
  statePath: option('--state') ?? DEFAULT_STATE_FILE,
  today: todayIso(),
  write: !args.includes('--dry-run'),
  concurrency: number(option('--concurrency'), 6),
  timeoutMs: number(option('--timeout'), 15) * 1000,
  allowHosts: new Set((process.env.SOURCES_CHECK_ALLOW_HOSTS ?? '').split(',').filter(Boolean)),
});
const report = option('--report');
if (report) writeFileSync(report, `${JSON.stringify(run.issues, null, 1)}\n`);

for (const line of reportLines(run.affected)) console.log(line);
const unreachable = run.affected.reduce((n, a) => n + a.findings.filter((f) => f.kind === 'unreachable').length, 0);
const changed = run.affected.reduce((n, a) => n + a.findings.filter((f) => f.kind === 'changed').length, 0);
console.log(
  `${run.results.size} Adressen aus ${run.entries.length} Einträgen geprüft in ${Math.round((Date.now() - started) / 1000)} s: ` +
    `${unreachable} nicht erreichbar, ${changed} geändert, ${run.affected.length} Einträge betroffen.`,
);
