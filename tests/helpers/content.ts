/** Builds temporary content folders from the fixtures: the valid base plus one or more broken cases. */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const BASE = join(FIXTURES, 'base');
export const BAD = join(FIXTURES, 'bad');

export function badCases(): string[] {
  return readdirSync(BAD, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** A fresh copy of the base catalogue with the named broken cases laid over it. */
export function contentWith(...cases: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'foerderatlas-content-'));
  cpSync(BASE, dir, { recursive: true });
  for (const name of cases) cpSync(join(BAD, name), dir, { recursive: true });
  return dir;
}
