import { describe, expect, it } from 'vitest';
import { UNDATED } from '../../src/lib/coverage';
import { fundingPerYear, fundingTable } from '../../src/lib/funding-table';

const byKey = (a: string, b: string) => a.localeCompare(b);

describe('fundingTable', () => {
  const funding = {
    'programs/a': { '2025': 100, [UNDATED]: 50, '2024': 100 },
    'programs/b': { '2025': 1000 },
    'programs/c': { '2023': 10 },
    'programs/d': { '2026': 10 },
  };

  it('keeps the programmes with the largest totals, their years in order with undated amounts last', () => {
    const table = fundingTable(funding, 2, byKey);
    expect(table.rows).toEqual([
      { program: 'programs/a', year: '2024', amount: 100 },
      { program: 'programs/a', year: '2025', amount: 100 },
      { program: 'programs/a', year: UNDATED, amount: 50 },
      { program: 'programs/b', year: '2025', amount: 1000 },
    ]);
    expect(table.rest).toEqual({ programs: 2, amount: 20 });
  });

  it('breaks ties between equal totals by key, so every build shows the same programmes', () => {
    expect(fundingTable(funding, 3, byKey).rows.map((r) => r.program)).toContain('programs/c');
    expect(fundingTable(funding, 3, byKey).rows.map((r) => r.program)).not.toContain('programs/d');
  });

  it('shows every programme and leaves no rest when there are few', () => {
    const table = fundingTable(funding, 20, byKey);
    expect(new Set(table.rows.map((r) => r.program)).size).toBe(4);
    expect(table.rest).toEqual({ programs: 0, amount: 0 });
  });

  it('stays bounded for thousands of programmes', () => {
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`programs/p${i}`, { '2025': i, '2026': i }]));
    const table = fundingTable(many, 20, byKey);
    expect(table.rows).toHaveLength(40);
    expect(table.rest.programs).toBe(4980);
    expect(table.rows.every((r) => Number(r.program.slice(10)) >= 4980)).toBe(true);
  });
});

describe('fundingPerYear', () => {
  it('sums every programme per year, undated amounts last', () => {
    expect(fundingPerYear({ 'programs/a': { [UNDATED]: 5, '2025': 1 }, 'programs/b': { '2024': 2, '2025': 3 } })).toEqual([
      { year: '2024', amount: 2 },
      { year: '2025', amount: 4 },
      { year: UNDATED, amount: 5 },
    ]);
  });
});
