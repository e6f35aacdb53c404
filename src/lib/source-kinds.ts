/** How well an entry is sourced: primary sources are the funder's, an authority's or the carrier's own pages. */
import { PRIMARY_SOURCE_KINDS, type SourceKind } from '../schema/offering';

interface Sourced {
  example?: boolean;
  sources?: readonly { kind?: SourceKind }[];
}

export function hasPrimarySource(entry: Sourced): boolean {
  return (entry.sources ?? []).some((s) => s.kind !== undefined && PRIMARY_SOURCE_KINDS.includes(s.kind));
}

/** Real entries that rely on secondary sources only (press, others, or sources of unstated kind). */
export function secondaryOnly<T extends Sourced>(entries: readonly T[]): T[] {
  return entries.filter((e) => !e.example && (e.sources?.length ?? 0) > 0 && !hasPrimarySource(e));
}

/** The share of real entries with at least one primary source, 0–1 (1 for none). */
export function primaryShare(entries: readonly Sourced[]): number {
  const real = entries.filter((e) => !e.example);
  return real.length === 0 ? 1 : real.filter(hasPrimarySource).length / real.length;
}
