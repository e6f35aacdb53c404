/**
 * Two builds of the same commit give a byte-identical dist/. Documented exception: none so far —
 * the build date only enters through statuses, which are the same within one day (BUILD_DATE pins it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/dist';

const root = resolve(import.meta.dirname, '../..');
const DIST = join(root, 'dist');

describe('reproducible build', () => {
  it('a second build is byte-identical to dist/', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'foerderatlas-build-')), 'dist');
    const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, env: { ...process.env, OUT_DIR: out }, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const first = listFiles(DIST).map((f) => relative(DIST, f));
    const second = listFiles(out).map((f) => relative(out, f));
    expect(second).toEqual(first);
    const differing = first.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(out, f))));
    expect(differing).toEqual([]);
  }, 300_000);
});
