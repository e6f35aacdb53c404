import { describe, expect, it } from 'vitest';
import { compareOfferings, findOverlaps, type OverlapInput } from '../../src/lib/overlap';
import { expandRow, overlapHomeDocument, overlapIndexDocument } from '../../src/lib/overlap-data';
import { HOME_KINDS, homeGroups, homeOf, overlapHomes, paginateGroups } from '../../src/lib/overlap-homes';
import { buildRegionTree } from '../../src/lib/regions';

const kinds: Record<string, string> = {
  deutschland: 'bund',
  hessen: 'land',
  'lahn-dill-kreis': 'landkreis',
  wetzlar: 'sonderstatusstadt',
  herborn: 'gemeinde',
  'landkreis-giessen': 'landkreis',
  giessen: 'sonderstatusstadt',
  kassel: 'kreisfreie-stadt',
};
const tree = buildRegionTree([
  { id: 'deutschland' },
  { id: 'hessen', parent: 'deutschland' },
  { id: 'lahn-dill-kreis', parent: 'hessen' },
  { id: 'wetzlar', parent: 'lahn-dill-kreis' },
  { id: 'herborn', parent: 'lahn-dill-kreis' },
  { id: 'landkreis-giessen', parent: 'hessen' },
  { id: 'giessen', parent: 'landkreis-giessen' },
  { id: 'kassel', parent: 'hessen' },
]);
const isHome = (id: string) => HOME_KINDS.includes(kinds[id]!);
const options = { today: '2026-11-26' };
const offering = (key: string, area: string[], extra: Partial<OverlapInput> = {}): OverlapInput => ({
  key,
  actionFields: ['sprache'],
  targetGroups: ['eltern'],
  area,
  period: { start: '2024-01-01' },
  ...extra,
});

describe('homeOf', () => {
  it('lifts a town to its Kreis, keeps a Kreis and a kreisfreie Stadt, and keeps what lies above the Land', () => {
    expect(homeOf(tree, 'wetzlar', isHome)).toBe('lahn-dill-kreis');
    expect(homeOf(tree, 'herborn', isHome)).toBe('lahn-dill-kreis');
    expect(homeOf(tree, 'kassel', isHome)).toBe('kassel');
    expect(homeOf(tree, 'hessen', isHome)).toBe('hessen');
    expect(homeOf(tree, 'deutschland', isHome)).toBe('deutschland');
  });
});

describe('overlapHomes', () => {
  const offerings = [
    offering('projects/wetzlar-a', ['wetzlar']),
    offering('projects/wetzlar-b', ['wetzlar']),
    offering('projects/herborn', ['herborn']),
    offering('projects/kreis', ['lahn-dill-kreis']),
    offering('projects/mittelhessen', ['wetzlar', 'giessen']),
    offering('programs/land', ['hessen'], { role: 'foerderung' }),
    offering('programs/land-2', ['hessen']),
  ];
  const overlaps = findOverlaps(tree, offerings, options);
  const homes = overlapHomes(tree, overlaps, isHome, ['hessen', 'kassel', 'lahn-dill-kreis'], ['hessen', 'kassel', 'lahn-dill-kreis', 'landkreis-giessen']);
  const home = (id: string) => homes.find((h) => h.region === id)!;
  const keys = (list: { a: string; b: string }[]) => list.map((o) => `${o.a}|${o.b}`).sort();

  it('files each pair under the Kreis where it meets, pairs meeting only in the Land under the Land', () => {
    expect(homes.map((h) => h.region)).toEqual(['hessen', 'kassel', 'lahn-dill-kreis', 'landkreis-giessen']);
    expect(keys(home('hessen').byKind.foerderweg)).toEqual(['programs/land|programs/land-2']);
    expect(home('hessen').byKind.doppelangebot).toEqual([]);
    // Kassel has no offering: a home with nothing, so its page says so instead of missing.
    expect(home('kassel').byKind).toEqual({ doppelangebot: [], foerderweg: [] });
    expect(keys(home('lahn-dill-kreis').byKind.doppelangebot)).toContain('projects/wetzlar-a|projects/wetzlar-b');
    expect(keys(home('lahn-dill-kreis').byKind.doppelangebot)).toContain('projects/herborn|projects/kreis');
    expect(keys(home('lahn-dill-kreis').byKind.doppelangebot)).not.toContain('projects/herborn|projects/wetzlar-a');
  });

  it('puts a pair meeting in two Kreise into both, and every pair somewhere, keeping the order', () => {
    const giessen = keys(home('landkreis-giessen').byKind.doppelangebot);
    expect(giessen).toContain('programs/land-2|projects/mittelhessen');
    expect(keys(home('lahn-dill-kreis').byKind.doppelangebot)).toContain('programs/land-2|projects/mittelhessen');
    const everywhere = new Set(homes.flatMap((h) => [...h.byKind.doppelangebot, ...h.byKind.foerderweg]));
    expect(everywhere.size).toBe(overlaps.length);
    for (const h of homes) for (const list of Object.values(h.byKind)) expect(list).toEqual(overlaps.filter((o) => list.includes(o)));
  });

  it('groups one home by shared action field, a pair under each field it shares', () => {
    const two = [offering('projects/x', ['wetzlar'], { actionFields: ['sprache', 'arbeit'] }), offering('projects/y', ['herborn'], { actionFields: ['arbeit'] }), offering('projects/z', ['wetzlar'], { actionFields: ['arbeit', 'sprache'] })];
    const found = findOverlaps(tree, two, options);
    const groups = homeGroups(tree, 'lahn-dill-kreis', found, ['sprache', 'arbeit']);
    expect(groups.map((g) => [g.actionField, g.overlaps.length])).toEqual([
      ['sprache', 1],
      ['arbeit', 1],
    ]);
  });
});

