/**
 * Checks on the open-data files in the built dist/, each read with a parser independent of the one that
 * wrote it (csv-parse, fast-xml-parser, ical.js, ajv), against the content folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const root = resolve(import.meta.dirname, '../..');
const DIST = join(root, 'dist');
const CONTENT = join(root, 'content');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const ids = (collection: string) => readdirSync(join(CONTENT, collection)).map((f) => f.replace(/\.(yaml|mdx)$/, ''));
const programs = ids('programs');
const projects = ids('projects');
const regions = ids('regions');
const actionFields = ids('action-fields');

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });
/** Atom entries as a list (the parser gives a single object for one entry, nothing for none). */
function atomEntries(path: string): { feed: Record<string, unknown>; entries: { id: string; link: { '@_href': string }; updated: string }[] } {
  const { feed } = xml.parse(read(path));
  const entries = feed.entry === undefined ? [] : Array.isArray(feed.entry) ? feed.entry : [feed.entry];
  return { feed, entries };
}
function vevents(path: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(read(path))).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('catalogue.json', () => {
  const doc = JSON.parse(read('data/catalogue.json'));

  it('holds every entry of every collection', () => {
    expect(doc.programs).toHaveLength(programs.length);
    expect(doc.projects).toHaveLength(projects.length);
    expect(doc.regions).toHaveLength(regions.length);
    expect(doc.meta.counts.programs).toBe(programs.length);
    expect(doc.meta.license.url).toMatch(/^https:\/\//);
    expect(doc.programs.find((p: { id: string }) => p.id === 'modellregionen-integration')).toMatchObject({
      title: 'Modellregionen Integration',
      key: 'programs/modellregionen-integration',
      status: 'beendet',
    });
    expect(doc.programs.find((p: { id: string }) => p.id === 'kisi-integrationsguides')).toMatchObject({ deadlines: [{ date: '2025-02-14' }] });
    expect(doc.regions.find((r: { id: string }) => r.id === 'wetzlar').ancestors).toContain('hessen');
  });

  it('is valid against catalogue.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(read('data/catalogue.schema.json')));
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  });
});

describe('coverage.json', () => {
  it('gives every cell a state, and calls a cell a gap only where its region was surveyed for that field', () => {
    const cells: { region: string; actionField: string; local: string[]; availableCount: number; state: string; surveyed?: string; gap: boolean }[] = JSON.parse(read('data/coverage.json'));
    const surveys = new Map(
      ids('surveys').map((id) => {
        const survey = parseYaml(readFileSync(join(CONTENT, 'surveys', `${id}.yaml`), 'utf8')) as { region: string; fields: string[] };
        return [survey.region, survey.fields];
      }),
    );
    expect(cells.length).toBe(regions.length * actionFields.length);
    for (const cell of cells) {
      const surveyed = surveys.get(cell.region)?.includes(cell.actionField) ?? false;
      const want = cell.local.length > 0 ? 'vorhanden' : surveyed ? 'luecke' : 'nicht-erhoben';
      expect(cell.state, `${cell.region} × ${cell.actionField}`).toBe(want);
      expect(cell.gap).toBe(want === 'luecke');
      expect(cell.surveyed !== undefined).toBe(surveyed);
      // Counts, not key lists, for what is available: everything local is available, and more may come from above.
      expect('available' in cell).toBe(false);
      expect(cell.availableCount).toBeGreaterThanOrEqual(cell.local.length);
    }
    // A Land-wide programme makes a town's cell available without being local there.
    expect(cells.some((c) => c.availableCount > c.local.length)).toBe(true);
    // The catalogue holds both kinds of empty cell: surveyed gaps and cells nobody has looked at yet.
    expect(cells.some((c) => c.state === 'luecke')).toBe(true);
    expect(cells.some((c) => c.state === 'nicht-erhoben')).toBe(true);
  });
});

describe('offerings.csv', () => {
  const text = read('data/offerings.csv');

  it('is UTF-8 with a BOM and one row per offering', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(programs.length + projects.length);
    expect(new Set(rows.map((r) => r.key))).toEqual(new Set([...programs.map((id) => `programs/${id}`), ...projects.map((id) => `projects/${id}`)]));
    expect(rows.find((r) => r.id === 'modellregionen-integration')).toMatchObject({ kind: 'program', title: 'Modellregionen Integration', periodStart: '2009-10-01', periodEnd: '2013-12-31', level: 'land' });
  });
});

