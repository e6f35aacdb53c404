/**
 * Similar offerings by text, beyond the rule-based overlap: who elsewhere does something similar?
 *
 * Each offering's title (counted twice), summary and body become terms: words in lower case without
 * German stop words (the Snowball list, @orama/stopwords), stemmed with the Snowball German stemmer
 * (@orama/stemmers), plus the stemmed parts of compounds from the lexicon of compounds.ts
 * ("Integrationskurs" also gives "Integration" and "Kurs"). A term weighs its BM25 weight in the
 * offering (k1 1.2, b 0.75: frequent in this text, rare in the catalogue, long texts damped); two
 * offerings are as similar as the cosine of their weight vectors (0 to 1). Pairs are found through an
 * inverted index (term → offerings), never by comparing all pairs; terms in more than a fifth of the
 * catalogue (at least 50 offerings) say nothing about similarity and are left out of the index.
 * Place names (the words of region names, passed as `ignore`) and a few words every entry uses are left
 * out too: the question is who elsewhere does something similar, not who is in the same place.
 * Every similar offering shares at least two words, and those shared words are the "why similar".
 */
import { stemmer } from '@orama/stemmers/german';
import { stopwords } from '@orama/stopwords/german';
import { buildLexicon, splitCompound, words } from './compounds';

export interface SimilarityInput {
  key: string;
  title: string;
  summary: string;
  /** The long description (MDX or plain text), if any. */
  body?: string;
}

export interface SimilarOffering {
  key: string;
  /** Cosine of the BM25 weight vectors, 0 to 1, two decimals. */
  score: number;
  /** Shared terms as people write them, the weightiest first. */
  terms: string[];
}

export interface SimilarityOptions {
  /** How many similar offerings per offering (5). */
  limit?: number;
  /** Terms an offering must share with another to be similar to it (2). */
  minShared?: number;
  /** Least similarity to be listed (0.1). */
  minScore?: number;
  /** Terms in more than this share of all offerings are left out (0.2) … */
  maxDocShare?: number;
  /** … but only above this many offerings (50), so a small catalogue keeps its common words. */
  maxDocFloor?: number;
  /** How many shared terms to name (4). */
  termsShown?: number;
  /** Words to leave out besides the stop words, e.g. the words of region names. */
  ignore?: Iterable<string>;
}

/**
 * Words of catalogue entries that say nothing about what an offering does: the kinds of entry, time
 * and frequency, and the places' kinds (region names come in through `ignore`).
 */
export const CATALOGUE_WORDS = [
  'angebot', 'angebote', 'projekt', 'projekte', 'programm', 'programme', 'seit', 'beim', 'rund', 'etwa', 'sowie', 'pro',
  'einmal', 'zweimal', 'woche', 'wochen', 'monat', 'monate', 'jahr', 'jahre', 'jahren', 'uhr',
  'stadt', 'kreis', 'landkreis', 'gemeinde', 'region', 'land', 'hessen', 'hessischen', 'hessische',
  'förderung', 'fördert', 'gefördert', 'rahmen',
];
const STOP = new Set([...stopwords, ...CATALOGUE_WORDS]);
const K1 = 1.2;
const B = 0.75;

/** Markup, link targets and addresses out of an MDX body: only the words a reader reads stay. */
export function plainText(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g, ' ');
}

/**
 * Snowball's German stemmer removes one ending per pass, so a plural and its singular can end on
 * different stems ("Kurse" → "kurs", "Kurs" → "kur"); stemming to a fixed point joins them.
 */
