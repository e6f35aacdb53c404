/**
 * Overlaps between offerings. Two different offerings overlap when they share an action field and a
 * target group, their areas intersect in the region tree and their periods intersect. Every overlap
 * carries its reasons and its kind, so like is compared with like (classifyPair below):
 * a Doppelangebot is two services for the same people at the same place and time (the overlap that
 * needs coordination); a Förderweg is a funding programme for organisations meeting a service it could
 * fund, or a programme meeting a project its `funding` says it does fund.
 *
 * Not all pairs are tested: offerings are bucketed by (action field, target group) and, inside a
 * bucket, registered at the regions of their area. An offering's candidates are the members of its
 * buckets registered at or above one of its regions, so only pairs whose areas meet are compared.
 */
import type { Period } from './period';
import type { OfferingRole } from './programme-roles';
import type { RegionTree } from './regions';

export interface OverlapInput {
  key: string;
  actionFields: readonly string[];
  targetGroups: readonly string[];
  area: readonly string[];
  period: Period;
  /** Keys of the programmes this offering is funded by ("programs/<id>"). */
  fundedBy?: readonly string[];
  /**
   * What the offering is for (src/lib/programme-roles.ts): "foerderung" for a programme only
   * organisations may apply to for money, "leistung" (default) for a service people use.
   */
  role?: OfferingRole;
}

/** Doppelangebot: two services meet; Förderweg: a funding programme meets what it could or does fund. */
export const OVERLAP_KINDS = ['doppelangebot', 'foerderweg'] as const;
export type OverlapKind = (typeof OVERLAP_KINDS)[number];

export interface Overlap {
  a: string;
  b: string;
  score: number;
  actionFields: string[];
  targetGroups: string[];
  /** Where the areas meet: for each intersecting pair of regions, the more specific one. */
  regions: string[];
  period: { start: string; end: string | null };
  kind: OverlapKind;
  /**
   * For a Förderweg: the key of the programme that funds or could fund the other (both keys when two
   * funding programmes meet); empty for a Doppelangebot.
   */
  via: string[];
  /** True when one of the two names the other in its `funding`: a Förderweg in use, not only a possible one. */
  funded: boolean;
}

export interface OverlapOptions {
  /** The day open periods are measured up to (the build date). */
  today: string;
}

const DAY = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

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

/** The meeting regions of two areas, or [] when they do not intersect. */
export function meetingRegions(tree: RegionTree, a: readonly string[], b: readonly string[]): string[] {
  if (a.length === 1 && b.length === 1) {
    // The common case, without building a set.
    const [x, y] = [a[0]!, b[0]!];
    return tree.contains(x, y) ? [y] : tree.contains(y, x) ? [x] : [];
  }
  const meet = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      if (tree.contains(x, y)) meet.add(y);
      else if (tree.contains(y, x)) meet.add(x);
    }
  }
  return [...meet].sort();
}

/** An offering prepared for fast comparison: fields and groups as sorted numbers, dates as day numbers. */
interface Prepared {
  input: OverlapInput;
  fields: number[];
  groups: number[];
  start: number;
  end: number;
  fundedBy: ReadonlySet<string>;
  funding: boolean;
}

/** Numbers the action fields and target groups it meets, so sets compare as sorted number lists. */
class Preparer {
  readonly fieldNames: string[] = [];
  readonly groupNames: string[] = [];
  private readonly fieldIndex = new Map<string, number>();
  private readonly groupIndex = new Map<string, number>();

  private static number(value: string, map: Map<string, number>, names: string[]): number {
    let i = map.get(value);
    if (i === undefined) {
      map.set(value, (i = names.length));
      names.push(value);
    }
    return i;
  }

