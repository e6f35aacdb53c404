import { describe, expect, it } from 'vitest';
import { ascendingIds, indexedPagesGlob, isIndexedPageFile, sortHits, sortTable } from '../../src/lib/search-sort';

describe('sort table (Pagefind 1.x order)', () => {
  it('orders text by its UTF-8 bytes, as Pagefind does, keeping the given order for equal values', () => {
    const pages = [
      { id: 'a', value: 'zuwanderung' },
      { id: 'b', value: 'ärztliche hilfe' },
      { id: 'c', value: 'beratung' },
      { id: 'd', value: 'Beratung' },
      { id: 'e', value: 'beratung' },
    ];
    // "B" (0x42) before "b" (0x62); "ä" (0xC3 0xA4) after "z": byte order, not German collation.
    expect(ascendingIds(pages)).toEqual(['d', 'c', 'e', 'a', 'b']);
  });

  it('orders numbers numerically when every value is one, dates as text', () => {
    expect(ascendingIds([{ id: 'x', value: '10' }, { id: 'y', value: '9' }, { id: 'z', value: '-1.5' }])).toEqual(['z', 'y', 'x']);
    expect(ascendingIds([{ id: 'x', value: '2021-01-01' }, { id: 'y', value: '2019-06-30' }, { id: 'z', value: '2020-02-01' }])).toEqual(['y', 'z', 'x']);
  });

  it("orders text by the language's collation when given: German Ä with the A's, dates still by date", () => {
    const pages = [
      { id: 'z', value: 'zuwanderung' },
      { id: 'ae', value: 'ärztliche hilfe' },
      { id: 'b', value: 'beratung' },
      { id: 'a', value: 'anerkennung' },
    ];
    expect(ascendingIds(pages, new Intl.Collator('de'))).toEqual(['a', 'ae', 'b', 'z']);
    const dates = [{ id: 'x', value: '2021-01-01' }, { id: 'y', value: '2019-06-30' }, { id: 'w', value: '2019-12-01' }];
    expect(ascendingIds(dates, new Intl.Collator('ar'))).toEqual(['y', 'w', 'x']);
  });

  it('lists per key only the pages that have it', () => {
    const table = sortTable([
      { id: 'p1', keys: { titel: 'b', beginn: '2020-01-01' } },
      { id: 'r1', keys: { titel: 'a' } },
      { id: 'p2', keys: { titel: 'c', beginn: '2018-01-01' } },
    ]);
    expect(table).toEqual({ titel: ['r1', 'p1', 'p2'], beginn: ['p2', 'p1'] });
  });

  it('sorts hits by the table, leaves out hits without the key and reverses for descending', () => {
    const hits = [{ id: 'p1' }, { id: 'r1' }, { id: 'p2' }, { id: 'p3' }];
    expect(sortHits(hits, ['p3', 'p2', 'p1'], 'asc').map((h) => h.id)).toEqual(['p3', 'p2', 'p1']);
    expect(sortHits(hits, ['p3', 'p2', 'p1'], 'desc').map((h) => h.id)).toEqual(['p1', 'p2', 'p3']);
    expect(sortHits([], ['p1'], 'asc')).toEqual([]);
  });
});

describe('indexed pages', () => {
  const prefixes = ['', 'en/', 'ar/'];
  it('the glob names every indexed section in every language, and only detail pages', () => {
    const glob = indexedPagesGlob(prefixes);
    expect(glob).toMatch(/^\{.*\}\/\*\/index\.html$/);
    expect(glob).toContain('ar/zielgruppen');
    expect(isIndexedPageFile('programme/integrationskurse/index.html', prefixes)).toBe(true);
    expect(isIndexedPageFile('en/regionen/kassel/index.html', prefixes)).toBe(true);
    expect(isIndexedPageFile('programme/integrationskurse/ueberschneidungen/index.html', prefixes)).toBe(false);
    expect(isIndexedPageFile('programme/index.html', prefixes)).toBe(false);
    expect(isIndexedPageFile('finden/kassel/index.html', prefixes)).toBe(false);
    expect(isIndexedPageFile('fr/programme/x/index.html', prefixes)).toBe(false);
  });
});
