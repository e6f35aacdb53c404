/** Lists the files of a content folder, one collection per sub-folder, with their text. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from '../lib/validation/files';

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
