/** Entry ids: the file name without extension; the pattern is part of the schema. */
import { ID_PATTERN } from '../schema/common';

export { ID_PATTERN };

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' };

/** Turns a name into an id by the id rules: "Groß-Gerau" → "gross-gerau". */
export function slugify(name: string): string {
  return name
    .replace(/[äöüßÄÖÜ]/g, (ch) => TRANSLITERATION[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}
