/** A located problem in a content file, as the validator reports it. */
export interface Problem {
  /** Path as shown to the editor, e.g. "content/programs/ams.yaml". */
  file: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}
