/** One schema per collection, built with a reference factory (plain ids or Astro's `reference()`). */
import type { z } from 'zod';
import { actionFieldSchema } from './action-fields';
import { idRef, type CollectionName, type RefFactory } from './common';
import { organizationSchema } from './organizations';
import { programSchema } from './programs';
import { projectSchema } from './projects';
import { regionSchema } from './regions';
import { surveySchema } from './surveys';
import { targetGroupSchema } from './target-groups';

export * from './common';

export function collectionSchemas(ref: RefFactory = idRef): Record<CollectionName, z.ZodType> {
  return {
    regions: regionSchema(ref),
    'action-fields': actionFieldSchema(),
    'target-groups': targetGroupSchema(),
    organizations: organizationSchema(ref),
    programs: programSchema(ref),
    projects: projectSchema(ref),
    surveys: surveySchema(ref),
  };
}
