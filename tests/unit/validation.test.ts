import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGithub, formatText } from '../../src/lib/validation/format';
import { validateContent } from '../../src/lib/validation/validate';
import { BAD, BASE, badCases, contentWith } from '../helpers/content';

const TODAY = '2026-11-26';
const expected: Record<string, { file: string; line: number; column: number; message: string }> = JSON.parse(
  readFileSync(join(BAD, 'expected.json'), 'utf8'),
);

function run(dir: string) {
  return validateContent(dir, { today: TODAY, cwd: dir });
}

describe('validator', () => {
  it('accepts the valid base catalogue', () => {
    expect(run(BASE).problems).toEqual([]);
  });

  it('has an expectation for every broken fixture and a fixture for every expectation', () => {
    expect(badCases()).toEqual(Object.keys(expected).sort());
  });

  describe.each(badCases())('broken case %s', (name) => {
    it('is reported with file, line, column and a German message', () => {
      const want = expected[name]!;
      const { problems } = run(contentWith(name));
      const errors = problems.filter((p) => p.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      const match = errors.find(
        (p) => p.file === want.file && p.line === want.line && p.column === want.column && p.message.includes(want.message),
      );
      expect(match, JSON.stringify(errors, null, 1)).toBeDefined();
    });
  });

  it('reports three broken files in one run', () => {
    const { problems } = run(contentWith('broken-reference', 'yaml-syntax', 'mdx-script'));
    const files = new Set(problems.map((p) => p.file));
    expect(files).toEqual(new Set(['programs/verweis.yaml', 'programs/kaputt.yaml', 'programs/skript.mdx']));
  });

  it('reports every error of one file, not only the first', () => {
    const { problems } = run(contentWith('unknown-key'));
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('Pflichtfeld „title“ fehlt'),
      expect.stringContaining('unbekanntes Feld „titel“'),
    ]);
  });

  it('accepts an example entry without sources but not a real one', () => {
    const { problems } = run(contentWith('missing-sources'));
    expect(problems).toHaveLength(1);
    expect(run(BASE).entries.find((e) => e.id === 'kassel-sprachcafe')?.raw?.sources).toBeUndefined();
  });

  it('formats problems as path:line:column and as GitHub annotations', () => {
    const problem = { file: 'content/programs/a.yaml', line: 3, column: 5, message: 'Feld „x“: 100 % falsch, bitte ändern', severity: 'error' as const };
    expect(formatText(problem)).toBe('content/programs/a.yaml:3:5: Feld „x“: 100 % falsch, bitte ändern');
    expect(formatGithub(problem)).toBe('::error file=content/programs/a.yaml,line=3,col=5::Feld „x“: 100 %25 falsch, bitte ändern');
    expect(formatGithub({ ...problem, severity: 'warning' })).toMatch(/^::warning /);
  });
});
