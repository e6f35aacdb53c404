import { z } from 'zod';
import { httpsUrl, idRef, oneOf, text, type RefFactory } from './common';

export const ORGANIZATION_KINDS = [
  'eu-institution',
  'bundesbehoerde',
  'landesbehoerde',
  'kommune',
  'wohlfahrtsverband',
  'verein',
  'migrantenorganisation',
  'stiftung',
  'bildungstraeger',
  'unternehmen',
  'sonstige',
] as const;

export function organizationSchema(ref: RefFactory = idRef) {
  return z.strictObject({
    name: text(),
    kind: oneOf(ORGANIZATION_KINDS),
    url: httpsUrl.optional(),
    region: ref('regions').optional(),
    example: z.boolean({ error: 'erwartet wird true oder false' }).default(false),
  });
}
export type Organization = z.output<ReturnType<typeof organizationSchema>>;
