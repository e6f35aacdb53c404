/**
 * The open data of issue 21 as plain functions: coverage cells with their fundable programmes and
 * end-of-funding horizon, overlaps split by kind, similar offerings, the funding chains as CSV and the
 * radar's feed items. No Astro imports; texts and URLs come in as arguments.
 */
import { stringify } from 'csv-stringify/sync';
import type { Catalogue } from './catalogue';
import type { CoverageCell } from './coverage';
import type { FundableProgram } from './fundable';
import type { FundingChain } from './funding-chain';
import type { Horizon, RadarCell } from './radar';
import type { SimilarOffering } from './similarity';

export type CoverageCellDocument = Omit<CoverageCell, 'available'> & {
  /**
   * How many offerings are available in the region for the field (on the spot or from above). A count, not
   * the keys: the keys would repeat every Land-, Bund- and EU-wide offering once per region (21 MB of the
   * file's 24 MB at 10,000 offerings); they follow from catalogue.json (area and the region's ancestors).
   */
  availableCount: number;
  /** Ids of the programmes that could fund closing a gap; null for a cell that is no gap. */
  fundablePrograms: string[] | null;
  /** 6, 12 or 24 when every running local offering ends within that many months; else null. */
  endsWithinMonths: Horizon | null;
};

/** Every coverage cell with the two fields of issue 21; `local` keeps its keys (each offering only where it is), `available` becomes a count. */
export function coverageDocument(cells: readonly CoverageCell[], fundable: (cell: CoverageCell) => FundableProgram[] | undefined, radar: (cell: CoverageCell) => RadarCell | undefined): CoverageCellDocument[] {
  return cells.map((cell) => {
    const { available, ...rest } = cell;
    return {
      ...rest,
      availableCount: available.length,
      // The lookups go by the cell itself (analysis keeps them in maps keyed by cell).
      fundablePrograms: cell.state === 'luecke' ? (fundable(cell) ?? []).map((p) => p.id) : null,
      endsWithinMonths: radar(cell)?.endsWithinMonths ?? null,
    };
  });
}

/** similar.json: for every offering key (sorted), its similar offerings. */
export function similarDocument(keys: readonly string[], similar: (key: string) => SimilarOffering[]): Record<string, SimilarOffering[]> {
  return Object.fromEntries([...keys].sort().map((key) => [key, similar(key)]));
}

export const CHAIN_COLUMNS = [
  'kreis', 'kreisName', 'population', 'populationYear', 'level', 'program', 'programTitle', 'offerings', 'offeringKeys', 'links', 'linksWithAmount', 'amount', 'amountPer1000', 'years', 'note',
] as const;
export type ChainCsvRow = Record<(typeof CHAIN_COLUMNS)[number], string>;

/** Why a value of a chain row is empty, in German like the other open data. */
function chainNote(row: { amount: number | null }, population: number | null): string {
  const notes = [];
  if (row.amount === null) notes.push('kein Betrag genannt');
  if (population === null || !(population > 0)) notes.push('Einwohnerzahl unbekannt');
  return notes.join('; ');
}

/** foerderketten.csv: one row per Kreis and programme, Kreise in the given order, EU first within each. */
export function fundingChainRows(catalogue: Pick<Catalogue, 'region' | 'program'>, chains: readonly FundingChain[]): ChainCsvRow[] {
  return chains.flatMap((chain) => {
    const region = catalogue.region(chain.region);
    return chain.levels.flatMap((level) =>
      level.rows.map((row) => ({
        kreis: region.id,
        kreisName: region.name,
        population: chain.population?.toString() ?? '',
        populationYear: region.populationYear?.toString() ?? '',
        level: row.level,
        program: row.program,
        programTitle: catalogue.program(row.program).title,
        offerings: String(row.offerings.length),
        offeringKeys: row.offerings.join(';'),
        links: String(row.links),
        linksWithAmount: String(row.linksWithAmount),
        amount: row.amount?.toString() ?? '',
        amountPer1000: row.amountPer1000?.toString() ?? '',
        years: row.years.join(';'),
        note: chainNote(row, chain.population),
      })),
    );
  });
}

/** UTF-8 with BOM, CRLF, RFC 4180 quoting and formula escaping, like offerings.csv. */
export function chainsCsv(rows: readonly ChainCsvRow[]): string {
  return stringify(rows as ChainCsvRow[], { header: true, columns: [...CHAIN_COLUMNS], bom: true, record_delimiter: 'windows', escape_formulas: true });
}

/** The Kreise of the radar and the chains: Landkreise and kreisfreie Städte, by name. */
export function kreiseOf(regions: readonly { id: string; name: string; kind: string }[]): string[] {
  return regions
    .filter((r) => r.kind === 'landkreis' || r.kind === 'kreisfreie-stadt')
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
    .map((r) => r.id);
}
