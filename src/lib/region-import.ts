/**
 * Turns Destatis's region table (31.12.2019) and the later changes into today's region files:
 * Hessen → Regierungsbezirk → Kreis → Gemeinde. Pure: reads nothing, writes nothing.
 *
 * Existing files are matched by AGS and keep their id, their hand-written fields and comments; the
 * importer only fills in what it owns (kind, parent, ags, population) and adds what is missing.
 */
import { parseDocument, stringify } from 'yaml';
import { slugify } from './ids';

export interface TableRow {
  ags: string;
  name: string;
  kind: string;
  parent_ags: string;
  population: string;
}

export interface ChangeRow {
  date: string;
  ags: string;
  change: string;
  new_parent_ags: string;
  new_kind: string;
}

export interface ExistingFile {
  id: string;
  text: string;
}

/** The Sonderstatusstädte today (Hanau was one until 2025). */
export const SONDERSTATUS_AGS = new Set(['06434001', '06631009', '06531005', '06534014', '06433012', '06532023']);

const DESTATIS_SOURCE = {
  url: 'https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html',
  title: 'Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys, Stand 31.12.2019; Datenlizenz by-2-0',
};

/** "Bad Homburg v. d. Höhe, Stadt" → "Bad Homburg v. d. Höhe". */
export function spokenName(official: string): string {
  return official.split(', ')[0]!.trim();
}

interface Unit {
  ags: string;
  name: string;
  officialName?: string;
  kind: string;
  parentAgs?: string;
  population?: number;
}

/** Applies the changes up to a day: re-parenting (auskreisung) and removal (eingliederung). */
export function applyChanges(rows: readonly TableRow[], changes: readonly ChangeRow[], upTo: string): TableRow[] {
  let result = rows.map((r) => ({ ...r }));
  for (const change of [...changes].sort((a, b) => a.date.localeCompare(b.date))) {
    if (change.date > upTo) continue;
    if (!change.new_parent_ags && !change.new_kind) {
      // Merged into another Gemeinde: its people now count there.
      const gone = result.find((r) => r.ags === change.ags);
      const into = /\b(\d{8})\b/.exec(change.change)?.[1];
      const target = result.find((r) => r.ags === into);
      if (gone && target) target.population = String((Number(target.population) || 0) + (Number(gone.population) || 0));
      result = result.filter((r) => r.ags !== change.ags);
      continue;
    }
    const row = result.find((r) => r.ags === change.ags);
    if (!row) continue;
    row.parent_ags = change.new_parent_ags || row.parent_ags;
    row.kind = change.new_kind || row.kind;
  }
  return result;
}

/**
 * Units of today's tree. A kreisfreie Stadt appears in the table as a Kreis and as its one
 * Gemeinde; it becomes one region (the Kreis key). Hanau, kreisfrei since 2026, has one row.
 */
export function units(rows: readonly TableRow[]): Unit[] {
  const byAgs = new Map(rows.map((r) => [r.ags, r]));
  const kreisfrei = new Set(rows.filter((r) => r.kind === 'kreisfreie-stadt').map((r) => r.ags));
  const population = new Map<string, number>();
  for (const r of rows) {
    if (r.kind !== 'gemeinde' && !(r.kind === 'kreisfreie-stadt' && r.ags.length === 8)) continue;
    const p = Number(r.population) || 0;
    population.set(r.ags, p);
    // Add the Gemeinde's people to every unit above it.
    let parent = r.parent_ags;
    while (parent) {
      population.set(parent, (population.get(parent) ?? 0) + p);
      parent = byAgs.get(parent)?.parent_ags ?? '';
    }
  }
  const out: Unit[] = [];
  for (const r of rows) {
    // The Gemeinde row of a kreisfreie Stadt with a Kreis row of its own (06412000 under 06412).
    if (r.kind === 'gemeinde' && kreisfrei.has(r.parent_ags) && byAgs.get(r.parent_ags)?.kind === 'kreisfreie-stadt') continue;
    const name = spokenName(r.name).replace(/^Reg\.-Bez\. /, 'Regierungsbezirk ');
    const kind = r.kind === 'gemeinde' && SONDERSTATUS_AGS.has(r.ags) ? 'sonderstatusstadt' : r.kind;
    out.push({
      ags: r.ags,
      name,
      officialName: r.name !== name ? r.name : undefined,
      kind,
      parentAgs: r.parent_ags || undefined,
      // A Kreis (also a kreisfreie Stadt's Kreis row) got its Gemeinden's people added above.
      population: population.get(r.ags),
    });
  }
  return out;
}

