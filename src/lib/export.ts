/**
 * The open-data exports as plain functions over the resolved catalogue:
 * the catalogue document and its JSON Schema, CSV rows, Atom feed items, calendar events, a DCAT-AP.de
 * description and 360Giving grants. No Astro imports: URLs, dates and texts come in as arguments, so
 * the endpoints, scripts and tests all produce the same bytes.
 */
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { Feed } from 'feed';
import ical from 'ical-generator';
import { z } from 'zod';
import { actionFieldSchema } from '../schema/action-fields';
import { ID_PATTERN } from '../schema/common';
import { organizationSchema } from '../schema/organizations';
import { programSchema } from '../schema/programs';
import { projectSchema } from '../schema/projects';
import { regionSchema } from '../schema/regions';
import { targetGroupSchema } from '../schema/target-groups';
import { offeringKey, type Catalogue, type Offering, type ProgramEntry, type ProjectEntry } from './catalogue';
import { hasPrimarySource } from './source-kinds';
import type { RegionTree } from './regions';

/** What every export needs to know about the deployment. */
export interface ExportContext {
  /** Absolute URL of the site root including the base path, ending in "/". */
  siteUrl: string;
  /** The build date (YYYY-MM-DD), never the clock, so two builds of one commit are identical. */
  generated: string;
  license: { id: string; name: string; url: string };
  /** Where the data comes from: the repository. */
  source: string;
  /** Absolute URL of an offering's page. */
  offeringUrl(offering: Pick<Offering, 'kind' | 'id'>): string;
}

