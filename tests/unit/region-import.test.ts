import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importRegions, spokenName, type ChangeRow, type TableRow } from '../../src/lib/region-import';

const root = resolve(import.meta.dirname, '../..');
const csv = <T>(file: string) => parseCsv(readFileSync(join(root, 'src/data', file), 'utf8'), { columns: true }) as T[];
const rows = csv<TableRow>('hessen-regionen.csv');
const changes = csv<ChangeRow>('hessen-aenderungen.csv');
const shipped = readdirSync(join(root, 'content/regions')).map((f) => ({ id: f.slice(0, -5), text: readFileSync(join(root, 'content/regions', f), 'utf8') }));
const TODAY = '2026-11-26';

describe('region importer', () => {
  const result = importRegions(rows, changes, shipped, TODAY);
  const data = (id: string) => parse(result.files.get(`${id}.yaml`)!);

  it('builds today’s tree: 3 Regierungsbezirke, 27 Kreise, 421 Gemeinden', () => {
    expect(result.counts).toEqual({ regierungsbezirke: 3, kreise: 27, gemeinden: 421 });
  });

  it('makes Hanau a kreisfreie Stadt in the Regierungsbezirk Darmstadt and keeps Main-Kinzig without it', () => {
    expect(data('hanau')).toMatchObject({ kind: 'kreisfreie-stadt', parent: 'regierungsbezirk-darmstadt', ags: '06435014' });
    const mkk = rows.filter((r) => r.parent_ags === '06435' && r.ags !== '06435014').reduce((s, r) => s + Number(r.population), 0);
    expect(data('main-kinzig-kreis').population).toBe(mkk);
  });

  it('merges Bromskirchen into Allendorf (Eder), keeping Hessen’s population', () => {
    expect(result.files.has('bromskirchen.yaml')).toBe(false);
    expect(data('hessen').population).toBe(6288080);
  });

  it('writes exactly the shipped files: a second run changes no byte', () => {
    for (const [name, text] of result.files) expect(readFileSync(join(root, 'content/regions', name), 'utf8'), name).toBe(text);
    const again = importRegions(rows, changes, [...result.files].map(([name, text]) => ({ id: name.slice(0, -5), text })), TODAY);
    expect(again.files).toEqual(result.files);
  });

  it('keeps model-region ids, hand-added fields and comments', () => {
    const wetzlar = { id: 'wetzlar', text: '# Handgeschrieben\nname: Wetzlar\nkind: gemeinde\nags: "06532023"\nmodelRegion: true\ncoordination:\n  name: Koordinationsbüro\n' };
    const out = importRegions(rows, changes, [wetzlar], TODAY).files.get('wetzlar.yaml')!;
    expect(out).toContain('# Handgeschrieben');
    expect(parse(out)).toMatchObject({ name: 'Wetzlar', kind: 'sonderstatusstadt', parent: 'lahn-dill-kreis', modelRegion: true, coordination: { name: 'Koordinationsbüro' } });
  });

  it('names places as people say them and keeps the official name', () => {
    expect(spokenName('Bad Homburg v. d. Höhe, Stadt')).toBe('Bad Homburg v. d. Höhe');
    expect(data('bad-homburg-v-d-hoehe')).toMatchObject({ name: 'Bad Homburg v. d. Höhe', officialName: 'Bad Homburg v. d. Höhe, Stadt', kind: 'sonderstatusstadt' });
  });

  it('resolves a name used twice with the Kreis name', () => {
    const twin: TableRow[] = [
      { ags: '06', name: 'Hessen', kind: 'land', parent_ags: '', population: '' },
      { ags: '06531', name: 'Gießen', kind: 'landkreis', parent_ags: '06', population: '' },
      { ags: '06532', name: 'Lahn-Dill-Kreis', kind: 'landkreis', parent_ags: '06', population: '' },
      { ags: '06531001', name: 'Neudorf', kind: 'gemeinde', parent_ags: '06531', population: '10' },
      { ags: '06532001', name: 'Neudorf', kind: 'gemeinde', parent_ags: '06532', population: '20' },
    ];
    const names = [...importRegions(twin, [], [], TODAY).files.keys()].sort();
    expect(names).toEqual(['hessen.yaml', 'landkreis-giessen.yaml', 'lahn-dill-kreis.yaml', 'neudorf-giessen.yaml', 'neudorf-lahn-dill-kreis.yaml'].sort());
  });
});