describe('paginateGroups', () => {
  const group = (n: number) => ({ overlaps: Array.from({ length: n }, (_, i) => i) });

  it('shows at most perGroup rows of a group and fills pages up to rowsPerPage without splitting a group', () => {
    const pages = paginateGroups([group(80), group(10), group(30), group(5)], 50, 60);
    expect(pages.map((p) => p.map((g) => [g.shown, g.total]))).toEqual([[[50, 80], [10, 10]], [[30, 30], [5, 5]]]);
    for (const page of pages) expect(page.reduce((sum, g) => sum + g.shown, 0)).toBeLessThanOrEqual(60);
  });

  it('keeps one (empty) page for a home without groups and refuses pages smaller than a group', () => {
    expect(paginateGroups([], 50, 300)).toEqual([[]]);
    expect(() => paginateGroups([group(1)], 50, 10)).toThrow(RangeError);
  });
});

describe('the open data files', () => {
  it('give back every pair of a home from the compact rows, Förderwege with their programme', () => {
    const offerings = [offering('projects/wetzlar-a', ['wetzlar'], { fundedBy: ['programs/land'] }), offering('projects/wetzlar-b', ['wetzlar', 'herborn'], { actionFields: ['sprache', 'arbeit'] }), offering('programs/land', ['hessen'], { role: 'foerderung', actionFields: ['arbeit', 'sprache'] })];
    const overlaps = findOverlaps(tree, offerings, options);
    const [home] = overlapHomes(tree, overlaps, isHome).filter((h) => h.region === 'lahn-dill-kreis');
    const doc = JSON.parse(JSON.stringify(overlapHomeDocument(home!)));
    const back = [...doc.doppelangebote, ...doc.foerderwege].map((row) => expandRow(doc, row));
    const reference = (a: string, b: string) => compareOfferings(tree, offerings.find((o) => o.key === a)!, offerings.find((o) => o.key === b)!, options)!;
    expect(back).toHaveLength(overlaps.length);
    for (const pair of back) {
      const { score, regions, actionFields, via, funded } = reference(pair.a, pair.b);
      expect(pair).toMatchObject({ score, regions, actionFields });
      if ('via' in pair) expect({ via: pair.via, funded: pair.funded }).toEqual({ via, funded });
    }
    expect(doc.foerderwege.map((r: unknown[]) => r.length)).toEqual([7, 7]);
    // Keys, regions and fields once per file, rows of numbers.
    expect(doc.offerings).toEqual(['programs/land', 'projects/wetzlar-a', 'projects/wetzlar-b']);
    expect(JSON.stringify(doc.doppelangebote)).not.toContain('projects/');
  });

  it('index the files with their counts and the totals of all pairs', () => {
    const overlaps = findOverlaps(tree, [offering('projects/a', ['wetzlar']), offering('projects/b', ['lahn-dill-kreis']), offering('projects/c', ['kassel']), offering('projects/d', ['kassel'])], options);
    const homes = overlapHomes(tree, overlaps, isHome);
    const index = overlapIndexDocument({ doppelangebot: overlaps, foerderweg: [] }, homes, (r) => `/data/ueberschneidungen/${r}.json`, (r) => r.toUpperCase());
    expect(index.counts).toEqual({ doppelangebote: 2, foerderwege: 0 });
    expect(index.files).toEqual([
      { region: 'kassel', name: 'KASSEL', path: '/data/ueberschneidungen/kassel.json', doppelangebote: 1, foerderwege: 0 },
      { region: 'lahn-dill-kreis', name: 'LAHN-DILL-KREIS', path: '/data/ueberschneidungen/lahn-dill-kreis.json', doppelangebote: 1, foerderwege: 0 },
    ]);
  });
});

describe('findOverlaps with areas of several regions', () => {
  it('finds exactly the pairs of the all-pairs comparison, each once, on a random catalogue', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const regions = Object.keys(kinds);
    const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)]!;
    const many = Array.from({ length: 90 }, (_, i) =>
      offering(`projects/p${String(i).padStart(2, '0')}`, Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(regions)), {
        actionFields: [pick(['a', 'b'])],
        targetGroups: [pick(['x', 'y'])],
      }),
    );
    const found = findOverlaps(tree, many, options);
    const expected: string[] = [];
    for (let i = 0; i < many.length; i++) for (let j = i + 1; j < many.length; j++) if (compareOfferings(tree, many[i]!, many[j]!, options)) expected.push(`${many[i]!.key}|${many[j]!.key}`);
    const keys = found.map((o) => `${o.a}|${o.b}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(expected.sort());
    expect(many.filter((o) => new Set(o.area).size > 1).length).toBeGreaterThan(20);
  });
});
