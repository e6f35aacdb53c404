/**
 * Runs git for "Zuletzt geändert": one `git log` over the content folder, parsed by src/lib/git-dates.ts.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { parseGitLog } from '../lib/git-dates';

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
