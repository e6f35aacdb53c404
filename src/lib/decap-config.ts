/**
 * The configuration of the browser editor at /admin/ (Decap CMS), derived from the zod schemas like the
 * JSON Schema and the spreadsheet template: one folder collection per content folder, required and
 * optional fields, enums as selects, references as relation widgets, dates as date pickers, German
 * labels and the schema's field descriptions as hints. Changes go through the editorial workflow:
 * each becomes a pull request that CI validates.
 */
import type { z } from 'zod';
import { referenceRegistry, type CollectionName } from '../schema/common';
import { collectionSchemas } from '../schema/index';
import { COLLECTION_TITLES, collectionJsonSchema } from '../schema/json-schema';
import { LABELS } from './sheet/columns';
import { referencePatterns } from './validation/schema-walk';

/** The collections editors create and change in the editor. */
export const EDITABLE_COLLECTIONS = ['projects', 'programs', 'organizations'] as const satisfies readonly CollectionName[];
/**
 * Collections the editable ones refer to. A relation widget can only point at a collection of the same
 * configuration, so they are listed too, for editing existing entries only (no new regions or fields).
 */
export const LOOKUP_COLLECTIONS = ['regions', 'action-fields', 'target-groups'] as const satisfies readonly CollectionName[];

/** Decap's local proxy (decap-server) listens here unless DECAP_SERVER_PORT says otherwise. */
export const DEFAULT_LOCAL_PORT = 8081;

export interface DecapOptions {
  /** The repository's web address, e.g. https://github.com/foerderatlas/foerderatlas (REPO_URL). */
  repository: string;
  branch: string;
  /** Address of the OAuth provider that exchanges GitHub's code for a token (DECAP_AUTH_URL); Decap's default otherwise. */
  authUrl?: string;
  /** Port of the local proxy for local editing. */
  localPort?: number;
}

export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: string[];
  format?: string;
  description?: string;
  required?: string[];
  minItems?: number;
  maxItems?: number;
  maxLength?: number;
  anyOf?: JsonSchema[];
};

/** Keys whose text runs over several lines. */
const LONG_TEXT = new Set(['summary', 'body', 'eligibility', 'note', 'easy']);

/** The owner/name of a GitHub repository address. */
export function githubRepo(repository: string): string {
  const match = /^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(repository);
  if (!match) throw new Error(`REPO_URL ist keine GitHub-Adresse (https://github.com/<Besitzer>/<Name>): ${repository}`);
  return match[1]!;
}

/** The field that names an entry: title, or name for organizations and regions. */
export function identifierField(collection: CollectionName): 'title' | 'name' {
  const json = collectionJsonSchema(collection) as JsonSchema;
  return json.properties?.title ? 'title' : 'name';
}

function typeOf(schema: JsonSchema): string | undefined {
  if (schema.anyOf) return typeOf(schema.anyOf.find((s) => s.type !== 'null') ?? {});
  return Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
}

function relation(collection: CollectionName, multiple: boolean): Widget {
  const display = identifierField(collection);
  return { widget: 'relation', collection, value_field: '{{slug}}', search_fields: [display], display_fields: [display], multiple };
}

const DATE = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false, picker_utc: true };

/** The widget (and its options) for one value of a JSON Schema type. */
type Widget = Record<string, unknown> & { widget: string };

function widgetOf(key: string, schema: JsonSchema, reference: (path: string[]) => CollectionName | undefined, path: string[], required = true): Widget {
  const type = typeOf(schema);
  const target = reference(path);
  if (target) return relation(target, false);
  if (schema.enum) return { widget: 'select', options: schema.enum };
  if (schema.format === 'date') return DATE;
  if (type === 'boolean') return { widget: 'boolean' };
  if (type === 'integer') return { widget: 'number', value_type: 'int' };
  if (type === 'number') return { widget: 'number', value_type: 'float' };
  if (type === 'object') return { widget: 'object', collapsed: true, fields: fieldsOf(schema, reference, path, required) };
  if (type === 'array') {
    const item = schema.items ?? {};
    const bounds = { ...(schema.minItems ? { min: schema.minItems } : {}), ...(schema.maxItems ? { max: schema.maxItems } : {}) };
    const itemTarget = reference([...path, '*']);
    if (itemTarget) return { ...relation(itemTarget, true), ...bounds };
    if (item.enum) return { widget: 'select', options: item.enum, multiple: true, ...bounds };
    if (typeOf(item) === 'object') return { widget: 'list', collapsed: true, ...bounds, fields: fieldsOf(item, reference, [...path, '*']) };
    return { widget: 'list', ...bounds, field: { name: key, label: LABELS[key] ?? key, ...widgetOf(key, item, reference, [...path, '*']) } };
  }
  return { widget: LONG_TEXT.has(key) || (schema.maxLength ?? 0) > 200 ? 'text' : 'string' };
}

