/**
 * Astro's collections, built from the same zod schemas as the validator (src/schema/).
 * References use Astro's reference(); the content folder honours CONTENT_DIR like the validator.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'zod';
import { COLLECTIONS, COLLECTION_EXTENSIONS, collectionSchemas, type CollectionName } from './schema/index';
import { contentDir } from './lib/content-dir';

const root = contentDir();
// Astro's reference() yields { collection, id }; src/site/catalogue.ts turns it back into the id,
// so the schema types (references as ids) hold for the rest of the code.
const schemas = collectionSchemas((collection) => reference(collection) as unknown as z.ZodType<string>);

function collection(name: CollectionName) {
  const extensions = COLLECTION_EXTENSIONS[name].map((e) => e.slice(1));
  const pattern = extensions.length > 1 ? `*.{${extensions.join(',')}}` : `*.${extensions[0]}`;
  return defineCollection({
    loader: glob({ pattern, base: `${root}/${name}` }),
    schema: schemas[name],
  });
}

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as Record<
  CollectionName,
  ReturnType<typeof collection>
>;
