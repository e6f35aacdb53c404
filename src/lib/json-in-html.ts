/**
 * JSON for a <script> element (JSON-LD, data for a page's script). JSON.stringify alone lets a text
 * containing "</script>" end the element and run what follows; escaping <, >, & and the line
 * separators U+2028/U+2029 as \u escapes keeps the JSON identical for every parser and inert in HTML.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => ESCAPES[c]!);
}
