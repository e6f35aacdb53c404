import { describe, expect, it } from 'vitest';
import { isValidId, slugify } from '../../src/lib/ids';
import { editDistance, suggest } from '../../src/lib/validation/suggest';

describe('ids', () => {
  it('transliterate umlauts and ß by the id rules', () => {
    expect(slugify('Groß-Gerau')).toBe('gross-gerau');
    expect(slugify('Werra-Meißner-Kreis')).toBe('werra-meissner-kreis');
    expect(slugify('Bad Homburg v. d. Höhe')).toBe('bad-homburg-v-d-hoehe');
    expect(slugify('Sprachkurs_Neu')).toBe('sprachkurs-neu');
  });

  it('accept only lowercase a–z, digits and single hyphens', () => {
    expect(isValidId('main-kinzig-kreis')).toBe(true);
    expect(isValidId('Main')).toBe(false);
    expect(isValidId('a--b')).toBe(false);
    expect(isValidId('-a')).toBe(false);
    expect(isValidId('gießen')).toBe(false);
  });
});

describe('meinten Sie …?', () => {
  it('measures edits including swapped neighbours', () => {
    expect(editDistance('kassel', 'kassel')).toBe(0);
    expect(editDistance('kasel', 'kassel')).toBe(1);
    expect(editDistance('aksel', 'kassel')).toBe(2);
  });

  it('suggests the nearest plausible id and nothing when far off', () => {
    const ids = ['kassel', 'landkreis-kassel', 'hessen', 'wetzlar'];
    expect(suggest('kasel', ids)).toBe('kassel');
    expect(suggest('hesen', ids)).toBe('hessen');
    expect(suggest('wetzlr', ids)).toBe('wetzlar');
    expect(suggest('frankfurt', ids)).toBeUndefined();
  });
});
