/**
 * The catalogue's own vocabulary for the search page's help: words of four or more letters, most
 * common first. It is the compound lexicon of the index (src/lib/compounds.ts) plus the words people
 * may misspell (titles, summaries, keywords, synonyms, place names), built once per language.
 */
import { words } from './compounds';

export function buildVocabulary(texts: Iterable<string>, lexicon: Iterable<string> = []): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const w of words(text)) {
      if (w.length < 4) continue;
      const lower = w.toLocaleLowerCase('de');
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
    }
  }
  for (const w of lexicon) if (!counts.has(w)) counts.set(w, 0);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}
