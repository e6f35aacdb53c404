import { z } from 'zod';
import { documented, httpsUrl, idRef, oneOf, text, type RefFactory } from './common';

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
  return z.strictObject(
    documented(
      {
        name: text(),
        kind: oneOf(ORGANIZATION_KINDS),
        url: httpsUrl.optional(),
        region: ref('regions').optional(),
        example: z.boolean({ error: 'erwartet wird true oder false' }).default(false),
      },
      {
        name: 'Name der Organisation, z. B. „Bundesamt für Migration und Flüchtlinge (BAMF)“',
        kind: `Art der Organisation: ${ORGANIZATION_KINDS.join(', ')}`,
        url: 'Internetseite der Organisation (https://…)',
        region: 'Kennung der Region, in der die Organisation ihren Sitz hat',
        example: 'true, wenn die Organisation erfunden ist (nur für Beispiele)',
      },
    ),
  );
}
export type Organization = z.output<ReturnType<typeof organizationSchema>>;
