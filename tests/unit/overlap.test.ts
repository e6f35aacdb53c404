import { describe, expect, it } from 'vitest';
import { capPartners, compareOfferings, doublesFirst, findOverlaps, meetingRegions, overlapScore, overlapsByOffering, splitByKind, type OverlapInput } from '../../src/lib/overlap';
import { programmeRole } from '../../src/lib/programme-roles';
import { buildRegionTree } from '../../src/lib/regions';

const tree = buildRegionTree([
  { id: 'deutschland' },
  { id: 'hessen', parent: 'deutschland' },
  { id: 'lahn-dill-kreis', parent: 'hessen' },
  { id: 'wetzlar', parent: 'lahn-dill-kreis' },
  { id: 'herborn', parent: 'lahn-dill-kreis' },
  { id: 'landkreis-giessen', parent: 'hessen' },
  { id: 'kassel', parent: 'hessen' },
]);
const options = { today: '2026-11-26' };

const base: OverlapInput = { key: 'projects/a', actionFields: ['sprache'], targetGroups: ['eltern'], area: ['wetzlar'], period: { start: '2024-01-01' } };
const other: OverlapInput = { ...base, key: 'projects/b' };

describe('the four overlap conditions', () => {
  it('reports a pair that meets all four, with its reasons and its kind', () => {
    expect(compareOfferings(tree, base, other, options)).toEqual({
      a: 'projects/a',
      b: 'projects/b',
      score: expect.any(Number),
      actionFields: ['sprache'],
      targetGroups: ['eltern'],
      regions: ['wetzlar'],
      period: { start: '2024-01-01', end: null },
      kind: 'doppelangebot',
      via: [],
      funded: false,
    });
  });

  it('1: no shared action field, no overlap', () => {
    expect(compareOfferings(tree, base, { ...other, actionFields: ['arbeit'] }, options)).toBeUndefined();
  });

  it('2: no shared target group, no overlap', () => {
    expect(compareOfferings(tree, base, { ...other, targetGroups: ['frauen'] }, options)).toBeUndefined();
  });

  it('3: areas that do not meet in the tree, no overlap', () => {
    expect(compareOfferings(tree, base, { ...other, area: ['herborn'] }, options)).toBeUndefined();
  });

  it('4: periods that do not intersect, no overlap', () => {
    const ended = { ...base, period: { start: '2020-01-01', end: '2023-12-31' } };
    expect(compareOfferings(tree, ended, other, options)).toBeUndefined();
  });

  it('a project and the programme that funds it are a Förderweg in use, never a Doppelangebot', () => {
    const programme = { ...base, key: 'programs/p', area: ['hessen'] };
    const funded = { ...other, fundedBy: ['programs/p'] };
    for (const [x, y] of [[programme, funded], [funded, programme]] as const) {
      expect(compareOfferings(tree, x, y, options)).toMatchObject({ kind: 'foerderweg', via: ['programs/p'], funded: true });
    }
    // The same service programme without the funding link: two services for the same people.
    expect(compareOfferings(tree, programme, other, options)).toMatchObject({ kind: 'doppelangebot', via: [], funded: false });
  });

  it('an offering does not overlap itself', () => {
    expect(compareOfferings(tree, base, base, options)).toBeUndefined();
  });
});

