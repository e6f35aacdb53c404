/** The fields of a collection as rows for people (CONTRIBUTING.md, /mitmachen/), read from its JSON Schema. */

export interface FieldRow {
  /** Dotted path, "[]" for list items: "sources[].url". */
  name: string;
  required: boolean;
  type: string;
  description: string;
}

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  description?: string;
  anyOf?: JsonSchema[];
  maxLength?: number;
}

function typeLabel(schema: JsonSchema): string {
  if (schema.enum) return `einer von: ${schema.enum.join(', ')}`;
  if (schema.format === 'date') return 'Datum JJJJ-MM-TT';
  if (schema.type === 'array') return schema.items ? `Liste (${typeLabel(schema.items)})` : 'Liste';
  if (schema.type === 'object') return 'Gruppe von Feldern';
  if (schema.type === 'string') return schema.maxLength ? `Text (bis ${schema.maxLength} Zeichen)` : 'Text';
  if (schema.type === 'integer') return 'ganze Zahl';
  if (schema.type === 'number') return 'Zahl';
  if (schema.type === 'boolean') return 'true oder false';
  if (schema.anyOf) return schema.anyOf.map(typeLabel).join(' oder ');
  return 'Wert';
}

export function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  const required = new Set(schema.required ?? []);
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const name = `${prefix}${key}`;
    rows.push({ name, required: required.has(key), type: typeLabel(child), description: child.description ?? '' });
    if (child.type === 'object') rows.push(...fieldRows(child, `${name}.`));
    if (child.type === 'array' && child.items?.type === 'object') rows.push(...fieldRows(child.items, `${name}[].`));
  }
  return rows;
}
