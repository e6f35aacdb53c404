/**
 * "Zuletzt geändert" from git: the date of the last commit that touched each content file, read in
 * one `git log` pass (not one git call per file, which would not scale to thousands of entries).
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

/** Parses `git log --format=%x00%cs --name-only`: the first date seen for a path is its newest. */
export function parseGitLog(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) date = line.slice(1).trim();
    else if (line.trim() && date && !dates.has(line.trim())) dates.set(line.trim(), date);
  }
  return dates;
}

/**
 * Last-change dates (YYYY-MM-DD) of the files under a folder, keyed by absolute path. Empty when the
 * folder is not in a git work tree (e.g. a synthetic catalogue) or git is missing.
 */
export function lastChanged(folder: string): Map<string, string> {
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', relative(top, folder) || '.'], {
      cwd: top,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const byPath = new Map<string, string>();
    for (const [path, date] of parseGitLog(log)) byPath.set(resolve(top, path), date);
    return byPath;
  } catch {
    return new Map();
  }
}
