/**
 * The one bridge from Astro's content layer to src/lib: loads every collection, turns Astro's
 * references back into plain ids and builds the catalogue once per build.
 */
import { getCollection, type CollectionKey } from 'astro:content';
import { buildDate } from '../io/build-date';
import { buildCatalogue, type Catalogue, type CatalogueInput } from '../lib/catalogue';

function isReference(value: unknown): value is { collection: string; id: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && keys.includes('collection') && keys.includes('id');
}

/** Replaces Astro's { collection, id } references by their ids, deeply. */
function plain(value: unknown): unknown {
  if (isReference(value)) return value.id;
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

async function load<T>(name: CollectionKey): Promise<T[]> {
  const entries = await getCollection(name);
  return entries.map((entry) => ({ id: entry.id, file: entry.filePath, ...(plain(entry.data) as object) }) as T);
}

/**
 * The MDX bodies of programmes and projects as written, by offering key: the text similarity reads.
 * They stay out of the entries, so catalogue.json and the schemas keep describing the data fields.
 */
async function bodies(): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const [name, prefix] of [['programs', 'programs'], ['projects', 'projects']] as const) {
    for (const entry of await getCollection(name)) if (entry.body?.trim()) result.set(`${prefix}/${entry.id}`, entry.body);
  }
  return result;
}

let cached: Promise<Catalogue> | undefined;

export function getCatalogue(): Promise<Catalogue> {
  cached ??= (async () => {
    const input: CatalogueInput = {
      regions: await load('regions'),
      actionFields: await load('action-fields'),
      targetGroups: await load('target-groups'),
      organizations: await load('organizations'),
      programs: await load('programs'),
      projects: await load('projects'),
      surveys: await load('surveys'),
      bodies: await bodies(),
    };
    return buildCatalogue(input, buildDate());
  })();
  return cached;
}
