/** The Angebotsfinder in Debian's Chromium: place → need → answer, with JavaScript on and off, in three languages. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, foreignRequests, useSite } from '../helpers/browser';

const site = useSite();

/** Headings of the answer's sections, in order. */
const sectionHeadings = (page: Page) => page.locator('.finder-section h2').allInnerTexts();

async function expectKasselLanguageAnswer(page: Page, sections: RegExp[]) {
  const headings = await sectionHeadings(page);
  expect(headings.length).toBe(sections.length);
  sections.forEach((pattern, i) => expect(headings[i]).toMatch(pattern));
  // The first entries are located in Kassel: their meta line names it.
  const firstMeta = await page.locator('.finder-section').first().locator('.finder-card .meta').allInnerTexts();
  expect(firstMeta.length).toBeGreaterThan(0);
  for (const meta of firstMeta) expect(meta).toContain('Kassel');
}

describe('Angebotsfinder with JavaScript', () => {
  it('leads from a typed place and a need to an answer in Kassel, then Hessen, then Germany (two choices)', async () => {
    const { page, requests } = await site.open('/finden/');
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#place-q', 'Kass');
    await page.waitForSelector('#place-options [role=option]');
    const options = await page.locator('#place-options [role=option]').allInnerTexts();
    expect(options[0]).toBe('Kassel');
    expect(options).toContain('Landkreis Kassel');
    await page.press('#place-q', 'Enter');
    await page.waitForURL('**/finden/kassel/');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('a.need[data-field=sprache]');
    await page.waitForURL('**/finden/kassel/sprache/');
    await expectKasselLanguageAnswer(page, [/^In Kassel/, /^In ganz Hessen/, /^In ganz Deutschland/]);
    expect(await page.locator('.finder-card h3').allInnerTexts()).toContain('Integrationskurs');
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests(requests, site.origin)).toEqual([]);
    await page.close();
  });

  it('chooses a suggestion by keyboard and offers "Meinten Sie …?" for a typo', async () => {
    const { page } = await site.open('/finden/');
    await page.fill('#place-q', 'Herbo');
    await page.waitForSelector('#place-options [role=option]');
    await page.press('#place-q', 'ArrowDown');
    expect(await page.getAttribute('#place-q', 'aria-activedescendant')).toBe('place-option-0');
    await page.fill('#place-q', 'Kasel');
    await page.press('#place-q', 'Enter');
    await page.waitForSelector('#place-status a');
    expect(await page.locator('#place-status').innerText()).toMatch(/„Kasel“ haben wir nicht gefunden.*Meinten Sie Kassel\?/s);
    expect(await page.getAttribute('#place-status a', 'href')).toBe('/finden/kassel/');
    await page.close();
  });

  it('answers a postcode, an empty field and a very long input calmly, without errors', async () => {
    const { page } = await site.open('/finden/');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.fill('#place-q', '34117');
    await page.press('#place-q', 'Enter');
    await page.waitForFunction(() => (document.querySelector('#place-status')?.textContent ?? '').length > 0);
    expect(await page.locator('#place-status').innerText()).toMatch(/Postleitzahlen kennt der Finder noch nicht/);
    await page.fill('#place-q', '');
    await page.press('#place-q', 'Enter');
    expect(page.url()).toMatch(/\/finden\/$/);
    await page.fill('#place-q', 'x'.repeat(2000));
    await page.press('#place-q', 'Enter');
    await page.waitForFunction(() => /nicht gefunden/.test(document.querySelector('#place-status')?.textContent ?? ''));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps "Für wen?" in the URL and filters the answer', async () => {
    const { page } = await site.open('/finden/kassel/sprache/');
    const all = await page.locator('.finder-card:visible').count();
    const kinder = page.locator('#fuer-kinder');
    if ((await kinder.count()) === 0) throw new Error('Kassel × Sprache should offer a group filter with Kinder');
    await page.check('#fuer-kinder');
    expect(page.url()).toContain('?fuer=kinder');
    const shown = await page.locator('.finder-card:visible').count();
    expect(shown).toBeLessThan(all);
    for (const groups of await page.locator('.finder-card:visible').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-groups')))) {
      expect(groups!.split(' ')).toContain('kinder');
    }
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.isChecked('#fuer-kinder')).toBe(true);
    await page.close();
  });

  it('works the same in English and in Arabic (right to left)', async () => {
    for (const [prefix, first, above] of [
      ['/en', /^In Kassel/, [/^In all of Hesse/, /^In all of Germany/]],
      ['/ar', /^في Kassel/, [/^في كل ولاية هسن/, /^في كل ألمانيا/]],
    ] as const) {
      const { page } = await site.open(`${prefix}/finden/`);
      expect(await page.getAttribute('html', 'lang')).toBe(prefix.slice(1));
      await page.fill('#place-q', 'Kassel');
      await page.waitForSelector('#place-options [role=option]');
      await page.press('#place-q', 'Enter');
      await page.waitForURL(`**${prefix}/finden/kassel/`);
      expect(await axeViolations(page)).toEqual([]);
      await page.click('a.need[data-field=sprache]');
      await page.waitForURL(`**${prefix}/finden/kassel/sprache/`);
      if (prefix === '/ar') expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      await expectKasselLanguageAnswer(page, [first, ...above]);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });
});