describe('like with like: Doppelangebote and Förderwege', () => {
  // Real shapes: AMIF (eligible are organisations, a grant) and the Integrationskurs (people enrol).
  const amif = { key: 'programs/amif', eligible: ['vereine', 'kommunen', 'wohlfahrtsverbaende'], fundingTypes: ['zuschuss'] };
  const kurs = { key: 'programs/integrationskurse', eligible: ['privatpersonen'], fundingTypes: ['kursangebot'] };
  const meet = { actionFields: ['sprache'], targetGroups: ['erwachsene'], period: { start: '2021-01-01' } };

  it('a fund and a course that meet in field, group, area and period are a Förderweg, not a Doppelangebot', () => {
    const fund: OverlapInput = { ...meet, key: amif.key, area: ['deutschland'], role: programmeRole(amif) };
    const course: OverlapInput = { ...meet, key: kurs.key, area: ['deutschland'], role: programmeRole(kurs) };
    expect(programmeRole(amif)).toBe('foerderung');
    expect(programmeRole(kurs)).toBe('leistung');
    const pair = compareOfferings(tree, fund, course, options)!;
    expect(pair).toMatchObject({ kind: 'foerderweg', via: ['programs/amif'], funded: false, regions: ['deutschland'], actionFields: ['sprache'] });
    const found = findOverlaps(tree, [fund, course], options);
    expect(splitByKind(found)).toMatchObject({ doppelangebot: [], foerderweg: [{ a: 'programs/amif', b: 'programs/integrationskurse', kind: 'foerderweg' }] });
  });

  it('the course and a local language café are a Doppelangebot; two funds are two Förderwege for the same work', () => {
    const course: OverlapInput = { ...meet, key: kurs.key, area: ['deutschland'], role: 'leistung' };
    const cafe: OverlapInput = { ...meet, key: 'projects/sprachcafe', area: ['wetzlar'] };
    const fund: OverlapInput = { ...meet, key: amif.key, area: ['deutschland'], role: 'foerderung' };
    const esf: OverlapInput = { ...meet, key: 'programs/esf', area: ['hessen'], role: 'foerderung' };
    expect(compareOfferings(tree, course, cafe, options)?.kind).toBe('doppelangebot');
    expect(compareOfferings(tree, fund, esf, options)).toMatchObject({ kind: 'foerderweg', via: ['programs/amif', 'programs/esf'] });
    const found = findOverlaps(tree, [course, cafe, fund, esf], options);
    const split = splitByKind(found);
    expect(split.doppelangebot.map((o) => `${o.a}|${o.b}`)).toEqual(['programs/integrationskurse|projects/sprachcafe']);
    expect(split.foerderweg).toHaveLength(5);
    // Lists lead with the Doppelangebote, whatever their score.
    const listOfCafe = doublesFirst(overlapsByOffering(found).get('projects/sprachcafe')!);
    expect(listOfCafe.map((o) => o.kind)).toEqual(['doppelangebot', 'foerderweg', 'foerderweg']);
  });

  it('programmes people use themselves, money for people, prizes and advice without money are services', () => {
    expect(programmeRole({ eligible: ['privatpersonen'], fundingTypes: ['zuschuss'] })).toBe('leistung');
    expect(programmeRole({ eligible: ['privatpersonen', 'kommunen'], fundingTypes: ['zuschuss', 'beratung'] })).toBe('leistung');
    expect(programmeRole({ eligible: ['vereine', 'kommunen'], fundingTypes: ['preis'] })).toBe('leistung');
    expect(programmeRole({ eligible: ['migrantenorganisationen'], fundingTypes: ['beratung', 'sachleistung'] })).toBe('leistung');
    expect(programmeRole({ eligible: ['schulen'], fundingTypes: ['kursangebot'] })).toBe('leistung');
    expect(programmeRole({ eligible: ['kitas'], fundingTypes: ['personalfoerderung'] })).toBe('foerderung');
  });
});

describe('hierarchy and periods', () => {
  it('a Land programme meets a town project in the town', () => {
    const land = { ...base, key: 'programs/land', area: ['hessen'] };
    expect(compareOfferings(tree, land, other, options)?.regions).toEqual(['wetzlar']);
    expect(meetingRegions(tree, ['hessen', 'kassel'], ['wetzlar', 'kassel'])).toEqual(['kassel', 'wetzlar']);
  });

  it('neighbouring Kreise do not meet', () => {
    const giessen = { ...base, area: ['landkreis-giessen'] };
    expect(compareOfferings(tree, giessen, { ...other, area: ['lahn-dill-kreis'] }, options)).toBeUndefined();
  });

  it('open-ended periods meet anything that starts later; the common period is open too', () => {
    const later = { ...other, period: { start: '2030-01-01', end: '2031-01-01' } };
    expect(compareOfferings(tree, base, later, options)?.period).toEqual({ start: '2030-01-01', end: '2031-01-01' });
    const both = compareOfferings(tree, { ...base, period: { start: '2010-01-01' } }, { ...other, period: { start: '2015-06-01' } }, options);
    expect(both?.period).toEqual({ start: '2015-06-01', end: null });
  });

  it('periods touching on one day intersect', () => {
    const a = { ...base, period: { start: '2020-01-01', end: '2021-01-01' } };
    const b = { ...other, period: { start: '2021-01-01', end: '2022-01-01' } };
    expect(compareOfferings(tree, a, b, options)?.period).toEqual({ start: '2021-01-01', end: '2021-01-01' });
  });
});

