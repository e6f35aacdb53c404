/**
 * Geometry of simple bar charts, computed at build time and drawn as SVG by the pages: no chart
 * library and no client JavaScript. Pure functions, so the numbers are unit-tested.
 */

export interface Datum {
  label: string;
  value: number;
}

export interface Bar extends Datum {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value label sits. */
  valueX: number;
  valueY: number;
}

export interface Chart {
  width: number;
  height: number;
  bars: Bar[];
  /** Axis ticks along the value axis. */
  ticks: { value: number; position: number }[];
}

/** A "nice" upper bound and step for an axis: 1, 2 or 5 times a power of ten. */
export function niceScale(max: number, targetTicks = 4): { max: number; step: number } {
  if (max <= 0) return { max: 1, step: 1 };
  const rough = max / targetTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const niceStep = Math.max(step, 1);
  return { max: Math.ceil(max / niceStep) * niceStep, step: niceStep };
}

/** Rough width of a label in the chart font (13 px system sans), to leave room for it. */
export function textWidth(text: string, fontSize = 13): number {
  return Math.ceil(text.length * fontSize * 0.56);
}

/** Horizontal bars, one per datum, labels in a column on the left as wide as the longest label. */
export function horizontalBars(data: readonly Datum[], options: { width?: number; labelWidth?: number; barHeight?: number; gap?: number } = {}): Chart {
  const { width = 640, barHeight = 22, gap = 8 } = options;
  const labelWidth = options.labelWidth ?? Math.min(320, Math.max(80, ...data.map((d) => textWidth(d.label) + 12)));
  const top = 24;
  const plot = width - labelWidth - 48;
  const scale = niceScale(Math.max(0, ...data.map((d) => d.value)));
  const bars = data.map((d, i) => {
    const w = (d.value / scale.max) * plot;
    const y = top + i * (barHeight + gap);
    return { ...d, x: labelWidth, y, width: w, height: barHeight, valueX: labelWidth + w + 6, valueY: y + barHeight / 2 };
  });
  const ticks = [];
  for (let v = 0; v <= scale.max; v += scale.step) ticks.push({ value: v, position: labelWidth + (v / scale.max) * plot });
  return { width, height: top + data.length * (barHeight + gap), bars, ticks };
}

/** Vertical columns, e.g. one per year, labels under the axis; `left` leaves room for the tick labels. */
export function columns(data: readonly Datum[], options: { width?: number; height?: number; left?: number } = {}): Chart {
  const { width = 640, height = 260, left = 40 } = options;
  const bottom = 28;
  const top = 16;
  const plotHeight = height - top - bottom;
  const slot = data.length ? (width - left - 8) / data.length : 0;
  const scale = niceScale(Math.max(0, ...data.map((d) => d.value)));
  const bars = data.map((d, i) => {
    const h = (d.value / scale.max) * plotHeight;
    const x = left + i * slot + slot * 0.15;
    return { ...d, x, y: top + plotHeight - h, width: slot * 0.7, height: h, valueX: x + slot * 0.35, valueY: top + plotHeight - h - 4 };
  });
  const ticks = [];
  for (let v = 0; v <= scale.max; v += scale.step) ticks.push({ value: v, position: top + plotHeight - (v / scale.max) * plotHeight });
  return { width, height, bars, ticks };
}