describe('Angebotsfinder without JavaScript', () => {
  it('reaches the answer through the A–Z list, and "Für wen?" still filters', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/finden/`);
    expect(await page.isVisible('#place-field')).toBe(false);
    await page.click('.kreis-list summary:has-text("Lahn-Dill-Kreis")');
    await page.click('.kreis-list a:text-is("Wetzlar")');
    await page.waitForURL('**/finden/wetzlar/');
    await page.click('a.need[data-field=sprache]');
    await page.waitForURL('**/finden/wetzlar/sprache/');
    const headings = await sectionHeadings(page);
    expect(headings[0]).toMatch(/^In Wetzlar/);
    expect(headings[1]).toMatch(/^Im Kreis: Lahn-Dill-Kreis/);
    expect(headings).toContainEqual(expect.stringMatching(/^In ganz Hessen/));
    // No script runs in this context (axe is run on the same pages with JavaScript above); locators still read the page.
    const before = await page.locator('.finder-card:visible').count();
    const group = await page.locator('input[name=fuer]').nth(1).getAttribute('value');
    expect(group).toBeTruthy();
    await page.check(`#fuer-${group}`);
    const visible = page.locator('.finder-card:visible');
    const after = await visible.count();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    for (let i = 0; i < after; i++) expect((await visible.nth(i).getAttribute('data-groups'))!.split(' ')).toContain(group);
    await context.close();
  });

  it('a Gemeinde without its own offerings is answered by its Kreis, and the choice stays in the URL', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/finden/ahnatal/`);
    const href = await page.getAttribute('a.need[data-field=gesundheit]', 'href');
    expect(href).toBe('/finden/landkreis-kassel/gesundheit/?ort=ahnatal');
    await context.close();
  });

  it('a hand-edited address gets help, not a bare 404: the finder and the A–Z list', async () => {
    const { page, status } = await site.open('/finden/gibt-es-nicht/sprache/');
    expect(status).toBe(404);
    expect(await page.locator('a', { hasText: 'Mit dem Angebotsfinder neu beginnen' }).count()).toBe(1);
    expect(await page.locator('.kreis-list > li').count()).toBe(27);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('Angebotsfinder at scale', () => {
  it('shows a few Land- and Bund-wide offerings on an answer and links one shared list of all of them', async () => {
    const { page } = await site.open('/finden/kassel/sprache/');
    for (const key of ['land', 'bund']) {
      const section = page.locator('.finder-section', { has: page.locator(`#abschnitt-${key}`) });
      const shown = await section.locator('.finder-card').count();
      const total = Number((await section.locator('h2 .count').innerText()).replace(/\D/g, ''));
      expect(shown, key).toBeGreaterThan(0);
      expect(shown, key).toBeLessThanOrEqual(3);
      expect(total, key).toBeGreaterThanOrEqual(shown);
    }
    const link = page.locator('.finder-everywhere a');
    const total = Number((await link.innerText()).match(/\d+/)![0]);
    await link.click();
    await page.waitForURL('**/finden/ueberall/sprache/');
    // The shared list holds every one the link counted, under the same level headings.
    const counts = (await page.locator('.finder-section h2 .count').allInnerTexts()).map((c) => Number(c.replace(/\D/g, '')));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(await page.locator('.finder-card').count()).toBe(Math.min(total, 50));
    expect(await page.locator('.finder-card h3').allInnerTexts()).toContain('Integrationskurs');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('Angebotsfinder handout', () => {
  it('prints a typical answer on at most two A4 pages with the QR code and the addresses', async () => {
    const { page } = await site.open('/finden/wiesbaden/sprache/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.qr svg')).toBe(true);
    expect(await page.isVisible('.site-header')).toBe(false);
    // The address rows stay in print (an address in Wiesbaden itself is among them).
    const addresses = page.locator('dd.fact-contact:visible', { hasText: 'Wiesbaden' });
    expect(await addresses.count()).toBeGreaterThan(0);
    expect(await page.locator('.qr figcaption').innerText()).toContain('/finden/wiesbaden/sprache/');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.close();
  });
});

describe('Angebotsfinder offline', () => {
  it('keeps a visited answer page and an offering page when the network is gone, and says so', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/finden/kassel/sprache/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('#offline-hint:not([hidden])');
    expect(await page.locator('#offline-hint').innerText()).toMatch(/Offline gespeichert/);
    // The worker controls the site from now on: open the pages once while online.
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await page.goto(`${site.origin}/projekte/integrationskurse-vhs-region-kassel/`, { waitUntil: 'networkidle' });
    await context.setOffline(true);
    for (const [path, title] of [
      ['/finden/kassel/sprache/', /Deutsch lernen – Kassel/],
      ['/projekte/integrationskurse-vhs-region-kassel/', /Volkshochschule Region Kassel/],
    ] as const) {
      const response = await page.goto(`${site.origin}${path}`);
      expect(response?.ok()).toBe(true);
      expect(await page.locator('h1').innerText()).toMatch(title);
    }
    await context.close();
  });
});
