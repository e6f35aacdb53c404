import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';
import { formatText } from '../../src/lib/validation/format';
import { validateContent } from '../../src/io/validate-folder';

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

  it('holds no invented entry: examples live in tests/fixtures/examples/', () => {
    const invented = entries.filter((e) => e.raw?.example === true).map((e) => e.file.display);
    expect(invented).toEqual([]);
  });

  it('holds at least 45 real programmes and 150 real local projects, each with a source and a review within 12 months', () => {
    expect(of('programs').length).toBeGreaterThanOrEqual(45);
    expect(of('projects').length).toBeGreaterThanOrEqual(150);
    const stale = problems.filter((p) => p.message.includes('Feld „reviewed“')).map(formatText);
    expect(stale).toEqual([]);
    for (const offering of [...of('programs'), ...of('projects')]) expect((offering.data?.sources as unknown[]).length, offering.id).toBeGreaterThan(0);
  });

  it('holds 10–14 action fields and 8–12 target groups', () => {
    expect(of('action-fields').length).toBeGreaterThanOrEqual(10);
    expect(of('action-fields').length).toBeLessThanOrEqual(14);
    expect(of('target-groups').length).toBeGreaterThanOrEqual(8);
    expect(of('target-groups').length).toBeLessThanOrEqual(12);
  });
});

describe('real local offerings in every Kreis', () => {
  it('every Kreis and kreisfreie Stadt has at least 3, every Sonderstatusstadt 1, every model region 8', async () => {
    const { buildRegionTree, reachOf } = await import('../../src/lib/regions');
    const tree = buildRegionTree(of('regions').map((r) => ({ id: r.id, parent: r.data?.parent as string | undefined })));
    const count = new Map<string, number>();
    for (const project of of('projects'))
      for (const r of tree.ids) if (reachOf(tree, project.data!.area as string[], r) === 'local') count.set(r, (count.get(r) ?? 0) + 1);
    const kind = (k: string) => of('regions').filter((r) => r.data?.kind === k).map((r) => r.id);
    const below = (ids: string[], min: number) => ids.filter((id) => (count.get(id) ?? 0) < min).map((id) => `${id}: ${count.get(id) ?? 0}`);
    expect(below([...kind('landkreis'), ...kind('kreisfreie-stadt')], 3)).toEqual([]);
    expect(below(kind('sonderstatusstadt'), 1)).toEqual([]);
    expect(below(of('regions').filter((r) => r.data?.modelRegion === true).map((r) => r.id), 8)).toEqual([]);
  });

  it('the invented examples still fit the real catalogue, for tests and forks', async () => {
    const { cpSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'foerderatlas-examples-'));
    cpSync(contentDir({}), dir, { recursive: true });
    cpSync(join(import.meta.dirname, '../fixtures/examples'), dir, { recursive: true, filter: (f) => !f.endsWith('README.md') });
    const result = validateContent(dir, { today: new Date().toISOString().slice(0, 10), reviewMaxAgeMonths: 1200 });
    expect(result.problems.filter((p) => p.severity === 'error').map(formatText)).toEqual([]);
    expect(result.entries.filter((e) => e.raw?.example === true)).toHaveLength(10);
  });
});

describe('where is what, down to the Gemeinde', () => {
  it('a Gemeinde has Kreis, Land and Bund offerings available', async () => {
    const { buildRegionTree, reachOf } = await import('../../src/lib/regions');
    const tree = buildRegionTree(of('regions').map((r) => ({ id: r.id, parent: r.data?.parent as string | undefined })));
    const area = (id: string) => of('programs').concat(of('projects')).find((o) => o.id === id)!.data!.area as string[];
    expect(tree.path('bad-homburg-v-d-hoehe')).toEqual(['eu', 'deutschland', 'hessen', 'regierungsbezirk-darmstadt', 'hochtaunuskreis', 'bad-homburg-v-d-hoehe']);
    expect(reachOf(tree, area('wir-vielfaltszentrum-hochtaunuskreis'), 'bad-homburg-v-d-hoehe')).toBe('fromAbove'); // Kreis
    expect(reachOf(tree, area('hessischer-integrationspreis'), 'bad-homburg-v-d-hoehe')).toBe('fromAbove'); // Land
    expect(reachOf(tree, area('integrationskurse'), 'bad-homburg-v-d-hoehe')).toBe('fromAbove'); // Bund
    expect(reachOf(tree, area('wir-vielfaltszentrum-offenbach'), 'bad-homburg-v-d-hoehe')).toBeUndefined(); // another town
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
