/**
 * The validator over a folder: reads the files (src/io/content-files.ts), takes "today" from the clock
 * and the review age from the configuration unless given, and runs the pure rules of src/lib/validation.
 */
import { siteConfig } from '../lib/config';
import type { ValidationResult } from '../lib/validation/validate';
import { validateFiles } from '../lib/validation/validate';
import { readContentFiles } from './content-files';

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export interface FolderOptions {
  today?: string;
  reviewMaxAgeMonths?: number;
  /** Folder that shown paths are relative to (default: the working directory). */
  cwd?: string;
}

export function validateContent(root: string, options: FolderOptions = {}): ValidationResult {
  let files;
  try {
    files = readContentFiles(root, options.cwd);
  } catch (error) {
    return {
      problems: [{ file: root, line: 1, column: 1, severity: 'error', message: `Inhaltsordner nicht lesbar: ${(error as Error).message}` }],
      entries: [],
    };
  }
  return validateFiles(files, { today: options.today ?? todayIso(), reviewMaxAgeMonths: options.reviewMaxAgeMonths ?? siteConfig().reviewMaxAgeMonths });
}
