import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactPath, countClass, projectKreise, relativePath } from '../../src/lib/maps';

const root = resolve(import.meta.dirname, '../..');
const kreise = JSON.parse(readFileSync(join(root, 'src/data/geo/hessen-kreise-2026.geojson'), 'utf8'));
const outline = JSON.parse(readFileSync(join(root, 'src/data/geo/hessen.geojson'), 'utf8'));

describe('map builder', () => {
  const map = projectKreise(kreise, outline, 600);

  it('draws the 27 Kreise with their keys, Hanau among them', () => {
    expect(map.shapes).toHaveLength(27);
    expect(new Set(map.shapes.map((s) => s.ags)).size).toBe(27);
    expect(map.shapes.find((s) => s.ags === '06435014')?.name).toBe('Hanau');
    expect(map.shapes.filter((s) => s.kind === 'kreisfreie-stadt')).toHaveLength(6);
  });

  it('keeps north up and the map inside its box', () => {
    const kassel = map.shapes.find((s) => s.ags === '06611')!;
    const darmstadt = map.shapes.find((s) => s.ags === '06411')!;
    expect(kassel.cy).toBeLessThan(darmstadt.cy);
    for (const s of map.shapes) {
      expect(s.cx).toBeGreaterThanOrEqual(0);
      expect(s.cx).toBeLessThanOrEqual(600);
      expect(s.cy).toBeLessThanOrEqual(map.height);
    }
    expect(map.height).toBeGreaterThan(600);
  });

  it('fits the budgets: a full map under 100 kB, a locator map under 8 kB', () => {
    expect(map.shapes.reduce((n, s) => n + s.d.length, 0)).toBeLessThan(100_000);
    const small = projectKreise(kreise, outline, 140, 0);
    expect(small.outline.length + small.shapes.find((s) => s.ags === '06611')!.d.length).toBeLessThan(8_000);
  });

  it('rounds path data and drops repeated points', () => {
    expect(compactPath('M1.04,2.06L1.01,2.04L1.02,2.03L3,4Z', 1)).toBe('M1,2.1L1,2L3,4Z');
    expect(compactPath('M0.4,0.4L0.2,0.1L5,5', 0)).toBe('M0,0L5,5');
  });

  it('writes lines relative to the previous point, and the points stay the same', () => {
    expect(relativePath('M21,93L21,94L23,96L20,95ZM5,5L6,4Z', 0)).toBe('M21,93l0,1 2,2-3,-1ZM5,5l1,-1Z');
    expect(relativePath('M1.5,2L1.7,2.1', 1)).toBe('M1.5,2l0.2,0.1');
    // Read back: every absolute point of the original is reached by adding up the deltas.
    const absolute = (d: string) => {
      const points: string[] = [];
      let [x, y] = [0, 0];
      for (const [, cmd, args] of d.matchAll(/([MLZml])([^MLZml]*)/g)) {
        const nums = (args!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
        for (let i = 0; i < nums.length; i += 2) {
          [x, y] = cmd === 'l' ? [x + nums[i]!, y + nums[i + 1]!] : [nums[i]!, nums[i + 1]!];
          points.push(`${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`);
        }
      }
      return points;
    };
    // A long path of seeded pseudo-random points (one decimal), twice as subpaths.
    let seed = 7;
    const next = () => ((seed = (seed * 48271) % 2147483647) % 2000) / 10;
    const sub = () => `M${next()},${next()}${Array.from({ length: 200 }, () => `L${next()},${next()}`).join('')}Z`;
    const original = compactPath(sub() + sub(), 1);
    const relative = relativePath(original, 1);
    expect(absolute(relative)).toEqual(absolute(original));
    expect(relative.length).toBeLessThan(original.length);
  });

  it('sorts counts into classes with 0 as the gap', () => {
    expect([0, 1, 2, 3, 4, 17].map(countClass)).toEqual([0, 1, 2, 2, 3, 3]);
  });
});
