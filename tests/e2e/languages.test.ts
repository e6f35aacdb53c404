/** English and Arabic in Debian's Chromium: accessibility, the language switcher, right-to-left layout and search per language. */
import { describe, expect, it } from 'vitest';
import { axeViolations, foreignRequests, useSite } from '../helpers/browser';

const site = useSite();

describe('pages in three languages', () => {
  it.each(['/leichte-sprache/', '/en/programme/integrationskurse/', '/ar/regionen/kassel/', '/ar/', '/en/programme/amif-2021-2027/'])(
    '%s has no accessibility violations (WCAG 2.1 A/AA)',
    async (path) => {
      const { page, status } = await site.open(path);
      expect(status).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );

  it('the language switcher keeps the page', async () => {
    const { page } = await site.open('/en/regionen/kassel/');
    await page.getByRole('navigation', { name: 'Choose language' }).getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL('**/ar/regionen/kassel/');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('h1').innerText()).toBe('Kassel');
    await page.getByRole('navigation', { name: 'اختر اللغة' }).getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL((url) => url.pathname === '/regionen/kassel/');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await page.close();
  });

  it('Arabic pages are mirrored and nothing overflows at 390 px', async () => {
    for (const path of ['/ar/', '/ar/programme/integrationskurse/', '/ar/regionen/kassel/']) {
      const { page } = await site.open(path, 390);
      const layout = await page.evaluate(() => {
        // The heading's text itself (a block is full width either way), against the content column.
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('h1')!);
        const text = range.getBoundingClientRect();
        const wrap = document.querySelector('main .wrap')!;
        const main = wrap.getBoundingClientRect();
        const style = getComputedStyle(wrap);
        const contentRight = main.right - parseFloat(style.paddingRight);
        const contentLeft = main.left + parseFloat(style.paddingLeft);
        return { scroll: document.documentElement.scrollWidth, direction: getComputedStyle(document.body).direction, gapRight: contentRight - text.right, gapLeft: text.left - contentLeft };
      });
      expect(layout.scroll, path).toBeLessThanOrEqual(390);
      expect(layout.direction).toBe('rtl');
      // Right to left: the heading starts at the right edge of the content column; short headings leave room on the left.
      expect(layout.gapRight, path).toBeLessThan(2);
      expect(layout.gapLeft, path).toBeGreaterThanOrEqual(layout.gapRight);
      await page.close();
    }
  });
});

describe('search per language', () => {
  it('English search finds a translated programme, in English, with English interface text', async () => {
    const { page, requests } = await site.open('/en/suche/?q=Integration+course');
    await page.waitForSelector('#results li');
    const titles = await page.locator('#results h3').allInnerTexts();
    expect(titles).toContain('Integration course');
    expect(await page.locator('#search-status').innerText()).toMatch(/^\d+ results? for “Integration course”\.$/);
    expect(await page.locator('.facets summary').allInnerTexts()).toContain('Languages');
    const hit = page.locator('#results li').filter({ hasText: 'Integration course' }).first();
    expect(await hit.locator('a').getAttribute('href')).toBe('/en/programme/integrationskurse/');
    expect(foreignRequests(requests, site.origin)).toEqual([]);
    await page.close();
  });

  it('Arabic search finds a translated programme in the Arabic index', async () => {
    const { page } = await site.open('/ar/suche/?q=الاندماج');
    await page.waitForSelector('#results li');
    const titles = await page.locator('#results h3').allInnerTexts();
    expect(titles).toContain('دورة الاندماج');
    expect(await page.locator('#results a').first().getAttribute('href')).toMatch(/^\/ar\//);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('marks German results on the English page as German and filters by language of the offering', async () => {
    const { page } = await site.open('/en/suche/?sprache=Arabic');
    await page.waitForSelector('#results li');
    expect(await page.getByLabel(/^Arabic \(\d+\)$/).isChecked()).toBe(true);
    const langs = await page.locator('#results h3 a').evaluateAll((links) => links.map((a) => (a as HTMLElement).lang));
    expect(langs.length).toBeGreaterThan(0);
    expect(langs).toContain('de');
    expect(langs.every((l) => l === '' || l === 'de')).toBe(true);
    await page.close();
  });
});
