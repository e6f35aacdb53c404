import { describe, expect, it } from 'vitest';
import { buildCatalogue, type CatalogueInput } from '../../src/lib/catalogue';
import { ABOVE_SHOWN, buildFinderIndex, needRank, pickForNeed, servesPeople } from '../../src/lib/finder';

const region = (id: string, kind: string, parent?: string) => ({ id, name: id.replace(/-/g, ' '), kind, ...(parent ? { parent } : {}) }) as CatalogueInput['regions'][number];
const common = { targetGroups: ['erwachsene'], period: { start: '2020-01-01' }, reviewed: '2026-12-01', example: false, sources: [] };
const project = (id: string, area: string[], extra: Record<string, unknown> = {}) =>
  ({ id, title: id, summary: id, actionFields: ['sprache'], area, carrier: 'traeger', format: ['kurs'], cost: 'kostenlos', ...common, ...extra }) as unknown as CatalogueInput['projects'][number];
const program = (id: string, area: string[], extra: Record<string, unknown> = {}) =>
  ({ id, title: id, summary: id, actionFields: ['sprache'], area, funder: 'bund', level: 'bund', fundingTypes: ['kursangebot'], eligible: ['privatpersonen'], ...common, ...extra }) as unknown as CatalogueInput['programs'][number];

const input: CatalogueInput = {
  regions: [
    region('eu', 'eu'),
    region('deutschland', 'bund', 'eu'),
    region('hessen', 'land', 'deutschland'),
    region('rb', 'regierungsbezirk', 'hessen'),
    region('kassel', 'kreisfreie-stadt', 'rb'),
    region('lahn-dill-kreis', 'landkreis', 'rb'),
    region('wetzlar', 'sonderstatusstadt', 'lahn-dill-kreis'),
    region('herborn', 'gemeinde', 'lahn-dill-kreis'),
    region('dillenburg', 'gemeinde', 'lahn-dill-kreis'),
  ],
  actionFields: [{ id: 'sprache', title: 'Sprache', summary: 's' }, { id: 'arbeit', title: 'Arbeit', summary: 'a' }] as CatalogueInput['actionFields'],
  targetGroups: [{ id: 'erwachsene', title: 'Erwachsene' }, { id: 'fachkraefte', title: 'Fachkräfte' }] as CatalogueInput['targetGroups'],
  organizations: [{ id: 'traeger', name: 'Träger', kind: 'verein' }, { id: 'bund', name: 'Bund', kind: 'bundesbehoerde' }] as CatalogueInput['organizations'],
  programs: [
    program('integrationskurs', ['deutschland']),
    program('land-kurs', ['hessen']),
    program('eu-fonds', ['eu'], { fundingTypes: ['zuschuss'], eligible: ['kommunen', 'vereine'] }),
    program('beratung-fuer-fachkraefte', ['hessen'], { fundingTypes: ['beratung'], eligible: ['kommunen'], targetGroups: ['fachkraefte'] }),
  ],
  projects: [
    project('kurs-herborn', ['herborn']),
    project('kurs-dillenburg', ['dillenburg']),
    project('kreis-beratung', ['lahn-dill-kreis']),
    project('kurs-wetzlar', ['wetzlar']),
    project('kurs-kassel', ['kassel']),
    project('alter-kurs-kassel', ['kassel'], { period: { start: '2010-01-01', end: '2013-12-31' } }),
    project('arbeit-kassel', ['kassel'], { actionFields: ['arbeit'] }),
  ],
};
const catalogue = buildCatalogue(input, '2026-12-06');
const finder = buildFinderIndex(catalogue);
const ids = (sections: ReturnType<typeof finder.answer>) => sections.map((s) => [s.key, s.region, s.items.map((o) => o.id)]);

describe('Angebotsfinder', () => {
  it('answers a kreisfreie Stadt: in the city first, then Land, then Bund; nothing ended, nothing of another field', () => {
    expect(ids(finder.answer('kassel', 'sprache'))).toEqual([
      ['place', 'kassel', ['kurs-kassel']],
      ['land', 'hessen', ['land-kurs']],
      ['bund', 'deutschland', ['integrationskurs']],
    ]);
  });

  it('answers a Gemeinde: its own offerings, then the Kreis (Kreis-wide first, then the other towns)', () => {
    expect(ids(finder.answer('herborn', 'sprache'))).toEqual([
      ['place', 'herborn', ['kurs-herborn']],
      ['kreis', 'lahn-dill-kreis', ['kreis-beratung', 'kurs-dillenburg', 'kurs-wetzlar']],
      ['land', 'hessen', ['land-kurs']],
      ['bund', 'deutschland', ['integrationskurs']],
    ]);
  });

  it('answers a Sonderstatusstadt with its Landkreis as "your Kreis"', () => {
    const sections = finder.answer('wetzlar', 'sprache');
    expect(sections[0]).toMatchObject({ key: 'place', region: 'wetzlar' });
    expect(sections[1]!.key).toBe('kreis');
    expect(sections[1]!.region).toBe('lahn-dill-kreis');
    expect(sections[1]!.items.map((o) => o.id)).toEqual(['kreis-beratung', 'kurs-dillenburg', 'kurs-herborn']);
  });

  it('answers a Landkreis as a whole: everything on the spot in it is "in your place"', () => {
    expect(ids(finder.answer('lahn-dill-kreis', 'sprache'))[0]).toEqual(['place', 'lahn-dill-kreis', ['kreis-beratung', 'kurs-dillenburg', 'kurs-herborn', 'kurs-wetzlar']]);
  });

  it('leaves out funds for organisations and services for professionals', () => {
    const all = finder.answer('kassel', 'sprache').flatMap((s) => s.items.map((o) => o.id));
    expect(all).not.toContain('eu-fonds');
    expect(all).not.toContain('beratung-fuer-fachkraefte');
    expect(servesPeople(catalogue.offering('programs/eu-fonds'))).toBe(false);
    expect(servesPeople(catalogue.offering('programs/integrationskurs'))).toBe(true);
  });

  it('gives a Gemeinde its own answer page only where something is on the spot; otherwise the Kreis answers', () => {
    expect(finder.hasOwnAnswer('herborn', 'sprache')).toBe(true);
    expect(finder.hasOwnAnswer('herborn', 'arbeit')).toBe(false);
    expect(finder.answerPlace('herborn', 'arbeit')).toBe('lahn-dill-kreis');
    expect(finder.answerPlace('kassel', 'arbeit')).toBe('kassel');
    expect(finder.hasOwnAnswer('wetzlar', 'arbeit')).toBe(true);
  });

  it('offers every Gemeinde, city and Kreis of the Land as a place, and refuses anything else', () => {
    expect(finder.places.map((p) => p.id).sort()).toEqual(['dillenburg', 'herborn', 'kassel', 'lahn-dill-kreis', 'wetzlar']);
    expect(() => finder.answer('deutschland', 'sprache')).toThrow(/kein Ort/);
  });
});

