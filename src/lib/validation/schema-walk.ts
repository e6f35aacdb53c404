/** Finds the object schema at a data path, to list the keys an editor may use there. */
import { z } from 'zod';

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = (current as z.ZodType)._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') current = def.innerType as z.core.$ZodType;
    else if (def.type === 'pipe') current = (def.in as z.ZodType)._zod.def.type === 'transform' ? (def.out as z.core.$ZodType) : (def.in as z.core.$ZodType);
    else return current;
  }
  return current;
}

export function keysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const segment of path) {
    const def = (current as z.ZodType)._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object' && typeof segment === 'string') {
      const next = (def.shape as Record<string, z.core.$ZodType>)[segment];
      if (!next) return [];
      current = unwrap(next);
    } else if (def.type === 'array') {
      current = unwrap(def.element as z.core.$ZodType);
    } else return [];
  }
  const def = (current as z.ZodType)._zod.def as unknown as Record<string, unknown> & { type: string };
  return def.type === 'object' ? Object.keys(def.shape as object) : [];
}

/** A place in an entry where a reference to another collection may stand; "*" matches any list index. */
export interface ReferencePattern {
  path: (string | '*')[];
  collection: string;
}

export function referencePatterns(
  schema: z.core.$ZodType,
  isReference: (schema: z.core.$ZodType) => string | undefined,
  prefix: (string | '*')[] = [],
): ReferencePattern[] {
  const collection = isReference(schema);
  if (collection) return [{ path: prefix, collection }];
  const inner = unwrap(schema);
  if (inner !== schema) return referencePatterns(inner, isReference, prefix);
  const def = (schema as z.ZodType)._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.type === 'object') {
    return Object.entries(def.shape as Record<string, z.core.$ZodType>).flatMap(([key, child]) =>
      referencePatterns(child, isReference, [...prefix, key]),
    );
  }
  if (def.type === 'array') return referencePatterns(def.element as z.core.$ZodType, isReference, [...prefix, '*']);
  return [];
}

/** The string values found at a pattern in raw data, with their concrete paths. */
export function valuesAt(data: unknown, pattern: (string | '*')[]): { path: (string | number)[]; value: string }[] {
  const found: { path: (string | number)[]; value: string }[] = [];
  const walk = (value: unknown, rest: (string | '*')[], path: (string | number)[]) => {
    if (rest.length === 0) {
      if (typeof value === 'string') found.push({ path, value });
      return;
    }
    const [head, ...tail] = rest;
    if (head === '*') {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, tail, [...path, index]));
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      walk((value as Record<string, unknown>)[head!], tail, [...path, head!]);
    }
  };
  walk(data, pattern, []);
  return found;
}
