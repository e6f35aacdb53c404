/**
 * The source watcher's rules (`npm run sources:check`): which addresses an entry names, what counts as
 * a changed page, how a run compares with the committed state, and the one GitHub issue per affected
 * entry. Plain functions; fetching lives in src/io/fetch-sources.ts and the CLI in scripts/sources-check.ts.
 */

/** One address an entry names: its `url` or one of its `sources[].url`. */
export interface WatchTarget {
  url: string;
  /** "url" or "sources[2].url". */
  field: string;
}

/** An entry with the addresses it names. */
export interface WatchedEntry {
  collection: string;
  id: string;
  title: string;
  /** Path of the file in the repository, e.g. "content/projects/x.yaml". */
  file: string;
  targets: WatchTarget[];
}

/** What one request found. `status` 0 means no HTTP answer (timeout, DNS, refused, blocked address). */
export interface CheckResult {
  url: string;
  status: number;
  /** Address after redirects. */
  finalUrl: string;
  /** sha256 of the page's visible text (see `visibleText`); absent when there was no 2xx answer. */
  fingerprint?: string;
  /** German reason when the request failed without a status. */
  error?: string;
}

/** The committed state: per URL the last status and fingerprint. */
export interface SourceState {
  /** Day of the last run; null before the first one. */
  checked: string | null;
  urls: Record<string, { status: number; fingerprint?: string; checked: string; finalUrl?: string }>;
}

/** Addresses named by a content entry's data (`url` and `sources[].url`), without repeats. */
export function watchTargets(data: unknown): WatchTarget[] {
  if (typeof data !== 'object' || data === null) return [];
  const record = data as Record<string, unknown>;
  const targets: WatchTarget[] = [];
  if (typeof record.url === 'string') targets.push({ url: record.url, field: 'url' });
  if (Array.isArray(record.sources)) {
    record.sources.forEach((source, i) => {
      const url = (source as { url?: unknown } | null)?.url;
      if (typeof url === 'string') targets.push({ url, field: `sources[${i}].url` });
    });
  }
  const seen = new Set<string>();
  return targets.filter((t) => /^https?:\/\//.test(t.url) && !seen.has(t.url) && seen.add(t.url));
}

/**
 * The text a reader sees, so a page counts as changed when its words change, not when a session token,
 * a script or an ad slot does: scripts, styles, comments and tags are dropped, whitespace is folded.
 */
export function visibleText(body: string, contentType = 'text/html'): string {
  if (!/html|xml/.test(contentType)) return body;
  return body
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const isReachable = (result: Pick<CheckResult, 'status'>) => result.status >= 200 && result.status < 400;

export type Finding = { target: WatchTarget; result: CheckResult } & ({ kind: 'unreachable' } | { kind: 'changed'; before: string });

/** An entry with what is wrong with its addresses. */
export interface AffectedEntry {
  entry: WatchedEntry;
  findings: Finding[];
}

/**
 * Compares a run with the previous state. A source is unreachable without a 2xx/3xx answer, changed
 * when its fingerprint differs from the recorded one; a source seen for the first time is only recorded.
 */
export function compare(entries: readonly WatchedEntry[], results: ReadonlyMap<string, CheckResult>, previous: SourceState | undefined): AffectedEntry[] {
  const affected: AffectedEntry[] = [];
  for (const entry of entries) {
    const findings: Finding[] = [];
    for (const target of entry.targets) {
      const result = results.get(target.url);
      if (!result) continue;
      const before = previous?.urls[target.url]?.fingerprint;
      if (!isReachable(result)) findings.push({ kind: 'unreachable', target, result });
      else if (before && result.fingerprint && before !== result.fingerprint) findings.push({ kind: 'changed', target, result, before });
    }
    if (findings.length) affected.push({ entry, findings });
  }
  return affected;
}

/** The next state: every checked URL with its result; URLs no entry names any more are dropped. */
export function nextState(results: ReadonlyMap<string, CheckResult>, previous: SourceState | undefined, today: string): SourceState {
  const urls: SourceState['urls'] = {};
  for (const url of [...results.keys()].sort()) {
    const r = results.get(url)!;
    // An unreachable page keeps its last known fingerprint, so it is not "changed" when it comes back unchanged.
    const fingerprint = r.fingerprint ?? previous?.urls[url]?.fingerprint;
    urls[url] = { status: r.status, ...(fingerprint ? { fingerprint } : {}), checked: today, ...(r.finalUrl !== url ? { finalUrl: r.finalUrl } : {}) };
  }
  return { checked: today, urls };
}

export const ISSUE_LABEL = 'quellen-pruefung';

/** Title of the one issue per entry; the workflow finds an open issue by it and updates it. */
export function issueTitle(entry: Pick<WatchedEntry, 'collection' | 'id'>): string {
  return `Quelle nicht erreichbar / geändert: bitte prüfen (${entry.collection}/${entry.id})`;
}

function describeFinding(finding: Finding): string {
  const { target, result } = finding;
  const where = `\`${target.field}\`: ${target.url}`;
  if (finding.kind === 'changed') return `- **geändert** – ${where} (der sichtbare Text der Seite ist anders als bei der letzten Prüfung)`;
  const why = result.status ? `HTTP ${result.status}` : (result.error ?? 'keine Antwort');
  return `- **nicht erreichbar** – ${where} (${why})`;
}

/** Issue text in German: what was found, and where to fix it. */
export function issueBody(affected: AffectedEntry, editLink: string | undefined, today: string): string {
  const { entry, findings } = affected;
  return [
    `Die Quellenprüfung vom ${today} hat bei **${entry.title}** (\`${entry.file}\`) Folgendes gefunden:`,
    '',
    ...findings.map(describeFinding),
    '',
    'Bitte prüfen Sie, ob die Angaben des Eintrags noch stimmen: Adresse ersetzen, wenn die Seite umgezogen ist; Angaben anpassen, wenn sich etwas geändert hat; danach `reviewed` (und bei Quellen `accessed`) auf das Datum der Prüfung setzen.',
    '',
    editLink ? `Eintrag bearbeiten: ${editLink}` : `Datei: \`${entry.file}\``,
  ].join('\n');
}

/** A plain-text report line per finding, for the terminal. */
export function reportLines(affected: readonly AffectedEntry[]): string[] {
  return affected.flatMap(({ entry, findings }) =>
    findings.map((f) => `${entry.file}: ${f.target.field}: ${f.kind === 'changed' ? 'geändert' : `nicht erreichbar (${f.result.status ? `HTTP ${f.result.status}` : (f.result.error ?? 'keine Antwort')})`} – ${f.target.url}`),
  );
}
