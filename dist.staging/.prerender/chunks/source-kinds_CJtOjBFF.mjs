import { t as PRIMARY_SOURCE_KINDS } from "./offering_N6gZKfDM.mjs";
// src/lib/source-kinds.ts
/** How well an entry is sourced: primary sources are the funder's, an authority's or the carrier's own pages. */
function hasPrimarySource(entry) {
	return (entry.sources ?? []).some((s) => s.kind !== void 0 && PRIMARY_SOURCE_KINDS.includes(s.kind));
}
/** Real entries that rely on secondary sources only (press, others, or sources of unstated kind). */
function secondaryOnly(entries) {
	return entries.filter((e) => !e.example && (e.sources?.length ?? 0) > 0 && !hasPrimarySource(e));
}
export { secondaryOnly as n, hasPrimarySource as t };