  prepare(input: OverlapInput): Prepared {
    const sorted = (values: number[]) => [...new Set(values)].sort((x, y) => x - y);
    return {
      input,
      fields: sorted(input.actionFields.map((f) => Preparer.number(f, this.fieldIndex, this.fieldNames))),
      groups: sorted(input.targetGroups.map((g) => Preparer.number(g, this.groupIndex, this.groupNames))),
      start: toDay(input.period.start),
      end: input.period.end === undefined ? Infinity : toDay(input.period.end),
      fundedBy: new Set(input.fundedBy ?? []),
      funding: input.role === 'foerderung',
    };
  }
}

/** Shared members of two sorted number lists. */
function common(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      out.push(a[i]!);
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return out;
}

/** Shared members of two sorted number lists, counted without allocating. */
function countCommon(a: readonly number[], b: readonly number[]): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

/** Depth of the most specific meeting region of two areas, or -1 when they do not meet. */
function meetingDepth(tree: RegionTree, a: readonly string[], b: readonly string[]): number {
  let depth = -1;
  for (const x of a) {
    for (const y of b) {
      if (tree.contains(x, y)) depth = Math.max(depth, tree.depth(y));
      else if (tree.contains(y, x)) depth = Math.max(depth, tree.depth(x));
    }
  }
  return depth;
}

/** What checkPair finds for a pair that overlaps: its score and its kind. */
interface PairMatch {
  score: number;
  kind: OverlapKind;
  funded: boolean;
}

/**
 * The kind of a pair that overlaps: a Förderweg when one funds the other (a `funding` link) or when
 * one of them is a funding programme for organisations; a Doppelangebot when both are services.
 */
function classifyPair(a: Prepared, b: Prepared): { kind: OverlapKind; funded: boolean } {
  const funded = a.fundedBy.has(b.input.key) || b.fundedBy.has(a.input.key);
  return { kind: funded || a.funding || b.funding ? 'foerderweg' : 'doppelangebot', funded };
}

/**
 * The four rules, the score and the kind for one pair: the one pair check behind both the indexed
 * search and the reference comparison. Returns undefined when the pair does not overlap.
 */
function checkPair(tree: RegionTree, a: Prepared, b: Prepared, todayDay: number): PairMatch | undefined {
  if (a.input.key === b.input.key) return undefined;
  const fields = countCommon(a.fields, b.fields);
  if (fields === 0) return undefined;
  const groups = countCommon(a.groups, b.groups);
  if (groups === 0) return undefined;
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  if (start > end) return undefined;
  const depth = meetingDepth(tree, a.input.area, b.input.area);
  if (depth < 0) return undefined;
  const measuredEnd = end === Infinity ? Math.max(todayDay, start) : end;
  const { kind, funded } = classifyPair(a, b);
  return { score: overlapScore(fields, groups, depth, measuredEnd - start + 1), kind, funded };
}

/** Of a Förderweg (first has the smaller key): the keys of the one or two that fund or could fund the other. */
function viaOf(first: Prepared, second: Prepared): string[] {
  const funder = (x: Prepared, y: Prepared) => x.funding || y.fundedBy.has(x.input.key);
  return [first, second].filter((x) => funder(x, x === first ? second : first)).map((x) => x.input.key);
}

/** A pair that passed checkPair, with its reasons spelled out. */
function describePair(tree: RegionTree, names: Preparer, a: Prepared, b: Prepared, match: PairMatch): Overlap {
  const end = Math.min(a.end, b.end);
  const [first, second] = a.input.key < b.input.key ? [a, b] : [b, a];
  return {
    a: first.input.key,
    b: second.input.key,
    score: match.score,
    actionFields: common(a.fields, b.fields).map((f) => names.fieldNames[f]!).sort(),
    targetGroups: common(a.groups, b.groups).map((g) => names.groupNames[g]!).sort(),
    regions: meetingRegions(tree, a.input.area, b.input.area),
    // The common period starts with the later start and ends with the earlier end: reuse those strings.
    period: {
      start: a.start >= b.start ? a.input.period.start : b.input.period.start,
      end: end === Infinity ? null : a.end <= b.end ? a.input.period.end! : b.input.period.end!,
    },
    kind: match.kind,
    via: match.kind === 'foerderweg' ? viaOf(first, second) : [],
    funded: match.funded,
  };
}

