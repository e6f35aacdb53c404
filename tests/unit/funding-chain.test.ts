import { describe, expect, it } from 'vitest';
import { fundingChain, offeringsPerLevel, perThousand, shownChainLevels, type ChainProgramme, type ChainProject, type FundingChain } from '../../src/lib/funding-chain';
import { buildRegionTree } from '../../src/lib/regions';

const today = '2026-12-06';
const tree = buildRegionTree([
  { id: 'eu' },
  { id: 'deutschland', parent: 'eu' },
  { id: 'hessen', parent: 'deutschland' },
  { id: 'kreis', parent: 'hessen' },
  { id: 'stadt', parent: 'kreis' },
  { id: 'nachbarkreis', parent: 'hessen' },
]);
const programmes = new Map<string, ChainProgramme>([
  ['amif', { id: 'amif', level: 'eu', period: { start: '2021-01-01', end: '2027-12-31' } }],
  ['mbe', { id: 'mbe', level: 'bund', period: { start: '2005-01-01' } }],
  ['wir', { id: 'wir', level: 'land', period: { start: '2014-01-01' } }],
  ['alt', { id: 'alt', level: 'land', period: { start: '2010-01-01', end: '2020-12-31' } }],
]);
const project = (key: string, area: string[], funding: ChainProject['funding'], end?: string): ChainProject => ({ key, area, period: { start: '2022-01-01', ...(end ? { end } : {}) }, funding });

// A Kreis with a known chain: EU → one project, Bund → two, Land → two (one with amount).
const projects: ChainProject[] = [
  project('projects/a', ['stadt'], [{ program: 'amif', amount: 200_000, years: [2025, 2026] }, { program: 'wir', amount: 50_000, years: [2026] }]),
  project('projects/b', ['kreis'], [{ program: 'mbe' }, { program: 'wir' }]),
  project('projects/c', ['stadt'], [{ program: 'mbe' }]),
  project('projects/d', ['stadt'], [{ program: 'alt', amount: 10_000 }]), // programme ended
  project('projects/e', ['stadt'], [{ program: 'wir', amount: 99_000 }], '2023-12-31'), // project ended
  project('projects/f', ['nachbarkreis'], [{ program: 'wir', amount: 1 }]), // elsewhere
  project('projects/g', ['hessen'], [{ program: 'wir', amount: 1 }]), // Land-wide: reaches the Kreis from above, not local
];

describe('funding chains', () => {
  it('a Kreis with a known chain: offerings per programme and level, amounts where known, per 1,000 inhabitants', () => {
    const chain = fundingChain(tree, 'kreis', 250_000, projects, programmes, today);
    expect(chain.levels.map((l) => [l.level, l.rows.map((r) => [r.program, r.offerings.length, r.amount, r.linksWithAmount, r.links, r.amountPer1000])])).toEqual([
      ['eu', [['amif', 1, 200_000, 1, 1, 800]]],
      ['bund', [['mbe', 2, null, 0, 2, null]]],
      ['land', [['wir', 2, 50_000, 1, 2, 200]]],
    ]);
    expect(chain.fundedOfferings).toBe(3);
    expect(chain.leftOut).toEqual({ projectEnded: 1, programmeEnded: 1 });
    expect(chain.levels[0]!.rows[0]!.years).toEqual([2025, 2026]);
    expect(offeringsPerLevel(chain)).toEqual([
      { level: 'eu', offerings: 1 },
      { level: 'bund', offerings: 2 },
      { level: 'land', offerings: 2 },
    ]);
  });

  it('a region without population: amounts stay, per 1,000 is unknown (null), never NaN', () => {
    const chain = fundingChain(tree, 'kreis', undefined, projects, programmes, today);
    expect(chain.population).toBeNull();
    for (const row of chain.levels.flatMap((l) => l.rows)) expect(row.amountPer1000).toBeNull();
    expect(perThousand(100, 0)).toBeNull();
    expect(perThousand(null, 1000)).toBeNull();
    expect(perThousand(1500, 3000)).toBe(500);
  });

  it('a town sees only its own part of the chain', () => {
    const chain = fundingChain(tree, 'stadt', 50_000, projects, programmes, today);
    expect(chain.levels.flatMap((l) => l.rows.map((r) => `${r.program}:${r.offerings.join(',')}`))).toEqual(['amif:projects/a', 'mbe:projects/c', 'wir:projects/a']);
  });
});

describe('shownChainLevels', () => {
  const row = (program: string, level: 'bund' | 'land', offerings: number) => ({ program, level, offerings: Array.from({ length: offerings }, (_, i) => `projects/p${i}`), links: offerings, linksWithAmount: 0, amount: null, amountPer1000: null, years: [] });
  const chain: FundingChain = {
    region: 'hessen',
    population: null,
    levels: [
      { level: 'bund', rows: [row('b1', 'bund', 5), row('b2', 'bund', 3), row('b3', 'bund', 1)] },
      { level: 'land', rows: [row('l1', 'land', 2)] },
    ],
    fundedOfferings: 5,
    leftOut: { projectEnded: 0, programmeEnded: 0 },
  };

  it('keeps the first programmes of each level in the chain\'s order and counts the others', () => {
    expect(shownChainLevels(chain, 2).map((l) => ({ level: l.level, rows: l.rows.map((r) => r.program), more: l.more }))).toEqual([
      { level: 'bund', rows: ['b1', 'b2'], more: 1 },
      { level: 'land', rows: ['l1'], more: 0 },
    ]);
  });

  it('shows everything when the levels are short', () => {
    expect(shownChainLevels(chain, 10).every((l) => l.more === 0)).toBe(true);
    expect(shownChainLevels(chain, 10).flatMap((l) => l.rows)).toHaveLength(4);
  });
});
