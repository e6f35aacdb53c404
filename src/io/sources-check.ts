/**
 * One run of the source watcher over a content folder: read the entries' addresses, fetch them,
 * compare with the committed state file, write the new state and describe one issue per affected entry.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, relative } from 'node:path';
import { editUrl, siteConfig, type SiteConfig } from '../lib/config';
import { compare, issueBody, issueTitle, nextState, ISSUE_LABEL, type AffectedEntry, type CheckResult, type SourceState, type WatchedEntry, watchTargets } from '../lib/source-watch';
import { baseName } from '../lib/validation/files';
import { parseSource } from '../lib/validation/source';
import { readContentFiles } from './content-files';
import { checkUrls, type FetchOptions } from './fetch-sources';

export const DEFAULT_STATE_FILE = 'data/sources-state.json';

export function userAgent(config: SiteConfig = siteConfig()): string {
  return `Foerderatlas-Quellenpruefung/1.0 (+${config.repository}; prueft einmal pro Woche die Quellen der Eintraege)`;
}

/** Entries with their title and addresses; files that do not parse are the validator's business and skipped here. */
export function watchedEntries(contentRoot: string, cwd = process.cwd()): WatchedEntry[] {
  return readContentFiles(contentRoot, cwd).flatMap((file) => {
    const kind = extname(file.name) === '.mdx' ? 'mdx' : extname(file.name) === '.yaml' ? 'yaml' : undefined;
    if (!kind) return [];
    const data = parseSource(file.text, kind).data as Record<string, unknown> | undefined;
    const targets = watchTargets(data);
    if (!targets.length) return [];
    const title = String(data?.title ?? data?.name ?? baseName(file.name));
    return [{ collection: file.folder, id: baseName(file.name), title, file: relative(cwd, file.path).split('\\').join('/'), targets }];
  });
}

export function readState(path: string): SourceState | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SourceState) : undefined;
}

export interface IssueToOpen {
  title: string;
  body: string;
  labels: string[];
}

export interface RunOptions extends Omit<FetchOptions, 'userAgent'> {
  contentRoot: string;
  statePath: string;
  today: string;
  /** Write the new state file (default true). */
  write?: boolean;
  cwd?: string;
  config?: SiteConfig;
}

export interface RunResult {
  entries: WatchedEntry[];
  results: Map<string, CheckResult>;
  affected: AffectedEntry[];
  issues: IssueToOpen[];
  state: SourceState;
}

export async function runSourcesCheck(options: RunOptions): Promise<RunResult> {
  const config = options.config ?? siteConfig();
  const entries = watchedEntries(options.contentRoot, options.cwd);
  const previous = readState(options.statePath);
  const results = await checkUrls(entries.flatMap((e) => e.targets.map((t) => t.url)), { ...options, userAgent: userAgent(config) });
  const affected = compare(entries, results, previous);
  const state = nextState(results, previous, options.today);
  if (options.write !== false) {
    mkdirSync(dirname(options.statePath), { recursive: true });
    writeFileSync(options.statePath, `${JSON.stringify(state, null, 1)}\n`);
  }
  const issues = affected.map((a) => ({ title: issueTitle(a.entry), body: issueBody(a, editUrl(config, a.entry.file), options.today), labels: [ISSUE_LABEL] }));
  return { entries, results, affected, issues, state };
}