/** "data/catalogue.json" → absolute URL under the site root. */
export function absoluteUrl(ctx: Pick<ExportContext, 'siteUrl'>, path: string): string {
  return new URL(path.replace(/^\//, ''), ctx.siteUrl).href;
}

const byId = <T extends { id: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The regions above an offering's area, root first, without the area's own regions. */
export function regionAncestors(tree: RegionTree, area: readonly string[]): string[] {
  const result = new Set<string>();
  for (const region of area) for (const ancestor of tree.path(region).slice(0, -1)) result.add(ancestor);
  for (const region of area) result.delete(region);
  return [...result];
}

// ---------------------------------------------------------------------------------------------
// catalogue.json and its JSON Schema

/**
 * The catalogue document, as zod: the collection schemas plus the resolved helpers. The JSON Schema
 * of catalogue.json is derived from it, so it cannot drift from the content model.
 */
export function catalogueDocumentSchema() {
  const id = z.string().regex(ID_PATTERN);
  const status = z.enum(['laufend', 'beendet', 'geplant']);
  // `file`: the entry's source file in the repository, where the build knows it.
  const entry = { id, file: z.string().optional() };
  const offering = { ...entry, key: z.string().regex(/^(programs|projects)\/[a-z0-9-]+$/), status, regionAncestors: z.array(id) };
  const count = z.number().int().min(0);
  return z.strictObject({
    meta: z.strictObject({
      title: z.string(),
      description: z.string(),
      generated: z.iso.date(),
      url: z.url(),
      source: z.url(),
      license: z.strictObject({ id: z.string(), name: z.string(), url: z.url() }),
      counts: z.strictObject({
        regions: count,
        actionFields: count,
        targetGroups: count,
        organizations: count,
        programs: count,
        projects: count,
      }),
    }),
    regions: z.array(regionSchema().extend({ ...entry, ancestors: z.array(id) })),
    actionFields: z.array(actionFieldSchema().extend(entry)),
    targetGroups: z.array(targetGroupSchema().extend(entry)),
    organizations: z.array(organizationSchema().extend(entry)),
    programs: z.array(programSchema().extend({ ...offering, kind: z.literal('program') })),
    projects: z.array(projectSchema().extend({ ...offering, kind: z.literal('project') })),
  });
}

export type CatalogueDocument = z.output<ReturnType<typeof catalogueDocumentSchema>>;

/** JSON Schema (draft 2020-12) of catalogue.json; `output` mode, so fields with defaults are required. */
export function catalogueJsonSchema(schemaUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(catalogueDocumentSchema(), { target: 'draft-2020-12', io: 'output' });
  return { ...schema, $id: schemaUrl, title: 'Förderatlas: catalogue.json' };
}

/** Every entry of every collection, references as ids, sorted by id so diffs between builds stay small. */
export function catalogueDocument(catalogue: Catalogue, ctx: ExportContext, description: string): CatalogueDocument {
  const { tree } = catalogue;
  // Entries carry their id (and file) first (src/site/catalogue.ts), so spreading keeps them the first keys.
  const offering = <T extends Offering>(o: T) => ({
    ...o,
    key: offeringKey(o),
    status: catalogue.status(o),
    regionAncestors: regionAncestors(tree, o.area),
  });
  return {
    meta: {
      title: 'Förderatlas',
      description,
      generated: ctx.generated,
      url: ctx.siteUrl,
      source: ctx.source,
      license: ctx.license,
      counts: {
        regions: catalogue.regions.length,
        actionFields: catalogue.actionFields.length,
        targetGroups: catalogue.targetGroups.length,
        organizations: catalogue.organizations.length,
        programs: catalogue.programs.length,
        projects: catalogue.projects.length,
      },
    },
    regions: byId(catalogue.regions).map((r) => ({ ...r, ancestors: [...tree.ancestors(r.id)] })),
    actionFields: byId(catalogue.actionFields),
    targetGroups: byId(catalogue.targetGroups),
    organizations: byId(catalogue.organizations),
    programs: byId(catalogue.programs).map(offering),
    projects: byId(catalogue.projects).map(offering),
  };
}

// ---------------------------------------------------------------------------------------------
// offerings.csv

export const CSV_COLUMNS = [
  'key', 'kind', 'id', 'title', 'summary', 'titleEn', 'summaryEn', 'titleAr', 'summaryAr', 'status', 'periodStart', 'periodEnd', 'area', 'actionFields', 'targetGroups',
  'funder', 'carrier', 'level', 'fundingTypes', 'eligible', 'format', 'cost', 'languages', 'eligibility', 'ageMin', 'ageMax', 'hours', 'howTo',
  'url', 'page', 'reviewed', 'primarySource', 'example',
] as const;
export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

const many = (values: readonly string[] | undefined) => (values ?? []).join(';');

/**
 * One row per offering, in title order. References are written as names (what a person reads in a
 * spreadsheet; the ids are in catalogue.json), enumerations as their slugs; lists joined by ";".
 */
export function offeringRows(catalogue: Catalogue, ctx: ExportContext): CsvRow[] {
  return catalogue.offerings.map((o) => ({
    key: offeringKey(o),
    kind: o.kind,
    id: o.id,
    title: o.title,
    summary: o.summary,
    titleEn: o.translations?.en?.title ?? '',
    summaryEn: o.translations?.en?.summary ?? '',
    titleAr: o.translations?.ar?.title ?? '',
    summaryAr: o.translations?.ar?.summary ?? '',
    status: catalogue.status(o),
    periodStart: o.period.start,
    periodEnd: o.period.end ?? '',
    area: many(o.area.map((id) => catalogue.region(id).name)),
    actionFields: many(o.actionFields.map((id) => catalogue.actionField(id).title)),
    targetGroups: many(o.targetGroups.map((id) => catalogue.targetGroup(id).title)),
    funder: o.kind === 'program' ? catalogue.organization(o.funder).name : '',
    carrier: o.kind === 'project' ? catalogue.organization(o.carrier).name : '',
    level: o.kind === 'program' ? o.level : '',
    fundingTypes: o.kind === 'program' ? many(o.fundingTypes) : '',
    eligible: o.kind === 'program' ? many(o.eligible) : '',
    format: o.kind === 'project' ? many(o.format) : '',
    cost: o.kind === 'project' ? o.cost : '',
    languages: many(o.languages),
    eligibility: o.eligibility ?? '',
    ageMin: o.ageRange?.min?.toString() ?? '',
    ageMax: o.ageRange?.max?.toString() ?? '',
    hours: o.kind === 'project' ? hoursText(o.hours) : '',
    howTo: many(o.howTo),
    url: o.url ?? '',
    page: ctx.offeringUrl(o),
    reviewed: o.reviewed,
    primarySource: hasPrimarySource(o) ? 'true' : 'false',
    example: o.example ? 'true' : 'false',
  }));
}

/** Opening hours in one cell: "mo,di 09:00-12:00; nach Vereinbarung; <note>" (codes as in the schema). */
function hoursText(hours: ProjectEntry['hours']): string {
  if (!hours) return '';
  return [
    ...(hours.slots ?? []).map((s) => `${s.days.join(',')} ${s.from}-${s.to}`),
    ...(hours.byAppointment ? ['nach Vereinbarung'] : []),
    ...(hours.note ? [hours.note] : []),
  ].join('; ');
}

/** UTF-8 with BOM (so spreadsheet programs detect the encoding), CRLF and RFC 4180 quoting. */
export function toCsv(rows: readonly CsvRow[]): string {
  // escape_formulas: a cell starting with =, +, -, @, tab or CR gets a leading ' so no spreadsheet runs it.
  return stringify(rows as CsvRow[], { header: true, columns: [...CSV_COLUMNS], bom: true, record_delimiter: 'windows', escape_formulas: true });
}

// ---------------------------------------------------------------------------------------------
// Atom feeds

/** How many entries a feed holds at most: the newest; the full list is in catalogue.json. */
export const FEED_LIMIT = 100;

export interface FeedItem {
  key: string;
  title: string;
  summary: string;
  link: string;
  /** The newer of `reviewed` and the file's last change in git (YYYY-MM-DD). */
  date: string;
  categories: string[];
}

/**
 * Last-change dates of offerings by key ("programs/<id>"), from `lastChanged()`'s map of absolute
 * paths; an offering is one `.yaml` or `.mdx` file under its collection folder.
 */
export function changeDatesByKey(offerings: readonly Offering[], contentDir: string, byPath: ReadonlyMap<string, string>): Map<string, string> {
  const dates = new Map<string, string>();
  for (const o of offerings) {
    const folder = join(contentDir, o.kind === 'program' ? 'programs' : 'projects');
    const date = byPath.get(join(folder, `${o.id}.yaml`)) ?? byPath.get(join(folder, `${o.id}.mdx`));
    if (date) dates.set(offeringKey(o), date);
  }
  return dates;
}

/** New and changed offerings, newest first (ties by title), at most `limit`. */
export function feedItems(
  catalogue: Catalogue,
  offerings: readonly Offering[],
  changed: ReadonlyMap<string, string>,
  ctx: ExportContext,
  limit = FEED_LIMIT,
): FeedItem[] {
  return offerings
    .map((o) => {
      const git = changed.get(offeringKey(o));
      return {
        key: offeringKey(o),
        title: o.title,
        summary: o.summary,
        link: ctx.offeringUrl(o),
        date: git && git > o.reviewed ? git : o.reviewed,
        categories: o.actionFields.map((id) => catalogue.actionField(id).title),
      };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'de') || a.key.localeCompare(b.key))
    .slice(0, limit);
}

export interface FeedOptions {
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself and of the page it belongs to. */
  feedUrl: string;
  pageUrl: string;
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * The feed library writes entry titles and summaries as type="html" (the feed's own title and
 * subtitle as text), so a reader renders them as HTML: our texts are plain text, so their markup
 * characters must arrive as entities, never as tags.
 */
export function textAsHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An Atom 1.0 document; `updated` is the newest entry's date (or the build date), never the clock. */
export function atomFeed(items: readonly FeedItem[], options: FeedOptions, ctx: ExportContext): string {
  const feed = new Feed({
    id: options.feedUrl,
    title: options.title,
    description: options.subtitle,
    link: options.pageUrl,
    feedLinks: { atom: options.feedUrl },
    language: 'de',
    updated: day(items[0]?.date ?? ctx.generated),
    generator: 'Förderatlas',
    copyright: ctx.license.name,
    author: { name: 'Förderatlas', link: ctx.siteUrl },
  });
  for (const item of items) {
    feed.addItem({
      id: item.link,
      title: textAsHtml(item.title),
      link: item.link,
      date: day(item.date),
      description: textAsHtml(item.summary),
      category: item.categories.map((name) => ({ name, term: name })),
    });
  }
  return feed.atom1();
}

// ---------------------------------------------------------------------------------------------
// iCalendar

export interface DeadlineEvent {
  /** Stable across builds: "<program-id>-<date>@foerderatlas" (plus "-2", "-3" for a second deadline that day). */
  uid: string;
  date: string;
  programId: string;
  summary: string;
  description: string;
  url: string;
}

/** Every deadline of the given programmes as an all-day event, by date, then programme id; `summary` words the title. */
export function deadlineEvents(programs: readonly ProgramEntry[], ctx: ExportContext, summary: (programTitle: string) => string): DeadlineEvent[] {
  const events: DeadlineEvent[] = [];
  for (const program of byId(programs)) {
    const seen = new Map<string, number>();
    for (const deadline of program.deadlines ?? []) {
      const n = (seen.get(deadline.date) ?? 0) + 1;
      seen.set(deadline.date, n);
      const link = ctx.offeringUrl(program);
      events.push({
        uid: `${program.id}-${deadline.date}${n > 1 ? `-${n}` : ''}@foerderatlas`,
        date: deadline.date,
        programId: program.id,
        summary: summary(program.title),
        description: `${deadline.label}\n\n${program.summary}\n\n${link}`,
        url: link,
      });
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.programId.localeCompare(b.programId));
}

/** The day after a YYYY-MM-DD date: the exclusive DTEND of an all-day event. */
function nextDay(date: string): Date {
  const d = day(date);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/** An iCalendar (RFC 5545) document; DTSTAMP is the build date so builds stay reproducible. */
export function icsCalendar(events: readonly DeadlineEvent[], options: { name: string; description: string; url: string }, ctx: ExportContext): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    url: options.url,
    prodId: { company: 'Foerderatlas', product: 'Fristen', language: 'DE' },
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      start: day(event.date),
      end: nextDay(event.date),
      allDay: true,
      summary: event.summary,
      description: event.description,
      url: event.url,
      stamp: day(ctx.generated),
    });
  }
  return calendar.toString();
}

// ---------------------------------------------------------------------------------------------
// DCAT-AP.de

export interface DistributionDescription {
  title: string;
  description: string;
  /** Path under the site root, e.g. "data/catalogue.json". */
  path: string;
  mediaType: string;
  /** Code of the EU file-type vocabulary (JSON, CSV, ATOM, JSON_LD), where there is one. */
  fileType?: string;
}

export interface DatasetDescription {
  id: string;
  title: string;
  description: string;
  keywords: readonly string[];
  distributions: DistributionDescription[];
}

const IANA = 'https://www.iana.org/assignments/media-types/';
const FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';

/** A dcat:Catalog of the open-data files as JSON-LD, after DCAT-AP.de 2.0. */
export function dcatCatalog(datasets: readonly DatasetDescription[], meta: { title: string; description: string }, ctx: ExportContext): Record<string, unknown> {
  const publisher = { '@type': 'foaf:Agent', 'foaf:name': 'Förderatlas', 'foaf:homepage': { '@id': ctx.siteUrl } };
  const license = { '@id': ctx.license.url };
  const date = { '@value': ctx.generated, '@type': 'xsd:date' };
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      dcatde: 'http://dcat-ap.de/def/dcatde/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': absoluteUrl(ctx, 'data/dcat.jsonld'),
    '@type': 'dcat:Catalog',
    'dct:title': { '@value': meta.title, '@language': 'de' },
    'dct:description': { '@value': meta.description, '@language': 'de' },
    'dct:publisher': publisher,
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/DEU' },
    'dct:license': license,
    'dct:modified': date,
    'foaf:homepage': { '@id': ctx.siteUrl },
    'dcat:dataset': datasets.map((dataset) => ({
      '@id': `${absoluteUrl(ctx, 'daten/')}#${dataset.id}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': dataset.id,
      'dct:title': { '@value': dataset.title, '@language': 'de' },
      'dct:description': { '@value': dataset.description, '@language': 'de' },
      'dcat:keyword': dataset.keywords.map((k) => ({ '@value': k, '@language': 'de' })),
      'dct:publisher': publisher,
      'dct:issued': date,
      'dct:modified': date,
      'dct:license': license,
      'dct:spatial': { '@id': 'http://dcat-ap.de/def/politicalGeocoding/stateKey/06' },
      'dcat:theme': { '@id': 'http://publications.europa.eu/resource/authority/data-theme/SOCI' },
      'dcat:landingPage': { '@id': absoluteUrl(ctx, 'daten/') },
      'dcat:distribution': dataset.distributions.map((d) => ({
        '@id': absoluteUrl(ctx, d.path),
        '@type': 'dcat:Distribution',
        'dct:title': { '@value': d.title, '@language': 'de' },
        'dct:description': { '@value': d.description, '@language': 'de' },
        'dct:issued': date,
        'dct:modified': date,
        'dct:license': license,
        'dcat:mediaType': { '@id': `${IANA}${d.mediaType}` },
        ...(d.fileType ? { 'dct:format': { '@id': `${FILE_TYPE}${d.fileType}` } } : {}),
        'dcat:accessURL': { '@id': absoluteUrl(ctx, d.path) },
        'dcat:downloadURL': { '@id': absoluteUrl(ctx, d.path) },
      })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// 360Giving

/** One grant per project funding entry that names an amount (360Giving Data Standard, JSON). */
export function grants(catalogue: Catalogue, ctx: ExportContext): Record<string, unknown> {
  const org = (id: string) => {
    const o = catalogue.organization(id);
    return { id: `foerderatlas-org-${o.id}`, name: o.name, ...(o.url ? { url: o.url } : {}) };
  };
  const list = byId(catalogue.projects).flatMap((project) =>
    (project.funding ?? []).flatMap((funding, index) => {
      if (funding.amount === undefined) return [];
      const program = catalogue.program(funding.program);
      const years = [...(funding.years ?? [])].sort();
      return [
        {
          id: `360G-foerderatlas-${project.id}-${index + 1}`,
          title: project.title,
          description: project.summary,
          currency: 'EUR',
          amountAwarded: funding.amount,
          awardDate: years.length ? `${years[0]}-01-01` : project.period.start,
          ...(years.length ? { plannedDates: [{ startDate: `${years[0]}-01-01`, endDate: `${years.at(-1)}-12-31` }] } : {}),
          recipientOrganization: [org(project.carrier)],
          fundingOrganization: [org(program.funder)],
          grantProgramme: [{ code: program.id, title: program.title, url: ctx.offeringUrl(program) }],
          beneficiaryLocation: project.area.map((id) => {
            const region = catalogue.region(id);
            return { name: region.name, ...(region.ags ? { geoCode: region.ags, geoCodeType: 'AGS' } : {}) };
          }),
          url: ctx.offeringUrl(project),
          dataSource: ctx.offeringUrl(project),
          dateModified: project.reviewed,
          ...(project.example ? { classifications: [{ vocabulary: 'foerderatlas', code: 'beispiel', title: 'Erfundenes Beispiel' }] } : {}),
        },
      ];
    }),
  );
  return { license: ctx.license.url, generated: ctx.generated, grants: list };
}