describe('Angebotsfinder at scale: the sections above the Kreis are a short selection of one shared list', () => {
  // Ten Land-wide courses for language: two have it as their only field, three as their first of several,
  // five name it after another field. One Bezirk-wide course serves only the towns of that Regierungsbezirk.
  const land = Array.from({ length: 10 }, (_, i) => {
    const fields = i < 2 ? ['sprache'] : i < 5 ? ['sprache', 'arbeit'] : ['arbeit', 'sprache'];
    return program(`land-${String(i).padStart(2, '0')}`, ['hessen'], { actionFields: fields, title: `Kurs ${String(9 - i).padStart(2, '0')}` });
  });
  const big = buildCatalogue({ ...input, programs: [...input.programs, ...land, program('bezirk-kurs', ['rb'], { title: 'Z Bezirk' })] }, '2026-12-06');
  const index = buildFinderIndex(big);
  const section = (place: string, key: string) => index.answer(place, 'sprache').find((s) => s.key === key)!;

  it('keeps every Land-wide offering in the section and shows the few that answer the need most directly', () => {
    const landSection = section('kassel', 'land');
    expect(landSection.items.map((o) => o.id).sort()).toEqual([...land.map((p) => p.id), 'bezirk-kurs', 'land-kurs'].sort());
    // The Bezirk's own course is near and shown in full; of the Land-wide ones, ABOVE_SHOWN.
    expect(landSection.shown[0]!.id).toBe('bezirk-kurs');
    const chosen = landSection.shown.slice(1);
    expect(chosen).toHaveLength(ABOVE_SHOWN);
    // Only language, first: the two single-field courses and the one-field 'land-kurs', by title.
    const singleField = [...land.slice(0, 2), big.program('land-kurs')].map((p) => p.id);
    expect(chosen.map((o) => o.id).sort()).toEqual(singleField.sort());
    for (const o of chosen) expect(o.actionFields).toEqual(['sprache']);
  });

  it('gives every place below the same Bezirk the very same sections above the Kreis: computed once', () => {
    expect(section('herborn', 'land')).toBe(section('kassel', 'land'));
    expect(section('wetzlar', 'bund')).toBe(section('kassel', 'bund'));
  });

  it('lists on the shared page everything that reaches the whole Land, and nothing regional', () => {
    const everywhere = index.everywhere('sprache');
    expect(everywhere.map((s) => s.key)).toEqual(['land', 'bund']);
    const ids = everywhere.flatMap((s) => s.items.map((o) => o.id));
    expect(ids).not.toContain('bezirk-kurs');
    const answerAbove = index.answer('kassel', 'sprache').filter((s) => ['land', 'bund', 'eu'].includes(s.key)).flatMap((s) => s.items.map((o) => o.id));
    expect(ids.sort()).toEqual(answerAbove.filter((id) => id !== 'bezirk-kurs').sort());
  });

  it('ranks by need: what people use themselves, then first field, then fewer fields, then A–Z', () => {
    const [a, b, c] = [land[0]!, land[2]!, land[7]!].map((p) => big.program(p.id));
    expect(needRank(a!, 'sprache')).toEqual([0, 0, 1]);
    expect(needRank(b!, 'sprache')).toEqual([0, 0, 2]);
    expect(needRank(c!, 'sprache')).toEqual([0, 1, 2]);
    expect(pickForNeed([c!, b!, a!], 'sprache', 2)).toEqual([a, b]);
    expect(pickForNeed([c!, b!, a!], 'arbeit', 1)).toEqual([c]);
    const viaCarrier = { ...big.program('integrationskurs'), eligible: ['vereine' as const] };
    expect(needRank(viaCarrier, 'sprache')[0]).toBe(1);
    // A carrier's programme whose first field is the need still comes after what a person can use directly.
    expect(viaCarrier.actionFields[0]).toBe('sprache');
    expect(pickForNeed([viaCarrier, c!], 'sprache', 1)).toEqual([c]);
  });
});
