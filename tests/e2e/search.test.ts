/** Search in Debian's Chromium over the real Pagefind index of the built site. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, foreignRequests, recordRequests, useSite } from '../helpers/browser';

const site = useSite();

const openSearch = (query = '') => site.open(`/suche/${query}`);

async function typeQuery(page: Page, query: string) {
  await page.fill('#q', query);
  await page.press('#q', 'Enter');
  await page.waitForFunction(() => /Treffer/.test(document.querySelector('#search-status')?.textContent ?? ''));
}

const titles = (page: Page) => page.locator('#results h3').allInnerTexts();

/** Clicks "Weitere Treffer anzeigen" until every hit is listed. */
async function showAll(page: Page) {
  while (await page.locator('#more:not([hidden])').count()) {
    const before = await page.locator('#results li').count();
    await page.click('#more');
    await page.waitForFunction((n) => document.querySelectorAll('#results li').length > n, before);
  }
}

describe('search page', () => {
  it('finds a programme by a word of its summary', async () => {
    const { page, requests } = await openSearch();
    await typeQuery(page, 'Kooperationsschulen');
    expect(await titles(page)).toContain('Respekt Coaches');
    expect(await page.locator('#search-status').innerText()).toMatch(/^\d+ Treffer für „Kooperationsschulen“\.$/);
    expect(page.url()).toContain('/suche/?q=Kooperationsschulen');
    expect(foreignRequests(requests, site.origin)).toEqual([]);
    await page.close();
  });

  it('finds a project by a part of a compound word (Sprachcafé → Café)', async () => {
    const { page } = await openSearch();
    await typeQuery(page, 'Café');
    await showAll(page);
    // Its title and summary hold "Café" only inside the compounds "Sprachcafé" and "Kulturcafé".
    expect(await titles(page)).toContain('„Babbel“-Sprachcafé im Kulturcafé Windrose, Oberursel');
    await page.close();
  });

  it('finds a Gemeinde by its name', async () => {
    const { page } = await openSearch();
    await typeQuery(page, 'Bad Homburg');
    expect(await titles(page)).toContain('Bad Homburg v. d. Höhe');
    await page.close();
  });

  it('shows type, region, period and summary for each result', async () => {
    const { page } = await openSearch('?q=Kooperationsschulen');
    await page.waitForSelector('#results li');
    const first = page.locator('#results li').filter({ hasText: 'Respekt Coaches' });
    expect(await first.locator('.meta').innerText()).toMatch(/^Programm · Deutschland · seit \d{4} · läuft$/);
    expect(await first.locator('.summary').innerText()).toContain('Jugendmigrationsdienste');
    await page.close();
  });

  it('the region facet includes programmes available there through the tree', async () => {
    const { page } = await openSearch();
    await page.getByLabel(/^Kassel \(\d+\)$/).check();
    await page.waitForFunction(() => /Treffer/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await page.waitForFunction(() => document.querySelectorAll('#results li').length >= 10);
    await showAll(page);
    const hits = await titles(page);
    expect(hits).toContain('WIR-Vielfaltszentrum der Stadt Kassel'); // located in Kassel
    expect(hits).toContain('Integrationskurs'); // Bund programme
    expect(hits).toContain('Hessischer Integrations- und Teilhabepreis (früher: Hessischer Integrationspreis)'); // Land programme
    expect(hits).not.toContain('Integrationslotsinnen und -lotsen in Wetzlar'); // Wetzlar project
    expect(page.url()).toContain('region=Kassel');
    await page.close();
  });

  it('a shared URL restores query and filters', async () => {
    const { page } = await openSearch('?q=Beratung&region=Offenbach+am+Main&art=Projekt');
    await page.waitForFunction(() => /Treffer/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.inputValue('#q')).toBe('Beratung');
    expect(await page.getByLabel(/^Offenbach am Main \(\d+\)$/).isChecked()).toBe(true);
    expect(await page.getByLabel(/^Projekt \(\d+\)$/).isChecked()).toBe(true);
    const hits = await titles(page);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits).toContain('WIR-Vielfaltszentrum Offenbach');
    expect(await page.locator('#search-status').innerText()).toMatch(/für „Beratung“ mit 2 Filtern/);
    await page.close();
  });

  it('helps when nothing is found', async () => {
    const { page } = await openSearch();
    await typeQuery(page, 'Xylophonunterricht');
    expect(await page.locator('#search-status').innerText()).toBe('0 Treffer für „Xylophonunterricht“.');
    expect(await page.locator('#no-results').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('does not index notes that many pages repeat (map licence, overlaps summary, "only in German", dates a source was read)', async () => {
    // What Pagefind holds for a page: its fragment, found through the index of the page's language.
    const indexedText = async (searchPage: string, query: string, url: string) => {
      const { page } = await site.open(searchPage);
      // A string, not a function: vitest would rewrite the dynamic import of a function.
      const content = (await page.evaluate(`(async () => {
        const pf = await import('/pagefind/pagefind.js');
        for (const result of (await pf.search(${JSON.stringify(query)})).results) {
          const data = await result.data();
          if (data.url === ${JSON.stringify(url)}) return data.content;
        }
        return null;
      })()`)) as string | null;
      await page.close();
      return content;
    };
    // [language, its search page, the page, a word of the page that finds it, the notes]
    for (const [lang, searchPage, url, query, notes] of [
      ['de', '/suche/', '/projekte/integrationskurse-vhs-offenbach/', 'Offenbach', ['Kartengrundlage', 'GeoBasis', 'Für Fachleute', 'abgerufen am']],
      ['en', '/en/suche/', '/en/projekte/integrationskurse-vhs-offenbach/', 'Offenbach', ['GeoBasis', 'For professionals', 'Only available in German', 'accessed on']],
      ['ar', '/ar/suche/', '/ar/projekte/integrationskurse-vhs-offenbach/', 'Offenbach', ['GeoBasis']],
    ] as const) {
      // The page shows each note …
      const { page } = await site.open(url);
      const shown = await page.locator('main').innerText();
      await page.close();
      for (const note of notes) expect(shown, `${url}: ${note}`).toContain(note);
      // … and its indexed text, which still holds the page's own words, does not.
      const text = await indexedText(searchPage, query, url);
      expect(text, `${lang}: ${url} im Index`).toContain('Offenbach');
      // Sources stay searchable by their titles, without the date they were read.
      expect(text, `${url}: Quellen`).toContain('Stadt Offenbach: Integrationskurse');
      for (const note of notes) expect(text, `${url}: ${note}`).not.toContain(note);
    }
  });

  it('has no accessibility violations with results and with every facet open', async () => {
    const { page } = await openSearch('?q=Sprache');
    await page.waitForSelector('#results li');
    expect(await axeViolations(page)).toEqual([]);
    while (await page.locator('.facets details:not([open])').count()) await page.locator('.facets details:not([open]) summary').first().click();
    expect(await page.locator('.facets details:not([open])').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('works by keyboard: type, submit, reach the first result', async () => {
    const { page } = await openSearch();
    const activeId = () => page.evaluate(() => document.activeElement?.id);
    // From the top of the page to the search field with Tab only, as a keyboard user does.
    for (let steps = 0; (await activeId()) !== 'q' && steps < 60; steps++) await page.keyboard.press('Tab');
    expect(await activeId()).toBe('q');
    await page.keyboard.type('Integrationskurs');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#results li a');
    // Then on with Tab until focus reaches the results: the first link there is the first result.
    const inResults = () => page.evaluate(() => Boolean(document.activeElement?.closest('#results')));
    for (let steps = 0; !(await inResults()) && steps < 200; steps++) await page.keyboard.press('Tab');
    expect(await inResults()).toBe(true);
    const first = await page.locator('#results li a').first().textContent();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(first);
    await page.close();
  });

  it('a slow "more" of an older search adds nothing to a newer one', async () => {
    const { page } = await openSearch('?q=Integration');
    await page.waitForSelector('#more:not([hidden])');
    // Hold the result fragments the "more" click asks for until the newer search has rendered.
    const held: (() => Promise<void>)[] = [];
    const heldUrls = new Set<string>();
    const finished = new Set<string>();
    page.on('requestfinished', (request) => finished.add(request.url()));
    let holding = true;
    await page.route('**/pagefind/fragment/**', (route) => {
      if (!holding) return route.continue();
      heldUrls.add(route.request().url());
      held.push(() => route.continue());
    });
    await page.click('#more');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    holding = false;
    await page.fill('#q', 'Kooperationsschulen');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => /Treffer für „Kooperationsschulen“/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const count = Number((await page.locator('#search-status').innerText()).match(/^(\d+)/)?.[1]);
    await Promise.all(held.map((release) => release()));
    // Let the older batch arrive and its handler run before counting.
    await expect.poll(() => [...heldUrls].every((url) => finished.has(url))).toBe(true);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(await page.locator('#results li').count()).toBe(Math.min(count, 10));
    expect(await titles(page)).toContain('Respekt Coaches');
    await page.close();
  });
});

describe('search JavaScript', () => {
  it('is loaded only by the search page', async () => {
    const page = await site.browser.newPage();
    const requests = recordRequests(page);
    await page.goto(`${site.origin}/programme/integrationskurse/`, { waitUntil: 'networkidle' });
    expect(requests.filter((u) => u.endsWith('.js'))).toEqual([]);
    await page.close();
  });
});
