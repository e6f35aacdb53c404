import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGithub, formatText } from '../../src/lib/validation/format';
import { validateContent } from '../../src/io/validate-folder';
import { BAD, BASE, badCases, contentWith } from '../helpers/content';

const TODAY = '2026-11-26';
const expected: Record<string, { file: string; line: number; column: number; message: string }> = JSON.parse(
  readFileSync(join(BAD, 'expected.json'), 'utf8'),
);

// Freshness warnings are tested on their own below; here they would only add noise.
function run(dir: string, reviewMaxAgeMonths = 1200) {
  return validateContent(dir, { today: TODAY, cwd: dir, reviewMaxAgeMonths });
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

  it('warns when every source of a real entry is secondary (presse, sonstige), without failing', () => {
    const dir = contentWith();
    const file = join(dir, 'programs', 'landesprogramm.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('    title: Quelle\n', '    title: Quelle\n    kind: presse\n'));
    const warnings = run(dir).problems.filter((p) => p.severity === 'warning');
    expect(warnings.map((p) => p.message)).toEqual([expect.stringContaining('alle Quellen sind Sekundärquellen')]);
    writeFileSync(file, text.replace('    title: Quelle\n', '    title: Quelle\n    kind: amtlich\n'));
    expect(run(dir).problems).toEqual([]);
  });

  it('accepts a full survey record and refuses one dated in the future', () => {
    const dir = contentWith();
    mkdirSync(join(dir, 'surveys'));
    const survey = (region: string, date: string) =>
      `region: ${region}\ndate: ${date}\nfields: [sprache, arbeit]\nsources:\n  - url: https://example.org/uebersicht\n    kind: amtlich\nnotes: Schreibtischrecherche\n`;
    writeFileSync(join(dir, 'surveys', 'kassel.yaml'), survey('kassel', '2026-11-20'));
    expect(run(dir).problems).toEqual([]);
    writeFileSync(join(dir, 'surveys', 'wetzlar.yaml'), survey('wetzlar', '2026-12-24'));
    expect(run(dir).problems.map((p) => [p.file, p.line, p.message])).toEqual([
      ['surveys/wetzlar.yaml', 2, expect.stringContaining('Feld „date“: der Erhebungstag 2026-12-24 liegt in der Zukunft')],
    ]);
  });

  it('accepts an example entry without sources but not a real one', () => {
    const { problems } = run(contentWith('missing-sources'));
    expect(problems).toHaveLength(1);
    expect(run(BASE).entries.find((e) => e.id === 'kassel-sprachcafe')?.raw?.sources).toBeUndefined();
  });

  it('warns about entries not reviewed for longer than the allowed age, without failing', () => {
    const { problems } = run(BASE, 12);
    expect(problems.map((p) => [p.file, p.line, p.severity])).toEqual([
      ['programs/landesprogramm.yaml', 17, 'warning'],
      ['projects/kassel-sprachcafe.mdx', 17, 'warning'],
    ]);
    expect(problems[0]!.message).toBe('Feld „reviewed“: zuletzt geprüft am 2024-05-01, vor mehr als 12 Monaten; bitte die Angaben und Quellen prüfen und das Datum erneuern');
    expect(run(BASE, 36).problems).toEqual([]);
  });

  it('formats problems as path:line:column and as GitHub annotations', () => {
    const problem = { file: 'content/programs/a.yaml', line: 3, column: 5, message: 'Feld „x“: 100 % falsch, bitte ändern', severity: 'error' as const };
    expect(formatText(problem)).toBe('content/programs/a.yaml:3:5: Feld „x“: 100 % falsch, bitte ändern');
    expect(formatGithub(problem)).toBe('::error file=content/programs/a.yaml,line=3,col=5::Feld „x“: 100 %25 falsch, bitte ändern');
    expect(formatGithub({ ...problem, severity: 'warning' })).toMatch(/^::warning /);
  });
});
