/**
 * The search page's behaviour: reads query, filters and sort from the URL, asks Pagefind, renders
 * results into the list and announces the count in a live region. Only /suche/ loads this.
 */

interface PagefindResult {
  id: string;
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

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  if (!form) return;
  const text = JSON.parse(document.querySelector('#search-text')!.textContent!) as Record<string, string>;
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
      await pf.options({ excerptLength: 24 });
      return pf;
    }));

  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;

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
    const data = await Promise.all(batch.map((r) => r.data()));
    if (started !== generation) return false;
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

  async function run() {
    const current = ++generation;
    const q = input.value.trim();
    const filters = selectedFilters();
    const filterCount = Object.values(filters).reduce((n, v) => n + v.length, 0);
    if (!q && filterCount === 0) {
      list.replaceChildren();
      empty.hidden = true;
      more.hidden = true;
      status.textContent = text.startHint!;
      return;
    }
    status.textContent = text.searching!;
    try {
      const pf = await loadPagefind();
      const options: Record<string, unknown> = {
        filters: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }])),
      };
      if (sort.value === 'titel') options.sort = { titel: 'asc' };
      if (sort.value === 'beginn') options.sort = { beginn: 'desc' };
      const response = await pf.search(q || null, options);
      if (current !== generation || !response) return;
      results = response.results;
      shown = 0;
      list.replaceChildren();
      updateCounts(response.filters);
      if (!(await renderMore())) return;
      empty.hidden = results.length > 0;
      const parts = [results.length === 1 ? text.resultCountOne! : fill(text.resultCount!, { n: results.length })];
      if (q) parts.push(fill(text.forQuery!, { q }));
      if (filterCount) parts.push(filterCount === 1 ? text.withFilter! : fill(text.withFilters!, { n: filterCount }));
      status.textContent = parts.join(' ') + '.';
    } catch {
      status.textContent = text.error!;
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
