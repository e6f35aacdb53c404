/**
 * The content validator: every rule of the content model, every problem in one run, each located
 * as file:line:column with a German message. Pure over the files it is given; src/io/validate-folder.ts
 * reads a folder for it and scripts/validate.ts is its CLI.
 */
import { extname } from 'node:path';
import type { z } from 'zod';
import { COLLECTIONS, COLLECTION_EXTENSIONS, collectionSchemas, referenceRegistry, type CollectionName } from '../../schema/index';
import type { SourceKind } from '../../schema/offering';
import { hasPrimarySource } from '../source-kinds';
import { isStale } from '../freshness';
import { isValidId, slugify } from '../ids';
import { baseName, type ContentFile } from './files';
import { describeIssue, fieldName } from './messages';
import { checkMdxBody } from './mdx-body';
import { compareProblems, type Problem } from './problem';
import { keysAt, referencePatterns, valuesAt, type ReferencePattern } from './schema-walk';
import { parseSource, type ParsedSource } from './source';
import { didYouMean } from './suggest';
import { SEARCH_FOLDER } from '../../schema/synonyms';
import { checkSynonymFile } from './synonyms';

export interface ValidatedEntry {
  collection: CollectionName;
  id: string;
  file: ContentFile;
  /** Raw data as written (undefined when unreadable). */
  raw: Record<string, unknown> | undefined;
  /** Schema output, when the entry passed its schema. */
  data: Record<string, unknown> | undefined;
  body?: string;
  source: ParsedSource;
}

export interface ValidationResult {
  problems: Problem[];
  entries: ValidatedEntry[];
}

export interface ValidateOptions {
  /** "Today" for the rules that `reviewed` and survey dates are not in the future (YYYY-MM-DD). */
  today: string;
  /** Entries reviewed longer ago than this get a warning. */
  reviewMaxAgeMonths: number;
}

const COLLECTION_LABEL: Record<CollectionName, string> = {
  regions: 'Region',
  'action-fields': 'Handlungsfeld',
  'target-groups': 'Zielgruppe',
  organizations: 'Organisation',
  programs: 'Programm',
  projects: 'Projekt',
  surveys: 'Erhebung',
};

const schemas = collectionSchemas();
const patterns: Record<CollectionName, ReferencePattern[]> = Object.fromEntries(
  COLLECTIONS.map((c) => [c, referencePatterns(schemas[c], (s) => referenceRegistry.get(s)?.collection)]),
) as Record<CollectionName, ReferencePattern[]>;

