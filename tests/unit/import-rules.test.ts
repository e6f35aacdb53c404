/**
 * The house rules as tests (content → schema → lib → site → pages): src/lib is plain functions without
 * Astro, I/O or the clock; src/schema depends on nothing of ours but itself; scripts do not reach into
 * tests/. Each rule lists the offending file and line, so a failure says what to move.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mjs|astro)$/.test(f))
    .map((f) => join(root, dir, f));
}

/** Every import specifier of a file with its line: static imports, re-exports and dynamic import(). */
function imports(file: string): { line: number; from: string }[] {
  const found: { line: number; from: string }[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      for (const m of text.matchAll(/(?:^\s*import\s[^'"]*|^\s*export\s[^'"]*\sfrom\s*|import\(\s*)['"]([^'"]+)['"]/g)) found.push({ line: i + 1, from: m[1]! });
      const bare = /^\s*import\s+['"]([^'"]+)['"]/.exec(text);
      if (bare) found.push({ line: i + 1, from: bare[1]! });
    });
  return found;
}

/** Files under `dir` whose imports match `bad` (resolved relative imports are passed as project paths). */
function offenders(dir: string, bad: (specifier: string, target: string | undefined) => boolean): string[] {
  return sources(dir).flatMap((file) =>
    imports(file)
      .filter(({ from }) => bad(from, from.startsWith('.') ? relative(root, resolve(file, '..', from)) : undefined))
      .map(({ line, from }) => `${relative(root, file)}:${line} imports ${from}`),
  );
}

const IO_MODULES = /^(node:)?(fs|fs\/promises|child_process|net|http|https|os|worker_threads|dgram)$/;

describe('house rules', () => {
  it('src/lib imports no astro:* and no I/O module', () => {
    expect(offenders('src/lib', (from) => from.startsWith('astro') || IO_MODULES.test(from))).toEqual([]);
  });

  it('src/lib does not depend on the site, the pages or the I/O edge', () => {
    expect(offenders('src/lib', (_, target) => target !== undefined && /^src\/(site|pages|components|layouts|io)\//.test(target))).toEqual([]);
  });

  it('src/lib does not read the clock: "today" is passed in', () => {
    const reads = sources('src/lib').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((text, i) => (/new Date\(\s*\)|Date\.now\(\)/.test(text) ? [`${relative(root, file)}:${i + 1}`] : [])),
    );
    expect(reads).toEqual([]);
  });

  it('src/schema imports nothing of ours outside src/schema', () => {
    expect(offenders('src/schema', (from, target) => target !== undefined && !target.startsWith('src/schema/') && !target.startsWith('src/schema'))).toEqual([]);
  });

  it('scripts do not import from tests/', () => {
    expect(offenders('scripts', (_, target) => target !== undefined && target.startsWith('tests/'))).toEqual([]);
  });

  // src/client may use src/lib: its modules are plain functions without Astro, I/O or clock (rule above),
  // so the search page's query help is the same unit-tested code in the browser.
  it('browser code lives in src/client (not src/scripts beside the Node CLIs in scripts/) and imports only itself and src/lib', async () => {
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(root, 'src/scripts'))).toBe(false);
    expect(sources('src/client').length).toBeGreaterThan(0);
    expect(offenders('src/client', (from, target) => (target !== undefined ? !target.startsWith('src/client/') && !target.startsWith('src/lib/') : !from.startsWith('.')))).toEqual([]);
  });

  it('comments cite only documents that are in the repository', async () => {
    const { existsSync } = await import('node:fs');
    const missing = ['src', 'scripts', 'tests'].flatMap((dir) =>
      sources(dir).flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((text, i) =>
            // Comment lines only: a path built in code is not a citation.
            [...(/^\s*(\/\/|\/?\*)/.test(text) ? text : '').matchAll(/(?:^|[\s(/"'])((?:\.\.\/|[\w-]+\/)*[\w-]+\.md)\b/g)]
              .map((m) => m[1]!)
              .filter((doc) => ![join(root, doc), resolve(file, '..', doc)].some((path) => path.startsWith(`${root}/`) && existsSync(path)))
              .map((doc) => `${relative(root, file)}:${i + 1} cites ${doc}`),
          ),
      ),
    );
    expect(missing).toEqual([]);
  });
});
