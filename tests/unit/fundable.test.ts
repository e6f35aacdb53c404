import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/lib/coverage';
import { fundableFor, fundableForGaps, groupGapsByProgrammes, type FundingProgrammeInput } from '../../src/lib/fundable';
import { nextDeadline } from '../../src/lib/programme-roles';
import { buildRegionTree } from '../../src/lib/regions';

const tree = buildRegionTree([
  { id: 'deutschland' },
  { id: 'hessen', parent: 'deutschland' },
  { id: 'kreis-a', parent: 'hessen' },
  { id: 'kreis-b', parent: 'hessen' },
  { id: 'bayern', parent: 'deutschland' },
]);
const today = '2026-12-06';

type Programme = FundingProgrammeInput & { actionFields: string[]; targetGroups: string[]; area: string[]; kind: 'program' };
const programme = (id: string, extra: Partial<Programme>): Programme => ({
  key: `programs/${id}`,
  id,
  kind: 'program',
  title: id.toUpperCase(),
  level: 'land',
  eligible: ['vereine', 'kommunen'],
  fundingTypes: ['zuschuss'],
  actionFields: ['sprache'],
  targetGroups: ['eltern'],
  area: ['hessen'],
  period: { start: '2020-01-01' },
  ...extra,
});

// Kreis A was surveyed for "sprache" and has nothing local: a gap. Two programmes could fund closing it.
const programmes = [
  programme('amif', { level: 'eu', area: ['deutschland'], deadlines: [{ date: '2026-04-30', label: 'Runde 2026' }, { date: '2027-03-31', label: 'Runde 2027' }] }),
  programme('wir', { level: 'land' }),
  programme('kurs', { eligible: ['privatpersonen'], fundingTypes: ['kursangebot'], level: 'bund', area: ['deutschland'] }), // a course people take
  programme('alt', { period: { start: '2015-01-01', end: '2020-12-31' } }), // ended
  programme('bayern', { area: ['bayern'] }), // does not reach Hessen
  programme('arbeit', { actionFields: ['arbeit'] }), // other field
  programme('preis', { fundingTypes: ['preis'] }), // a prize does not fund closing a gap
];
const project = { key: 'projects/b', kind: 'project' as const, actionFields: ['sprache'], targetGroups: ['eltern'], area: ['kreis-b'], period: { start: '2024-01-01' } };
const coverage = computeCoverage(tree, ['kreis-a', 'kreis-b'], ['sprache', 'arbeit'], [...programmes, project], [
  { region: 'kreis-a', date: '2026-10-01', fields: ['sprache', 'arbeit'] },
  { region: 'kreis-b', date: '2026-10-01', fields: ['sprache'] },
]);
const byKey = new Map(programmes.map((p) => [p.key, p]));

describe('from gap to programme', () => {
  it('a gap with two fundable programmes: available there, for the field, for organisations, with money, not ended', () => {
    const gap = coverage.cell('kreis-a', 'sprache');
    expect(gap.state).toBe('luecke');
    const fundable = fundableFor(gap, byKey, today);
    expect(fundable.map((p) => p.id)).toEqual(['amif', 'wir']);
    // The coming deadline is the next call; the one in April 2026 is history.
    expect(fundable[0]).toMatchObject({ eligible: ['vereine', 'kommunen'], fundingTypes: ['zuschuss'], nextDeadline: { date: '2027-03-31' } });
    expect(fundable[1]!.nextDeadline).toBeUndefined();
    expect(fundable[1]!.lastDeadline).toBeUndefined();
  });

  it('only gaps get programmes; a gap without any is an empty list, not missing', () => {
    const gaps = fundableForGaps(coverage.cells, byKey, today);
    expect([...gaps.keys()].map((c) => `${c.region}×${c.actionField}`).sort()).toEqual(['kreis-a×arbeit', 'kreis-a×sprache']);
    // "arbeit" in Kreis A: the only programme for it is the Land's, so one.
    expect(gaps.get(coverage.cell('kreis-a', 'arbeit'))!.map((p) => p.id)).toEqual(['arbeit']);
    expect(gaps.has(coverage.cell('kreis-b', 'sprache'))).toBe(false); // vorhanden
    const none = fundableFor({ available: ['programs/kurs', 'programs/alt', 'programs/preis'] }, byKey, today);
    expect(none).toEqual([]);
  });

  it('orders coming deadlines first, then no deadline, then only past deadlines', () => {
    const list = fundableFor(
      { available: ['programs/x', 'programs/y', 'programs/z', 'programs/w'] },
      new Map([
        ['programs/x', programme('x', { deadlines: [{ date: '2025-01-01', label: 'alt' }] })],
        ['programs/y', programme('y', {})],
        ['programs/z', programme('z', { deadlines: [{ date: '2027-06-01', label: 'später' }] })],
        ['programs/w', programme('w', { deadlines: [{ date: '2026-12-06', label: 'heute' }] })],
      ]),
      today,
    );
    expect(list.map((p) => p.id)).toEqual(['w', 'z', 'y', 'x']);
    expect(list[3]).toMatchObject({ lastDeadline: { date: '2025-01-01' } });
    expect(list[3]!.nextDeadline).toBeUndefined();
  });

  it('a deadline in the past is history: no next call', () => {
    expect(nextDeadline([{ date: '2026-01-01', label: 'a' }], today)).toEqual({ next: undefined, last: { date: '2026-01-01', label: 'a' } });
    expect(nextDeadline(undefined, today)).toEqual({ next: undefined, last: undefined });
  });

  it('groups the gaps of a field by the same programmes', () => {
    const a = fundableFor({ available: ['programs/amif', 'programs/wir'] }, byKey, today);
    const groups = groupGapsByProgrammes([
      { region: 'kreis-a', programmes: a },
      { region: 'kreis-b', programmes: [] },
      { region: 'kreis-c', programmes: a },
    ]);
    expect(groups.map((g) => [g.regions, g.programmes.length])).toEqual([
      [['kreis-a', 'kreis-c'], 2],
      [['kreis-b'], 0],
    ]);
  });
});