export function validateFiles(files: readonly ContentFile[], options: ValidateOptions): ValidationResult {
  const { today, reviewMaxAgeMonths: maxAge } = options;
  const problems: Problem[] = [];
  const entries: ValidatedEntry[] = [];
  const byCollection = new Map<CollectionName, Map<string, ValidatedEntry>>(COLLECTIONS.map((c) => [c, new Map()]));

  const report = (file: ContentFile, position: { line: number; column: number }, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file: file.display, line: position.line, column: position.column, message, severity });

  const synonymFiles: ContentFile[] = [];
  for (const file of files) {
    const start = { line: 1, column: 1 };
    // The search's synonym list is no collection: it is checked once every id is known.
    if (file.folder === SEARCH_FOLDER) {
      synonymFiles.push(file);
      continue;
    }
    if (!(COLLECTIONS as readonly string[]).includes(file.folder)) {
      report(file, start, `unbekannter Ordner „${file.folder}“${didYouMean(file.folder, [...COLLECTIONS, SEARCH_FOLDER])} Erlaubt sind: ${[...COLLECTIONS, SEARCH_FOLDER].join(', ')}.`);
      continue;
    }
    const collection = file.folder as CollectionName;
    const extension = extname(file.name);
    const allowed = COLLECTION_EXTENSIONS[collection];
    if (!allowed.includes(extension)) {
      report(file, start, `Dateityp „${extension || '(keiner)'}“ ist in ${collection} nicht erlaubt; erwartet wird ${allowed.join(' oder ')}`);
      continue;
    }
    const id = baseName(file.name);
    if (!isValidId(id)) {
      const proposal = slugify(id);
      report(
        file,
        start,
        `Dateiname „${file.name}“ ist keine gültige Kennung: erlaubt sind nur Kleinbuchstaben a–z, Ziffern und Bindestriche (Umlaute umschreiben: ä → ae, ß → ss)${proposal ? ` – Vorschlag: „${proposal}${extension}“` : ''}`,
      );
    }

    const source = parseSource(file.text, extension === '.mdx' ? 'mdx' : 'yaml');
    for (const error of source.syntaxErrors) report(file, error.position, error.message);

    let raw: Record<string, unknown> | undefined;
    let data: Record<string, unknown> | undefined;
    if (source.syntaxErrors.length === 0) {
      if (source.data === null || source.data === undefined || typeof source.data !== 'object' || Array.isArray(source.data)) {
        report(file, start, 'die Datei muss Felder der Form „name: Wert“ enthalten (eine YAML-Zuordnung)');
      } else {
        raw = source.data as Record<string, unknown>;
        const result = schemas[collection].safeParse(raw);
        if (result.success) data = result.data as Record<string, unknown>;
        else {
          for (const issue of result.error.issues) {
            const value = valueAt(raw, issue.path);
            const messages = describeIssue(issue, value, keysAt(schemas[collection], issue.path));
            if (issue.code === 'unrecognized_keys') {
              issue.keys.forEach((key, i) => report(file, source.locate([...issue.path, key], { key: true }), messages[i]!));
            } else {
              for (const message of messages) report(file, source.locate(issue.path as PropertyKey[]), message);
            }
          }
        }
      }
    }

    if (source.body) {
      for (const problem of checkMdxBody(source.body.text, source.body.startLine)) report(file, problem, problem.message);
    }

    const entry: ValidatedEntry = { collection, id, file, raw, data, body: source.body?.text, source };
    const existing = byCollection.get(collection)!.get(id);
    if (existing) {
      report(file, start, `die Kennung „${id}“ gibt es in ${collection} schon (${existing.file.display}); jede Kennung darf nur einmal vorkommen`);
    } else {
      byCollection.get(collection)!.set(id, entry);
    }
    entries.push(entry);
  }

  for (const entry of entries) {
    if (!entry.raw) continue;
    checkReferences(entry, byCollection, report);
    if (entry.collection === 'programs' || entry.collection === 'projects') checkOffering(entry, today, maxAge, report);
  }
  checkSurveys([...byCollection.get('surveys')!.values()], byCollection.get('regions')!, today, report);
  checkRegionTree([...byCollection.get('regions')!.values()], report);
  for (const file of synonymFiles) problems.push(...checkSynonymFile(file, (c) => new Set(byCollection.get(c)!.keys())));

  problems.sort(compareProblems);
  return { problems, entries };
}

type Report = (file: ContentFile, position: { line: number; column: number }, message: string, severity?: Problem['severity']) => void;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function checkReferences(entry: ValidatedEntry, byCollection: Map<CollectionName, Map<string, ValidatedEntry>>, report: Report) {
  for (const pattern of patterns[entry.collection]) {
    const target = pattern.collection as CollectionName;
    const known = byCollection.get(target)!;
    for (const { path, value } of valuesAt(entry.raw, pattern.path)) {
      if (known.has(value)) continue;
      report(
        entry.file,
        entry.source.locate(path),
        `Feld „${fieldName(path)}“: ${COLLECTION_LABEL[target]} „${value}“ gibt es nicht (erwartet wird eine Kennung aus content/${target}/)${didYouMean(value, known.keys())}`,
      );
    }
  }
}

function normalisedDate(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : undefined;
}

function checkOffering(entry: ValidatedEntry, today: string, maxAgeMonths: number, report: Report) {
  const raw = entry.raw!;
  const isExample = raw.example === true;
  const sources = raw.sources;
  if (!isExample && (!Array.isArray(sources) || sources.length === 0)) {
    const path = Array.isArray(sources) ? ['sources'] : [];
    report(
      entry.file,
      entry.source.locate(path, { key: true }),
      'Feld „sources“: mindestens eine Quelle (url) ist nötig, damit die Angaben nachprüfbar sind – oder „example: true“, wenn der Eintrag ein erfundenes Beispiel ist',
    );
  }
  // Only once every source names a valid kind: then "no primary source" is a fact, not a guess.
  const checked = entry.data?.sources as { kind?: SourceKind }[] | undefined;
  if (!isExample && checked && checked.length > 0 && checked.every((s) => s.kind) && !hasPrimarySource({ sources: checked })) {
    report(
      entry.file,
      entry.source.locate(['sources'], { key: true }),
      `Feld „sources“: alle Quellen sind Sekundärquellen (presse, sonstige); bitte, wo es sie gibt, eine Seite des Geldgebers, einer Behörde (amtlich) oder des Trägers (traeger) ergänzen`,
      'warning',
    );
  }
  const reviewed = normalisedDate(raw.reviewed);
  if (reviewed && /^\d{4}-\d{2}-\d{2}$/.test(reviewed) && reviewed > today) {
    report(entry.file, entry.source.locate(['reviewed']), `Feld „reviewed“: das Prüfdatum ${reviewed} liegt in der Zukunft; erwartet wird ein Datum bis heute (${today})`);
  } else if (reviewed && /^\d{4}-\d{2}-\d{2}$/.test(reviewed) && isStale(reviewed, today, maxAgeMonths)) {
    report(
      entry.file,
      entry.source.locate(['reviewed']),
      `Feld „reviewed“: zuletzt geprüft am ${reviewed}, vor mehr als ${maxAgeMonths} Monaten; bitte die Angaben und Quellen prüfen und das Datum erneuern`,
      'warning',
    );
  }
}