describe('score', () => {
  it('ranks more shared fields and groups, a more local meeting region and a longer common period higher', () => {
    expect(overlapScore(2, 1, 3, 365)).toBeGreaterThan(overlapScore(1, 1, 3, 365));
    expect(overlapScore(1, 2, 3, 365)).toBeGreaterThan(overlapScore(1, 1, 3, 365));
    expect(overlapScore(1, 1, 4, 365)).toBeGreaterThan(overlapScore(1, 1, 2, 365));
    expect(overlapScore(1, 1, 3, 730)).toBeGreaterThan(overlapScore(1, 1, 3, 365));
    expect(overlapScore(3, 3, 5, 5 * 365)).toBe(100);
  });
});

describe('findOverlaps', () => {
  const offerings: OverlapInput[] = [
    { key: 'programs/land', actionFields: ['sprache', 'arbeit'], targetGroups: ['eltern'], area: ['hessen'], period: { start: '2010-01-01' } },
    { key: 'projects/wetzlar', actionFields: ['sprache'], targetGroups: ['eltern', 'frauen'], area: ['wetzlar'], period: { start: '2024-01-01' }, fundedBy: ['programs/land'] },
    { key: 'projects/wetzlar-2', actionFields: ['sprache'], targetGroups: ['eltern'], area: ['wetzlar'], period: { start: '2025-01-01' } },
    { key: 'projects/herborn', actionFields: ['sprache'], targetGroups: ['eltern'], area: ['herborn'], period: { start: '2025-01-01' } },
    { key: 'projects/kreis', actionFields: ['arbeit'], targetGroups: ['eltern'], area: ['lahn-dill-kreis'], period: { start: '2025-01-01' } },
  ];

  it('finds exactly the pairs a blind all-pairs comparison finds, each once', () => {
    const found = findOverlaps(tree, offerings, options);
    const blind = [];
    for (let i = 0; i < offerings.length; i++)
      for (let j = i + 1; j < offerings.length; j++) {
        const o = compareOfferings(tree, offerings[i]!, offerings[j]!, options);
        if (o) blind.push(o);
      }
    const keys = (list: { a: string; b: string }[]) => list.map((o) => `${o.a}|${o.b}`).sort();
    expect(keys(found)).toEqual(keys(blind));
    expect(keys(found)).toEqual([
      'programs/land|projects/herborn',
      'programs/land|projects/kreis',
      'programs/land|projects/wetzlar',
      'programs/land|projects/wetzlar-2',
      'projects/wetzlar|projects/wetzlar-2',
    ]);
    expect(found.find((o) => o.b === 'projects/wetzlar' && o.a === 'programs/land')).toMatchObject({ kind: 'foerderweg', funded: true });
    expect(found.map((o) => o.score)).toEqual([...found.map((o) => o.score)].sort((a, b) => b - a));
  });

  it('groups overlaps by offering and caps partners per offering', () => {
    const found = findOverlaps(tree, offerings, options);
    expect(overlapsByOffering(found).get('programs/land')).toHaveLength(4);
    // Three offerings that all overlap: with one partner each, the weakest pair goes.
    const trio = ['x', 'y', 'z'].map((k) => ({ ...base, key: `projects/${k}` }));
    const all = findOverlaps(tree, trio, options);
    expect(all).toHaveLength(3);
    const capped = capPartners(all, 1);
    expect(capped).toHaveLength(2);
    for (const key of ['projects/x', 'projects/y', 'projects/z']) expect(capped.some((o) => o.a === key || o.b === key)).toBe(true);
  });

  it('matches all-pairs on a random catalogue', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)]!;
    const regions = ['deutschland', 'hessen', 'lahn-dill-kreis', 'wetzlar', 'herborn', 'landkreis-giessen', 'kassel'];
    const many: OverlapInput[] = Array.from({ length: 120 }, (_, i) => ({
      key: `projects/p${i}`,
      actionFields: [pick(['a', 'b', 'c'])],
      targetGroups: [pick(['x', 'y']), pick(['x', 'z'])],
      area: [pick(regions)],
      period: random() < 0.5 ? { start: `20${10 + Math.floor(random() * 10)}-01-01` } : { start: '2012-01-01', end: `20${12 + Math.floor(random() * 5)}-06-30` },
    }));
    let blind = 0;
    for (let i = 0; i < many.length; i++) for (let j = i + 1; j < many.length; j++) if (compareOfferings(tree, many[i]!, many[j]!, options)) blind++;
    expect(findOverlaps(tree, many, options)).toHaveLength(blind);
    expect(blind).toBeGreaterThan(100);
  });

  it('every found pair deep-equals the reference comparison, score and reasons, on a mixed random catalogue', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)]!;
    const some = <T,>(list: T[]) => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(list));
    const regions = ['deutschland', 'hessen', 'lahn-dill-kreis', 'wetzlar', 'herborn', 'landkreis-giessen', 'kassel'];
    const many: OverlapInput[] = Array.from({ length: 150 }, (_, i) => ({
      key: i < 20 ? `programs/p${i}` : `projects/p${i}`,
      actionFields: some(['a', 'b', 'c', 'd']),
      targetGroups: some(['x', 'y', 'z']),
      area: some(regions),
      period: random() < 0.5 ? { start: `20${10 + Math.floor(random() * 10)}-01-01` } : { start: '2012-01-01', end: `20${12 + Math.floor(random() * 5)}-06-30` },
      fundedBy: i >= 20 && random() < 0.3 ? [`programs/p${Math.floor(random() * 20)}`] : undefined,
    }));
    const found = findOverlaps(tree, many, options);
    const byKey = new Map(many.map((o) => [o.key, o]));
    let blind = 0;
    for (let i = 0; i < many.length; i++) for (let j = i + 1; j < many.length; j++) if (compareOfferings(tree, many[i]!, many[j]!, options)) blind++;
    expect(found).toHaveLength(blind);
    for (const pair of found) {
      const reference = compareOfferings(tree, byKey.get(pair.a)!, byKey.get(pair.b)!, options);
      expect(JSON.parse(JSON.stringify(pair))).toEqual(reference);
      expect({ score: pair.score, regions: pair.regions, actionFields: pair.actionFields }).toEqual({ score: reference!.score, regions: reference!.regions, actionFields: reference!.actionFields });
    }
    expect(blind).toBeGreaterThan(500);
  });
});

