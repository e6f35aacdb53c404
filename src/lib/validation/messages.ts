/** German wording of schema issues: which field, what is wrong, what is expected. */
import type { z } from 'zod';
import { didYouMean } from './suggest';

export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, segment) => (typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${String(segment)}` : String(segment)), '');
}

export function describeIssue(issue: z.core.$ZodIssue, valueAtPath: unknown, allowedKeys: readonly string[]): string[] {
  const field = fieldName(issue.path);
  const where = field ? `Feld „${field}“: ` : '';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const full = fieldName([...issue.path, key]);
        const allowed = allowedKeys.length ? ` Erlaubt sind: ${allowedKeys.join(', ')}.` : '';
        return `unbekanntes Feld „${full}“${didYouMean(key, allowedKeys)}${allowed}`;
      });
    case 'invalid_type':
      if (valueAtPath === undefined) return [`Pflichtfeld „${field}“ fehlt (${issue.message})`];
      return [`${where}${issue.message}`];
    default:
      return [`${where}${issue.message}`];
  }
}
