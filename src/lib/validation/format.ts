/** Output formats of the validator: plain lines for people, annotations for GitHub Actions. */
import type { Problem } from './problem';

export function formatText(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'Warnung: ' : '';
  return `${problem.file}:${problem.line}:${problem.column}: ${prefix}${problem.message}`;
}

/** GitHub workflow command; data must escape %, CR and LF, properties also : and , */
export function formatGithub(problem: Problem): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const command = problem.severity === 'warning' ? 'warning' : 'error';
  return `::${command} file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column}::${escapeData(problem.message)}`;
}

export function summary(problems: Problem[], fileCount: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors === 0) {
    return `✓ ${fileCount} Dateien geprüft: keine Fehler${warnings ? `, ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'}` : ''}.`;
  }
  const files = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file)).size;
  return `✗ ${errors} ${errors === 1 ? 'Fehler' : 'Fehler'} in ${files} ${files === 1 ? 'Datei' : 'Dateien'}${warnings ? `, ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'}` : ''} (${fileCount} Dateien geprüft).`;
}
