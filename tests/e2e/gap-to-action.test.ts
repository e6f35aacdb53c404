/**
 * Issue 21's pages in Debian's Chromium, with JavaScript off as a person without it would have them:
 * the radar, a Kreis radar, overlaps by kind, a region's gaps and funding chain, an offering's similar
 * offerings; in German, English and Arabic; zero axe violations and nothing from other hosts.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, foreignRequests, useSite } from '../helpers/browser';

const site = useSite();

const pages: { path: string; h1: RegExp; contains: string[] }[] = [
  { path: '/foerderende/', h1: /^Förderende-Radar$/, contains: ['Die Regel', 'bis 6 Monate', '13 bis 24 Monate', 'Main-Kinzig-Kreis'] },
  { path: '/foerderende/main-kinzig-kreis/', h1: /^Förderende-Radar: Main-Kinzig-Kreis$/, contains: ['Handlungsfelder, die enden', 'Nicht auf dem Radar', 'Atom-Feed des Radars'] },
  { path: '/ueberschneidungen/', h1: /^Überschneidungen$/, contains: ['Doppelangebot oder Förderweg?', 'Überschneidungen nach Kreis', 'Lahn-Dill-Kreis'] },
  { path: '/ueberschneidungen/kassel/', h1: /^Überschneidungen in Kassel$/, contains: ['Doppelangebote (', 'Förderwege (', 'Treffen sich in'] },
  { path: '/en/ueberschneidungen/hessen/', h1: /^Overlaps in Hessen$/, contains: ['state level', 'Duplicate services ('] },
  { path: '/ar/ueberschneidungen/', h1: /التداخلات/, contains: ['التداخلات حسب المقاطعة'] },
  { path: '/regionen/landkreis-darmstadt-dieburg/', h1: /^Landkreis Darmstadt-Dieburg$/, contains: ['Lücken und wer sie schließen könnte', 'Antragsberechtigt', 'Nächste Frist', 'Förderkette'] },
  { path: '/abdeckung/sprache/', h1: /^Abdeckung: Sprache$/, contains: ['Lücken und Förderprogramme', 'Lücke in'] },
  { path: '/projekte/mbe-jmd-sprechstunde-buergerbuero-offenbach/', h1: /Bürgerbüro Offenbach/, contains: ['Ähnliche Angebote', 'Gemeinsame Begriffe', 'Ähnlichkeit'] },
  { path: '/monitoring/', h1: /^Monitoring$/, contains: ['Förderketten der Kreise'] },
  { path: '/en/foerderende/', h1: /^End-of-funding radar$/, contains: ['The rule'] },
  { path: '/ar/foerderende/main-kinzig-kreis/', h1: /رادار انتهاء التمويل/, contains: ['ليست على الرادار'] },
  { path: '/en/regionen/hochtaunuskreis/', h1: /^Hochtaunuskreis$/, contains: ['Funding chain', 'Per 1,000 inhabitants'] },
];

describe.each(pages)('$path', ({ path, h1, contains }) => {
  it('shows its content without JavaScript, stays local and has no accessibility violations', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const response = await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toMatch(h1);
    const text = await page.locator('main, body').first().innerText();
    for (const snippet of contains) expect(text).toContain(snippet);
    expect(foreignRequests(requests, site.origin)).toEqual([]);
    await context.close();
    const { page: withScripts } = await site.open(path);
    expect(await axeViolations(withScripts)).toEqual([]);
    await withScripts.close();
  });
});

describe('funding chain chart', () => {
  it('is an SVG image with a title and the same figures as a table', async () => {
    const { page } = await site.open('/regionen/hochtaunuskreis/');
    const section = page.locator('section:has(> h2#foerderkette)');
    expect(await section.locator('svg[role=img] title').textContent()).toMatch(/Land: \d+/);
    expect(await section.locator('table').count()).toBeGreaterThanOrEqual(2);
    expect(await section.locator('table').last().innerText()).toContain('WIR-Vielfaltszentren');
    await page.close();
  });
});