describe('grouping for the overlap page', () => {
  it('lifts meeting regions to group regions and files each overlap under every shared field', async () => {
    const { groupOverlaps } = await import('../../src/lib/overlap-groups');
    const overlaps = findOverlaps(
      tree,
      [
        { key: 'programs/land', actionFields: ['sprache', 'arbeit'], targetGroups: ['eltern'], area: ['hessen'], period: { start: '2010-01-01' } },
        { key: 'projects/herborn', actionFields: ['sprache', 'arbeit'], targetGroups: ['eltern'], area: ['herborn'], period: { start: '2025-01-01' } },
        { key: 'projects/kassel', actionFields: ['sprache'], targetGroups: ['eltern'], area: ['kassel'], period: { start: '2025-01-01' } },
      ],
      options,
    );
    const groups = groupOverlaps(tree, overlaps, (id) => ['hessen', 'lahn-dill-kreis', 'kassel'].includes(id), ['kassel', 'lahn-dill-kreis'], ['sprache', 'arbeit']);
    expect(groups.map((g) => [g.region, g.actionField, g.overlaps.length])).toEqual([
      ['kassel', 'sprache', 1],
      ['lahn-dill-kreis', 'sprache', 1],
      ['lahn-dill-kreis', 'arbeit', 1],
    ]);
  });
});
