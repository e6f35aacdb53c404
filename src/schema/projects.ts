import { z } from 'zod';
import { documented, idRef, listOf, oneOf, text, type RefFactory } from './common';
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
    ...projectFields(ref),
  });
}

function projectFields(ref: RefFactory) {
  return documented({
    carrier: ref('organizations'),
    format: listOf(oneOf(PROJECT_FORMATS), 'Formate'),
    funding: z
      .array(
        z.strictObject(
          documented(
            {
              program: ref('programs'),
              amount: z.number({ error: 'erwartet wird ein Betrag als Zahl' }).min(0, { error: 'darf nicht negativ sein' }).optional(),
              years: z
                .array(z.number({ error: 'erwartet wird eine Jahreszahl' }).int({ error: 'erwartet wird eine Jahreszahl' }).min(1900).max(2100), {
                  error: 'erwartet wird eine Liste von Jahreszahlen',
                })
                .optional(),
            },
            {
              program: 'Kennung des fördernden Programms (content/programs/)',
              amount: 'Förderbetrag in Euro',
              years: 'Jahre, für die der Betrag gilt, z. B. [2025, 2026]',
            },
          ),
        ),
        { error: 'erwartet wird eine Liste von Förderungen' },
      )
      .optional(),
    cost: oneOf(COSTS).default('unbekannt'),
    address: z
      .strictObject(
        documented(
          {
            street: text().optional(),
            postalCode: z.string().regex(/^\d{5}$/, { error: 'erwartet wird eine fünfstellige Postleitzahl' }).optional(),
            city: text(),
          },
          { street: 'Straße und Hausnummer', postalCode: 'Postleitzahl (fünf Ziffern)', city: 'Ort' },
        ),
      )
      .optional(),
  }, {
    carrier: 'Kennung der Organisation, die das Projekt durchführt (Träger, content/organizations/)',
    format: `Form des Angebots, mindestens eine: ${PROJECT_FORMATS.join(', ')}`,
    funding: 'Förderungen als Liste aus program (Kennung des Programms), amount (Betrag in Euro) und years (Jahre)',
    cost: `Kosten für Teilnehmende: ${COSTS.join(', ')} (ohne Angabe: unbekannt)`,
    address: 'Adresse des Angebots: street, postalCode, city',
  });
}
export type Project = z.output<ReturnType<typeof projectSchema>>;
