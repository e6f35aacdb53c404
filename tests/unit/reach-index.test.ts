/** The region index must answer exactly as the one rule (reachOf, groupByReach) does, for every region. */
import { describe, expect, it } from 'vitest';
import { buildCatalogue, type CatalogueInput } from '../../src/lib/catalogue';
import { buildReachIndex, pickForCitizens } from '../../src/lib/reach-index';
import { buildRegionTree, groupByReach, offeringsForRegion, reachOf } from '../../src/lib/regions';

const tree = buildRegionTree([
  { id: 'eu' },
  { id: 'deutschland', parent: 'eu' },
  { id: 'hessen', parent: 'deutschland' },
  { id: 'bayern', parent: 'deutschland' },
  { id: 'rb', parent: 'hessen' },
  { id: 'lahn-dill-kreis', parent: 'rb' },
  { id: 'wetzlar', parent: 'lahn-dill-kreis' },
  { id: 'herborn', parent: 'lahn-dill-kreis' },
  { id: 'kassel', parent: 'rb' },
  { id: 'muenchen', parent: 'bayern' },
]);

// Every shape of area: one region at each level, a region and a place inside it, two places, two levels at once.
const offerings = [
  { id: 'eu', area: ['eu'] },
  { id: 'bund', area: ['deutschland'] },
  { id: 'land', area: ['hessen'] },
  { id: 'bezirk', area: ['rb'] },
  { id: 'kreis', area: ['lahn-dill-kreis'] },
  { id: 'wetzlar', area: ['wetzlar'] },
  { id: 'wetzlar-und-herborn', area: ['wetzlar', 'herborn'] },
  { id: 'kreis-und-wetzlar', area: ['lahn-dill-kreis', 'wetzlar'] },
  { id: 'land-und-bund', area: ['hessen', 'deutschland'] },
  { id: 'land-und-kassel', area: ['hessen', 'kassel'] },
  { id: 'muenchen', area: ['muenchen'] },
];

describe('region index', () => {
  const index = buildReachIndex(tree, offerings);

  it('lists on the spot and from above as offeringsForRegion and groupByReach do, for every region', () => {
    for (const region of tree.ids) {
      const { local, viaAncestor } = offeringsForRegion(tree, region, offerings);
      expect(index.local(region).map((o) => o.id), region).toEqual(local.map((o) => o.id));
      const groups = index.fromAbove(region).map((g) => [g.via, g.items.map((o) => o.id).sort()]);
      expect(groups, region).toEqual(groupByReach(tree, region, viaAncestor).map((g) => [g.via, g.items.map((o) => o.id).sort()]));
    }
  });

  it('gives feeds and calendars everything that reaches a region, in input order', () => {
    for (const region of tree.ids) {
      expect(index.reaching(region).map((o) => o.id), region).toEqual(offerings.filter((o) => reachOf(tree, o.area, region) !== undefined).map((o) => o.id));
    }
  });

  it('shares the list of a Land-wide group between the towns instead of copying it', () => {
    const group = (region: string) => index.fromAbove(region).find((g) => g.via === 'deutschland')!.items;
    expect(group('herborn')).toBe(group('kassel'));
  });
});

describe('pickForCitizens', () => {
  const region = (id: string, kind: string, parent?: string) => ({ id, name: id, kind, ...(parent ? { parent } : {}) }) as CatalogueInput['regions'][number];
  const common = { actionFields: ['sprache'], targetGroups: ['erwachsene'], reviewed: '2026-12-01', example: false, sources: [], area: ['hessen'] };
  const program = (id: string, extra: Record<string, unknown>) =>
    ({ id, title: id, summary: id, funder: 'land', level: 'land', period: { start: '2020-01-01' }, fundingTypes: ['kursangebot'], eligible: ['privatpersonen'], ...common, ...extra }) as unknown as CatalogueInput['programs'][number];
  const catalogue = buildCatalogue(
    {
      regions: [region('eu', 'eu'), region('deutschland', 'bund', 'eu'), region('hessen', 'land', 'deutschland')],
      actionFields: [{ id: 'sprache', title: 'Sprache', summary: 's' }] as CatalogueInput['actionFields'],
      targetGroups: [{ id: 'erwachsene', title: 'Erwachsene' }] as CatalogueInput['targetGroups'],
      organizations: [{ id: 'land', name: 'Land', kind: 'landesbehoerde' }] as CatalogueInput['organizations'],
      programs: [
        program('a-fonds', { fundingTypes: ['zuschuss'], eligible: ['vereine'] }),
        program('b-alter-kurs', { period: { start: '2010-01-01', end: '2013-12-31' } }),
        program('c-kurs', {}),
        program('d-beratung', { fundingTypes: ['beratung'], eligible: ['kommunen'] }),
      ],
      projects: [],
    },
    '2026-12-06',
  );
  const ended = (o: (typeof catalogue.offerings)[number]) => catalogue.status(o) === 'beendet';

  it('puts what runs and serves people first, funds for organisations next and what has ended last, A–Z within', () => {
    expect(pickForCitizens(catalogue.offerings, ended, 10).map((o) => o.id)).toEqual(['c-kurs', 'd-beratung', 'a-fonds', 'b-alter-kurs']);
    expect(pickForCitizens(catalogue.offerings, ended, 2).map((o) => o.id)).toEqual(['c-kurs', 'd-beratung']);
  });
});
