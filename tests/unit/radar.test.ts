import { describe, expect, it } from 'vitest';
import { computeCoverage, type CoverageInput } from '../../src/lib/coverage';
import { addMonths, computeRadar, horizonOf, offeringEnd, radarCell, radarCounts, type RadarInput } from '../../src/lib/radar';
import { buildRegionTree } from '../../src/lib/regions';

const today = '2026-12-06';
const tree = buildRegionTree([{ id: 'hessen' }, { id: 'kreis', parent: 'hessen' }, { id: 'stadt', parent: 'kreis' }]);

describe('dates', () => {
  it('adds calendar months, keeping the day or taking the month’s last', () => {
    expect(addMonths('2026-12-06', 6)).toBe('2027-06-06');
    expect(addMonths('2026-12-06', 24)).toBe('2028-12-06');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });

  it('puts an end in the smallest horizon that holds it', () => {
    expect(horizonOf('2027-05-06', today)).toBe(6); // five months
    expect(horizonOf('2027-06-06', today)).toBe(6); // exactly six
    expect(horizonOf('2027-06-07', today)).toBe(12);
    expect(horizonOf('2028-12-06', today)).toBe(24);
    expect(horizonOf('2028-12-07', today)).toBeNull();
  });
});

describe('when an offering ends', () => {
  it('by its period, else by its last funded year, else not known', () => {
    expect(offeringEnd({ key: 'a', period: { start: '2020-01-01', end: '2027-03-31' }, funding: [{ years: [2030] }] }, today)).toEqual({ key: 'a', date: '2027-03-31', basis: 'zeitraum' });
    expect(offeringEnd({ key: 'b', period: { start: '2020-01-01' }, funding: [{ years: [2026, 2027] }] }, today)).toEqual({ key: 'b', date: '2027-12-31', basis: 'foerderung' });
    // A funding link without years says nothing about the end; a funded year long past neither.
    expect(offeringEnd({ key: 'c', period: { start: '2020-01-01' }, funding: [{ years: [2027] }, {}] }, today).basis).toBe('offen');
    expect(offeringEnd({ key: 'd', period: { start: '2020-01-01' }, funding: [{ years: [2021] }] }, today).basis).toBe('offen');
    expect(offeringEnd({ key: 'e', period: { start: '2020-01-01' } }, today)).toEqual({ key: 'e', basis: 'offen' });
  });
});

describe('the radar', () => {
  const offering = (key: string, period: RadarInput['period'], area = ['stadt'], funding?: CoverageInput['funding']) => ({
    key,
    kind: 'project' as const,
    actionFields: ['sprache'],
    targetGroups: ['eltern'],
    area,
    period,
    funding,
  });

  it('a cell whose last offering ends in 5 months is on the radar at 6 months', () => {
    const offerings = [
      offering('projects/a', { start: '2020-01-01', end: '2027-05-06' }),
      offering('projects/b', { start: '2022-01-01', end: '2027-02-28' }),
      offering('projects/old', { start: '2010-01-01', end: '2019-12-31' }), // ended: does not keep the cell alive
    ];
    const coverage = computeCoverage(tree, ['kreis', 'stadt'], ['sprache'], offerings);
    const cell = radarCell(coverage.cell('kreis', 'sprache'), new Map(offerings.map((o) => [o.key, o])), today)!;
    expect(cell).toMatchObject({ status: 'endet', endsWithinMonths: 6, lastEnd: '2027-05-06' });
    expect(cell.running.map((r) => r.key)).toEqual(['projects/a', 'projects/b']);
  });

  it('one offering without a known end keeps the cell off the radar; none running is "beendet"; far ends are "spaeter"', () => {
    const open = [offering('projects/a', { start: '2020-01-01', end: '2027-01-31' }), offering('projects/b', { start: '2020-01-01' })];
    const ended = [offering('projects/c', { start: '2010-01-01', end: '2020-12-31' })];
    const later = [offering('projects/d', { start: '2020-01-01', end: '2030-12-31' })];
    const funded = [offering('projects/e', { start: '2020-01-01' }, ['stadt'], [{ program: 'p', years: [2027] }])];
    const fundedThisYear = [offering('projects/f', { start: '2020-01-01' }, ['stadt'], [{ program: 'p', years: [2025, 2026] }])];
    const status = (list: ReturnType<typeof offering>[]) => {
      const coverage = computeCoverage(tree, ['kreis'], ['sprache'], list);
      return radarCell(coverage.cell('kreis', 'sprache'), new Map(list.map((o) => [o.key, o])), today);
    };
    expect(status(open)).toMatchObject({ status: 'offen', endsWithinMonths: null });
    expect(status(ended)).toMatchObject({ status: 'beendet', endsWithinMonths: null, running: [] });
    expect(status(later)).toMatchObject({ status: 'spaeter', endsWithinMonths: null, lastEnd: '2030-12-31' });
    // 31 Dec 2027 lies after 6 Dec 2027 (12 months), so within 24; funding for 2026 ends this month.
    expect(status(funded)).toMatchObject({ status: 'endet', endsWithinMonths: 24, lastEnd: '2027-12-31' });
    expect(status(fundedThisYear)).toMatchObject({ status: 'endet', endsWithinMonths: 6, lastEnd: '2026-12-31' });
    expect(status([])).toBeUndefined();
  });

  it('computes every cell with local offerings and counts each once, at its smallest horizon', () => {
    const offerings = [
      offering('projects/a', { start: '2020-01-01', end: '2027-03-31' }, ['stadt']),
      { ...offering('projects/b', { start: '2020-01-01', end: '2028-01-31' }, ['kreis']), actionFields: ['arbeit'] },
    ];
    const coverage = computeCoverage(tree, ['kreis', 'stadt'], ['sprache', 'arbeit', 'familie'], offerings);
    const radar = computeRadar(coverage.cells, new Map(offerings.map((o) => [o.key, o])), today);
    expect([...radar.values()].map((c) => `${c.region}×${c.actionField}:${c.endsWithinMonths}`).sort()).toEqual(['kreis×arbeit:24', 'kreis×sprache:6', 'stadt×sprache:6']);
    expect(radarCounts([...radar.values()].filter((c) => c.region === 'kreis'))).toEqual({ 6: 1, 12: 0, 24: 1 });
  });
});
