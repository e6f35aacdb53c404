import { z } from 'zod';
import { email, httpsUrl, idRef, oneOf, phone, text, type RefFactory } from './common';

export const REGION_KINDS = [
  'eu',
  'bund',
  'land',
  'regierungsbezirk',
  'landkreis',
  'kreisfreie-stadt',
  'sonderstatusstadt',
  'gemeinde',
] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

export const coordinationSchema = z.strictObject({
  name: text(),
  email: email.optional(),
  phone: phone.optional(),
  url: httpsUrl.optional(),
  address: text().optional(),
});

export function regionSchema(ref: RefFactory = idRef) {
  return z.strictObject({
    name: text(),
    kind: oneOf(REGION_KINDS),
    parent: ref('regions').optional(),
    ags: z
      .string({ error: 'erwartet wird der Amtliche Gemeindeschlüssel als Text in Anführungszeichen, z. B. "06611"' })
      .regex(/^(\d{2}|\d{3}|\d{5}|\d{8})$/, { error: 'erwartet werden 2, 3, 5 oder 8 Ziffern' })
      .optional(),
    /** Optional: the official name with its status suffix, e.g. "Wetzlar, Stadt". */
    officialName: text().optional(),
    /** Optional: one of the six "Modellregionen Integration" (2009–2013). */
    modelRegion: z.boolean({ error: 'erwartet wird true oder false' }).optional(),
    coordination: coordinationSchema.optional(),
    population: z
      .number({ error: 'erwartet wird eine Zahl' })
      .int({ error: 'erwartet wird eine ganze Zahl' })
      .min(0, { error: 'darf nicht negativ sein' })
      .optional(),
    populationYear: z
      .number({ error: 'erwartet wird eine Jahreszahl' })
      .int({ error: 'erwartet wird eine Jahreszahl' })
      .min(1900, { error: 'erwartet wird eine Jahreszahl ab 1900' })
      .optional(),
    sources: z.array(z.strictObject({ url: httpsUrl, title: text().optional() })).optional(),
  });
}
export type Region = z.output<ReturnType<typeof regionSchema>>;
