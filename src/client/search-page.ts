/**
 * The search page's behaviour: reads query, filters and sort from the URL, asks Pagefind, renders
 * results into the list and announces the count in a live region. Only /suche/ loads this.
 * Query help (src/lib/query-help.ts): stop words out, a place named in a longer query becomes a
 * filter (offerings that reach it), and when all words find few or nothing the page searches again
 * with fewer words (verbs out, compounds split, words without hits out) and offers "Meinten Sie …?".
 * The place table and the vocabulary load only when a query needs them.
 */
import { closestWord, fewerWords, findPlace, queryWords, withoutVerbs, type Place, type QueryLang } from '../lib/query-help';
import { splitCompound } from '../lib/compounds';
import { localFirst, offeringsFirst } from '../lib/search-rank';
import { SORT_ORDERS, SORT_TABLE_DIR, isSortKey, sortHits, type SortTable } from '../lib/search-sort';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: Record<string, string>; excerpt: string }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o: Record<string, unknown>) => Promise<PagefindResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;
/** Fewer hits than this for all words: the page also searches with fewer words. */
const FEW = 3;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  if (!form) return;
  const text = JSON.parse(document.querySelector('#search-text')!.textContent!) as Record<string, string> & { help: Record<string, string> };
  const help = text.help;
  const lang = (form.dataset.lang ?? 'de') as QueryLang;
  const input = form.querySelector<HTMLInputElement>('#q')!;
  const sort = form.querySelector<HTMLSelectElement>('#sort')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#results')!;
  const empty = document.querySelector<HTMLElement>('#no-results')!;
  const more = document.querySelector<HTMLButtonElement>('#more')!;
  const template = document.querySelector<HTMLTemplateElement>('#result-template')!;
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const base = form.dataset.base ?? '/';

  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () =>
    (pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      // Short names and main-answer synonyms (meta "stichworte") count like the title.
      // 8 rather than the title's 5: a group naming an entry is an editor's word that it is the main answer.
      await pf.options({ excerptLength: 24, ranking: { metaWeights: { title: 5, stichworte: 8 } } });
      return pf;
    }));

  const loadJson = <T,>(path: string) => fetch(`${base}${path}`).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(path))));
  let places: Promise<Map<string, Place>> | undefined;
  const loadPlaces = () => (places ??= loadJson<Record<string, Place>>('suche/orte.json').then((table) => new Map(Object.entries(table))));
  let vocabulary: Promise<string[]> | undefined;
  const loadVocabulary = () => (vocabulary ??= loadJson<string[]>(`suche/wortschatz/${lang}.json`));
  // The sort table (src/lib/search-sort.ts) loads only when someone sorts.
  let sortTable: Promise<SortTable> | undefined;
  const loadSortTable = () => (sortTable ??= loadJson<SortTable>(`${SORT_TABLE_DIR}/${lang}.json`));

  /** Pagefind with its hits in the chosen order, for every search of one query (as Pagefind's own sort did). */
  async function sorted(pf: Pagefind): Promise<Pagefind> {
    const key = sort.value;
    if (!isSortKey(key)) return pf;
    const ascending = (await loadSortTable())[key];
    return {
      ...pf,
      search: async (q, o) => {
        const response = await pf.search(q, o);
        return response && { ...response, results: sortHits(response.results, ascending, SORT_ORDERS[key]) };
      },
    };
  }

  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;
  /** The words searched for, to keep an entry whose title is exactly the query above the offerings. */
  let searchedFor = '';

  function readUrl() {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    sort.value = params.get('sort') ?? '';
    for (const box of checkboxes) {
      box.checked = params.getAll(box.name).includes(box.value);
      if (box.checked) box.closest('details')?.setAttribute('open', '');
    }
  }

  function selectedFilters(): Record<string, string[]> {
    const filters: Record<string, string[]> = {};
    for (const box of checkboxes) if (box.checked) (filters[box.name] ??= []).push(box.value);
    return filters;
  }

  function writeUrl(push: boolean) {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const [key, values] of Object.entries(selectedFilters())) for (const v of values) params.append(key, v);
    if (sort.value) params.set('sort', sort.value);
    const query = params.toString();
    const target = `${location.pathname}${query ? `?${query}` : ''}`;
    if (push) history.pushState(null, '', target);
    else history.replaceState(null, '', target);
  }

  /** Appends the next batch of hits, unless a newer search has started while their data loaded. */
  async function renderMore(): Promise<boolean> {
    const started = generation;
    const batch = results.slice(shown, shown + PAGE_SIZE);
    let data = await Promise.all(batch.map((r) => r.data()));
    if (started !== generation) return false;
    // Offerings before region, field, group and organisation pages, unless such a page is named exactly;
    // only in relevance order: a list the person sorted by title or start stays in that order.
    if (shown === 0 && !sort.value) data = offeringsFirst(data, searchedFor);
    for (const item of data) {
      const node = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
      const link = node.querySelector('a')!;
      link.href = item.url;
      link.textContent = item.meta.title ?? item.url;
      // Entries without a translation keep their German text; "textLang" says so, for screen readers.
      if (item.meta.textLang) link.lang = item.meta.textLang;
      node.querySelector('.meta')!.textContent = [item.meta.art, item.meta.region, item.meta.period, item.meta.status].filter(Boolean).join(' · ');
      const summary = node.querySelector<HTMLElement>('.summary')!;
      if (item.meta.summary) summary.textContent = item.meta.summary;
      else summary.remove();
      if (item.meta.textLang) summary.lang = item.meta.textLang;
      list.append(node);
    }
    shown += batch.length;
    more.hidden = shown >= results.length;
    return true;
  }

  /**
   * Pagefind counts only the facets whose data it has loaded. Facets without fresh counts show none
   * rather than the build-time totals, which would not match the current hits.
   */
  function updateCounts(filters: PagefindResponse['filters']) {
    for (const box of checkboxes) {
      const label = box.parentElement!.querySelector<HTMLElement>('.count');
      if (!label) continue;
      const known = filters?.[box.name];
      label.textContent = known ? `(${known[box.value] ?? 0})` : '';
    }
  }

  // All filter data (the larger download) loads only once a person reaches for the filters.
  let allFilters: Promise<unknown> | undefined;
  const loadAllFilters = () => {
    if (allFilters) return;
    allFilters = loadPagefind().then((pf) => pf.filters());
    void allFilters.then(() => {
      if (input.value.trim() || checkboxes.some((b) => b.checked)) void run();
    });
  };
  const pane = document.querySelector<HTMLElement>('.facets')!;
  pane.addEventListener('focusin', loadAllFilters);
  pane.addEventListener('pointerdown', loadAllFilters);

  // On a phone the results come first: facets start closed unless one of their boxes is ticked.
  if (matchMedia('(max-width: 48rem)').matches) {
    for (const details of pane.querySelectorAll('details')) {
      if (!details.querySelector('input:checked')) details.removeAttribute('open');
    }
  }

  type Options = Record<string, unknown>;
  const searchWords = async (pf: Pagefind, words: readonly string[], options: Options) => (await pf.search(words.join(' '), options))?.results ?? [];

  /**
   * All words first; with fewer than FEW hits, again without verbs, with compounds split and without
   * words that find nothing alone, then one word less at a time (the most common first).
   */
  async function searchWithHelp(pf: Pagefind, words: string[], options: Options) {
    const all = await pf.search(words.join(' '), options);
    let exact = all?.results ?? [];
    // Hits of each word alone (the index chunks are loaded already). Pagefind leaves out a word it does
    // not know, so a query with such a word has no hits for all its words.
    const hits = new Map<string, number>();
    if (words.length > 1) for (const word of words) hits.set(word, (await searchWords(pf, [word], options)).length);
    if (words.some((w) => hits.get(w) === 0)) exact = [];
    const outcome = { results: exact, filters: all?.filters, relaxedTo: undefined as string[] | undefined, exactCount: exact.length, suggestions: new Map<string, string>() };
    if (exact.length >= FEW) return outcome;
    const vocab = await loadVocabulary().catch(() => [] as string[]);
    const lexicon = new Set(vocab);
    let candidate: string[] = [];
    for (const word of withoutVerbs(words, lang)) {
      const alone = hits.get(word) ?? (await searchWords(pf, [word], options)).length;
      if (alone > 0) {
        candidate.push(word);
        hits.set(word, alone);
        continue;
      }
      // A compound the index does not hold as one word: its parts, where the lexicon knows them.
      let found = false;
      for (const part of splitCompound(word, lexicon).filter((p) => !candidate.includes(p))) {
        const n = (await searchWords(pf, [part], options)).length;
        if (n > 0) {
          candidate.push(part);
          hits.set(part, n);
          found = true;
        }
      }
      if (!found) {
        const suggestion = closestWord(word, vocab);
        if (suggestion) outcome.suggestions.set(word, suggestion);
      }
    }
    let relaxed = candidate.length === 0 ? [] : candidate.join(' ') === words.join(' ') ? exact : await searchWords(pf, candidate, options);
    // One word less at a time: the first set (most common word left out first) with enough hits, else
    // the set with the most hits, and on from there.
    while (relaxed.length < FEW && candidate.length > 1) {
      let best: { words: string[]; results: PagefindResult[] } | undefined;
      for (const fewer of fewerWords(candidate, hits)) {
        const found = await searchWords(pf, fewer, options);
        if (!best || found.length > best.results.length) best = { words: fewer, results: found };
        if (found.length >= FEW) break;
      }
      candidate = best!.words;
      relaxed = best!.results;
    }
    if (relaxed.length <= exact.length || candidate.join(' ') === words.join(' ')) return outcome;
    const known = new Set(exact.map((r) => r.id));
    // With a few hits for all words, the best of the broader search follow them, not its whole tail.
    const extras = relaxed.filter((r) => !known.has(r.id));
    outcome.results = [...exact, ...(exact.length > 0 ? extras.slice(0, PAGE_SIZE) : extras)];
    outcome.relaxedTo = candidate;
    return outcome;
  }

  /**
   * Pagefind may answer a word it does not hold with pages of a shorter one ("integrationskrus" finds
   * "integration"). When no highlighted word of the first hits starts like a typed word, the word is
   * checked against the catalogue's vocabulary and, if unknown there, gets a "Meinten Sie …?".
   */
  async function looseMatches(words: readonly string[], found: readonly PagefindResult[], suggestions: Map<string, string>) {
    const long = words.filter((w) => w.length >= 6 && !/\d/.test(w));
    if (long.length === 0) return;
    const excerpts = await Promise.all(found.slice(0, 5).map((r) => r.data().then((d) => (d as { excerpt?: string }).excerpt ?? '', () => '')));
    const marked = excerpts.flatMap((e) => [...e.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!.toLocaleLowerCase(lang)));
    const unsure = long.filter((w) => !marked.some((m) => m.startsWith(w.slice(0, Math.max(4, w.length - 2)))));
    if (unsure.length === 0) return;
    const vocab = await loadVocabulary().catch(() => [] as string[]);
    for (const word of unsure) {
      if (vocab.some((v) => v.startsWith(word))) continue;
      const suggestion = closestWord(word, vocab);
      if (suggestion) suggestions.set(word, suggestion);
    }
  }

  /** Status text plus, where a word found nothing, a link "Meinten Sie …?" to the corrected query. */
  function announce(message: string, query: string, suggestions: Map<string, string>, extra: string[] = []) {
    const nodes: (string | Node)[] = [[message, ...extra].join(' ')];
    if (suggestions.size > 0) {
      let corrected = query;
      for (const [word, suggestion] of suggestions) {
        const typed = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu').exec(corrected)?.[0] ?? word;
        const cased = typed[0] !== typed[0]!.toLocaleLowerCase(lang) ? suggestion[0]!.toLocaleUpperCase(lang) + suggestion.slice(1) : suggestion;
        corrected = corrected.replace(typed, cased);
      }
      const link = document.createElement('a');
      link.href = `${location.pathname}?q=${encodeURIComponent(corrected)}`;
      link.textContent = corrected;
      link.id = 'did-you-mean';
      nodes.push(' ', help.didYouMeanBefore!, link, help.didYouMeanAfter!);
    }
    status.replaceChildren(...nodes);
  }

  const arabicHint = document.querySelector<HTMLAnchorElement>('#arabic-hint');

  async function run() {
    const current = ++generation;
    const rawQuery = input.value.trim();
    const filters = selectedFilters();
    const filterCount = Object.values(filters).reduce((n, v) => n + v.length, 0);
    const typed = queryWords(rawQuery, lang);
    // A sentence loses its verbs at once; in two words a verb often makes the phrase ("Deutsch lernen").
    const words = typed.words.length >= 3 ? withoutVerbs(typed.words, lang) : typed.words;
    const truncated = typed.truncated;
    const q = rawQuery.length > 60 ? `${rawQuery.slice(0, 60)} …` : rawQuery;
    if (arabicHint) {
      arabicHint.hidden = !/\p{Script=Arabic}/u.test(rawQuery);
      arabicHint.href = `${arabicHint.dataset.base}?q=${encodeURIComponent(rawQuery)}`;
    }
    if (!rawQuery && filterCount === 0) {
      list.replaceChildren();
      empty.hidden = true;
      more.hidden = true;
      status.textContent = text.startHint!;
      return;
    }
    if (rawQuery && words.length === 0 && filterCount === 0) {
      // Only stop words or punctuation: nothing to look for, and nothing to load.
      results = [];
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = false;
      status.textContent = help.onlyStopWords!;
      return;
    }
    status.textContent = text.searching!;
    try {
      const pf = await sorted(await loadPagefind());
      const options: Options = {
        filters: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }])),
      };
      // A place in a longer query: offerings that reach it (src/lib/regions.ts), found by the other words.
      let textWords = words;
      let place: Place | undefined;
      if (words.length >= 2) {
        const found = findPlace(words, await loadPlaces().catch(() => new Map<string, Place>()));
        if (found && found.rest.length > 0) {
          place = found.place;
          textWords = found.rest;
          const placeFilters: Record<string, unknown> = { region: place.facet };
          if (place.gemeinde) placeFilters.ort = { any: [place.gemeinde, 'ueber'] };
          options.filters = { ...(options.filters as object), all: [placeFilters] };
        }
      }
      let outcome: Awaited<ReturnType<typeof searchWithHelp>>;
      if (textWords.length === 0) {
        const response = await pf.search(null, options);
        outcome = { results: response?.results ?? [], filters: response?.filters, relaxedTo: undefined, exactCount: response?.results.length ?? 0, suggestions: new Map() };
      } else outcome = await searchWithHelp(pf, textWords, options);
      if (place && outcome.results.length > 1) {
        // Offerings on the spot rank above those that reach the place from above (a Land or Bund programme).
        const onTheSpot = place.gemeinde ? { ort: place.gemeinde } : { vorort: place.facet };
        const localOptions = { ...options, filters: { ...(options.filters as object), all: [onTheSpot] } };
        const local = new Set((await searchWords(pf, outcome.relaxedTo ?? textWords, localOptions)).map((r) => r.id));
        outcome.results = localFirst(outcome.results, outcome.exactCount, local);
      }
      if (outcome.suggestions.size === 0 && outcome.results.length > 0) await looseMatches(textWords, outcome.results, outcome.suggestions);
      if (current !== generation) return;
      results = outcome.results;
      searchedFor = words.join(' ');
      shown = 0;
      list.replaceChildren();
      updateCounts(outcome.filters);
      if (!(await renderMore())) return;
      empty.hidden = results.length > 0;
      const count = (n: number) => (n === 1 ? text.resultCountOne! : fill(text.resultCount!, { n }));
      const extra: string[] = [];
      if (place) extra.push(`(${fill(help.inPlace!, { place: place.name })})`);
      if (truncated) extra.push(help.shortened!);
      let message: string;
      if (outcome.relaxedTo) {
        const relaxedQuery = outcome.relaxedTo.join(' ');
        message = outcome.exactCount === 0
          ? fill(help.relaxed!, { count: count(results.length), q: relaxedQuery })
          : fill(help.fewRelaxed!, { n: count(outcome.exactCount), q: relaxedQuery });
      } else {
        const parts = [count(results.length)];
        if (rawQuery) parts.push(fill(text.forQuery!, { q }));
        if (filterCount) parts.push(filterCount === 1 ? text.withFilter! : fill(text.withFilters!, { n: filterCount }));
        message = parts.join(' ') + '.';
      }
      announce(message, rawQuery, outcome.suggestions, extra);
    } catch {
      if (current === generation) status.textContent = text.error!;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl(true);
    void run();
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    writeUrl(false);
    void run();
  });
  document.querySelector('#clear-filters')!.addEventListener('click', () => {
    for (const box of checkboxes) box.checked = false;
    writeUrl(false);
    void run();
  });
  more.addEventListener('click', () => {
    const firstNew = shown;
    void renderMore().then((rendered) => {
      if (rendered) list.children[firstNew]?.querySelector('a')?.focus();
    });
  });
  window.addEventListener('popstate', () => {
    readUrl();
    void run();
  });

  readUrl();
  void run();
}
