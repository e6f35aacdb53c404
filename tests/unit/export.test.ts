import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, type CatalogueInput } from '../../src/lib/catalogue';
import {
  atomFeed,
  catalogueDocument,
  catalogueDocumentSchema,
  catalogueJsonSchema,
  changeDatesByKey,
  dcatCatalog,
  deadlineEvents,
  feedItems,
  grants,
  icsCalendar,
  offeringRows,
  regionAncestors,
  toCsv,
  type ExportContext,
} from '../../src/lib/export';

const offering = { targetGroups: ['eltern'], example: false, reviewed: '2024-01-01' };
const input: CatalogueInput = {
    regions: [
      { id: 'deutschland', name: 'Deutschland', kind: 'bund' },
      { id: 'hessen', name: 'Hessen', kind: 'land', parent: 'deutschland', ags: '06' },
      { id: 'lahn-dill-kreis', name: 'Lahn-Dill-Kreis', kind: 'landkreis', parent: 'hessen', ags: '06532' },
      { id: 'wetzlar', file: 'content/regions/wetzlar.yaml', name: 'Wetzlar', kind: 'sonderstatusstadt', parent: 'lahn-dill-kreis', ags: '06532023' },
      { id: 'kassel', name: 'Kassel', kind: 'kreisfreie-stadt', parent: 'hessen' },
    ],
    actionFields: [{ id: 'sprache', title: 'Sprache', summary: 's' }],
    targetGroups: [{ id: 'eltern', title: 'Eltern' }],
    organizations: [
      { id: 'land', name: 'Land Hessen', kind: 'landesbehoerde', example: false },
      { id: 'verein', name: 'Verein "Miteinander", Wetzlar', kind: 'verein', region: 'wetzlar', example: false },
    ],
    programs: [
      {
        ...offering, id: 'landesprogramm', title: 'Landesprogramm', summary: 'Zuschüsse, Beratung', funder: 'land', level: 'land',
        fundingTypes: ['zuschuss', 'beratung'], eligible: ['vereine'], actionFields: ['sprache'], area: ['hessen'],
        period: { start: '2020-01-01', end: '2030-12-31' },
        deadlines: [{ date: '2025-03-31', label: 'Antragsfrist' }, { date: '2025-03-31', label: 'Zweite Frist' }, { date: '2024-09-30', label: 'Erste Frist' }],
      },
      {
        ...offering, id: 'kassel-programm', title: 'Kasseler Programm', summary: 's', funder: 'land', level: 'kommune',
        fundingTypes: ['zuschuss'], eligible: ['vereine'], actionFields: ['sprache'], area: ['kassel'], period: { start: '2010-01-01', end: '2012-12-31' },
        deadlines: [{ date: '2011-05-01', label: 'Frist' }],
      },
    ],
    projects: [
      {
        ...offering, id: 'wetzlar-kurs', title: 'Kurs "Deutsch"\nfür Eltern', summary: 'Mit Kinderbetreuung, kostenlos', carrier: 'verein', format: ['kurs'],
        cost: 'kostenlos', languages: ['de', 'ar'], actionFields: ['sprache'], area: ['wetzlar'], period: { start: '2030-01-01' }, reviewed: '2025-06-01', example: true,
        funding: [{ program: 'landesprogramm', amount: 9500, years: [2025, 2024] }, { program: 'landesprogramm' }],
      },
    ],
};
const catalogue = buildCatalogue(input, '2026-11-26');

const ctx: ExportContext = {
  siteUrl: 'https://example.org/atlas/',
  generated: '2026-11-26',
  license: { id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.de' },
  source: 'https://github.com/foerderatlas/foerderatlas',
  offeringUrl: (o) => `https://example.org/atlas/${o.kind === 'program' ? 'programme' : 'projekte'}/${o.id}/`,
};

describe('catalogue document', () => {
  const doc = catalogueDocument(catalogue, ctx, 'Beschreibung');

  it('holds every entry with its id, references as ids, and counts per collection', () => {
    expect(doc.meta.counts).toEqual({ regions: 5, actionFields: 1, targetGroups: 1, organizations: 2, programs: 2, projects: 1 });
    expect(doc.meta.generated).toBe('2026-11-26');
    expect(doc.meta.license.url).toBe(ctx.license.url);
    expect(doc.programs.map((p) => p.id)).toEqual(['kassel-programm', 'landesprogramm']);
    expect(doc.projects[0]).toMatchObject({ id: 'wetzlar-kurs', carrier: 'verein', area: ['wetzlar'], funding: [{ program: 'landesprogramm' }, { program: 'landesprogramm' }] });
  });

  it('resolves region ancestors and the status and region ancestors of offerings', () => {
    expect(doc.regions.find((r) => r.id === 'wetzlar')!.ancestors).toEqual(['lahn-dill-kreis', 'hessen', 'deutschland']);
    expect(doc.projects[0]).toMatchObject({ key: 'projects/wetzlar-kurs', kind: 'project', status: 'geplant', regionAncestors: ['deutschland', 'hessen', 'lahn-dill-kreis'] });
    expect(doc.programs[0]).toMatchObject({ status: 'beendet', regionAncestors: ['deutschland', 'hessen'] });
  });

  it('matches its zod schema and the derived JSON Schema', () => {
    expect(catalogueDocumentSchema().safeParse(doc).success).toBe(true);
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(catalogueJsonSchema('https://example.org/atlas/data/catalogue.schema.json'));
    expect(validate(JSON.parse(JSON.stringify(doc))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...doc, programs: [{ ...doc.programs[0], unknown: 1 }] })).toBe(false);
  });
});