describe('Atom feeds', () => {
  it('feed.xml lists the offerings with absolute links', () => {
    const { feed, entries } = atomEntries('feed.xml');
    expect(entries).toHaveLength(Math.min(100, programs.length + projects.length));
    for (const entry of entries) expect(entry.link['@_href']).toMatch(/^https?:\/\/[^/]+\/.*(programme|projekte)\/[a-z0-9-]+\/$/);
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const dates = entries.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('exists for every action field and region; a region feed holds what is available there', () => {
    for (const id of actionFields) expect(existsSync(join(DIST, 'handlungsfelder', id, 'feed.xml')), id).toBe(true);
    for (const id of regions) expect(existsSync(join(DIST, 'regionen', id, 'feed.xml')), id).toBe(true);
    const wetzlar = atomEntries('regionen/wetzlar/feed.xml');
    expect(String(wetzlar.feed.subtitle)).toContain('verfügbar');
    expect(wetzlar.entries.some((e) => e.link['@_href'].endsWith('/programme/modellregionen-integration/'))).toBe(true);
    // A Land programme reaches every town of the Land.
    const hessenWide = JSON.parse(read('data/catalogue.json')).programs.filter((p: { area: string[] }) => p.area.includes('hessen')).length;
    expect(atomEntries('regionen/kassel/feed.xml').entries.length).toBeGreaterThanOrEqual(Math.min(100, hessenWide));
  });

  it('a Kreis feed holds its Gemeinden\'s projects too, as its subtitle promises (vor Ort)', () => {
    const doc = JSON.parse(read('data/catalogue.json'));
    const inKreis = doc.projects.filter((p: { area: string[]; regionAncestors: string[] }) => p.area.includes('lahn-dill-kreis') || p.regionAncestors.includes('lahn-dill-kreis'));
    const townOnly = inKreis.filter((p: { area: string[] }) => !p.area.includes('lahn-dill-kreis'));
    expect(townOnly.map((p: { id: string }) => p.id)).toContain('wir-vielfaltszentrum-wetzlar');
    const feed = atomEntries('regionen/lahn-dill-kreis/feed.xml');
    expect(String(feed.feed.subtitle)).toContain('vor Ort');
    expect(feed.entries.length).toBeLessThan(100);
    const links = new Set(feed.entries.map((e) => e.link['@_href'].replace(/^https?:\/\/[^/]+/, '')));
    for (const p of inKreis) expect(links.has(`/projekte/${p.id}/`), p.id).toBe(true);
  });

  it('pages link their feed', () => {
    expect(read('index.html')).toMatch(/<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/feed.xml"/);
    expect(read('regionen/wetzlar/index.html')).toContain('href="/regionen/wetzlar/feed.xml"');
    expect(read(`handlungsfelder/${actionFields[0]}/index.html`)).toContain(`href="/handlungsfelder/${actionFields[0]}/feed.xml"`);
  });
});

describe('calendars', () => {
  it('fristen.ics has an all-day VEVENT for every programme deadline', () => {
    const events = vevents('fristen.ics');
    const deadlines = JSON.parse(read('data/catalogue.json')).programs.flatMap((p: { deadlines?: unknown[] }) => p.deadlines ?? []);
    expect(events).toHaveLength(deadlines.length);
    expect(events.length).toBeGreaterThan(0);
    const kisi = events.find((e) => e.uid === 'kisi-integrationsguides-2025-02-14@foerderatlas');
    expect(kisi).toBeDefined();
    expect(kisi!.startDate.isDate).toBe(true);
    expect(kisi!.startDate.toString()).toBe('2025-02-14');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('every region has one, holding exactly the deadlines of the programmes that reach it (on the spot or from above)', () => {
    const doc = JSON.parse(read('data/catalogue.json'));
    const above = new Map<string, string[]>(doc.regions.map((r: { id: string; ancestors: string[] }) => [r.id, [r.id, ...r.ancestors]]));
    for (const id of regions) {
      const reaching = doc.programs.filter((p: { area: string[] }) => p.area.some((a) => above.get(id)!.includes(a) || above.get(a)!.includes(id)));
      const expected = reaching.flatMap((p: { id: string; deadlines?: { date: string }[] }) => (p.deadlines ?? []).map((d) => `${p.id}-${d.date}@foerderatlas`));
      expect(new Set(vevents(`regionen/${id}/fristen.ics`).map((e) => e.uid)), id).toEqual(new Set(expected));
    }
    // A Land programme's deadline reaches every town in Hessen.
    expect(vevents('regionen/wetzlar/fristen.ics').some((e) => e.uid.startsWith('kisi-integrationsguides-'))).toBe(true);
  });
});

describe('DCAT and 360Giving', () => {
  it('dcat.jsonld describes every file with an absolute download URL that exists in dist/', () => {
    const dcat = JSON.parse(read('data/dcat.jsonld'));
    expect(dcat['@type']).toBe('dcat:Catalog');
    const urls = dcat['dcat:dataset'].flatMap((d: { 'dcat:distribution': { 'dcat:downloadURL': { '@id': string } }[] }) => d['dcat:distribution'].map((x) => x['dcat:downloadURL']['@id']));
    expect(urls).toContain(new URL('data/catalogue.json', `${new URL(dcat['foaf:homepage']['@id'])}`).href);
    for (const url of urls) expect(existsSync(join(DIST, new URL(url).pathname)), url).toBe(true);
  });

  it('360giving.json lists grants in EUR with dates', () => {
    const { grants } = JSON.parse(read('data/360giving.json'));
    expect(grants.length).toBeGreaterThan(0);
    for (const grant of grants) {
      expect(grant).toMatchObject({ currency: 'EUR', amountAwarded: expect.any(Number) });
      expect(grant.awardDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('/daten/', () => {
  const html = read('daten/index.html');

  it('links every export, and every link resolves in dist/', () => {
    const links = [...html.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]!).filter((href) => href.startsWith('/'));
    for (const file of ['/data/catalogue.json', '/data/catalogue.schema.json', '/data/offerings.csv', '/data/overlaps.json', '/data/coverage.json', '/feed.xml', '/fristen.ics', '/data/dcat.jsonld', '/data/360giving.json']) {
      expect(links, file).toContain(file);
    }
    expect(links.some((l) => /^\/regionen\/[a-z0-9-]+\/fristen\.ics$/.test(l))).toBe(true);
    expect(links.some((l) => /^\/handlungsfelder\/[a-z0-9-]+\/feed\.xml$/.test(l))).toBe(true);
    const broken = links.filter((href) => {
      const file = join(DIST, decodeURI(href.split(/[?#]/)[0]!));
      return href.endsWith('/') ? !existsSync(join(file, 'index.html')) : !(existsSync(file) && statSync(file).isFile());
    });
    expect(broken).toEqual([]);
  });
});
