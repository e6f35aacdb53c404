import { describe, expect, it } from 'vitest';
import { computeCoverage, regionFigures, type CoverageInput } from '../../src/lib/coverage';
import { buildRegionTree } from '../../src/lib/regions';

const tree = buildRegionTree([
  { id: 'deutschland' },
  { id: 'hessen', parent: 'deutschland' },
  { id: 'lahn-dill-kreis', parent: 'hessen' },
  { id: 'wetzlar', parent: 'lahn-dill-kreis' },
  { id: 'kassel', parent: 'hessen' },
]);
const offerings: CoverageInput[] = [
  { key: 'programs/bund', kind: 'program', actionFields: ['sprache'], targetGroups: ['eltern'], area: ['deutschland'], period: { start: '2020-01-01' } },
  {
    key: 'projects/wetzlar',
    kind: 'project',
    actionFields: ['sprache', 'arbeit'],
    targetGroups: ['frauen'],
    area: ['wetzlar'],
    period: { start: '2024-06-01', end: '2025-12-31' },
    funding: [{ program: 'bund', amount: 1000, years: [2024, 2025] }, { program: 'bund', amount: 300 }],
  },
];
// Kassel was surveyed for "sprache" only; Wetzlar for "sprache" and "gesundheit"; the Kreis not at all.
const surveys = [
  { region: 'kassel', date: '2026-12-01', fields: ['sprache'] },
  { region: 'wetzlar', date: '2026-11-30', fields: ['sprache', 'gesundheit'] },
];
const coverage = computeCoverage(tree, ['hessen', 'lahn-dill-kreis', 'wetzlar', 'kassel'], ['sprache', 'arbeit', 'gesundheit'], offerings, surveys);

describe('coverage', () => {
  it('counts a town project as local to the town and everything above it', () => {
    expect(coverage.cell('wetzlar', 'sprache').local).toEqual(['projects/wetzlar']);
    expect(coverage.cell('lahn-dill-kreis', 'arbeit').local).toEqual(['projects/wetzlar']);
    expect(coverage.cell('hessen', 'arbeit').local).toEqual(['projects/wetzlar']);
  });

  it('counts a Bund programme as available everywhere below, but local nowhere below', () => {
    expect(coverage.cell('kassel', 'sprache').available).toEqual(['programs/bund']);
    expect(coverage.cell('kassel', 'sprache').local).toEqual([]);
    expect(coverage.cell('wetzlar', 'sprache').available).toEqual(['programs/bund', 'projects/wetzlar']);
  });

  it('marks a surveyed cell without a local offering as a gap, even when something is available', () => {
    expect(coverage.cell('kassel', 'sprache')).toMatchObject({ state: 'luecke', surveyed: '2026-12-01', gap: true });
    expect(coverage.cell('wetzlar', 'sprache')).toMatchObject({ state: 'vorhanden', surveyed: '2026-11-30', gap: false });
    expect(coverage.cell('wetzlar', 'gesundheit')).toEqual({ region: 'wetzlar', actionField: 'gesundheit', local: [], available: [], state: 'luecke', surveyed: '2026-11-30', gap: true });
    expect(coverage.cells).toHaveLength(12);
  });

  it('never calls an unsurveyed cell a gap: it is "nicht erhoben"', () => {
    // Kassel was not surveyed for "arbeit", the Kreis and the Land not at all.
    expect(coverage.cell('kassel', 'arbeit')).toEqual({ region: 'kassel', actionField: 'arbeit', local: [], available: [], state: 'nicht-erhoben', gap: false });
    expect(coverage.cell('lahn-dill-kreis', 'gesundheit')).toMatchObject({ state: 'nicht-erhoben', gap: false });
    expect(coverage.cell('lahn-dill-kreis', 'arbeit')).toMatchObject({ state: 'vorhanden', gap: false });
    expect(coverage.cell('lahn-dill-kreis', 'arbeit').surveyed).toBeUndefined();
    const states = coverage.cells.map((c) => c.state);
    expect(states.filter((s) => s === 'luecke')).toHaveLength(2);
    expect(coverage.cells.filter((c) => c.gap)).toHaveLength(2);
    expect(states.filter((s) => s === 'nicht-erhoben')).toHaveLength(coverage.cells.length - 2 - states.filter((s) => s === 'vorhanden').length);
  });

  it('without any survey, no cell is a gap', () => {
    const unsurveyed = computeCoverage(tree, ['hessen', 'kassel'], ['sprache', 'arbeit'], offerings);
    expect(unsurveyed.cells.some((c) => c.gap)).toBe(false);
    expect(unsurveyed.cell('kassel', 'sprache').state).toBe('nicht-erhoben');
  });
});

describe('monitoring figures', () => {
  it('count local offerings by field, group and year and sum funding by programme and year', () => {
    const figures = regionFigures(tree, 'lahn-dill-kreis', offerings, 2026);
    expect(figures).toEqual({
      region: 'lahn-dill-kreis',
      total: 1,
      byActionField: { sprache: 1, arbeit: 1 },
      byTargetGroup: { frauen: 1 },
      byYear: { 2024: 1, 2025: 1 },
      fundingByProgramAndYear: { 'programs/bund': { '2024': 500, '2025': 500, undated: 300 } },
    });
    expect(regionFigures(tree, 'deutschland', offerings, 2026).byYear).toEqual({ 2020: 1, 2021: 1, 2022: 1, 2023: 1, 2024: 2, 2025: 2, 2026: 1 });
  });
});
