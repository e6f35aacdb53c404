import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';
import { formatText } from '../../src/lib/validation/format';
import { validateContent } from '../../src/lib/validation/validate';

const { problems, entries } = validateContent(contentDir({}), { today: new Date().toISOString().slice(0, 10) });
const of = (collection: string) => entries.filter((e) => e.collection === collection);

describe('shipped content', () => {
  it('validates without errors', () => {
    expect(problems.filter((p) => p.severity === 'error').map(formatText)).toEqual([]);
  });

  it('holds the six model regions of "Modellregionen Integration"', () => {
    const model = of('regions').filter((r) => r.data?.modelRegion === true).map((r) => r.id).sort();
    expect(model).toEqual(['hanau', 'hochtaunuskreis', 'kassel', 'main-kinzig-kreis', 'offenbach-am-main', 'wetzlar', 'wiesbaden']);
    const programme = of('programs').find((p) => p.id === 'modellregionen-integration');
    expect((programme?.data?.area as string[]).sort()).toEqual(model);
  });

  it('holds Hessen with 27 Kreise since 2026 (21 Landkreise, 6 kreisfreie Städte)', () => {
    const kinds = of('regions').map((r) => r.data?.kind);
    expect(kinds.filter((k) => k === 'landkreis')).toHaveLength(21);
    expect(kinds.filter((k) => k === 'kreisfreie-stadt')).toHaveLength(6);
    expect(of('regions').find((r) => r.id === 'hanau')?.data?.parent).toBe('regierungsbezirk-darmstadt');
  });

  it('holds at least 20 real programmes, each with a source', () => {
    const real = of('programs').filter((p) => p.data?.example !== true);
    expect(real.length).toBeGreaterThanOrEqual(21);
    for (const programme of real) expect((programme.data?.sources as unknown[]).length).toBeGreaterThan(0);
  });

  it('holds 10–14 action fields and 8–12 target groups', () => {
    expect(of('action-fields').length).toBeGreaterThanOrEqual(10);
    expect(of('action-fields').length).toBeLessThanOrEqual(14);
    expect(of('target-groups').length).toBeGreaterThanOrEqual(8);
    expect(of('target-groups').length).toBeLessThanOrEqual(12);
  });
});

describe('where is what, down to the Gemeinde', () => {
  it('a Gemeinde has Kreis, Land and Bund offerings available', async () => {
    const { buildRegionTree, isAvailableIn } = await import('../../src/lib/regions');
    const tree = buildRegionTree(of('regions').map((r) => ({ id: r.id, parent: r.data?.parent as string | undefined })));
    const area = (id: string) => of('programs').concat(of('projects')).find((o) => o.id === id)!.data!.area as string[];
    expect(tree.path('bad-homburg-v-d-hoehe')).toEqual(['eu', 'deutschland', 'hessen', 'regierungsbezirk-darmstadt', 'hochtaunuskreis', 'bad-homburg-v-d-hoehe']);
    expect(isAvailableIn(tree, area('wir-vielfaltszentrum-hochtaunuskreis'), 'bad-homburg-v-d-hoehe')).toBe(true); // Kreis
    expect(isAvailableIn(tree, area('hessischer-integrationspreis'), 'bad-homburg-v-d-hoehe')).toBe(true); // Land
    expect(isAvailableIn(tree, area('integrationskurse'), 'bad-homburg-v-d-hoehe')).toBe(true); // Bund
    expect(isAvailableIn(tree, area('wir-vielfaltszentrum-offenbach'), 'bad-homburg-v-d-hoehe')).toBe(false); // another town
  });

  it('holds 421 Gemeinden in 27 Kreise', () => {
    const kinds = of('regions').map((r) => r.data?.kind);
    expect(kinds.filter((k) => k === 'gemeinde' || k === 'sonderstatusstadt' || k === 'kreisfreie-stadt')).toHaveLength(421);
    expect(kinds.filter((k) => k === 'regierungsbezirk')).toHaveLength(3);
  });
});

describe('Leichte Sprache', () => {
  it('every action field and target group has a Leichte-Sprache summary of short sentences', () => {
    for (const entry of [...of('action-fields'), ...of('target-groups')]) {
      const easy = entry.data?.easy as string | undefined;
      expect(easy, entry.id).toBeTruthy();
      for (const sentence of easy!.split(/(?<=[.!?])\s+/)) expect(sentence.split(/\s+/).length, `${entry.id}: ${sentence}`).toBeLessThanOrEqual(15);
    }
  });
});
