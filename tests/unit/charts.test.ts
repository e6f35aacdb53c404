import { describe, expect, it } from 'vitest';
import { columns, horizontalBars, niceScale } from '../../src/lib/charts';

describe('charts', () => {
  it('rounds axes to 1, 2 or 5 times a power of ten', () => {
    expect(niceScale(17)).toEqual({ max: 20, step: 5 });
    expect(niceScale(3)).toEqual({ max: 3, step: 1 });
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
    expect(niceScale(1234)).toEqual({ max: 1500, step: 500 });
  });

  it('draws bars proportional to their values, one under the other', () => {
    const chart = horizontalBars([{ label: 'a', value: 10 }, { label: 'b', value: 5 }], { width: 400, labelWidth: 100 });
    const [a, b] = chart.bars;
    expect(a!.width).toBeCloseTo(2 * b!.width);
    expect(b!.y).toBeGreaterThan(a!.y);
    expect(chart.ticks.at(-1)!.value).toBe(10);
    expect(a!.x + a!.width).toBeCloseTo(chart.ticks.at(-1)!.position);
  });

  it('draws columns from a common base line', () => {
    const chart = columns([{ label: '2024', value: 4 }, { label: '2025', value: 2 }, { label: '2026', value: 0 }]);
    const [x, y, z] = chart.bars;
    expect(x!.y + x!.height).toBeCloseTo(y!.y + y!.height);
    expect(x!.height).toBeCloseTo(2 * y!.height);
    expect(z!.height).toBe(0);
    expect(y!.x).toBeGreaterThan(x!.x);
  });
});