function comparePrepared(tree: RegionTree, names: Preparer, a: Prepared, b: Prepared, todayDay: number): Overlap | undefined {
  const match = checkPair(tree, a, b, todayDay);
  return match === undefined ? undefined : describePair(tree, names, a, b, match);
}

/** Describes one pair, or returns undefined when the pair does not overlap by the four rules. */
export function compareOfferings(tree: RegionTree, a: OverlapInput, b: OverlapInput, options: OverlapOptions): Overlap | undefined {
  const preparer = new Preparer();
  return comparePrepared(tree, preparer, preparer.prepare(a), preparer.prepare(b), toDay(options.today));
}

/**
 * One found pair: keys and score are stored, the reasons are worked out when first read. Large
 * catalogues have hundreds of thousands of pairs, of which pages read only the strongest few.
 */
class FoundOverlap implements Overlap {
  private full?: Overlap;
  constructor(
    readonly a: string,
    readonly b: string,
    readonly score: number,
    readonly kind: OverlapKind,
    readonly funded: boolean,
    private readonly x: number,
    private readonly y: number,
    private readonly context: { tree: RegionTree; names: Preparer; prepared: Prepared[] },
  ) {}
  private get details(): Overlap {
    const { tree, names, prepared } = this.context;
    return (this.full ??= describePair(tree, names, prepared[this.x]!, prepared[this.y]!, this));
  }
  get via() {
    if (this.full) return this.full.via;
    // The open data lists it for every Förderweg: no need for the full description.
    return this.kind === 'foerderweg' ? viaOf(this.context.prepared[this.x]!, this.context.prepared[this.y]!) : [];
  }
  // Where and in which fields a pair meets are read for every pair (grouping per Kreis, the open
  // data), so they are worked out on their own, without the rest of the description.
  private fieldIds?: string[];
  private meeting?: string[];
  get actionFields() {
    if (this.full) return this.full.actionFields;
    const { names, prepared } = this.context;
    return (this.fieldIds ??= common(prepared[this.x]!.fields, prepared[this.y]!.fields).map((f) => names.fieldNames[f]!).sort());
  }
  get targetGroups() {
    return this.details.targetGroups;
  }
  get regions() {
    if (this.full) return this.full.regions;
    const { tree, prepared } = this.context;
    return (this.meeting ??= meetingRegions(tree, prepared[this.x]!.input.area, prepared[this.y]!.input.area));
  }
  get period() {
    return this.details.period;
  }
  toJSON(): Overlap {
    const { a, b, score, actionFields, targetGroups, regions, period, kind, via, funded } = this.details;
    return { a, b, score, actionFields, targetGroups, regions, period, kind, via, funded };
  }
}

