/** JSON Schema for editors, derived from the zod schemas (what editors write: io "input"). */
import { z } from 'zod';
import { COLLECTIONS, type CollectionName } from './common';
import { collectionSchemas } from './index';

export const COLLECTION_TITLES: Record<CollectionName, string> = {
  regions: 'Region',
  'action-fields': 'Handlungsfeld',
  'target-groups': 'Zielgruppe',
  organizations: 'Organisation (Geldgeber oder Träger)',
  programs: 'Förderprogramm',
  projects: 'Projekt oder Angebot vor Ort',
  surveys: 'Erhebung (wo wurde nach Angeboten gesucht?)',
};

export function collectionJsonSchema(collection: CollectionName, siteUrl?: string): Record<string, unknown> {
  const schema = collectionSchemas()[collection];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: json.$schema,
    ...(siteUrl ? { $id: `${siteUrl.replace(/\/$/, '')}/schema/${collection}.json` } : {}),
    title: `Förderatlas: ${COLLECTION_TITLES[collection]}`,
    description: `Eine Datei in content/${collection}/. Der Dateiname ist die Kennung: Kleinbuchstaben a–z, Ziffern und Bindestriche.`,
    ...Object.fromEntries(Object.entries(json).filter(([key]) => key !== '$schema')),
  };
}

export function allJsonSchemas(siteUrl?: string): Record<CollectionName, Record<string, unknown>> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, collectionJsonSchema(c, siteUrl)])) as Record<CollectionName, Record<string, unknown>>;
}
