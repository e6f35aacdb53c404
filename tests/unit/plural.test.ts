import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { plural } from '../../src/i18n/plural';

describe('plurals by Intl.PluralRules', () => {
  it('chooses the language’s own category and writes the number in its format', () => {
    const forms = { zero: 'Z {n}', one: 'O {n}', two: 'T {n}', few: 'F {n}', many: 'M {n}', other: 'X {n}' };
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 1000].map((n) => plural('ar', n, forms))).toEqual([
      'Z 0', 'O 1', 'T 2', 'F 3', 'F 10', 'M 11', 'M 99', 'X 100', 'X 102', 'F 103', 'X 1,000',
    ]);
    expect([0, 1, 2, 1234].map((n) => plural('de', n, forms))).toEqual(['X 0', 'O 1', 'X 2', 'X 1.234']);
    expect(plural('en', 1, { other: '{n} things' })).toBe('1 things'); // only "other" is required
  });

  it('gives Arabic counts the right form for 0, 103 and 11, where the old rule was wrong', () => {
    const kreise = dictionaries.ar.coverage.kreisCount;
    expect(kreise(0)).toBe('لا توجد دوائر');
    expect(kreise(2)).toBe('دائرتان');
    expect(kreise(103)).toBe('103 دوائر');
    expect(kreise(11)).toBe('11 دائرةً');
    expect(dictionaries.de.coverage.kreisCount(1)).toBe('1 Kreis');
    expect(dictionaries.en.page.count(1234, 'service', 'services')).toBe('1,234 services');
  });
});
