import { describe, expect, it } from 'vitest';
import { matchPlaces, normalize, type Place } from '../../src/client/place-match';

const places: Place[] = [
  { id: 'kassel', name: 'Kassel', aliases: ['Kassel, documenta-Stadt'] },
  { id: 'landkreis-kassel', name: 'Landkreis Kassel' },
  { id: 'bad-homburg', name: 'Bad Homburg v. d. Höhe', kreis: 'Hochtaunuskreis' },
  { id: 'floersheim', name: 'Flörsheim am Main', kreis: 'Main-Taunus-Kreis' },
  { id: 'herborn', name: 'Herborn', kreis: 'Lahn-Dill-Kreis', postcodes: ['35745'] },
];
const ids = (q: string) => matchPlaces(places, q).places.map((p) => p.id);

describe('place matching for the finder', () => {
  it('ignores case, umlauts, ß and punctuation', () => {
    expect(normalize('Flörsheim  am Main!')).toBe('florsheim am main');
    expect(normalize('Groß-Gerau')).toBe('gross gerau');
    expect(ids('flörs')).toEqual(['floersheim']);
    expect(ids('FLORS')).toEqual(['floersheim']);
  });

  it('puts an exact name before a prefix and a prefix before a word inside a name', () => {
    expect(ids('kassel')).toEqual(['kassel', 'landkreis-kassel']);
    expect(ids('homburg')).toEqual(['bad-homburg']);
  });

  it('finds a place by a postcode it knows, and says when the query is a postcode', () => {
    expect(matchPlaces(places, '35745')).toMatchObject({ places: [{ id: 'herborn' }], postcode: true });
    expect(matchPlaces(places, '99999')).toMatchObject({ places: [], postcode: true });
  });

  it('suggests the nearest name for a typo, and nothing for nonsense', () => {
    expect(matchPlaces(places, 'Kasel').suggestion?.id).toBe('kassel');
    expect(matchPlaces(places, 'Herbron').suggestion?.id).toBe('herborn');
    expect(matchPlaces(places, 'Xylophon').suggestion).toBeUndefined();
    expect(matchPlaces(places, '   ').places).toEqual([]);
  });
});
