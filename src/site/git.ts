/** "Zuletzt geändert" per content file, from one git log pass per build. */
import { resolve } from 'node:path';
import { contentDir } from '../lib/content-dir';
import { lastChanged } from '../io/git-dates';

let cached: Map<string, string> | undefined;

export function lastChangedDate(file: string | undefined): string | undefined {
  if (!file) return undefined;
  cached ??= lastChanged(contentDir());
  return cached.get(resolve(process.cwd(), file));
}
