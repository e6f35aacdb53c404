/**
 * The site side of the open-data exports: the deployment's URLs and licence, git change dates read
 * once per build, the JSON response and partner limit of the endpoints, and the list of files that
 * /daten/ explains and dcat.jsonld describes.
 */
import { de, type Dictionary } from '../i18n/de';
import { buildDate } from '../io/build-date';
import type { Catalogue } from '../lib/catalogue';
import { siteConfig } from '../lib/config';
import { contentDir } from '../lib/content-dir';
import { kreiseOf } from '../lib/action-exports';
import { CSV_COLUMNS, FEED_LIMIT, changeDatesByKey, type DatasetDescription, type ExportContext } from '../lib/export';
import { lastChanged } from '../io/git-dates';
import { hsdsExport, type HsdsExport } from '../lib/hsds';
import { offeringUrl, url } from './urls';

/** A JSON endpoint's response, pretty enough to read and diff. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

/** Absolute URL of a site path such as "/feed.xml" (base path included by url()). */
export const absolute = (path: string) => new URL(url(path), import.meta.env.SITE).href;

export function exportContext(): ExportContext {
  const config = siteConfig();
  return {
    siteUrl: absolute('/'),
    generated: buildDate(),
    license: config.dataLicense,
    source: config.repository,
    offeringUrl: (o) => new URL(offeringUrl(o), import.meta.env.SITE).href,
  };
}

let changed: Map<string, string> | undefined;

/** Last git change per offering key; one `git log` for all feeds of a build. */
export function changeDates(catalogue: Catalogue): Map<string, string> {
  const dir = contentDir();
  changed ??= changeDatesByKey(catalogue.offerings, dir, lastChanged(dir));
  return changed;
}

export interface OpenDataFile {
  /** Site path, e.g. "/data/catalogue.json". */
  path: string;
  name: string;
  format: string;
  mediaType: string;
  fileType?: string;
  text: string;
  /** Per action field or region: one example path of the pattern. */
  pattern?: string;
}

/** The datasets and their files, in the order /daten/ lists them; texts from `dictionary` (German for dcat.jsonld). */
export function openDataSets(catalogue: Catalogue, dictionary: Dictionary = de): (Omit<DatasetDescription, 'distributions' | 'description'> & { files: OpenDataFile[] })[] {
  const t = dictionary.data;
  const field = catalogue.actionFields[0]?.id ?? 'sprache';
  const region = catalogue.regions.find((r) => r.kind === 'land')?.id ?? catalogue.regions[0]?.id ?? 'hessen';
  const json = { format: 'JSON', mediaType: 'application/json', fileType: 'JSON' };
  const atom = { format: 'Atom', mediaType: 'application/atom+xml', fileType: 'ATOM' };
  const ics = { format: 'iCalendar', mediaType: 'text/calendar' };
  const computed = t.file.catalogueComputed;
  return [
    {
      id: 'katalog',
      ...t.datasets.katalog,
      files: [
        { path: '/data/catalogue.json', name: 'catalogue.json', ...json, text: t.file.catalogue(computed) },
        { path: '/data/catalogue.schema.json', name: 'catalogue.schema.json', ...json, format: 'JSON Schema', mediaType: 'application/schema+json', text: t.file.schema },
        { path: '/data/offerings.csv', name: 'offerings.csv', format: 'CSV', mediaType: 'text/csv', fileType: 'CSV', text: t.file.csv(CSV_COLUMNS.join(', ')) },
      ],
    },
    {
      id: 'ueberschneidungen',
      ...t.datasets.ueberschneidungen,
      files: [
        { path: '/data/overlaps.json', name: 'overlaps.json', ...json, text: t.file.overlaps },
        { path: `/data/ueberschneidungen/${region}.json`, name: 'ueberschneidungen/<region>.json', ...json, text: t.file.overlapsKreis, pattern: region },
      ],
    },
    { id: 'abdeckung', ...t.datasets.abdeckung, files: [{ path: '/data/coverage.json', name: 'coverage.json', ...json, text: t.file.coverage }] },
    {
      id: 'aenderungen',
      ...t.datasets.aenderungen,
      files: [
        { path: '/feed.xml', name: 'feed.xml', ...atom, text: t.file.feed(FEED_LIMIT) },
        { path: `/handlungsfelder/${field}/feed.xml`, name: 'handlungsfelder/<id>/feed.xml', ...atom, text: t.file.fieldFeed, pattern: field },
        { path: `/regionen/${region}/feed.xml`, name: 'regionen/<id>/feed.xml', ...atom, text: t.file.regionFeed, pattern: region },
      ],
    },
    {
      id: 'fristen',
      ...t.datasets.fristen,
      files: [
        { path: '/fristen.ics', name: 'fristen.ics', ...ics, text: t.file.calendar },
        { path: `/regionen/${region}/fristen.ics`, name: 'regionen/<id>/fristen.ics', ...ics, text: t.file.regionCalendar, pattern: region },
      ],
    },
    { id: 'foerderungen', ...t.datasets.foerderungen, files: [{ path: '/data/360giving.json', name: '360giving.json', ...json, text: t.file.grants }] },
    {
      id: 'hsds',
      ...dictionary.editors.hsdsDataset,
      files: [
        { path: '/data/hsds/services.json', name: 'hsds/services.json', ...json, text: dictionary.editors.hsdsServices },
        { path: '/data/hsds/organizations.json', name: 'hsds/organizations.json', ...json, text: dictionary.editors.hsdsOrganizations },
        { path: '/data/hsds/locations.json', name: 'hsds/locations.json', ...json, text: dictionary.editors.hsdsLocations },
      ],
    },
    ...actionDataSets(dictionary, kreiseOf(catalogue.regions)[0] ?? region),
  ];
}