export function stemGerman(word: string): string {
  let current = word;
  for (let i = 0; i < 3; i++) {
    const next = stemmer(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

interface WordTerms {
  stem: string | undefined;
  parts: string[];
}

/** Terms of texts, with a cache per distinct word and the most frequent written form of every stem. */
class Analyzer {
  private readonly cache = new Map<string, WordTerms>();
  private readonly forms = new Map<string, Map<string, number>>();
  private readonly ignored: Set<string>;
  constructor(
    private readonly lexicon: ReadonlySet<string>,
    ignore: Iterable<string>,
  ) {
    this.ignored = new Set([...STOP, ...ignore].map((w) => stemGerman(w.toLowerCase())));
  }

  private analyseWord(word: string): WordTerms {
    const lower = word.toLowerCase();
    let cached = this.cache.get(lower);
    if (!cached) {
      const stem = lower.length >= 3 && !STOP.has(lower) ? stemGerman(lower) : undefined;
      const keep = stem !== undefined && !this.ignored.has(stem);
      const parts = keep ? splitCompound(lower, this.lexicon).filter((p) => p.length >= 3 && !STOP.has(p)).map(stemGerman).filter((p) => !this.ignored.has(p)) : [];
      cached = { stem: keep ? stem : undefined, parts };
      this.cache.set(lower, cached);
    }
    return cached;
  }

  /** Adds the terms of `text` to `counts`, `weight` times each. */
  add(text: string, weight: number, counts: Map<string, number>): number {
    let length = 0;
    for (const word of words(text)) {
      const { stem, parts } = this.analyseWord(word);
      if (stem === undefined) continue;
      let perStem = this.forms.get(stem);
      if (!perStem) this.forms.set(stem, (perStem = new Map()));
      perStem.set(word, (perStem.get(word) ?? 0) + 1);
      for (const term of [stem, ...parts]) {
        counts.set(term, (counts.get(term) ?? 0) + weight);
        length += weight;
      }
    }
    return length;
  }

  /** How people write a term: its most frequent form in the texts (a compound part never seen alone: capitalised). */
  form(term: string): string {
    const perStem = this.forms.get(term);
    if (!perStem) return term.charAt(0).toUpperCase() + term.slice(1);
    let best = '';
    let most = 0;
    for (const [form, n] of perStem) if (n > most || (n === most && form < best)) [best, most] = [form, n];
    return best;
  }
}

interface Weighed {
  analyzer: Analyzer;
  termNames: string[];
  docs: { terms: Int32Array; tf: Float64Array; length: number }[];
  /** Normalised BM25 weight per term slot of each offering; 0 for a term left out as too common. */
  weights: Float64Array[];
  df: Int32Array;
}

/** Terms and their normalised BM25 weights for every offering (the rule at the top of this file). */
function weigh(inputs: readonly SimilarityInput[], maxDocShare: number, maxDocFloor: number, ignore: Iterable<string> = []): Weighed {
  const n = inputs.length;
  const texts = inputs.map((o) => ({ title: o.title, summary: o.summary, body: o.body ? plainText(o.body) : '' }));
  const analyzer = new Analyzer(buildLexicon(texts.flatMap((t) => [t.title, t.summary, t.body])), ignore);
  // Term frequencies per offering, terms numbered.
  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  const docs: { terms: Int32Array; tf: Float64Array; length: number }[] = [];
  for (const text of texts) {
    const counts = new Map<string, number>();
    let length = analyzer.add(text.title, 2, counts);
    length += analyzer.add(text.summary, 1, counts);
    length += analyzer.add(text.body, 1, counts);
    const terms = new Int32Array(counts.size);
    const tf = new Float64Array(counts.size);
    let i = 0;
    for (const [term, count] of counts) {
      let id = termIds.get(term);
      if (id === undefined) {
        termIds.set(term, (id = termNames.length));
        termNames.push(term);
      }
      terms[i] = id;
      tf[i++] = count;
    }
    docs.push({ terms, tf, length });
  }

  const df = new Int32Array(termNames.length);
  for (const d of docs) for (const t of d.terms) df[t]!++;
  const maxDf = Math.max(maxDocFloor, Math.floor(n * maxDocShare));
  const avgLength = docs.reduce((s, d) => s + d.length, 0) / Math.max(1, n) || 1;

  // BM25 weights of the indexed terms, normalised per offering so a dot product is the cosine.
  const weights = docs.map((d) => {
    const w = new Float64Array(d.terms.length);
    let norm = 0;
    d.terms.forEach((t, i) => {
      if (df[t]! > maxDf) return; // too common to tell one offering from another
      const idf = Math.log(1 + (n - df[t]! + 0.5) / (df[t]! + 0.5));
      const tf = d.tf[i]!;
      w[i] = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.length) / avgLength));
      norm += w[i]! * w[i]!;
    });
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < w.length; i++) w[i]! *= scale;
    return w;
  });

  return { analyzer, termNames, docs, weights, df };
}

/** The weighted terms of every offering, by key (for tests: the inverted index must agree with all pairs). */
export function termVectors(inputs: readonly SimilarityInput[], options: Pick<SimilarityOptions, 'maxDocShare' | 'maxDocFloor' | 'ignore'> = {}): Map<string, Map<string, number>> {
  const { termNames, docs, weights, df } = weigh(inputs, options.maxDocShare ?? 0.2, options.maxDocFloor ?? 50, options.ignore);
  return new Map(inputs.map((o, x) => [o.key, new Map([...docs[x]!.terms].flatMap((t, i) => (weights[x]![i]! > 0 && df[t]! >= 2 ? [[termNames[t]!, weights[x]![i]!] as const] : [])))]));
}

