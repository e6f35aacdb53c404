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
const coverage = computeCoverage(tree, ['hessen', 'lahn-dill-kreis', 'wetzlar', 'kassel'], ['sprache', 'arbeit', 'gesundheit'], offerings);

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

  it('marks a cell without a local offering as a gap, even when something is available', () => {
    expect(coverage.cell('kassel', 'sprache').gap).toBe(true);
    expect(coverage.cell('wetzlar', 'sprache').gap).toBe(false);
    expect(coverage.cell('wetzlar', 'gesundheit')).toEqual({ region: 'wetzlar', actionField: 'gesundheit', local: [], available: [], gap: true });
    expect(coverage.cells).toHaveLength(12);
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
      fundingByProgramAndYear: { 'programs/bund': { '2024': 500, '2025': 500, 'ohne Jahr': 300 } },
    });
    expect(regionFigures(tree, 'deutschland', offerings, 2026).byYear).toEqual({ 2020: 1, 2021: 1, 2022: 1, 2023: 1, 2024: 2, 2025: 2, 2026: 1 });
  });
});