describe('region ancestors', () => {
  it('lists the regions above an area once, root first, without the area itself', () => {
    expect(regionAncestors(catalogue.tree, ['wetzlar', 'kassel'])).toEqual(['deutschland', 'hessen', 'lahn-dill-kreis']);
    expect(regionAncestors(catalogue.tree, ['hessen', 'wetzlar'])).toEqual(['deutschland', 'lahn-dill-kreis']);
  });
});

describe('CSV', () => {
  const csv = toCsv(offeringRows(catalogue, ctx));

  it('starts with a BOM and ends records with CRLF', () => {
    expect(csv.startsWith('\uFEFFkey,kind,id,title,')).toBe(true);
    expect(csv.split('\r\n')[0]).not.toContain('\n');
  });

  it('round-trips through an RFC 4180 parser: one row per offering, names for references, ";" for lists', () => {
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    const project = rows.find((r) => r.id === 'wetzlar-kurs')!;
    expect(project).toMatchObject({
      key: 'projects/wetzlar-kurs',
      title: 'Kurs "Deutsch"\nfür Eltern',
      summary: 'Mit Kinderbetreuung, kostenlos',
      status: 'geplant',
      periodEnd: '',
      area: 'Wetzlar',
      carrier: 'Verein "Miteinander", Wetzlar',
      funder: '',
      languages: 'de;ar',
      example: 'true',
      page: 'https://example.org/atlas/projekte/wetzlar-kurs/',
    });
    expect(rows.find((r) => r.id === 'landesprogramm')).toMatchObject({ fundingTypes: 'zuschuss;beratung', funder: 'Land Hessen', level: 'land', area: 'Hessen' });
  });

  it('writes no cell a spreadsheet would run as a formula', () => {
    const hostile = buildCatalogue(
      {
        ...input,
        projects: input.projects.map((p) => ({ ...p, title: '=HYPERLINK("https://example.org/x","Klick")', summary: '+1+1', eligibility: '@SUM(A1)', howTo: ['-2', '\tTab'] })),
      },
      '2026-11-26',
    );
    const rows = parse(toCsv(offeringRows(hostile, ctx)), { columns: true, bom: true }) as Record<string, string>[];
    const project = rows.find((r) => r.kind === 'project')!;
    expect(project.title).toBe(`'=HYPERLINK("https://example.org/x","Klick")`);
    expect(project.summary).toBe("'+1+1");
    expect(project.eligibility).toBe("'@SUM(A1)");
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('feeds', () => {
  const changed = changeDatesByKey(catalogue.offerings, '/repo/content', new Map([['/repo/content/programs/kassel-programm.mdx', '2026-02-01'], ['/repo/content/programs/landesprogramm.yaml', '2023-01-01']]));

  it('finds the git date of .yaml and .mdx files by offering key', () => {
    expect(Object.fromEntries(changed)).toEqual({ 'programs/kassel-programm': '2026-02-01', 'programs/landesprogramm': '2023-01-01' });
  });

  it('order offerings by the newer of reviewed and the git date, newest first, up to a limit', () => {
    const items = feedItems(catalogue, catalogue.offerings, changed, ctx);
    expect(items.map((i) => [i.key, i.date])).toEqual([
      ['programs/kassel-programm', '2026-02-01'],
      ['projects/wetzlar-kurs', '2025-06-01'],
      ['programs/landesprogramm', '2024-01-01'],
    ]);
    expect(feedItems(catalogue, catalogue.offerings, changed, ctx, 1)).toHaveLength(1);
  });

  it('render Atom with absolute links and a reproducible updated date', () => {
    const items = feedItems(catalogue, catalogue.offerings, changed, ctx);
    const options = { title: 'T', subtitle: 'S', feedUrl: 'https://example.org/atlas/feed.xml', pageUrl: 'https://example.org/atlas/' };
    const xml = atomFeed(items, options, ctx);
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(xml);
    // Reproducible: "updated" is the newest entry's date, not the time of the build.
    expect(feed.updated).toBe('2026-02-01T00:00:00.000Z');
    expect(feed.entry.map((e: { updated: string }) => e.updated)).toEqual(['2026-02-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z']);
    expect(feed.subtitle).toBe('S');
    expect(feed.entry).toHaveLength(3);
    expect(feed.entry[0].link['@_href']).toBe('https://example.org/atlas/programme/kassel-programm/');
    const empty = new XMLParser().parse(atomFeed([], options, ctx));
    expect(empty.feed.updated).toBe('2026-11-26T00:00:00.000Z');
  });

  it('writes titles and summaries so a reader rendering them as HTML shows the text, never a tag', async () => {
    const { parseDocument, DomUtils } = await import('htmlparser2');
    const hostile = { title: '"><svg onload=alert(1)> & </script>', summary: '<img src=x onerror=alert(2)> ]]> Kinder & Eltern' };
    const items = feedItems(catalogue, catalogue.offerings, changed, ctx).map((item) => ({ ...item, ...hostile }));
    const xml = atomFeed(items, { title: 'Angebote in <b>X</b>', subtitle: 'S & T', feedUrl: 'https://example.org/f.xml', pageUrl: 'https://example.org/' }, ctx);
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text' }).parse(xml);
    const asRendered = (node: { '#text': string; '@_type'?: string }) => {
      expect(node['@_type']).toBe('html');
      const doc = parseDocument(node['#text'], { decodeEntities: true });
      expect(DomUtils.findAll(() => true, doc.children)).toEqual([]);
      return DomUtils.textContent(doc);
    };
    // The feed's own title is type text: the XML escaping alone keeps it text.
    expect(feed.title).toBe('Angebote in <b>X</b>');
    for (const entry of feed.entry) {
      expect(asRendered(entry.title)).toBe(hostile.title);
      expect(asRendered(entry.summary)).toBe(hostile.summary);
    }
  });
});

describe('calendar', () => {
  const events = deadlineEvents(catalogue.programs, ctx, (title) => `Frist: ${title}`);

  it('has one event per deadline, by date, with stable and unique UIDs', () => {
    expect(events.map((e) => e.uid)).toEqual([
      'kassel-programm-2011-05-01@foerderatlas',
      'landesprogramm-2024-09-30@foerderatlas',
      'landesprogramm-2025-03-31@foerderatlas',
      'landesprogramm-2025-03-31-2@foerderatlas',
    ]);
    expect(events[0]).toMatchObject({ summary: 'Frist: Kasseler Programm', url: 'https://example.org/atlas/programme/kassel-programm/' });
  });

  it('renders all-day events an iCalendar parser reads back', () => {
    const ics = icsCalendar(events, { name: 'Fristen', description: 'd', url: 'https://example.org/atlas/fristen.ics' }, ctx);
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(4);
    const first = new ICAL.Event(vevents[0]!);
    expect(first.uid).toBe('kassel-programm-2011-05-01@foerderatlas');
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe('2011-05-01');
    expect(first.endDate.toString()).toBe('2011-05-02');
    expect(ics).toContain('DTSTAMP:20261126T000000Z');
  });
});

describe('DCAT and 360Giving', () => {
  it('describe datasets with absolute download URLs and the licence', () => {
    const dcat = dcatCatalog(
      [{ id: 'katalog', title: 'Katalog', description: 'd', keywords: ['Integration'], distributions: [{ title: 'catalogue.json', description: 'd', path: 'data/catalogue.json', mediaType: 'application/json', fileType: 'JSON' }] }],
      { title: 'Förderatlas', description: 'd' },
      ctx,
    ) as { '@type': string; 'dcat:dataset': { 'dct:license': { '@id': string }; 'dcat:distribution': Record<string, { '@id': string }>[] }[] };
    expect(dcat['@type']).toBe('dcat:Catalog');
    const [dataset] = dcat['dcat:dataset'];
    expect(dataset!['dct:license']['@id']).toBe(ctx.license.url);
    expect(dataset!['dcat:distribution'][0]!['dcat:downloadURL']!['@id']).toBe('https://example.org/atlas/data/catalogue.json');
    expect(dataset!['dcat:distribution'][0]!['dcat:mediaType']!['@id']).toBe('https://www.iana.org/assignments/media-types/application/json');
  });

  it('list a grant for each funding that names an amount, dated 1 January of its first year', () => {
    const { grants: list } = grants(catalogue, ctx) as { grants: Record<string, unknown>[] };
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: '360G-foerderatlas-wetzlar-kurs-1',
      currency: 'EUR',
      amountAwarded: 9500,
      awardDate: '2024-01-01',
      recipientOrganization: [{ name: 'Verein "Miteinander", Wetzlar' }],
      fundingOrganization: [{ name: 'Land Hessen' }],
      beneficiaryLocation: [{ name: 'Wetzlar', geoCode: '06532023' }],
    });
  });
});
