/**
 * "Zuletzt geändert" from git: parses one `git log` pass (src/io/git-dates.ts runs it) into the date
 * of the last commit per file, instead of one git call per file, which would not scale.
 */

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