/** One survey per region, named after it, and not dated in the future. */
function checkSurveys(surveys: ValidatedEntry[], regions: ReadonlyMap<string, unknown>, today: string, report: Report) {
  const byRegion = new Map<string, ValidatedEntry>();
  for (const survey of surveys) {
    const region = survey.raw?.region;
    // An unknown region is already reported, with "meinten Sie …?", by the reference check.
    if (typeof region !== 'string' || !regions.has(region)) continue;
    if (region !== survey.id) {
      report(survey.file, survey.source.locate(['region']), `Feld „region“: die Erhebung gilt „${region}“, die Datei heißt aber „${survey.id}“; erwartet wird der Dateiname ${region}.yaml`);
    }
    const other = byRegion.get(region);
    if (other) report(survey.file, survey.source.locate(['region']), `Feld „region“: für „${region}“ gibt es schon eine Erhebung (${other.file.display}); je Region eine Datei`);
    else byRegion.set(region, survey);
    const date = normalisedDate(survey.raw?.date);
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date) && date > today) {
      report(survey.file, survey.source.locate(['date']), `Feld „date“: der Erhebungstag ${date} liegt in der Zukunft; erwartet wird ein Datum bis heute (${today})`);
    }
  }
}

function checkRegionTree(regions: ValidatedEntry[], report: Report) {
  const withData = regions.filter((r) => r.raw);
  const parentOf = new Map<string, string | undefined>();
  for (const region of withData) parentOf.set(region.id, typeof region.raw!.parent === 'string' ? region.raw!.parent : undefined);

  const roots = withData.filter((r) => parentOf.get(r.id) === undefined);
  if (roots.length > 1) {
    const names = roots.map((r) => r.id).join(', ');
    for (const root of roots) {
      report(root.file, root.source.locate([]), `Feld „parent“ fehlt: der Regionenbaum hat genau eine Wurzel, hier aber ${roots.length} (${names}); bitte „parent“ angeben`);
    }
  } else if (roots.length === 0 && withData.length > 0) {
    const first = withData[0]!;
    report(first.file, first.source.locate([]), 'der Regionenbaum hat keine Wurzel: genau eine Region (z. B. eu) darf kein „parent“ haben');
  }

  // Every region on a cycle is reported once, naming the cycle.
  const onCycle = new Set<string>();
  for (const region of withData) {
    const seen: string[] = [];
    let current: string | undefined = region.id;
    while (current !== undefined && !seen.includes(current) && !onCycle.has(current)) {
      seen.push(current);
      current = parentOf.get(current);
    }
    if (current !== undefined && seen.includes(current)) {
      const cycle = seen.slice(seen.indexOf(current));
      for (const id of cycle) onCycle.add(id);
      for (const id of cycle) {
        const entry = withData.find((r) => r.id === id)!;
        report(entry.file, entry.source.locate(['parent']), `Feld „parent“: Kreis im Regionenbaum (${[...cycle, cycle[0]].join(' → ')}); eine Region darf nicht in sich selbst liegen`);
      }
    }
  }

  const byAgs = new Map<string, ValidatedEntry>();
  for (const region of withData) {
    const ags = region.raw!.ags;
    if (typeof ags !== 'string') continue;
    const other = byAgs.get(ags);
    if (other) {
      report(region.file, region.source.locate(['ags']), `Feld „ags“: der Schlüssel ${ags} gehört schon zu „${other.id}“ (${other.file.display}); jeder AGS darf nur einmal vorkommen`);
    } else byAgs.set(ags, region);
  }
}
