/** The validator and the build as an editor runs them: real npm scripts on broken content. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD, badCases, contentWith } from '../helpers/content';

const root = resolve(import.meta.dirname, '../..');
const expected: Record<string, { file: string; line: number; column: number }> = JSON.parse(readFileSync(join(BAD, 'expected.json'), 'utf8'));

function npm(script: string, contentDir: string, ...args: string[]) {
  const result = spawnSync('npm', ['run', '-s', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: join(contentDir, 'dist') },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.each(badCases())('broken case %s', (name) => {
  const want = expected[name]!;
  const location = `${want.file}:${want.line}:${want.column}: `;

  it('fails npm run validate with a located message', () => {
    const { status, output } = npm('validate', contentWith(name));
    expect(status).toBe(1);
    expect(output).toContain(location);
  });

  it('fails npm run build before anything is built', () => {
    const dir = contentWith(name);
    const { status, output } = npm('build', dir);
    expect(status).toBe(1);
    expect(output).toContain(location);
    expect(output).toContain('Build abgebrochen');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});

describe('annotations for GitHub', () => {
  it('prints ::error lines with file and line', () => {
    const { status, output } = npm('validate', contentWith('broken-reference'), '--format', 'github');
    expect(status).toBe(1);
    expect(output).toMatch(/^::error file=.*programs\/verweis\.yaml,line=9,col=8::Feld „area\[0\]“: Region „hesen“ gibt es nicht/m);
  });
});

describe('the shipped site', () => {
  it('was built into dist/ with a search index', () => {
    expect(statSync(join(root, 'dist', 'index.html')).isFile()).toBe(true);
    expect(statSync(join(root, 'dist', 'pagefind', 'pagefind.js')).isFile()).toBe(true);
  });
});
