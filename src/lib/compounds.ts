/**
 * German compound help for search: "Deutschkurs" → "Deutsch", "Kurs"; "Integrationskurs" →
 * "Integration", "Kurs" (with the linking s). Pagefind matches word prefixes, so "Deutsch" already
 * finds "Deutschkurs"; the tail ("Kurs") needs these extra terms, indexed with low weight.
 */

/** Common word parts of this domain; the catalogue's own words are added at build time. */
export const BASE_LEXICON = [
  'angebot', 'arbeit', 'ausbildung', 'beratung', 'beruf', 'bildung', 'café', 'cafe', 'deutsch', 'dienst', 'dienste',
  'eltern', 'familie', 'fonds', 'förderung', 'frauen', 'gesundheit', 'hilfe', 'integration', 'jugend', 'kinder',
  'kita', 'kitas', 'klasse', 'klassen', 'koordination', 'kurs', 'kurse', 'lotsen', 'markt', 'migration', 'mütter',
  'netzwerk', 'netzwerke', 'preis', 'programm', 'projekt', 'schule', 'sport', 'sprach', 'sprache', 'stelle',
  'stipendium', 'treff', 'verein', 'zentrum', 'zentren', 'beirat', 'pflege', 'wohnung', 'quartier', 'vielfalt',
];

const WORD = /[\p{L}]+/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Splits one word into two known parts, if it can; returns [] otherwise. */
export function splitCompound(word: string, lexicon: ReadonlySet<string>): string[] {
  const lower = word.toLowerCase();
  if (lower.length < 7) return [];
  // Prefer the longest known tail ("Sprachkurs" → "Sprach" + "kurs"; "Migrationsberatung" → "Migration" + "beratung").
  for (let i = 3; i <= lower.length - 3; i++) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    if (!lexicon.has(tail)) continue;
    if (lexicon.has(head)) return [head, tail];
    if (head.endsWith('s') && lexicon.has(head.slice(0, -1))) return [head.slice(0, -1), tail];
  }
  return [];
}

/** A lexicon from base parts plus every word of at least 4 letters in the given texts. */
export function buildLexicon(texts: Iterable<string>): Set<string> {
  const lexicon = new Set(BASE_LEXICON);
  for (const text of texts) for (const w of words(text)) if (w.length >= 4) lexicon.add(w.toLowerCase());
  return lexicon;
}

/** The compound parts of every word in a text, without repeats. */
export function compoundParts(text: string, lexicon: ReadonlySet<string>): string[] {
  const parts = new Set<string>();
  for (const w of words(text)) for (const part of splitCompound(w, lexicon)) parts.add(part);
  return [...parts];
}

/**
 * The tails of the compounds in a text ("Deutschkurs" → "kurs"), without repeats and without words the
 * text holds anyway. The heads need no extra term: Pagefind matches word prefixes, so "Deutsch" (and
 * "Sprache", stemmed to "sprach") already finds "Deutschkurs" and "Sprachkurs"; indexing them again
 * made the index chunks a first query loads several times as large.
 */
export function compoundTails(text: string, lexicon: ReadonlySet<string>): string[] {
  const own = new Set(words(text).map((w) => w.toLowerCase()));
  const tails = new Set<string>();
  for (const w of words(text)) {
    const tail = splitCompound(w, lexicon)[1];
    if (tail && !own.has(tail)) tails.add(tail);
  }
  return [...tails];
}
