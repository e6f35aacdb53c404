/**
 * Synonyms for the search index: which groups of content/search/synonyme.yaml an offering matches, and
 * the words its page then carries as extra search terms. Pagefind stays the engine: the words are
 * indexed on the page, weak where the page merely mentions a word of the group, as strong as a title
 * where the group names the offering as its main answer.
 */
import type { SynonymGroup } from '../schema/synonyms';
import { words } from './compounds';

export type { SynonymGroup };

/** Extra words of a page: German ones (marked lang="de" on the page) and ones in the page's language. */
export interface SynonymTerms {
  /** Words of groups whose text the offering mentions (low weight). */
  weak: { de: string[]; local: string[] };
  /** Words of groups that name the offering (weighted like its title). */
  strong: { de: string[]; local: string[] };
}

/** Lowercase with ß as ss, the way people type on foreign keyboards. */
export function fold(word: string): string {
  // Remembered: every page in every language folds the same few thousand words again, and the
  // locale-aware lowercase was a seventh of the whole build's time (CPU profile at 1,000 offerings).
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = word.toLocaleLowerCase('de').replace(/ß/g, 'ss');
    if (foldedWords.size < 200_000) foldedWords.set(word, folded);
  }
  return folded;
}
const foldedWords = new Map<string, string>();

/** German endings that leave a word the same word: Kurs, Kurse, Kursen; Geflüchtete, Geflüchteten. */
const INFLECTION = /^(e|en|n|s|es|er|ern|in|innen)?$/;

/**
 * Whether a text word is a form of a group word: the word itself, an inflected form, or a compound
 * that starts or ends with it (Dolmetscherservice, Laiendolmetscher). Short words (Kita, Job) must
 * match at the start, so "Job" does not match inside "Minijob" by accident of spelling.
 */
export function mentions(textWord: string, groupWord: string): boolean {
  return mentionsFolded(fold(textWord), fold(groupWord));
}

/** mentions() for words folded already: the hot loop of matching every page against every group. */
function mentionsFolded(t: string, g: string): boolean {
  if (t.startsWith(g)) return g.length >= 4 || INFLECTION.test(t.slice(g.length));
  if (g.length < 5) return false;
  for (let cut = 3; cut <= t.length - g.length; cut++) {
    if (t.startsWith(g, cut) && INFLECTION.test(t.slice(cut + g.length))) return true;
  }
  return false;
}

export interface MatchInput {
  kind: 'program' | 'project';
  id: string;
  actionFields: readonly string[];
  /** German title and summary. */
  text: string;
  /**
   * The action fields' keywords. They are on every offering of a field already, so a group they mention
   * adds only its words in the page's language (their translation), not more German words on thousands
   * of pages.
   */
  keywords?: string;
}

/**
 * Single words of a group's German lists: they decide whether a page mentions the group. The narrower
 * words lead to the group too, but are never given to a page: "Sprachcafé" brings a language café the
 * words of "Begegnung", while a Kulturtreff, which is a place to meet, is not a Sprachcafé.
 */
function triggerWords(group: SynonymGroup): string[] {
  let folded = foldedTriggers.get(group);
  if (!folded) foldedTriggers.set(group, (folded = [...group.de, ...(group.narrower ?? [])].filter((w) => !/\s/.test(w.trim())).map(fold)));
  return folded;
}
/** Each group's trigger words, folded once (the groups are read once per build). */
const foldedTriggers = new WeakMap<SynonymGroup, string[]>();

/** A page's text and field keywords as folded words: folded once per page, then matched against every group. */
interface FoldedPage {
  text: string[];
  keywords: string[];
}
const foldPage = (offering: MatchInput): FoldedPage => ({ text: words(offering.text).map(fold), keywords: words(offering.keywords ?? '').map(fold) });

export function namesOffering(group: SynonymGroup, offering: Pick<MatchInput, 'kind' | 'id'>): boolean {
  return (offering.kind === 'program' ? group.programs : group.projects)?.includes(offering.id) ?? false;
}

function mentionedIn(group: SynonymGroup, textWords: readonly string[]): boolean {
  return triggerWords(group).some((g) => textWords.some((t) => mentionsFolded(t, g)));
}

function inFields(group: SynonymGroup, offering: MatchInput): boolean {
  return !group.fields || group.fields.some((f) => offering.actionFields.includes(f));
}

/** Whether a page carries a group: it names the page, or the page's text or field keywords mention it. */
export function matchesGroup(group: SynonymGroup, offering: MatchInput): boolean {
  return matchesFolded(group, offering, foldPage(offering));
}

function matchesFolded(group: SynonymGroup, offering: MatchInput, folded: FoldedPage): boolean {
  if (namesOffering(group, offering)) return true;
  return inFields(group, offering) && (mentionedIn(group, folded.text) || mentionedIn(group, folded.keywords));
}

/** The words a page in `lang` carries for the groups it matches: German everywhere, plus the page's language. */
export function synonymTerms(groups: readonly SynonymGroup[], offering: MatchInput, lang: 'de' | 'en' | 'ar'): SynonymTerms {
  const sets = { weak: { de: new Set<string>(), local: new Set<string>() }, strong: { de: new Set<string>(), local: new Set<string>() } };
  const folded = foldPage(offering);
  for (const group of groups) {
    if (!matchesFolded(group, offering, folded)) continue;
    const named = namesOffering(group, offering);
    const target = named ? sets.strong : sets.weak;
    if (lang !== 'de') for (const w of group[lang] ?? []) target.local.add(w);
    // Mentioned only by the field keywords: the German words stay with the keywords.
    const byOwnText = named || (inFields(group, offering) && mentionedIn(group, folded.text));
    if (!byOwnText) continue;
    for (const w of group.de) {
      target.de.add(w);
      // "Fussball" as typed on keyboards without ß; the list holds each word once (the validator folds ß).
      if (w.includes('ß')) target.de.add(w.replace(/ß/g, 'ss'));
    }
  }
  // A word the page already holds costs index space and adds nothing.
  const own = new Set(words(offering.text).map((w) => w.toLocaleLowerCase('de')));
  const isNew = (w: string) => !words(w).every((part) => own.has(part.toLocaleLowerCase('de')));
  return {
    weak: { de: [...sets.weak.de].filter((w) => isNew(w) && !sets.strong.de.has(w)), local: [...sets.weak.local].filter((w) => !sets.strong.local.has(w)) },
    strong: { de: [...sets.strong.de], local: [...sets.strong.local] },
  };
}
