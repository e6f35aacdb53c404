import { z } from 'zod';
import { idRef, listOf, oneOf, text, type RefFactory } from './common';
import { offeringShape } from './offering';

export const PROJECT_FORMATS = [
  'kurs',
  'beratung',
  'treffpunkt',
  'qualifizierung',
  'netzwerk',
  'veranstaltung',
  'lotsen-mentoring',
  'sonstige',
] as const;
export const COSTS = ['kostenlos', 'geringe-gebuehr', 'kostenpflichtig', 'unbekannt'] as const;

export function projectSchema(ref: RefFactory = idRef) {
  return z.strictObject({
    ...offeringShape(ref),
    carrier: ref('organizations'),
    format: listOf(oneOf(PROJECT_FORMATS), 'Formate'),
    funding: z
      .array(
        z.strictObject({
          program: ref('programs'),
          amount: z.number({ error: 'erwartet wird ein Betrag als Zahl' }).min(0, { error: 'darf nicht negativ sein' }).optional(),
          years: z
            .array(z.number({ error: 'erwartet wird eine Jahreszahl' }).int({ error: 'erwartet wird eine Jahreszahl' }).min(1900).max(2100), {
              error: 'erwartet wird eine Liste von Jahreszahlen',
            })
            .optional(),
        }),
        { error: 'erwartet wird eine Liste von Förderungen' },
      )
      .optional(),
    cost: oneOf(COSTS).default('unbekannt'),
    address: z
      .strictObject({
        street: text().optional(),
        postalCode: z.string().regex(/^\d{5}$/, { error: 'erwartet wird eine fünfstellige Postleitzahl' }).optional(),
        city: text(),
      })
      .optional(),
  });
}
export type Project = z.output<ReturnType<typeof projectSchema>>;
