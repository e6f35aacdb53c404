/** Lists the files of a content folder, one collection per sub-folder. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

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

export function readContentFiles(root: string, cwd = process.cwd()): ContentFile[] {
  const files: ContentFile[] = [];
  for (const folder of readdirSync(root).sort()) {
    const dir = join(root, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name.startsWith('.') || !statSync(path).isFile()) continue;
      files.push({ folder, name, path, display: relative(cwd, path) || path, text: readFileSync(path, 'utf8') });
    }
  }
  return files;
}

export function baseName(name: string): string {
  return name.slice(0, name.length - extname(name).length);
}
