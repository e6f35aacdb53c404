import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightOfKey, locatorKey, locatorSvg } from '../../src/lib/locator';
import { projectKreise } from '../../src/lib/maps';

const root = resolve(import.meta.dirname, '../..');
const geo = (name: string) => JSON.parse(readFileSync(join(root, 'src/data/geo', name), 'utf8'));
const map = projectKreise(geo('hessen-kreise-2026.geojson'), geo('hessen.geojson'), 150, 0);

describe('locator map files', () => {
  it('one key per set of Kreise, whatever their order; all of Hessen is "hessen"', () => {
    expect(locatorKey({ ags: new Set(['06611', '06411']), all: false })).toBe('06411-06611');
    expect(locatorKey({ ags: new Set(['06411', '06611']), all: false })).toBe('06411-06611');
    expect(locatorKey({ ags: new Set(['06611']), all: true })).toBe('hessen');
    expect(highlightOfKey('06411-06435014')).toEqual({ ags: new Set(['06411', '06435014']), all: false });
    expect(highlightOfKey('hessen').all).toBe(true);
  });

  it('draws the outline and the highlighted Kreise with colours of its own, no style or script', () => {
    const svg = locatorSvg(map, { ags: new Set(['06611']), all: false });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 150 \d+"/);
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg).toContain(`d="${map.shapes.find((s) => s.ags === '06611')!.d}" fill="#00355f"`);
    expect(svg).not.toMatch(/<style|<script|class=|style=/);
    const all = locatorSvg(map, { ags: new Set(), all: true });
    expect(all.match(/<path /g)).toHaveLength(1);
    expect(all).toContain('fill="#00355f"');
    expect(all.length).toBeLessThan(8_000);
  });
});
