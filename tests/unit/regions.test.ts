import { describe, expect, it } from 'vitest';
import { buildRegionTree, offeringsForRegion, reachOf, reachVia, reachedRegions } from '../../src/lib/regions';

const tree = buildRegionTree([
  { id: 'eu' },
  { id: 'deutschland', parent: 'eu' },
  { id: 'hessen', parent: 'deutschland' },
  { id: 'lahn-dill-kreis', parent: 'hessen' },
  { id: 'wetzlar', parent: 'lahn-dill-kreis' },
  { id: 'kassel', parent: 'hessen' },
  { id: 'bayern', parent: 'deutschland' },
]);

describe('region tree', () => {
  it('knows ancestors, descendants, path and depth', () => {
    expect(tree.ancestors('wetzlar')).toEqual(['lahn-dill-kreis', 'hessen', 'deutschland', 'eu']);
    expect(tree.descendants('hessen')).toEqual(['kassel', 'lahn-dill-kreis', 'wetzlar']);
    expect(tree.path('wetzlar')).toEqual(['eu', 'deutschland', 'hessen', 'lahn-dill-kreis', 'wetzlar']);
    expect(tree.depth('eu')).toBe(0);
    expect(tree.root).toBe('eu');
    expect(tree.childrenOf('deutschland')).toEqual(['bayern', 'hessen']);
  });

  it('contains a region itself and everything below it, nothing beside it', () => {
    expect(tree.contains('hessen', 'hessen')).toBe(true);
    expect(tree.contains('hessen', 'wetzlar')).toBe(true);
    expect(tree.contains('wetzlar', 'hessen')).toBe(false);
    expect(tree.contains('kassel', 'wetzlar')).toBe(false);
  });

  it('does not hang on a cycle', () => {
    const broken = buildRegionTree([{ id: 'a', parent: 'b' }, { id: 'b', parent: 'a' }]);
    expect(broken.ancestors('a')).toEqual(['b']);
    expect(broken.descendants('a')).toEqual(['b']);
  });
});

describe('where is what', () => {
  const landProgramme = { id: 'land', area: ['hessen'] };
  const wetzlarProject = { id: 'wetzlar-projekt', area: ['wetzlar'] };
  const kasselProject = { id: 'kassel-projekt', area: ['kassel'] };
  const bundProgramme = { id: 'bund', area: ['deutschland'] };

  it('a Land programme reaches every town of the Land from above and is on the spot only in the Land', () => {
    expect(reachOf(tree, landProgramme.area, 'wetzlar')).toBe('fromAbove');
    expect(reachOf(tree, landProgramme.area, 'hessen')).toBe('local');
    expect(reachOf(tree, landProgramme.area, 'deutschland')).toBe('local');
    expect(reachOf(tree, landProgramme.area, 'bayern')).toBeUndefined();
  });

  it('a town project is on the spot in its town, Kreis and Land, and nowhere beside them', () => {
    expect(reachOf(tree, wetzlarProject.area, 'wetzlar')).toBe('local');
    expect(reachOf(tree, wetzlarProject.area, 'lahn-dill-kreis')).toBe('local');
    expect(reachOf(tree, wetzlarProject.area, 'hessen')).toBe('local');
    expect(reachOf(tree, wetzlarProject.area, 'kassel')).toBeUndefined();
  });

  it('an area that holds a region and one below it is on the spot there', () => {
    expect(reachOf(tree, ['hessen', 'wetzlar'], 'wetzlar')).toBe('local');
    expect(reachOf(tree, ['hessen', 'wetzlar'], 'kassel')).toBe('fromAbove');
  });

  it('reachedRegions answers as reachOf does for every region of the tree', () => {
    for (const area of [['hessen'], ['wetzlar'], ['kassel', 'lahn-dill-kreis'], ['deutschland', 'wetzlar'], ['eu']]) {
      const reached = reachedRegions(tree, area);
      for (const region of tree.ids) expect(reached.get(region), `${area} → ${region}`).toBe(reachOf(tree, area, region));
    }
  });

  it('splits a region page into "vor Ort" and "über übergeordnete Regionen"', () => {
    const all = [landProgramme, wetzlarProject, kasselProject, bundProgramme];
    const wetzlar = offeringsForRegion(tree, 'wetzlar', all);
    expect(wetzlar.local.map((o) => o.id)).toEqual(['wetzlar-projekt']);
    expect(wetzlar.viaAncestor.map((o) => o.id)).toEqual(['land', 'bund']);
    const hessen = offeringsForRegion(tree, 'hessen', all);
    expect(hessen.local.map((o) => o.id)).toEqual(['land', 'wetzlar-projekt', 'kassel-projekt']);
    expect(hessen.viaAncestor.map((o) => o.id)).toEqual(['bund']);
  });

  it('names the region through which an offering reaches a place', () => {
    expect(reachVia(tree, ['hessen'], 'wetzlar')).toBe('hessen');
    expect(reachVia(tree, ['deutschland', 'lahn-dill-kreis'], 'wetzlar')).toBe('lahn-dill-kreis');
    expect(reachVia(tree, ['kassel'], 'wetzlar')).toBeUndefined();
  });

  it('lists every region an area reaches, with how', () => {
    expect([...reachedRegions(tree, ['lahn-dill-kreis', 'kassel'])].sort()).toEqual([
      ['deutschland', 'local'],
      ['eu', 'local'],
      ['hessen', 'local'],
      ['kassel', 'local'],
      ['lahn-dill-kreis', 'local'],
      ['wetzlar', 'fromAbove'],
    ]);
  });
});

describe('grouping by reach', () => {
  it('groups offerings from above by the region they come through, nearest first', async () => {
    const { groupByReach } = await import('../../src/lib/regions');
    const offerings = [
      { id: 'bund', area: ['deutschland'] },
      { id: 'kreis', area: ['lahn-dill-kreis'] },
      { id: 'land', area: ['hessen'] },
      { id: 'both', area: ['hessen', 'deutschland'] },
    ];
    const groups = groupByReach(tree, 'wetzlar', offerings);
    expect(groups.map((g) => [g.via, g.items.map((o) => o.id)])).toEqual([
      ['lahn-dill-kreis', ['kreis']],
      ['hessen', ['land', 'both']],
      ['deutschland', ['bund']],
    ]);
  });
});
