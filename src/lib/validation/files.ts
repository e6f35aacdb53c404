/** A content file as the validator sees it; src/io/content-files.ts reads them from a folder. */
import { extname } from 'node:path';

export interface ContentFile {
  /** Folder name under the content root, e.g. "programs". */
  folder: string;
  /** File name with extension. */
  name: string;
  /** Absolute path. */
  path: string;
  /** Path shown in messages, relative to the working directory. */
  display: string;
  text: string;
}

export function baseName(name: string): string {
  return name.slice(0, name.length - extname(name).length);
}
