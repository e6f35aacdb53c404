/**
 * The overlaps as open data, split per home (src/lib/overlap-homes.ts) so no file grows with the whole
 * catalogue: data/overlaps.json is the index (counts, the column layout, one entry per file) and
 * data/ueberschneidungen/<region>.json holds every pair of one Kreis, kreisfreie Stadt or the Land.
 * A pair is a row of numbers: offerings, regions and action fields are named once per file and the
 * rows refer to them by position. What follows from the two offerings (shared target groups, the
 * common period) is not repeated per pair; catalogue.json has it.
 */
import type { Overlap, OverlapKind } from './overlap';
import type { OverlapHome } from './overlap-homes';

/** The columns of a row; `via` and `funded` only for Förderwege. */
export const OVERLAP_ROW_COLUMNS = {
  doppelangebote: ['a', 'b', 'score', 'regions', 'actionFields'],
  foerderwege: ['a', 'b', 'score', 'regions', 'actionFields', 'via', 'funded'],
} as const;

export type DoubleRow = [a: number, b: number, score: number, regions: number[], actionFields: number[]];
export type RouteRow = [...DoubleRow, via: number[], funded: 0 | 1];

export interface OverlapHomeDocument {
  region: string;
  counts: { doppelangebote: number; foerderwege: number };
  columns: typeof OVERLAP_ROW_COLUMNS;
  /** Offering keys ("programs/<id>", "projects/<id>"), sorted; rows refer to them by position. */
  offerings: string[];
  regions: string[];
  actionFields: string[];
  doppelangebote: DoubleRow[];
  foerderwege: RouteRow[];
}

/** Positions of the strings of a list once sorted. */
function numbering(values: Iterable<string>): { list: string[]; index: Map<string, number> } {
  const list = [...new Set(values)].sort();
  return { list, index: new Map(list.map((v, i) => [v, i])) };
}

/** One home's file: every pair meeting there, each kind strongest first as given. */
export function overlapHomeDocument(home: OverlapHome): OverlapHomeDocument {
  const all: readonly Overlap[] = [...home.byKind.doppelangebot, ...home.byKind.foerderweg];
  const offerings = numbering(all.flatMap((o) => [o.a, o.b]));
  const regions = numbering(all.flatMap((o) => o.regions));
  const fields = numbering(all.flatMap((o) => o.actionFields));
  const base = (o: Overlap): DoubleRow => [
    offerings.index.get(o.a)!,
    offerings.index.get(o.b)!,
    o.score,
    o.regions.map((r) => regions.index.get(r)!),
    o.actionFields.map((f) => fields.index.get(f)!),
  ];
  return {
    region: home.region,
    counts: { doppelangebote: home.byKind.doppelangebot.length, foerderwege: home.byKind.foerderweg.length },
    columns: OVERLAP_ROW_COLUMNS,
    offerings: offerings.list,
    regions: regions.list,
    actionFields: fields.list,
    doppelangebote: home.byKind.doppelangebot.map(base),
    foerderwege: home.byKind.foerderweg.map((o): RouteRow => [...base(o), o.via.map((v) => offerings.index.get(v)!), o.funded ? 1 : 0]),
  };
}

/** data/overlaps.json: the totals of all pairs and one entry per home file. */
export function overlapIndexDocument(byKind: Record<OverlapKind, readonly unknown[]>, homes: readonly OverlapHome[], pathOf: (region: string) => string, nameOf: (region: string) => string) {
  return {
    counts: { doppelangebote: byKind.doppelangebot.length, foerderwege: byKind.foerderweg.length },
    note: 'Je Landkreis, kreisfreier Stadt und Land eine Datei mit allen Paaren, die sich dort treffen; ein Paar, das sich in mehreren Kreisen trifft, steht in jeder. Zeilen verweisen über ihre Position auf offerings, regions und actionFields der Datei.',
    columns: OVERLAP_ROW_COLUMNS,
    files: homes.map((h) => ({
      region: h.region,
      name: nameOf(h.region),
      path: pathOf(h.region),
      doppelangebote: h.byKind.doppelangebot.length,
      foerderwege: h.byKind.foerderweg.length,
    })),
  };
}

/** Reads a row of a home file back into keys and ids: what a consumer does, and what the tests check. */
export function expandRow(doc: Pick<OverlapHomeDocument, 'offerings' | 'regions' | 'actionFields'>, row: DoubleRow | RouteRow) {
  const [a, b, score, regions, fields] = row;
  const out = {
    a: doc.offerings[a]!,
    b: doc.offerings[b]!,
    score,
    regions: regions.map((r) => doc.regions[r]!),
    actionFields: fields.map((f) => doc.actionFields[f]!),
  };
  if (row.length === 7) return { ...out, via: row[5].map((v) => doc.offerings[v]!), funded: row[6] === 1 };
  return out;
}