/** The similar offerings of every offering, strongest first. */
export function findSimilar(inputs: readonly SimilarityInput[], options: SimilarityOptions = {}): Map<string, SimilarOffering[]> {
  const { limit = 5, minShared = 2, minScore = 0.1, maxDocShare = 0.2, maxDocFloor = 50, termsShown = 4, ignore } = options;
  const n = inputs.length;
  const { analyzer, termNames, docs, weights, df } = weigh(inputs, maxDocShare, maxDocFloor, ignore);

  // The inverted index: for each term, the offerings holding it (in offering order) and their
  // weights, flat in typed arrays. A term of one offering only weighs in its norm but links nothing.
  const indexed = (t: number, w: number) => w > 0 && df[t]! >= 2;
  const postStart = new Int32Array(termNames.length + 1);
  docs.forEach((d, doc) => d.terms.forEach((t, i) => indexed(t, weights[doc]![i]!) && postStart[t + 1]!++));
  for (let t = 0; t < termNames.length; t++) postStart[t + 1]! += postStart[t]!;
  const postDoc = new Int32Array(postStart[termNames.length]!);
  const postWeight = new Float64Array(postDoc.length);
  const cursor = postStart.slice(0, termNames.length);
  docs.forEach((d, doc) =>
    d.terms.forEach((t, i) => {
      if (!indexed(t, weights[doc]![i]!)) return;
      postDoc[cursor[t]!] = doc;
      postWeight[cursor[t]!++] = weights[doc]![i]!;
    }),
  );

  // Each pair once: offering x meets only the offerings after it in a term's list (a cursor per term
  // walks the lists in step with x), and the pair's cosine is offered to the lists of both.
  // Each offering keeps its `keep` strongest candidates; the final check on shared words picks the top.
  const keep = limit * 3;
  const topDoc = new Int32Array(n * keep);
  const topScore = new Float64Array(n * keep);
  const topCount = new Uint8Array(n);
  const offer = (x: number, y: number, score: number) => {
    const base = x * keep;
    let at = topCount[x]!;
    if (at === keep) {
      if (!better(score, y, topScore[base + keep - 1]!, topDoc[base + keep - 1]!)) return;
      at--;
    } else topCount[x]!++;
    while (at > 0 && better(score, y, topScore[base + at - 1]!, topDoc[base + at - 1]!)) {
      topScore[base + at] = topScore[base + at - 1]!;
      topDoc[base + at] = topDoc[base + at - 1]!;
      at--;
    }
    topScore[base + at] = score;
    topDoc[base + at] = y;
  };

  const scores = new Float64Array(n);
  const shared = new Uint16Array(n);
  const touched = new Int32Array(n);
  cursor.set(postStart.subarray(0, termNames.length));
  for (let x = 0; x < n; x++) {
    const terms = docs[x]!.terms;
    const w = weights[x]!;
    let touchedCount = 0;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      if (!indexed(t, w[i]!)) continue;
      // The cursor stands on x's own entry: everything after it is a later offering.
      const from = ++cursor[t]!;
      const to = postStart[t + 1]!;
      const wx = w[i]!;
      for (let k = from; k < to; k++) {
        const y = postDoc[k]!;
        if (shared[y] === 0) touched[touchedCount++] = y;
        scores[y]! += wx * postWeight[k]!;
        shared[y]!++;
      }
    }
    for (let k = 0; k < touchedCount; k++) {
      const y = touched[k]!;
      if (shared[y]! >= minShared && scores[y]! >= minScore) {
        offer(x, y, scores[y]!);
        offer(y, x, scores[y]!);
      }
      scores[y] = 0;
      shared[y] = 0;
    }
  }

  // The top of each list, each naming at least `minShared` shared words.
  const weightOf = new Float64Array(termNames.length);
  const result = new Map<string, SimilarOffering[]>();
  for (let x = 0; x < n; x++) {
    const top: SimilarOffering[] = [];
    for (let k = 0; k < topCount[x]! && top.length < limit; k++) {
      const y = topDoc[x * keep + k]!;
      const terms = sharedTerms(x, y);
      if (terms.length >= minShared) top.push({ key: inputs[y]!.key, score: Math.round(topScore[x * keep + k]! * 100) / 100, terms: terms.slice(0, termsShown) });
    }
    result.set(inputs[x]!.key, top);
  }
  return result;

  /** Stronger first; equal scores by key, so builds agree. */
  function better(score: number, doc: number, than: number, thanDoc: number): boolean {
    return score > than || (score === than && inputs[doc]!.key < inputs[thanDoc]!.key);
  }

  /**
   * The shared indexed terms of two offerings, weightiest first, as people write them. A compound part
   * inside another shared word is not named apart ("Sprachkurs", not also "Sprach" and "Kurs"), so the
   * count of these is the count of shared words that minShared asks for.
   */
  function sharedTerms(x: number, y: number): string[] {
    docs[y]!.terms.forEach((t, i) => (weightOf[t] = weights[y]![i]!));
    const both: { t: number; w: number }[] = [];
    docs[x]!.terms.forEach((t, i) => {
      const w = weights[x]![i]! * weightOf[t]!;
      if (w > 0) both.push({ t, w });
    });
    docs[y]!.terms.forEach((t) => (weightOf[t] = 0));
    const forms = both.sort((a, b) => b.w - a.w || termNames[a.t]!.localeCompare(termNames[b.t]!)).map((e) => analyzer.form(termNames[e.t]!));
    const lower = forms.map((f) => f.toLowerCase());
    return forms.filter((_, i) => !lower.some((other, j) => j !== i && (other === lower[i] ? j < i : other.includes(lower[i]!))));
  }
}
