/** The finder's built data and pages: every Hessian place is reachable, every answer link lands on a page. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/browser';
import { parse } from 'yaml';

const places = JSON.parse(readFileSync(join(DIST, 'finden', 'orte.json'), 'utf8')) as { id: string; name: string; kreis?: string; postcodes?: string[] }[];

describe('finder place list', () => {
  it('knows every Gemeinde, kreisfreie Stadt, Sonderstatusstadt and Landkreis of Hessen, each with its Kreis', () => {
    const dir = join(import.meta.dirname, '..', '..', 'content', 'regions');
    const regions = readdirSync(dir).map((f) => ({ id: f.replace(/\.yaml$/, ''), kind: (parse(readFileSync(join(dir, f), 'utf8')) as { kind: string }).kind }));
    const expected = regions.filter((r) => ['gemeinde', 'kreisfreie-stadt', 'sonderstatusstadt', 'landkreis'].includes(r.kind)).map((r) => r.id).sort();
    expect(places.map((p) => p.id).sort()).toEqual(expected);
    for (const place of places) {
      const kind = regions.find((r) => r.id === place.id)!.kind;
      if (kind === 'gemeinde' || kind === 'sonderstatusstadt') expect(place.kreis, place.id).toBeTruthy();
    }
    const postcodes = new Set(places.flatMap((p) => p.postcodes ?? []));
    console.log(`Ortsliste des Angebotsfinders: ${places.length} Orte (${expected.filter((id) => regions.find((r) => r.id === id)!.kind === 'gemeinde').length} Gemeinden), ${postcodes.size} Postleitzahlen`);
  });

  it('has a step-2 page for every place, and every need there links to an answer page that exists', () => {
    let links = 0;
    for (const lang of ['', 'en/', 'ar/']) {
      for (const place of places) {
        const file = join(DIST, lang, 'finden', place.id, 'index.html');
        expect(existsSync(file), file).toBe(true);
        for (const [, href] of readFileSync(file, 'utf8').matchAll(/class="need" href="([^"]+)"/g)) {
          const path = href!.replace(/\?.*$/, '');
          expect(existsSync(join(DIST, path, 'index.html')), `${file} → ${href}`).toBe(true);
          links++;
        }
      }
    }
    expect(links).toBe(places.length * 3 * readdirSync(join(DIST, 'handlungsfelder')).filter((d) => !d.includes('.')).length);
  });
});
