/** One page of every type in Debian's Chromium: key content, no foreign requests, no axe violations. */
import { describe, expect, it } from 'vitest';
import { axeViolations, foreignRequests, useSite } from '../helpers/browser';

const site = useSite();

const pages: { type: string; path: string; h1: string | RegExp; contains: string[]; status?: number }[] = [
  { type: 'home', path: '/', h1: /Förderatlas Hessen/, contains: ['Nach Thema suchen', 'Die Modellregionen Integration', 'Sprache'] },
  { type: 'programme list', path: '/programme/', h1: /Programme/, contains: ['nach Handlungsfeld', 'Integrationskurs'] },
  { type: 'programme list A–Z', path: '/programme/a-z/', h1: /Programme/, contains: ['Asyl-, Migrations- und Integrationsfonds'] },
  { type: 'project list by field', path: '/projekte/', h1: /Projekte/, contains: ['nach Handlungsfeld', '„Babbel“-Sprachcafé im Kulturcafé Windrose, Oberursel'] },
  { type: 'action field list', path: '/handlungsfelder/', h1: 'Handlungsfelder', contains: ['Sprache', 'Familie'] },
  { type: 'target group list', path: '/zielgruppen/', h1: 'Zielgruppen', contains: ['Eltern', 'Geflüchtete'] },
  { type: 'imprint', path: '/impressum/', h1: 'Impressum', contains: ['Datenschutz', 'keine Cookies'] },
  { type: 'project list', path: '/projekte/nach-beginn/', h1: /Projekte/, contains: ['Verweis- und Sozialberatung für Zugewanderte in der Stadtbibliothek Wetzlar (IB)'] },
  {
    type: 'programme',
    path: '/programme/modellregionen-integration/',
    h1: 'Modellregionen Integration',
    contains: ['beendet', '1. Oktober 2009 bis 31. Dezember 2013', 'Hessisches Ministerium der Justiz', 'Wetzlar', 'Zuletzt geprüft', 'abgerufen am'],
  },
  {
    type: 'project (MDX, with hours)',
    path: '/projekte/mbe-jmd-sprechstunde-buergerbuero-offenbach/',
    h1: 'Migrationsberatung (MBE) und Jugendmigrationsdienst (JMD) im Bürgerbüro Offenbach',
    contains: ['Beschreibung', 'seit Mai 2023', 'Sprechzeiten', 'Mi: 08:00–13:00 Uhr', 'Migrationsberatung für erwachsene Zuwanderer (MBE)', 'kostenlos', 'Kaiserstraße 39'],
  },
  { type: 'action field', path: '/handlungsfelder/sprache/', h1: 'Sprache', contains: ['Integrationskurs', 'Auch gesucht als', 'In Leichter Sprache', 'Sie wollen Deutsch lernen?'] },
  { type: 'target group', path: '/zielgruppen/eltern/', h1: 'Eltern', contains: ['Angebote für diese Zielgruppe'] },
  { type: 'region', path: '/regionen/wetzlar/', h1: 'Wetzlar', contains: ['Vor Ort', 'Landes- und bundesweit verfügbar', 'Sonderstatusstadt', 'Landesweit: Hessen', 'Bundesweit: Deutschland', 'Lage: Wetzlar im Lahn-Dill-Kreis'] },
  { type: 'region list', path: '/regionen/', h1: 'Regionen', contains: ['Regierungsbezirk Kassel', 'Hanau'] },
  { type: 'organisation', path: '/traeger/bamf/', h1: /Bundesamt für Migration/, contains: ['Fördert', 'Integrationskurs'] },
  { type: 'organisation list', path: '/traeger/', h1: /Träger und Geldgeber/, contains: ['Bundesbehörde'] },
  { type: 'contribute', path: '/mitmachen/', h1: 'Mitmachen', contains: ['Angebot melden', 'Selbst eintragen', 'period.start'] },
  { type: 'review list', path: '/mitmachen/pruefen/', h1: 'Einträge, die eine Prüfung brauchen', contains: ['Einträge nur mit Sekundärquellen', 'Begegnungscafé „Café Diwan“ in Treysa'] },
  { type: 'coverage map', path: '/abdeckung/familie/', h1: 'Abdeckung: Familie', contains: ['Lücke', 'nicht erhoben'] },
  { type: 'open data', path: '/daten/', h1: 'Offene Daten', contains: ['catalogue.json', 'offerings.csv', 'fristen.ics'] },
  { type: 'accessibility statement', path: '/barrierefreiheit/', h1: 'Erklärung zur Barrierefreiheit', contains: ['BITV 2.0', 'Barrieren melden'] },
  { type: 'Leichte Sprache', path: '/leichte-sprache/', h1: 'Der Förderatlas in Leichter Sprache', contains: ['Wie finden Sie ein Angebot?', 'Hier geht es zur Suche.'] },
  { type: '404', path: '/gibt-es-nicht/', h1: 'Seite nicht gefunden', contains: ['Suche'], status: 404 },
];

describe.each(pages)('$type page ($path)', ({ path, h1, contains, status }) => {
  it('shows its key content, stays local and has no accessibility violations', async () => {
    const { page, requests, status: got } = await site.open(path);
    expect(got).toBe(status ?? 200);
    const heading = await page.locator('h1').innerText();
    if (typeof h1 === 'string') expect(heading).toBe(h1);
    else expect(heading).toMatch(h1);
    const text = await page.locator('body').innerText();
    for (const snippet of contains) expect(text).toContain(snippet);
    expect(foreignRequests(requests, site.origin)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('layout', () => {
  it('has a skip link that moves focus to the main content', async () => {
    const { page } = await site.open('/programme/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhalt');
    await page.close();
  });

  it('links every page to the Leichte-Sprache explanation from the header', async () => {
    const { page } = await site.open('/regionen/kassel/');
    await page.locator('header').getByRole('link', { name: 'Leichte Sprache' }).click();
    await page.waitForURL(/\/leichte-sprache\/$/);
    await page.close();
  });

  it('the header search leads to /suche/ with the query', async () => {
    const { page } = await site.open('/regionen/kassel/');
    await page.fill('#site-search-q', 'Beratung');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/suche\/\?q=Beratung/);
    await page.close();
  });

  it('fits a 390 px phone screen without horizontal scrolling', async () => {
    for (const path of ['/', '/programme/modellregionen-integration/', '/regionen/wetzlar/', '/projekte/mbe-jmd-sprechstunde-buergerbuero-offenbach/']) {
      const { page } = await site.open(path, 390);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
  });
});
