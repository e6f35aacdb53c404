/**
 * Query help on the search page in Chromium over the real index: fewer words when all find nothing,
 * "Meinten Sie …?" in every language, place queries, and calm answers to bad input (no exception in
 * the console, no hang), with axe-core at zero violations.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useSite } from '../helpers/browser';
import { allHits, searchPath, waitForAnswer } from '../search/run-query';

const site = useSite();

/** Opens a search, records console errors and uncaught exceptions, waits for the answer. */
async function search(lang: 'de' | 'en' | 'ar', query: string, width = 1280) {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(site.origin + searchPath(lang, query), { waitUntil: 'networkidle' });
  await waitForAnswer(page);
  const status = (await page.locator('#search-status').innerText()).trim();
  return { page, problems, requests, status };
}

const titles = (page: Page) => page.locator('#results h3').allInnerTexts();

describe('fewer words when all words find nothing', () => {
  it('says so, in German, English and Arabic', async () => {
    const cases = [
      { lang: 'de', query: 'Beratung Xylophonunterricht', status: /^Keine Treffer für alle Wörter – \d+ Treffer für „beratung“\./ },
      { lang: 'en', query: 'counselling xylophone', status: /^No results for all words – \d+ results? for “counselling”\./ },
      { lang: 'ar', query: 'استشارة إكسيليفون', status: /^لا توجد نتائج لكل الكلمات – .+ للبحث عن «استشارة»\./ },
    ] as const;
    for (const c of cases) {
      const { page, problems, status } = await search(c.lang, c.query);
      expect(status).toMatch(c.status);
      expect(await page.locator('#results li').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('answers a long question with verbs (it found nothing before)', async () => {
    const { page, status } = await search('de', 'Wo finde ich Hilfe für Geflüchtete in Hanau?');
    expect(status).not.toMatch(/^0 Treffer/);
    const hits = await allHits(page);
    expect(hits.slice(0, 3)).toEqual(expect.arrayContaining(['projects/fluechtlingsberatung-diakonische-fluechtlingshilfe-hanau']));
    await page.close();
  });

  it('finds the offerings of both parts of a typed compound', async () => {
    const { page } = await search('de', 'Sportverein');
    const hits = await allHits(page);
    expect(hits).toEqual(expect.arrayContaining(['programs/integration-durch-sport', 'programs/sport-integriert-hessen']));
    await page.close();
  });
});

describe('"Meinten Sie …?"', () => {
  it('offers the catalogue word for a misspelled one, as a link that finds it', async () => {
    const { page, problems, status } = await search('de', 'Integrationskrus');
    expect(status).toContain('Meinten Sie „Integrationskurs“?');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#did-you-mean');
    await waitForAnswer(page);
    expect((await titles(page))[0]).toBe('Integrationskurs');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('does so on the English and the Arabic page', async () => {
    const en = await search('en', 'interpeter');
    expect(en.status).toContain('Did you mean “interpreter”?');
    await en.page.close();
    const ar = await search('ar', 'مترحم');
    expect(ar.status).toMatch(/هل تقصدون «مترجم»؟/);
    await ar.page.close();
  });
});

describe('bad input gets a calm answer', () => {
  it('a query of 2,000 characters', async () => {
    const { page, problems, status } = await search('de', 'Deutschkurs '.repeat(167).slice(0, 2000));
    expect(status).toContain('Die Eingabe war sehr lang');
    expect(await page.locator('#results li').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('only stop words, only punctuation: help text, nothing loaded from the index', async () => {
    for (const query of ['und oder für die', '?!… /// --']) {
      const { page, problems, requests, status } = await search('de', query);
      expect(status).toMatch(/^Ihre Eingabe enthält kein Suchwort\./);
      expect(await page.locator('#no-results').isVisible()).toBe(true);
      expect(requests.filter((p) => p.includes('/pagefind/'))).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('Arabic script on the German page: an answer and the way to the Arabic search', async () => {
    const { page, problems, status } = await search('de', 'دورة لغة ألمانية');
    expect(status).toMatch(/Treffer/);
    const hint = page.locator('#arabic-hint');
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.getAttribute('href')).toBe(`/ar/suche/?q=${encodeURIComponent('دورة لغة ألمانية')}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a pasted web address finds what its words name', async () => {
    const { page, problems } = await search('de', 'https://www.bamf.de/DE/Themen/Integration/ZugewanderteTeilnehmende/Integrationskurse/integrationskurse-node.html');
    expect(await allHits(page)).toContain('programs/integrationskurse');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('weight', () => {
  it('a one-word search loads neither the place table, the vocabulary nor the sort table', async () => {
    const { page, requests } = await search('de', 'Sprache');
    expect(requests.filter((p) => p.includes('/suche/orte.json') || p.includes('/suche/wortschatz/') || p.includes('/suche/sortierung/'))).toEqual([]);
    await page.close();
  });

  it('sorting loads the sort table (not a second index) and sorts by title', async () => {
    const { page, requests } = await search('de', 'Integrationslotsen');
    await page.selectOption('#sort', 'titel');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('sort') === 'titel');
    await waitForAnswer(page);
    await page.waitForLoadState('networkidle');
    expect(requests).toContain('/suche/sortierung/de.json');
    expect(requests.filter((p) => p.endsWith('/pagefind.js'))).toEqual(['/pagefind/pagefind.js']);
    const shown = await titles(page);
    expect(shown.length).toBeGreaterThan(3);
    expect(shown).toEqual([...shown].sort((a, b) => a.toLocaleLowerCase('de').localeCompare(b.toLocaleLowerCase('de'), 'de')));
    await page.close();
  });

  it('sorting by start lists only offerings, newest first, in English too', async () => {
    const catalogue = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../dist/data/catalogue.json'), 'utf8')) as Record<'programs' | 'projects', { id: string; period: { start: string } }[]>;
    const start = new Map<string, string>([...catalogue.programs.map((p) => [`programs/${p.id}`, p.period.start] as const), ...catalogue.projects.map((p) => [`projects/${p.id}`, p.period.start] as const)]);
    const { page, requests } = await search('en', 'language');
    await page.selectOption('#sort', 'beginn');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('sort') === 'beginn');
    await waitForAnswer(page);
    const hits = await allHits(page);
    expect(requests).toContain('/suche/sortierung/en.json');
    expect(hits.length).toBeGreaterThan(5);
    const starts = hits.map((h) => start.get(h));
    expect(starts.every((s) => s !== undefined)).toBe(true);
    expect(starts).toEqual([...starts].sort().reverse());
    await page.close();
  });
});
