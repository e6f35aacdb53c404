/**
 * Checks content/search/synonyme.yaml: the schema (with located German messages), references to action
 * fields, programmes and projects that exist ("meinten Sie …?"), and no duplicates: each group id once,
 * each word once per language in the whole list (a word in two groups would make them one group; a
 * narrower word counts as German).
 */
import { SYNONYMS_FILE, synonymListSchema } from '../../schema/synonyms';
import { fold } from '../synonyms';
import type { ContentFile } from './files';
import { describeIssue } from './messages';
import type { Problem } from './problem';
import { keysAt } from './schema-walk';
import { parseSource } from './source';
import { didYouMean } from './suggest';

const REFERENCE_FIELDS = {
  fields: { collection: 'action-fields', label: 'Handlungsfeld' },
  programs: { collection: 'programs', label: 'Programm' },
  projects: { collection: 'projects', label: 'Projekt' },
} as const;

/** The word lists and the language each belongs to: the narrower words are German words of the group too. */
const WORD_LISTS = [['de', 'de'], ['narrower', 'de'], ['en', 'en'], ['ar', 'ar']] as const;

export function checkSynonymFile(file: ContentFile, known: (collection: 'action-fields' | 'programs' | 'projects') => ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const report = (position: { line: number; column: number }, message: string) =>
    problems.push({ file: file.display, line: position.line, column: position.column, message, severity: 'error' });
  if (file.name !== SYNONYMS_FILE) {
    report({ line: 1, column: 1 }, `unbekannte Datei „${file.name}“ in content/search/; erwartet wird nur ${SYNONYMS_FILE}${didYouMean(file.name, [SYNONYMS_FILE])}`);
    return problems;
  }
  const source = parseSource(file.text, 'yaml');
  for (const error of source.syntaxErrors) report(error.position, error.message);
  if (source.syntaxErrors.length) return problems;
  const schema = synonymListSchema();
  const raw = source.data;
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      let value: unknown = raw;
      for (const segment of issue.path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
      const messages = describeIssue(issue, value, keysAt(schema, issue.path));
      if (issue.code === 'unrecognized_keys') issue.keys.forEach((key, i) => report(source.locate([...issue.path, key], { key: true }), messages[i]!));
      else for (const message of messages) report(source.locate(issue.path as PropertyKey[]), message);
    }
  }
  if (!Array.isArray(raw)) return problems;

  const ids = new Map<string, number>();
  const seen = new Map<string, { group: string; line: number }>();
  raw.forEach((group: unknown, g) => {
    if (!group || typeof group !== 'object') return;
    const entry = group as Record<string, unknown>;
    const id = typeof entry.id === 'string' ? entry.id : `#${g + 1}`;
    if (typeof entry.id === 'string') {
      const at = source.locate([g, 'id']);
      const first = ids.get(entry.id);
      if (first !== undefined) report(at, `Feld „[${g}].id“: die Gruppe „${entry.id}“ gibt es schon (Zeile ${first}); jede Kennung nur einmal – bitte die Gruppen zusammenführen`);
      else ids.set(entry.id, at.line);
    }
    for (const [field, { collection, label }] of Object.entries(REFERENCE_FIELDS)) {
      const values = entry[field];
      if (!Array.isArray(values)) continue;
      values.forEach((value, i) => {
        if (typeof value !== 'string' || known(collection).has(value)) return;
        report(source.locate([g, field, i]), `Feld „[${g}].${field}[${i}]“: ${label} „${value}“ gibt es nicht (erwartet wird eine Kennung aus content/${collection}/)${didYouMean(value, known(collection))}`);
      });
    }
    for (const [field, lang] of WORD_LISTS) {
      const list = entry[field];
      if (!Array.isArray(list)) continue;
      list.forEach((word, i) => {
        if (typeof word !== 'string' || !word.trim()) return;
        const key = `${lang}:${fold(word.trim())}`;
        const at = source.locate([g, field, i]);
        const first = seen.get(key);
        if (first) {
          const where = first.group === id ? 'in dieser Gruppe' : `in der Gruppe „${first.group}“`;
          report(at, `Feld „[${g}].${field}[${i}]“: das Wort „${word.trim()}“ steht schon ${where} (Zeile ${first.line}); jedes Wort nur einmal je Sprache`);
        } else seen.set(key, { group: id, line: at.line });
      });
    }
  });
  return problems;
}
