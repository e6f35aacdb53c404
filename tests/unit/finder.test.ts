import { describe, expect, it } from 'vitest';
import { buildCatalogue, type CatalogueInput } from '../../src/lib/catalogue';
import { buildFinderIndex, servesPeople } from '../../src/lib/finder';

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
