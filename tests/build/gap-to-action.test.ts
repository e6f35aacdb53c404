/**
 * Issue 21 in the built site: coverage.json carries fundablePrograms and endsWithinMonths, overlaps.json
 * leads with Doppelangebote and keeps Förderwege apart, similar.json and foerderketten.csv are complete
 * and hold no NaN, the radar has a page and an Atom feed per Kreis, and the pages show what the data says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { expandRow, type OverlapHomeDocument } from '../../src/lib/overlap-data';

const DIST = resolve(import.meta.dirname, '../../dist');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const json = <T,>(path: string) => JSON.parse(read(path)) as T;

type Cell = { region: string; actionField: string; state: string; availableCount: number; fundablePrograms: string[] | null; endsWithinMonths: number | null };

describe('coverage.json', () => {
  const cells = json<Cell[]>('data/coverage.json');
  const catalogue = json<{ programs: { id: string; area: string[]; eligible: string[]; fundingTypes: string[]; period: { end?: string } }[]; regions: { id: string; kind: string; ancestors: string[] }[] }>('data/catalogue.json');
  const regionById = new Map(catalogue.regions.map((r) => [r.id, r]));

  it('names fundable programmes for every gap and for nothing else', () => {
    const gaps = cells.filter((c) => c.state === 'luecke');
    expect(gaps.length).toBeGreaterThan(0);
    for (const c of cells) expect(c.fundablePrograms === null, `${c.region}×${c.actionField}`).toBe(c.state !== 'luecke');
    const programs = new Map(catalogue.programs.map((p) => [p.id, p]));
    for (const gap of gaps) {
      for (const id of gap.fundablePrograms!) {
        // Available there (its area holds the region or one above it), for organisations only, with money, not ended.
        const p = programs.get(id)!;
        const reached = [gap.region, ...regionById.get(gap.region)!.ancestors];
        expect(p.area.some((a) => reached.includes(a)), `${id} in ${gap.region}`).toBe(true);
        expect(p.eligible).not.toContain('privatpersonen');
        expect(p.fundingTypes.some((t) => ['zuschuss', 'darlehen', 'buergschaft', 'personalfoerderung'].includes(t))).toBe(true);
        expect(p.period.end === undefined || p.period.end >= '2026-01-01').toBe(true);
      }
    }
    // A course people take is available everywhere but never a way to close a gap.
    expect(gaps.every((g) => !g.fundablePrograms!.includes('integrationskurse'))).toBe(true);
  });

  it('gives every cell endsWithinMonths: 6, 12, 24 or null, never for a cell without local offerings', () => {
    for (const c of cells) expect([6, 12, 24, null]).toContain(c.endsWithinMonths);
    for (const c of cells.filter((c) => c.state !== 'vorhanden')) expect(c.endsWithinMonths).toBeNull();
  });
});

describe('overlaps.json and data/ueberschneidungen/', () => {
  const index = json<{ counts: { doppelangebote: number; foerderwege: number }; files: { region: string; path: string; doppelangebote: number; foerderwege: number }[] }>('data/overlaps.json');
  const files = index.files.map((f) => ({ entry: f, doc: json<OverlapHomeDocument>(f.path.slice(1)) }));
  const pairs = (kind: 'doppelangebote' | 'foerderwege') => files.flatMap(({ doc }) => doc[kind].map((row) => expandRow(doc, row)));

  it('names one file per Kreis, kreisfreie Stadt and the Land, each counting the rows it holds', () => {
    const regions = index.files.map((f) => f.region);
    for (const id of ['hessen', 'kassel', 'lahn-dill-kreis', 'hanau', 'main-kinzig-kreis']) expect(regions).toContain(id);
    // Wetzlar (a Sonderstatusstadt) has no file of its own: its pairs live in the Lahn-Dill-Kreis.
    expect(regions).not.toContain('wetzlar');
    for (const { entry, doc } of files) {
      expect(doc.region).toBe(entry.region);
      expect([doc.doppelangebote.length, doc.foerderwege.length]).toEqual([entry.doppelangebote, entry.foerderwege]);
    }
  });

  it('holds every pair at least once, Förderwege with their programme, rows strongest first', () => {
    const unique = (list: { a: string; b: string }[]) => new Set(list.map((o) => `${o.a}|${o.b}`)).size;
    expect(unique(pairs('doppelangebote'))).toBe(index.counts.doppelangebote);
    expect(unique(pairs('foerderwege'))).toBe(index.counts.foerderwege);
    for (const { doc } of files) {
      for (const list of [doc.doppelangebote, doc.foerderwege]) expect(list.map((r) => r[2])).toEqual([...list.map((r) => r[2])].sort((x, y) => y - x));
      for (const row of doc.foerderwege) expect(row[5].length).toBeGreaterThan(0);
    }
  });

  it('files AMIF meeting the Integrationskurs as a Förderweg, not a Doppelangebot', () => {
    const pair = pairs('foerderwege').find((o) => [o.a, o.b].includes('programs/amif-2021-2027') && [o.a, o.b].includes('programs/integrationskurse'));
    expect(pair).toMatchObject({ via: ['programs/amif-2021-2027'], funded: false, regions: ['deutschland'] });
    expect(pairs('doppelangebote').some((o) => o.a === 'programs/amif-2021-2027' || o.b === 'programs/amif-2021-2027')).toBe(false);
  });
});

describe('similar.json', () => {
  const similar = json<Record<string, { key: string; score: number; terms: string[] }[]>>('data/similar.json');
  const offerings = json<{ programs: unknown[]; projects: unknown[] }>('data/catalogue.json');

  it('has up to five similar offerings for every offering, with scores from 0 to 1 and at least two shared terms', () => {
    expect(Object.keys(similar)).toHaveLength(offerings.programs.length + offerings.projects.length);
    let pairs = 0;
    for (const [key, list] of Object.entries(similar)) {
      expect(list.length).toBeLessThanOrEqual(5);
      for (const s of list) {
        expect(s.key).not.toBe(key);
        expect(similar[s.key]).toBeDefined();
        expect(s.score).toBeGreaterThan(0);
        expect(s.score).toBeLessThanOrEqual(1);
        expect(s.terms.length).toBeGreaterThanOrEqual(2);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(200);
  });
});

describe('foerderketten.csv', () => {
  const rows = parse(read('data/foerderketten.csv'), { columns: true, bom: true }) as Record<string, string>[];

  it('has one row per Kreis and programme, counts as whole numbers, no NaN, empty values explained', () => {
    expect(rows.length).toBeGreaterThan(20);
    expect(read('data/foerderketten.csv')).not.toMatch(/NaN|undefined|Infinity/);
    for (const row of rows) {
      expect(['eu', 'bund', 'land', 'kommune', 'stiftung', 'sonstige']).toContain(row.level);
      expect(Number(row.offerings)).toBeGreaterThan(0);
      expect(row.offeringKeys!.split(';')).toHaveLength(Number(row.offerings));
      if (row.amount === '') expect(row.note).toContain('kein Betrag');
      if (row.amountPer1000 !== '') expect(Number(row.amountPer1000)).toBe(Math.round((Number(row.amount) / Number(row.population)) * 1000));
    }
    // A Kreis with a known amount: the WIR-Vielfaltszentrum in the Hochtaunuskreis names 600,000 € for 2026–2030.
    const hochtaunus = rows.find((r) => r.kreis === 'hochtaunuskreis' && r.program === 'wir-vielfaltszentren');
    expect(hochtaunus).toMatchObject({ level: 'land' });
    expect(Number(hochtaunus!.amount)).toBeGreaterThanOrEqual(600000);
  });
});

describe('the radar', () => {
  const kreise = json<{ regions: { id: string; kind: string }[] }>('data/catalogue.json').regions.filter((r) => r.kind === 'landkreis' || r.kind === 'kreisfreie-stadt');

  it('has a page and a well-formed Atom feed per Kreis, in three languages, and an overview that states its rule', () => {
    expect(kreise.length).toBe(27);
    const xml = new XMLParser({ ignoreAttributes: false });
    for (const k of kreise) {
      for (const prefix of ['', '/en', '/ar']) expect(existsSync(join(DIST, `${prefix}/foerderende/${k.id}/index.html`)), `${prefix}/foerderende/${k.id}/`).toBe(true);
      const feed = xml.parse(read(`foerderende/${k.id}/feed.xml`)).feed;
      expect(feed.title).toContain('Förderende-Radar');
    }
    const overview = read('foerderende/index.html');
    expect(overview).toContain('Die Regel');
    for (const k of kreise) expect(overview).toContain(`href="/foerderende/${k.id}/"`);
  });
});

describe('pages', () => {
  it('an offering page shows "Ähnliche Angebote" with the shared terms', () => {
    const html = read('projekte/mbe-jmd-sprechstunde-buergerbuero-offenbach/index.html');
    expect(html).toContain('Ähnliche Angebote');
    expect(html).toContain('Gemeinsame Begriffe');
    expect(html).toMatch(/data-similar="(programs|projects)\/[a-z0-9-]+"/);
  });

  it('a region with gaps lists the programmes that could close them; a Kreis shows its funding chain', () => {
    const html = read('regionen/landkreis-darmstadt-dieburg/index.html');
    expect(html).toContain('Lücken und wer sie schließen könnte');
    expect(html).toContain('Antragsberechtigt');
    expect(html).toContain('Förderkette');
    expect(read('regionen/hochtaunuskreis/index.html')).toMatch(/WIR-Vielfaltszentren/);
  });

  it('/ueberschneidungen/ states the rule and shows Doppelangebote before Förderwege', () => {
    const html = read('ueberschneidungen/index.html');
    expect(html).toContain('Doppelangebot oder Förderweg?');
    expect(html.indexOf('id="doppelangebot"')).toBeGreaterThan(0);
    expect(html.indexOf('id="doppelangebot"')).toBeLessThan(html.indexOf('id="foerderweg"'));
    // One row per Kreis linking on; the pairs themselves are on the Kreis pages, Doppelangebote first there too.
    expect(html).toContain('href="/ueberschneidungen/lahn-dill-kreis/"');
    const kreis = read('ueberschneidungen/lahn-dill-kreis/index.html');
    expect(kreis.indexOf('id="doppelangebot-titel"')).toBeGreaterThan(0);
    expect(kreis.indexOf('id="doppelangebot-titel"')).toBeLessThan(kreis.indexOf('id="foerderweg-titel"'));
  });

  it('/daten/ and dcat.jsonld list similar.json, foerderketten.csv and the radar feeds', () => {
    const daten = read('daten/index.html');
    const dcat = read('data/dcat.jsonld');
    for (const name of ['similar.json', 'foerderketten.csv', 'foerderende/']) {
      expect(daten).toContain(name);
      expect(dcat).toContain(name);
    }
  });
});