const KREIS_PREFIX: Record<string, string> = { landkreis: 'Landkreis' };

/** Makes stable readable ids; a name used twice gets its Kreis's name appended. */
export function assignIds(list: readonly Unit[], existingByAgs: ReadonlyMap<string, string>, kreisName: (ags: string) => string): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set(existingByAgs.values());
  for (const unit of list) {
    const existing = existingByAgs.get(unit.ags);
    if (existing) ids.set(unit.ags, existing);
  }
  const base = (u: Unit) => slugify(u.kind === 'landkreis' && !/kreis/i.test(u.name) ? `${KREIS_PREFIX[u.kind]} ${u.name}` : u.name);
  const counts = new Map<string, number>();
  for (const u of list) if (!ids.has(u.ags)) counts.set(base(u), (counts.get(base(u)) ?? 0) + 1);
  for (const unit of [...list].sort((a, b) => a.ags.localeCompare(b.ags))) {
    if (ids.has(unit.ags)) continue;
    let id = base(unit);
    if ((counts.get(id) ?? 0) > 1 || taken.has(id)) id = `${id}-${slugify(kreisName(unit.parentAgs ?? ''))}`;
    let n = 2;
    const stem = id;
    while (taken.has(id)) id = `${stem}-${n++}`;
    taken.add(id);
    ids.set(unit.ags, id);
  }
  return ids;
}

export interface ImportResult {
  /** File name (id + ".yaml") → content, for every region the table knows. */
  files: Map<string, string>;
  counts: { regierungsbezirke: number; kreise: number; gemeinden: number };
}

export function importRegions(rows: readonly TableRow[], changes: readonly ChangeRow[], existing: readonly ExistingFile[], today: string): ImportResult {
  const current = applyChanges(rows, changes, today);
  const list = units(current);
  const existingByAgs = new Map<string, string>();
  const existingDocs = new Map<string, ReturnType<typeof parseDocument>>();
  for (const file of existing) {
    const doc = parseDocument(file.text);
    existingDocs.set(file.id, doc);
    const ags = doc.get('ags');
    if (typeof ags === 'string') existingByAgs.set(ags, file.id);
  }
  const byAgs = new Map(list.map((u) => [u.ags, u]));
  const kreisName = (ags: string) => byAgs.get(ags)?.name ?? ags;
  const ids = assignIds(list, existingByAgs, kreisName);
  const rootId = existingByAgs.get('06') ?? 'hessen';

  const files = new Map<string, string>();
  for (const unit of list) {
    const id = ids.get(unit.ags)!;
    const parent = unit.parentAgs ? ids.get(unit.parentAgs) : existingDocs.get(rootId)?.get('parent');
    const owned: Record<string, unknown> = {
      kind: unit.kind,
      ...(parent ? { parent } : {}),
      ags: unit.ags,
      ...(unit.population !== undefined ? { population: unit.population, populationYear: 2019 } : {}),
    };
    const doc = existingDocs.get(id);
    if (doc) {
      // Hand-written file: keep its name, comments and extra fields; refresh only the owned fields.
      for (const [key, value] of Object.entries(owned)) if (key !== 'parent' || unit.parentAgs) doc.set(key, value);
      if (!doc.has('name')) doc.set('name', unit.name);
      files.set(`${id}.yaml`, doc.toString({ lineWidth: 0 }));
    } else {
      const data = {
        name: unit.name,
        ...(unit.officialName ? { officialName: unit.officialName } : {}),
        ...owned,
        sources: [DESTATIS_SOURCE],
      };
      files.set(`${id}.yaml`, `# yaml-language-server: $schema=../../public/schema/regions.json\n${stringify(data, { lineWidth: 0 })}`);
    }
  }
  return {
    files,
    counts: {
      regierungsbezirke: list.filter((u) => u.kind === 'regierungsbezirk').length,
      kreise: list.filter((u) => u.kind === 'landkreis' || u.kind === 'kreisfreie-stadt').length,
      gemeinden: list.filter((u) => u.kind === 'gemeinde' || u.kind === 'sonderstatusstadt' || u.kind === 'kreisfreie-stadt').length,
    },
  };
}
