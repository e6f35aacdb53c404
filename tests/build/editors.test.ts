/**
 * The editors' and data partners' parts of the built site: the HSDS 3 files validate against the HSDS
 * schemas and match the content, dcat.jsonld and /daten/ list them, /mitmachen/ offers the prefilled
 * e-mail in every language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { hsdsErrors, hsdsValidators } from '../helpers/hsds-schema';

const root = resolve(import.meta.dirname, '../..');
const DIST = join(root, 'dist');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown>[];

describe('HSDS 3 export in dist/data/hsds/', () => {
  const services = json('data/hsds/services.json');
  const organizations = json('data/hsds/organizations.json');
  const locations = json('data/hsds/locations.json');
  const validators = hsdsValidators();
  const projects = readdirSync(join(root, 'content', 'projects'));
  const withAddress = projects.filter((f) => {
    const text = readFileSync(join(root, 'content', 'projects', f), 'utf8');
    const yaml = f.endsWith('.mdx') ? text.split(/^---$/m)[1]! : text;
    return (parseYaml(yaml) as { address?: unknown }).address !== undefined;
  });

  it('validates against the HSDS schemas (services, organizations, locations)', () => {
    expect(hsdsErrors(validators.service, services)).toEqual([]);
    expect(hsdsErrors(validators.organization, organizations)).toEqual([]);
    expect(hsdsErrors(validators.location, locations)).toEqual([]);
  });

  it('holds one service per project, every carrier once, one location per project with an address', () => {
    expect(services).toHaveLength(projects.length);
    expect(locations).toHaveLength(withAddress.length);
    const carriers = new Set(services.map((s) => s.organization_id));
    expect(new Set(organizations.map((o) => o.id))).toEqual(carriers);
  });

  it('every service area of a Hessian region carries its AGS', () => {
    const areas = services.flatMap((s) => s.service_areas as { name: string; uri?: string; description?: string }[]);
    expect(areas.length).toBeGreaterThanOrEqual(services.length);
    const hessian = areas.filter((a) => a.description?.startsWith('Amtlicher Gemeindeschlüssel (AGS): 06'));
    expect(hessian.length).toBeGreaterThan(0);
    for (const area of hessian) expect(area.uri).toMatch(/^http:\/\/dcat-ap\.de\/def\/politicalGeocoding\/\w+Key\/06\d*$/);
  });

  it('is listed in dcat.jsonld and on /daten/', () => {
    const dcat = read('data/dcat.jsonld');
    for (const file of ['services', 'organizations', 'locations']) {
      expect(dcat).toContain(`data/hsds/${file}.json`);
      expect(read('daten/index.html')).toContain(`/data/hsds/${file}.json`);
    }
  });
});

describe('/mitmachen/: per E-Mail melden', () => {
  it.each([
    ['mitmachen/index.html', 'Name des Angebots'],
    ['en/mitmachen/index.html', 'Name of the service'],
    ['ar/mitmachen/index.html', 'اسم العرض'],
  ])('%s links a prefilled e-mail to the editors', (page, field) => {
    const href = /href="(mailto:[^"]+)"/.exec(read(page))?.[1]?.replaceAll('&amp;', '&');
    expect(href).toBeDefined();
    const url = new URL(href!);
    expect(decodeURIComponent(url.pathname)).toBe('redaktion@foerderatlas.example.org');
    expect(url.searchParams.get('body')).toContain(`${field}: `);
  });
});

describe('/mitmachen/: the spreadsheet template', () => {
  it.each(['mitmachen/index.html', 'en/mitmachen/index.html', 'ar/mitmachen/index.html'])('%s offers vorlage.xlsx for download, and it is in dist/', (page) => {
    expect(read(page)).toMatch(/<a href="\/vorlage\.xlsx" download="vorlage\.xlsx"/);
    // An Office Open XML package (zip) with the three sheets.
    const file = readFileSync(join(DIST, 'vorlage.xlsx'));
    expect([...file.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});
