/**
 * Puts the per-language Pagefind bundles (folders inside the site) together into one bundle folder and
 * removes them (src/lib/pagefind-bundle.ts says why). Files are moved, not copied; a file two bundles
 * share by name (Pagefind's scripts and styles) must be the same bytes, else the build stops.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergePagefindEntries, type PagefindEntry } from '../lib/pagefind-bundle';

const ENTRY = 'pagefind-entry.json';

/** Moves a bundle's files into `to`; `top`: the bundle's own folder, whose entry file is merged instead. */
function moveTree(from: string, to: string, top: boolean): number {
  mkdirSync(to, { recursive: true });
  let files = 0;
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (statSync(source).isDirectory()) {
      files += moveTree(source, target, false);
      continue;
    }
    if (top && name === ENTRY) continue;
    if (existsSync(target)) {
      if (!readFileSync(source).equals(readFileSync(target))) throw new Error(`Pagefind: ${name} ist in zwei Sprachfassungen des Suchindex verschieden`);
      continue;
    }
    renameSync(source, target);
    files++;
  }
  return files;
}

export function mergePagefindBundles(site: string, bundles: readonly string[], target: string): { languages: string[]; files: number } {
  const into = join(site, target);
  rmSync(into, { recursive: true, force: true });
  const entries = bundles.map((bundle) => JSON.parse(readFileSync(join(site, bundle, ENTRY), 'utf8')) as PagefindEntry);
  const entry = mergePagefindEntries(entries);
  let files = 0;
  for (const bundle of bundles) {
    files += moveTree(join(site, bundle), into, true);
    rmSync(join(site, bundle), { recursive: true, force: true });
  }
  writeFileSync(join(into, ENTRY), JSON.stringify(entry));
  return { languages: Object.keys(entry.languages), files: files + 1 };
}
