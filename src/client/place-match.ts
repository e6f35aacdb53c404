/**
 * Matching what a person types against the finder's places: case, umlauts and punctuation do not
 * matter, a word inside a name counts ("homburg" finds "Bad Homburg v. d. Höhe"), and a typo gets a
 * "Meinten Sie …?" by edit distance. Pure functions, unit-tested, used by finder-place.ts.
 */
import { editDistance } from '../lib/validation/suggest';

/** A place as orte.json lists it. */
export interface Place {
  id: string;
  name: string;
  /** The Kreis it lies in (for the suggestion line), absent for a Kreis itself. */
  kreis?: string;
  /** Other names it is known by (the official name, Ortsteile). */
  aliases?: string[];
  /** Postcodes that reach it. */
  postcodes?: string[];
}

export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface PlaceMatch {
  /** Places that match, best first. */
  places: Place[];
  /** When nothing matches: the nearest place name, for "Meinten Sie …?". */
  suggestion?: Place;
  /** The query looked like a postcode. */
  postcode: boolean;
}

const POSTCODE = /^\d{5}$/;

export function matchPlaces(places: readonly Place[], query: string, limit = 8): PlaceMatch {
  const q = normalize(query);
  const postcode = POSTCODE.test(q.replace(/ /g, ''));
  if (!q) return { places: [], postcode: false };
  if (postcode) {
    const code = q.replace(/ /g, '');
    return { places: places.filter((p) => p.postcodes?.includes(code)).slice(0, limit), postcode: true };
  }
  const scored: { place: Place; score: number }[] = [];
  for (const place of places) {
    let score = Infinity;
    for (const name of [place.name, ...(place.aliases ?? [])]) {
      const n = normalize(name);
      if (n === q) score = Math.min(score, 0);
      else if (n.startsWith(q)) score = Math.min(score, 1);
      else if (n.split(' ').some((w) => w.startsWith(q))) score = Math.min(score, 2);
    }
    if (score < Infinity) scored.push({ place, score });
  }
  scored.sort((a, b) => a.score - b.score || a.place.name.length - b.place.name.length || a.place.name.localeCompare(b.place.name, 'de'));
  if (scored.length > 0) return { places: scored.slice(0, limit).map((s) => s.place), postcode: false };
  // A typo: the nearest name (or first word of a name), allowing about one slip in four letters.
  const max = Math.max(1, Math.floor(q.length / 4));
  let best: { place: Place; distance: number } | undefined;
  for (const place of places) {
    for (const name of [place.name, ...(place.aliases ?? [])]) {
      const n = normalize(name);
      const distance = Math.min(editDistance(q, n), editDistance(q, n.split(' ')[0]!));
      if (distance <= max && (!best || distance < best.distance)) best = { place, distance };
    }
  }
  return { places: [], suggestion: best?.place, postcode: false };
}
