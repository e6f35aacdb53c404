/**
 * The pages' Content-Security-Policy in Debian's Chromium: every page type loads and works without a
 * single violation (search with Pagefind's WebAssembly, the comparison picker, the overlap filter, maps).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser';

const site = useSite();

/** Opens a page that reports every CSP violation it meets (the listener is installed before any script). */
async function openWatched(path: string): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  return { page, violations: async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...console] };
}

describe('content security policy in Chromium', () => {
  const pages = [
    '/', '/programme/', '/programme/integrationskurse/', '/projekte/weststadtbuero-hanau/', '/programme/integrationskurse/ueberschneidungen/', '/ueberschneidungen/kassel/',
    '/regionen/', '/regionen/wetzlar/', '/handlungsfelder/sprache/', '/abdeckung/', '/abdeckung/sprache/', '/monitoring/', '/daten/',
    '/mitmachen/', '/ar/regionen/kassel/', '/en/abdeckung/sprache/',
  ];
  it.each(pages)('%s shows without a violation', async (path) => {
    const { page, violations } = await openWatched(path);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('a patterned map shape keeps its pattern without an inline style', async () => {
    const { page, violations } = await openWatched('/abdeckung/sprache/');
    const fills = await page.locator('path.patterned').evaluateAll((paths) => paths.map((p) => getComputedStyle(p).fill));
    expect(fills.length).toBeGreaterThan(0);
    for (const fill of fills) expect(fill).toMatch(/^url\("?#/);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('search runs Pagefind (WebAssembly) and shows results', async () => {
    const { page, violations } = await openWatched('/suche/?q=Integrationskurs');
    await page.waitForSelector('#results li');
    expect(await page.locator('#results li').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('the comparison picker hides and shows columns', async () => {
    const { page, violations } = await openWatched('/vergleich/?regionen=kassel,wiesbaden');
    const heads = () => page.locator('table.compare thead th[data-col]:visible').allInnerTexts();
    expect((await heads()).map((h) => h.split('\n')[0])).toEqual(['Kassel', 'Wiesbaden']);
    await page.check('input[name=regionen][value=wetzlar]');
    expect((await heads()).map((h) => h.split('\n')[0])).toContain('Wetzlar');
    expect(await violations()).toEqual([]);
    await page.close();
  });
});
