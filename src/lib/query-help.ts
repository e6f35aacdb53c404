/**
 * Help for what people type, before and around Pagefind (pure; src/client/search-page.ts runs it):
 * the words that carry meaning (no stop words, no URL noise, at most MAX_WORDS), common verbs that may
 * go when nothing is found, compound splits with the index's lexicon, the next smaller set of words
 * to try, a place named in the query, and "meinten Sie …?" from the catalogue's vocabulary.
 */
import { splitCompound } from './compounds';
import { editDistance } from './validation/suggest';

export type QueryLang = 'de' | 'en' | 'ar';

/** Longer queries are cut: a pasted page of text is no search, and each word costs a lookup. */
export const MAX_QUERY_CHARS = 200;
export const MAX_WORDS = 8;

const STOP: Record<QueryLang, string> = {
  de: `der die das den dem des ein eine einen einem einer eines und oder aber für fuer mit ohne in im ins an am auf aus bei beim von vom zu zum zur nach über ueber unter vor durch um bis als wie wo was wer wann welche welcher welches welchen warum wieso ich du er sie es wir ihr mich mir mein meine meinen meiner dich dir dein deine uns unser unsere euch sich man gibt gib es ist sind bin bist war hat habe haben hätte gern gerne bitte auch noch nur schon sehr mal doch denn dass ob kein keine nicht ja nein hier da dort etwas alle viele mehr gibt's`,
  en: `the a an and or but for with without in on at by of to from into about as how where what who when which why i me my we our you your he she it they them is are am was be been have has do does can could would should will please any some there here this that these those not no get`,
  ar: `في من إلى الى على عن مع أو او و ثم هل ما ماذا أين اين كيف متى لماذا هذا هذه ذلك التي الذي أنا انا نحن أنت هو هي هم لي لنا عند يوجد توجد هناك كل بعض أريد اريد ممكن`,
};

/** Common verbs: kept in the first search ("Deutsch lernen" is a phrase the index knows), dropped when it finds nothing. */
const VERBS: Record<QueryLang, string> = {
  de: `finden finde findet suchen suche sucht gesucht brauchen brauche braucht helfen hilft hilfe lernen lerne machen mache bekommen bekomme kriegen beantragen beantrage stellen melden anmelden möchte möchten will wollen kann können könnte muss müssen darf dürfen soll sollen gehen gehe kommen geben erhalten verhindern lassen anerkennen`,
  en: `find finding look looking search searching need needs help get getting learn learning want make apply register can`,
  ar: `أبحث ابحث البحث أحتاج احتاج أريد أتعلم تعلم مساعدة الحصول`,
};

const sets = Object.fromEntries(
  (['de', 'en', 'ar'] as const).map((lang) => [lang, { stop: new Set(STOP[lang].split(/\s+/)), verbs: new Set(VERBS[lang].split(/\s+/)) }]),
) as Record<QueryLang, { stop: Set<string>; verbs: Set<string> }>;

/** Parts of a pasted web address that are no words of a search. */
const URL_NOISE = new Set(['http', 'https', 'www', 'html', 'htm', 'php', 'aspx', 'com', 'org', 'net', 'de', 'en', 'index', 'nn', 'node']);

export interface QueryWords {
  /** The words to search for, lowercase, in the order typed. */
  words: string[];
  /** What was left out (stop words, URL parts, words beyond MAX_WORDS). */
  ignored: string[];
  /** True when the query was cut to MAX_QUERY_CHARS. */
  truncated: boolean;
}

export function queryWords(query: string, lang: QueryLang): QueryWords {
  const truncated = query.length > MAX_QUERY_CHARS;
  // Cut at a word boundary, so no half word is searched for.
  const text = truncated ? query.slice(0, MAX_QUERY_CHARS).replace(/\S*$/, '') : query;
  const isUrl = /(https?:\/\/|www\.)\S+/i.test(text);
  const tokens = text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const words: string[] = [];
  const ignored: string[] = [];
  for (const token of tokens) {
    const word = token.toLocaleLowerCase(lang);
    const stop = sets[lang].stop.has(word) || (lang !== 'de' && sets.de.stop.has(word)) || (isUrl && URL_NOISE.has(word)) || (word.length < 2 && !/\d/.test(word));
    if (stop || words.includes(word) || words.length >= MAX_WORDS) ignored.push(token);
    else words.push(word);
  }
  return { words, ignored, truncated };
}

export function isVerb(word: string, lang: QueryLang): boolean {
  return sets[lang].verbs.has(word) || sets.de.verbs.has(word);
}

/** The words without common verbs, unless nothing else is left. */
export function withoutVerbs(words: readonly string[], lang: QueryLang): string[] {
  const rest = words.filter((w) => !isVerb(w, lang));
  return rest.length > 0 ? rest : [...words];
}

/** A word as its compound parts where the lexicon knows them ("sportverein" → "sport", "verein"). */
export function splitWords(words: readonly string[], lexicon: ReadonlySet<string>): string[] {
  return [...new Set(words.flatMap((w) => {
    const parts = splitCompound(w, lexicon);
    return parts.length ? parts : [w];
  }))];
}

/**
 * The next smaller sets of words to try, most specific first: each set leaves out one word, the most
 * common one (most hits on its own) first, so the rarer words that make a question specific stay.
 */
export function fewerWords(words: readonly string[], hitsPerWord: ReadonlyMap<string, number>): string[][] {
  if (words.length < 2) return [];
  const byCommonness = [...words].sort((a, b) => (hitsPerWord.get(b) ?? 0) - (hitsPerWord.get(a) ?? 0));
  return byCommonness.map((drop) => words.filter((w) => w !== drop));
}

/** Place names as the search knows them: the facet to filter by and, for a Gemeinde, its own id. */
export interface Place {
  name: string;
  facet: string;
  gemeinde?: string;
}

/** Lowercase words of a name: "Bad Homburg v. d. Höhe" → ["bad", "homburg", "v", "d", "höhe"]. */
export const nameWords = (name: string) => (name.toLocaleLowerCase('de').match(/[\p{L}\p{N}]+/gu) ?? []);

/** The short form people type: up to "am", "an der", "v. d.", "(": "Frankfurt am Main" → "frankfurt". */
export function shortName(name: string): string[] {
  const cut = name.split(/\s+(?:am|an|a\.|v\.|im|in|ob|vor|bei)\s+|\s*\(/)[0]!;
  return nameWords(cut);
}

/**
 * Finds the longest place name in the words (full or short form) and returns it with the remaining
 * words. `places` is keyed by the name's words joined with a space.
 */
export function findPlace(words: readonly string[], places: ReadonlyMap<string, Place>): { place: Place; rest: string[] } | undefined {
  for (let length = Math.min(4, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const place = places.get(words.slice(start, start + length).join(' '));
      if (place) return { place, rest: [...words.slice(0, start), ...words.slice(start + length)] };
    }
  }
  return undefined;
}

/**
 * "Meinten Sie …?": the closest word of the vocabulary (sorted most common first), if it is close
 * enough: one edit for short words, two from six letters, three from eleven.
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = word.length >= 11 ? 3 : word.length >= 6 ? 2 : 1;
  if (word.length < 4) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    if (candidate === word || Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