/** Every overlapping pair once, strongest first (equal scores by the keys of a, then b). */
export function findOverlaps(tree: RegionTree, offerings: readonly OverlapInput[], options: OverlapOptions): Overlap[] {
  const preparer = new Preparer();
  const prepared = offerings.map((o) => preparer.prepare(o));
  const todayDay = toDay(options.today);

  const buckets = new Map<string, Map<string, number[]>>();
  const memberships: Map<string, number[]>[][] = prepared.map(() => []);
  prepared.forEach((o, index) => {
    for (const f of o.fields) {
      for (const g of o.groups) {
        const key = `${f}:${g}`;
        let atRegion = buckets.get(key);
        if (!atRegion) buckets.set(key, (atRegion = new Map()));
        for (const r of new Set(o.input.area)) {
          const list = atRegion.get(r);
          if (list) list.push(index);
          else atRegion.set(r, [index]);
        }
        memberships[index]!.push(atRegion);
      }
    }
  });

  // Every offering's rank in key order: pairs are ordered by score, then by the keys of a and b.
  const n = prepared.length;
  const rank = new Int32Array(n);
  const byRank = new Int32Array(n);
  prepared
    .map((p, index) => ({ key: p.input.key, index }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .forEach((entry, position) => {
      rank[entry.index] = position;
      byRank[position] = entry.index;
    });
  // Each found pair is one number that sorts in the final order and holds all that checkPair found:
  // ((1000 − score × 10) × n + rank of a) × n + rank of b, times 4, plus two bits for kind and funded.
  // Exact as long as 4000 n² < 2⁵³ (n up to about 1.5 million offerings).
  const codes: number[] = [];

  // Each pair meets where one offering's region lies at or below the other's. Looking only upwards
  // from every registration (a handful of ancestors, not the hundreds of Gemeinden below a Land)
  // finds every such pair from its narrower side. A stamp per candidate drops the repeats within one
  // offering's search; a pair both sides find (same region) is checked by the smaller index only.
  const upwards = prepared.map((a) => {
    const upward = new Set<string>();
    for (const r of a.input.area) {
      upward.add(r);
      for (const up of tree.ancestors(r)) upward.add(up);
    }
    return upward;
  });
  const stamp = new Int32Array(n).fill(-1);
  prepared.forEach((a, i) => {
    const upward = upwards[i]!;
    const area = a.input.area;
    for (const atRegion of memberships[i]!) {
      for (const region of upward) {
        const members = atRegion.get(region);
        if (!members) continue;
        for (const j of members) {
          if (j === i || stamp[j] === i) continue;
          stamp[j] = i;
          // j's own search found i already when one of i's regions lies at or below j's (they share a bucket).
          if (j < i && (area.length === 1 ? upwards[j]!.has(area[0]!) : area.some((r) => upwards[j]!.has(r)))) continue;
          const match = checkPair(tree, a, prepared[j]!, todayDay);
          if (match === undefined) continue;
          const lo = rank[i]! < rank[j]! ? rank[i]! : rank[j]!;
          const hi = rank[i]! < rank[j]! ? rank[j]! : rank[i]!;
          codes.push((((1000 - Math.round(match.score * 10)) * n + lo) * n + hi) * 4 + (match.kind === 'foerderweg' ? 2 : 0) + (match.funded ? 1 : 0));
        }
      }
    }
  });

  // Strongest first, equal scores by the keys of a, then b: a numeric sort of the codes.
  const sorted = Float64Array.from(codes).sort();
  const overlaps: Overlap[] = new Array(sorted.length);
  const context = { tree, names: preparer, prepared };
  const nn = n * n;
  for (let k = 0; k < sorted.length; k++) {
    const code = sorted[k]!;
    const bits = code % 4;
    const pair = (code - bits) / 4;
    const scoreTenths = 1000 - Math.floor(pair / nn);
    const rest = pair % nn;
    const lo = byRank[Math.floor(rest / n)]!;
    const hi = byRank[rest % n]!;
    overlaps[k] = new FoundOverlap(prepared[lo]!.input.key, prepared[hi]!.input.key, scoreTenths / 10, bits >= 2 ? 'foerderweg' : 'doppelangebot', bits % 2 === 1, lo, hi, context);
  }
  return overlaps;
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

/** Doppelangebote and Förderwege apart, each in the order given (strongest first). */
export function splitByKind(overlaps: readonly Overlap[]): Record<OverlapKind, Overlap[]> {
  const split: Record<OverlapKind, Overlap[]> = { doppelangebot: [], foerderweg: [] };
  for (const o of overlaps) split[o.kind].push(o);
  return split;
}

/** Doppelangebote first, then Förderwege, each strongest first: the order every list of overlaps uses. */
export function doublesFirst(overlaps: readonly Overlap[]): Overlap[] {
  const { doppelangebot, foerderweg } = splitByKind(overlaps);
  return [...doppelangebot, ...foerderweg];
}
