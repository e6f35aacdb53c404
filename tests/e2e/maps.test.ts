/** Maps and places in Debian's Chromium: the Kreis map by keyboard, choropleths, a Gemeinde page. */
import { describe, expect, it } from 'vitest';
import { axeViolations, foreignRequests, useSite } from '../helpers/browser';

const site = useSite();

describe('maps', () => {
  it('opens a Kreis from the /regionen/ map by keyboard alone', async () => {
    const { page, requests } = await site.open('/regionen/');
    expect(await page.locator('.kreis-map svg a').count()).toBe(27);
    // Tab until the focus is on the Landkreis Gießen shape, then press Enter.
    let label = '';
    for (let i = 0; i < 80 && !label.startsWith('Landkreis Gießen'); i++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(label).toMatch(/^Landkreis Gießen \(Landkreis\): \d+ Angebote? vor Ort$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/regionen\/landkreis-giessen\/$/);
    expect(await page.locator('h1').innerText()).toBe('Landkreis Gießen');
    expect(foreignRequests(requests, site.origin)).toEqual([]);
    await page.close();
  });

  it('marks the model regions with a pattern and a legend, and passes axe', async () => {
    const { page } = await site.open('/regionen/');
    const marked = await page.locator('.kreis-map a path[fill*="marked"]').count();
    expect(marked).toBe(6); // Hanau, Hochtaunuskreis, Kassel, Main-Kinzig-Kreis, Offenbach am Main, Wiesbaden (Wetzlar is no Kreis)
    expect(await page.locator('.map-legend').innerText()).toContain('Modellregion Integration');
    expect(await page.locator('.map-attribution').first().innerText()).toContain('GeoBasis-DE / BKG 2021 (Daten verändert)');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('hatches gaps on the coverage map and names counts in the shapes', async () => {
    const { page } = await site.open('/abdeckung/sprache/');
    const gaps = await page.locator('.kreis-map a path[fill*="gap"]').count();
    expect(gaps).toBeGreaterThan(0);
    expect(await page.locator('.kreis-map a[aria-label^="Lahn-Dill-Kreis"]').getAttribute('aria-label')).toMatch(/: \d+ Angebote? vor Ort$/);
    expect(await page.locator('.map-legend').innerText()).toMatch(/keine \(Lücke\): \d+ Kreise/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('a Gemeinde page shows what reaches it, by how, with its Kreis on a locator map', async () => {
    const { page } = await site.open('/regionen/bad-homburg-v-d-hoehe/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Lage: Bad Homburg v. d. Höhe im Hochtaunuskreis');
    expect(text).toContain('Im Kreis: Hochtaunuskreis');
    expect(text).toContain('Landesweit: Hessen');
    expect(text).toContain('Bundesweit: Deutschland');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
