/** Overlap, coverage, comparison and monitoring pages in Debian's Chromium. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, foreignRequests, useSite } from '../helpers/browser';

const site = useSite();

describe('overlaps', () => {
  it('an offering page lists its strongest overlaps with reasons and all of them as a folded table', async () => {
    const { page } = await site.open('/projekte/wir-vielfaltszentrum-wetzlar/');
    const section = page.locator('section:has(h2#ueberschneidungen)');
    // Overlaps serve professionals: folded below what a citizen needs until someone opens them.
    expect(await section.isVisible()).toBe(false);
    await page.click('details.for-professionals > summary');
    expect(await section.isVisible()).toBe(true);
    const text = await section.innerText();
    const count = Number(text.match(/Überschneidungen \((\d+)\)/)?.[1]);
    expect(count).toBeGreaterThan(5);
    expect(await section.locator('li.card').count()).toBe(5);
    expect(text).toContain('Gemeinsame Handlungsfelder');
    expect(text).toContain('Treffen sich in');
    // Up to a hundred, all of them are on the page itself: a folded table of compact rows, one table per kind.
    expect(await section.getByRole('link', { name: /Alle \d+ Überschneidungen dieses Angebots/ }).count()).toBe(0);
    const table = section.locator('details.overlap-all');
    expect(await table.locator('table').first().isVisible()).toBe(false);
    await section.getByText(`Alle ${count} Überschneidungen als Tabelle`).click();
    const partners = await table.locator('table.overlap-rows tbody tr td:first-child a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(partners).toHaveLength(count);
    expect(new Set(partners).size).toBe(count);
    expect(await table.locator('table.overlap-rows caption').allInnerTexts()).toEqual(['Doppelangebote', 'Förderwege']);
    // The Kreis's and the city's WIR-Vielfaltszentrum both work in Wetzlar: the pair the rule exists to reveal.
    expect(partners).toContain('/projekte/wir-vielfaltszentrum-lahn-dill-kreis/');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('an offering with more overlaps than its page holds links its complete list of compact rows', async () => {
    const { page } = await site.open('/programme/integrationskurse/');
    await page.click('details.for-professionals > summary');
    const section = page.locator('section:has(h2#ueberschneidungen)');
    const count = Number((await section.locator('h2').innerText()).match(/\((\d+)\)/)?.[1]);
    expect(count).toBeGreaterThan(100);
    await section.getByRole('link', { name: `Alle ${count} Überschneidungen dieses Angebots` }).click();
    await page.waitForURL(/\/programme\/integrationskurse\/ueberschneidungen\/$/);
    expect(await page.locator('table.overlap-rows tbody tr').count()).toBe(Math.min(count, 200));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Zurück zum Angebot' }).click();
    await page.waitForURL(/\/programme\/integrationskurse\/$/);
    await page.close();
  });

  it('the overview links each Kreis to its own page, where the pairs meeting there are grouped by field', async () => {
    const { page, requests } = await site.open('/ueberschneidungen/');
    const rows = page.locator('table.overlap-homes tbody tr');
    // The Land and every Kreis and kreisfreie Stadt (27 since Hanau became kreisfrei), each once.
    const names = await rows.locator('th a').allInnerTexts();
    expect(names[0]).toBe('Hessen');
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(28);
    expect(await page.locator('#regel').innerText()).toContain('Regel');
    expect(foreignRequests(requests, site.origin)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    const row = rows.filter({ has: page.getByRole('link', { name: 'Lahn-Dill-Kreis', exact: true }) });
    const doubles = Number((await row.locator('td').first().innerText()).replace(/\D/g, ''));
    await row.getByRole('link').click();
    await page.waitForURL(/\/ueberschneidungen\/lahn-dill-kreis\/$/);
    expect(await page.locator('h1').innerText()).toBe('Überschneidungen in Lahn-Dill-Kreis');
    expect(await page.locator('h2#doppelangebot-titel').innerText()).toBe(`Doppelangebote (${doubles})`);
    // The two WIR-Vielfaltszentren meet in Wetzlar, inside the Kreis: one row of the Doppelangebote.
    const pair = page.locator('section:has(h2#doppelangebot-titel) tr', { hasText: 'WIR-Vielfaltszentrum der Stadt Wetzlar' }).filter({ hasText: 'WIR-Vielfaltszentrum des Lahn-Dill-Kreises' }).first();
    expect(await pair.locator('td').nth(1).innerText()).toBe('Wetzlar');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('coverage', () => {
  it('shows the matrix with model regions first and gaps marked in words', async () => {
    const { page } = await site.open('/abdeckung/');
    const firstRows = await page.locator('table.matrix tbody tr:not(.block-row) th[scope=row]').allInnerTexts();
    expect(firstRows.slice(0, 7)).toEqual(['Hanau', 'Hochtaunuskreis', 'Kassel', 'Main-Kinzig-Kreis', 'Offenbach am Main', 'Wetzlar', 'Wiesbaden']);
    expect(firstRows).toContain('Werra-Meißner-Kreis');
    // Seven model regions, then Hessen and the 21 Kreise that are not model regions: every Kreis once.
    expect(firstRows).toHaveLength(7 + 1 + 21);
    expect(new Set(firstRows).size).toBe(firstRows.length);
    const gapCells = page.locator('td.gap');
    expect(await gapCells.count()).toBeGreaterThan(0);
    expect(await gapCells.first().textContent()).toContain('Lücke');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('comparison', () => {
  it('picks regions, shows only their columns and keeps them in the URL', async () => {
    const { page } = await site.open('/vergleich/');
    const visibleHeads = () => page.locator('table.compare thead th[data-col]:visible').allInnerTexts();
    expect((await visibleHeads()).length).toBe(2);
    await page.getByLabel('Wetzlar', { exact: true }).check();
    await page.getByLabel('Landkreis Fulda', { exact: true }).check();
    expect((await visibleHeads()).map((h) => h.split('\n')[0])).toEqual(['Hanau', 'Hochtaunuskreis', 'Wetzlar', 'Landkreis Fulda']);
    expect(await page.getByLabel('Kassel', { exact: true }).isDisabled()).toBe(true);
    expect(page.url()).toContain('regionen=hanau,hochtaunuskreis,wetzlar,landkreis-fulda');
    expect(await axeViolations(page)).toEqual([]);
    const shared = await site.browser.newPage();
    await shared.goto(`${site.origin}/vergleich/?regionen=kassel,wiesbaden`, { waitUntil: 'networkidle' });
    expect((await shared.locator('table.compare thead th[data-col]:visible').allInnerTexts()).map((h) => h.split('\n')[0])).toEqual(['Kassel', 'Wiesbaden']);
    await shared.close();
    await page.close();
  });
});

describe('monitoring', () => {
  it('draws charts as SVG with a text alternative and passes axe', async () => {
    const { page } = await site.open('/monitoring/');
    expect(await page.locator('figure svg[role=img]').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('figure svg title').first().textContent()).toMatch(/Sprache: \d+/);
    expect(await page.locator('figure details table').count()).toBe(await page.locator('figure svg').count());
    expect(await page.locator('body').innerText()).toContain('WIR-Vielfaltszentren'); // funding named by real projects
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