/**
 * Fields of an object. Decap checks a required field even inside an optional object left empty, so a
 * field counts as required only where its object must exist (the validator still checks the rest:
 * e.g. a translation needs its summary once it is there). In a list item the item itself is there.
 */
function fieldsOf(schema: JsonSchema, reference: (path: string[]) => CollectionName | undefined, path: string[], present = true): DecapField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, child]) => ({
    name: key,
    label: LABELS[key] ?? key,
    ...(child.description ? { hint: child.description } : {}),
    ...widgetOf(key, child, reference, [...path, key], present && required.has(key)),
    required: present && required.has(key),
  }));
}

/** The fields of a collection, in the schema's order. */
export function collectionFields(collection: CollectionName): DecapField[] {
  const patterns = referencePatterns(collectionSchemas()[collection], (s: z.core.$ZodType) => referenceRegistry.get(s as z.ZodType)?.collection);
  const reference = (path: string[]) => patterns.find((p) => p.path.join('.') === path.join('.'))?.collection as CollectionName | undefined;
  return fieldsOf(collectionJsonSchema(collection) as JsonSchema, reference, []);
}

function collection(name: CollectionName, editable: boolean): Record<string, unknown> {
  const identifier = identifierField(name);
  return {
    name,
    label: COLLECTION_TITLES[name],
    folder: `content/${name}`,
    extension: 'yaml',
    format: 'yaml',
    // The file name is the entry's id: made from the title once, never changed by a later edit.
    slug: '{{slug}}',
    identifier_field: identifier,
    summary: `{{${identifier}}}`,
    create: editable,
    delete: false,
    editor: { preview: false },
    fields: collectionFields(name),
  };
}

/** The whole configuration, as Decap reads it from /admin/config.yml. */
export function decapConfig(options: DecapOptions): Record<string, unknown> {
  const port = options.localPort ?? DEFAULT_LOCAL_PORT;
  return {
    locale: 'de',
    backend: {
      name: 'github',
      repo: githubRepo(options.repository),
      branch: options.branch,
      ...(options.authUrl ? { base_url: options.authUrl } : {}),
      squash_merges: true,
    },
    // Every change becomes a branch and a pull request; CI validates it before anyone merges.
    publish_mode: 'editorial_workflow',
    // Used only when the editor is opened on localhost or 127.0.0.1, with `npx decap-server` running.
    local_backend: { url: `http://127.0.0.1:${port}/api/v1`, allowed_hosts: ['localhost', '127.0.0.1'] },
    // Decap requires a media folder; the catalogue has no image fields, so nothing is ever written there.
    media_folder: 'public/medien',
    public_folder: '/medien',
    // Ids are a–z, digits and hyphens: umlauts become plain letters, everything else a hyphen.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [...EDITABLE_COLLECTIONS.map((c) => collection(c, true)), ...LOOKUP_COLLECTIONS.map((c) => collection(c, false))],
  };
}

/** The hosts the editor talks to besides its own, for its Content-Security-Policy. */
export function decapConnectSources(options: Pick<DecapOptions, 'localPort'>): string[] {
  const port = options.localPort ?? DEFAULT_LOCAL_PORT;
  return [`http://127.0.0.1:${port}`, 'https://api.github.com'];
}

/** The editor's options from the environment: REPO_URL and REPO_BRANCH (via the site's configuration), DECAP_AUTH_URL, DECAP_SERVER_PORT. */
export function decapOptionsFrom(site: { repository: string; branch: string }, env: Record<string, string | undefined>): DecapOptions {
  const port = Number(env.DECAP_SERVER_PORT);
  return {
    repository: site.repository,
    branch: site.branch,
    ...(env.DECAP_AUTH_URL ? { authUrl: env.DECAP_AUTH_URL } : {}),
    localPort: Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_LOCAL_PORT,
  };
}
