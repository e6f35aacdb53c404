/**
 * Overlaps between offerings (content-model.md, "Overlap"). Two different offerings overlap when
 * they share an action field and a target group, their areas intersect in the region tree, their
 * periods intersect, and neither funds the other. Every overlap carries its reasons.
 *
 * Not all pairs are tested: offerings are bucketed by (action field, target group); inside a bucket,
 * each offering is registered at the regions of its area, and pairs are found by walking from each
 * registration up the tree, so only pairs whose areas really meet are ever looked at.
 */
import { commonPeriod, type Period } from './period';
import type { RegionTree } from './regions';

export interface OverlapInput {
  key: string;
  actionFields: readonly string[];
  targetGroups: readonly string[];
  area: readonly string[];
  period: Period;
  /** Keys of the programmes this offering is funded by ("programs/<id>"). */
  fundedBy?: readonly string[];
}

export interface Overlap {
  a: string;
  b: string;
  score: number;
  actionFields: string[];
  targetGroups: string[];
  /** Where the areas meet: for each intersecting pair of regions, the more specific one. */
  regions: string[];
  period: { start: string; end: string | null };
}

export interface OverlapOptions {
  /** The day open periods are measured up to (the build date). */
  today: string;
}

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.max(0, (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY + 1);

/**
 * Score from 0 to 100 (explained on /ueberschneidungen/):
 * 40 for shared action fields (up to three), 30 for shared target groups (up to three),
 * 20 for how local the meeting region is (its depth in the tree: EU 0 … Gemeinde 5),
 * 10 for the length of the common period (up to five years; an open end counts up to today).
 */
export function overlapScore(sharedFields: number, sharedGroups: number, meetingDepth: number, commonDays: number): number {
  const fields = Math.min(sharedFields, 3) / 3;
  const groups = Math.min(sharedGroups, 3) / 3;
  const locality = Math.min(meetingDepth, 5) / 5;
  const duration = Math.min(commonDays / (5 * 365), 1);
  return Math.round((40 * fields + 30 * groups + 20 * locality + 10 * duration) * 10) / 10;
}

function intersect<T>(a: readonly T[], b: readonly T[]): T[] {
  const set = new Set(b);
  return a.filter((x) => set.has(x));
}

/** The meeting regions of two areas, or [] when they do not intersect. */
export function meetingRegions(tree: RegionTree, a: readonly string[], b: readonly string[]): string[] {
  const meet = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      if (tree.contains(x, y)) meet.add(y);
      else if (tree.contains(y, x)) meet.add(x);
    }
  }
  return [...meet].sort();
}

/** Describes one pair, or returns undefined when the pair does not overlap by the five rules. */
export function compareOfferings(tree: RegionTree, a: OverlapInput, b: OverlapInput, options: OverlapOptions): Overlap | undefined {
  if (a.key === b.key) return undefined;
  const actionFields = intersect(a.actionFields, b.actionFields);
  if (actionFields.length === 0) return undefined;
  const targetGroups = intersect(a.targetGroups, b.targetGroups);
  if (targetGroups.length === 0) return undefined;
  const period = commonPeriod(a.period, b.period);
  if (!period) return undefined;
  if (a.fundedBy?.includes(b.key) || b.fundedBy?.includes(a.key)) return undefined;
  const regions = meetingRegions(tree, a.area, b.area);
  if (regions.length === 0) return undefined;
  const depth = Math.max(...regions.map((r) => tree.depth(r)));
  const end = period.end ?? (options.today > period.start ? options.today : period.start);
  const [first, second] = a.key < b.key ? [a, b] : [b, a];
  return {
    a: first.key,
    b: second.key,
    score: overlapScore(actionFields.length, targetGroups.length, depth, days(period.start, end)),
    actionFields: [...actionFields].sort(),
    targetGroups: [...targetGroups].sort(),
    regions,
    period: { start: period.start, end: period.end ?? null },
  };
}

/** Every overlapping pair once, strongest first. */
export function findOverlaps(tree: RegionTree, offerings: readonly OverlapInput[], options: OverlapOptions): Overlap[] {
  // Bucket by (action field, target group): pairs outside a common bucket cannot overlap.
  const buckets = new Map<string, number[]>();
  offerings.forEach((o, index) => {
    for (const f of new Set(o.actionFields)) {
      for (const g of new Set(o.targetGroups)) {
        const key = `${f}\u0000${g}`;
        const list = buckets.get(key);
        if (list) list.push(index);
        else buckets.set(key, [index]);
      }
    }
  });

  const seen = new Set<number>();
  const overlaps: Overlap[] = [];
  const n = offerings.length;
  const consider = (i: number, j: number) => {
    if (i === j) return;
    const pair = i < j ? i * n + j : j * n + i;
    if (seen.has(pair)) return;
    seen.add(pair);
    const overlap = compareOfferings(tree, offerings[i]!, offerings[j]!, options);
    if (overlap) overlaps.push(overlap);
  };

  for (const members of buckets.values()) {
    if (members.length < 2) continue;
    // Register each member at the regions of its area; a pair meets where one registration lies at
    // or below the other, so walking up from every registration finds each meeting exactly.
    const atRegion = new Map<string, number[]>();
    for (const i of members) {
      for (const r of new Set(offerings[i]!.area)) {
        const list = atRegion.get(r);
        if (list) list.push(i);
        else atRegion.set(r, [i]);
      }
    }
    for (const [region, here] of atRegion) {
      for (let x = 0; x < here.length; x++) for (let y = x + 1; y < here.length; y++) consider(here[x]!, here[y]!);
      for (const ancestor of tree.ancestors(region)) {
        const above = atRegion.get(ancestor);
        if (!above) continue;
        for (const i of here) for (const j of above) consider(i, j);
      }
    }
  }
  return overlaps.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** For each offering, its overlaps, strongest first. */
export function overlapsByOffering(overlaps: readonly Overlap[]): Map<string, Overlap[]> {
  const map = new Map<string, Overlap[]>();
  for (const o of overlaps) {
    for (const key of [o.a, o.b]) {
      const list = map.get(key);
      if (list) list.push(o);
      else map.set(key, [o]);
    }
  }
  return map;
}

/** The other offering of a pair. */
export function partnerOf(overlap: Overlap, key: string): string {
  return overlap.a === key ? overlap.b : overlap.a;
}

/**
 * Keeps each pair that is among the `limit` strongest of at least one of its offerings (input sorted
 * strongest first): every offering keeps its top partners, and the export stays bounded.
 */
export function capPartners(overlaps: readonly Overlap[], limit: number): Overlap[] {
  const count = new Map<string, number>();
  const kept: Overlap[] = [];
  for (const o of overlaps) {
    const ca = count.get(o.a) ?? 0;
    const cb = count.get(o.b) ?? 0;
    if (ca >= limit && cb >= limit) continue;
    count.set(o.a, ca + 1);
    count.set(o.b, cb + 1);
    kept.push(o);
  }
  return kept;
}
