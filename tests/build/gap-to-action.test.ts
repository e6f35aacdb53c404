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

describe('overlaps.json', () => {
  const doc = json<{ counts: { doppelangebote: number; foerderwege: number }; doppelangebote: { kind: string; via: string[] }[]; foerderwege: { a: string; b: string; kind: string; via: string[]; funded: boolean }[] }>('data/overlaps.json');

  it('leads with Doppelangebote and keeps Förderwege apart, each naming its kind', () => {
    expect(Object.keys(doc)).toEqual(['counts', 'doppelangebote', 'foerderwege']);
    expect(doc.doppelangebote.every((o) => o.kind === 'doppelangebot' && o.via.length === 0)).toBe(true);
    expect(doc.foerderwege.every((o) => o.kind === 'foerderweg' && o.via.length > 0)).toBe(true);
    expect(doc.counts.doppelangebote).toBeGreaterThanOrEqual(doc.doppelangebote.length);
    expect(doc.counts.foerderwege).toBeGreaterThanOrEqual(doc.foerderwege.length);
  });

  it('files AMIF meeting the Integrationskurs as a Förderweg, not a Doppelangebot', () => {
    const pair = doc.foerderwege.find((o) => [o.a, o.b].includes('programs/amif-2021-2027') && [o.a, o.b].includes('programs/integrationskurse'));
    expect(pair).toMatchObject({ via: ['programs/amif-2021-2027'], funded: false });
    expect(JSON.stringify(doc.doppelangebote)).not.toContain('programs/amif-2021-2027');
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
