/**
 * Writes a row's data into an entry file with the `yaml` Document API, field by field: a field whose
 * value did not change is not touched, so comments, quoting and key order stay; fields the sheet has
 * no column for (hand-written extras, MDX bodies) are kept as they are.
 */
import { Document, isScalar, parseDocument, Scalar, visit } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Clock times go in double quotes (YAML 1.1 readers such as Astro's js-yaml would take 09:00 for a
 * number), as the schema asks; the `yaml` package already quotes strings that look like numbers.
 */
function quoteTimes(doc: Document) {
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && /^\d{1,2}:\d{2}$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
}

/** Is `path` (object keys; list indexes as "*") a field the sheet has columns for? */
export type Covered = (path: readonly string[]) => boolean;

function apply(doc: Document, path: (string | number)[], before: unknown, after: unknown, covered: Covered, keyPath: string[]) {
  if (same(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (!covered([...keyPath, key])) continue;
      apply(doc, [...path, key], before[key], after[key], covered, [...keyPath, key]);
    }
    return;
  }
  if (after === undefined) doc.deleteIn(path);
  else doc.setIn(path, doc.createNode(after));
}

/** Keys of `data` in the order of `order` (the schema's), the rest after. */
function ordered(data: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const keys = [...order.filter((k) => k in data), ...Object.keys(data).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, data[k]]));
}

/** Lists of ids and codes in one line, as the hand-written entries have them: `area: [kassel]`. */
function flowShortLists(doc: Document) {
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item) && !(typeof item.value === 'string' && /[\s:,#]/.test(item.value)))) node.flow = true;
    },
  });
}

/** A new entry file's text. */
export function newEntryText(data: Record<string, unknown>, order: readonly string[]): string {
  const doc = new Document(ordered(data, order));
  quoteTimes(doc);
  flowShortLists(doc);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The file's text with `data` applied to the covered fields; unchanged text when nothing differs. */
export function updateEntryText(text: string, kind: 'yaml' | 'mdx', data: Record<string, unknown>, covered: Covered): string {
  let yamlText = text;
  let body = '';
  if (kind === 'mdx') {
    const match = FRONTMATTER.exec(text);
    if (!match) return text;
    yamlText = match[1] ?? '';
    body = text.slice(match[0].length);
  }
  const doc = parseDocument(yamlText);
  const before = (doc.toJS() ?? {}) as Record<string, unknown>;
  const top = new Set([...Object.keys(before), ...Object.keys(data)]);
  let changed = false;
  for (const key of top) {
    if (!covered([key]) || same(before[key], data[key])) continue;
    changed = true;
    apply(doc, [key], before[key], data[key], covered, [key]);
  }
  if (!changed) return text;
  quoteTimes(doc);
  const out = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return kind === 'mdx' ? `---\n${out}---\n${body}` : out;
}

/** Which top-level fields differ between two texts' data (for the dry run's list of changes). */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !same(before[k], after[k]));
}