/** The datasets of issue 21: similar offerings, funding chains, the end-of-funding radar. */
function actionDataSets(dictionary: Dictionary, kreis: string) {
  const t = dictionary.gapToAction.data;
  return [
    { id: 'aehnliche-angebote', ...t.similar, files: [{ path: '/data/similar.json', name: 'similar.json', format: 'JSON', mediaType: 'application/json', fileType: 'JSON', text: t.similarFile }] },
    { id: 'foerderketten', ...t.chains, files: [{ path: '/data/foerderketten.csv', name: 'foerderketten.csv', format: 'CSV', mediaType: 'text/csv', fileType: 'CSV', text: t.chainsFile }] },
    {
      id: 'foerderende',
      ...t.radar,
      files: [{ path: `/foerderende/${kreis}/feed.xml`, name: 'foerderende/<kreis>/feed.xml', format: 'Atom', mediaType: 'application/atom+xml', fileType: 'ATOM', text: t.radarFile, pattern: kreis }],
    },
  ];
}

/** The DCAT description of the datasets; per-field and per-region files are named by their example. */
export function dcatDatasets(catalogue: Catalogue): DatasetDescription[] {
  return openDataSets(catalogue).map((set) => ({
    id: set.id,
    title: set.title,
    keywords: set.keywords,
    description: set.files.map((f) => f.text).join(' '),
    distributions: set.files.map((f) => ({
      title: f.pattern ? f.path.slice(1) : f.name,
      description: f.text,
      path: f.path.slice(1),
      mediaType: f.mediaType,
      fileType: f.fileType,
    })),
  }));
}

let hsds: HsdsExport | undefined;

/** The HSDS 3 export (src/lib/hsds.ts) with German labels, computed once per build for its three files. */
export function hsdsData(catalogue: Catalogue): HsdsExport {
  const names = new Intl.DisplayNames(['de'], { type: 'language' });
  hsds ??= hsdsExport(
    catalogue,
    { organizationKind: de.organizationKind, cost: de.cost, language: (code) => names.of(code) ?? code },
    { offeringUrl: (o) => new URL(offeringUrl(o), import.meta.env.SITE).href },
  );
  return hsds;
}
