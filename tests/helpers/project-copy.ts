/**
 * A copy of the project for a build of another configuration: its own content/, dist/ and Astro cache
 * (node_modules/.astro), the installed packages shared through symlinks. Builds in copies can run
 * beside the main build without touching its cache, its dist/ or its generated files.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Copies the project to `target`; `content` is the folder to use as its content/ (default: the real one). */
export function copyProject(target: string, content: string | string[] = join(ROOT, 'content')): void {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(ROOT)) {
    if (['node_modules', 'dist', 'content', '.git', '.screenshots'].includes(entry) || entry.startsWith('dist.')) continue;
    cpSync(join(ROOT, entry), join(target, entry), { recursive: true });
  }
  // Several folders are merged in order (e.g. a small catalogue plus extra entries).
  for (const folder of Array.isArray(content) ? content : [content]) {
    cpSync(folder, join(target, 'content'), { recursive: true, filter: (f) => !f.endsWith('README.md') });
  }
  mkdirSync(join(target, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) if (entry !== '.astro') symlinkSync(join(ROOT, 'node_modules', entry), join(target, 'node_modules', entry));
}
