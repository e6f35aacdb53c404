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

export const WEEKDAYS = ['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const clockTime = z
  .string({ error: 'erwartet wird eine Uhrzeit als Text in Anführungszeichen, z. B. "09:00"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'erwartet wird eine Uhrzeit im Format HH:MM, z. B. "09:00" oder "17:30"' });

/** Opening hours: times per group of weekdays, "nach Vereinbarung" and a free note. */
export const hoursSchema = z
  .strictObject(
    documented(
      {
        slots: z
          .array(
            z
              .strictObject(
                documented(
                  { days: listOf(oneOf(WEEKDAYS), 'Wochentage'), from: clockTime, to: clockTime },
                  { days: `Wochentage: ${WEEKDAYS.join(', ')}`, from: 'Beginn als "HH:MM"', to: 'Ende als "HH:MM"' },
                ),
              )
              .refine((slot) => slot.from < slot.to, { path: ['to'], error: 'das Ende (to) muss nach dem Beginn (from) liegen' }),
            { error: 'erwartet wird eine Liste von Zeiten mit days, from und to' },
          )
          .optional(),
        byAppointment: z.boolean({ error: 'erwartet wird true oder false' }).optional(),
        note: text(200).optional(),
      },
      {
        slots: 'Zeiten als Liste aus days (Wochentage), from und to ("HH:MM")',
        byAppointment: 'true, wenn ein Termin nötig ist oder Termine nach Vereinbarung vergeben werden',
        note: 'Hinweis zu den Zeiten, z. B. „nicht in den Schulferien“',
      },
    ),
    { error: 'erwartet werden Öffnungszeiten mit slots, byAppointment oder note' },
  )
  .refine((hours) => (hours.slots?.length ?? 0) > 0 || hours.byAppointment !== undefined || hours.note !== undefined, {
    error: 'erwartet wird mindestens eine Angabe: slots, byAppointment oder note',
  });

export const accessibilitySchema = z
  .strictObject(
    documented(
      {
        stepFree: z.boolean({ error: 'erwartet wird true oder false' }).optional(),
        accessibleToilet: z.boolean({ error: 'erwartet wird true oder false' }).optional(),
        hearingLoop: z.boolean({ error: 'erwartet wird true oder false' }).optional(),
        note: text(300).optional(),
      },
      {
        stepFree: 'true, wenn der Ort stufenlos erreichbar ist (Rampe, Aufzug)',
        accessibleToilet: 'true, wenn es eine barrierefreie Toilette gibt',
        hearingLoop: 'true, wenn es eine Höranlage (Induktionsschleife) gibt',
        note: 'Weitere Hinweise zur Barrierefreiheit',
      },
    ),
    { error: 'erwartet werden Angaben zur Barrierefreiheit: stepFree, accessibleToilet, hearingLoop, note' },
  );

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
    hours: hoursSchema.optional(),
    accessibility: accessibilitySchema.optional(),
  }, {
    carrier: 'Kennung der Organisation, die das Projekt durchführt (Träger, content/organizations/)',
    format: `Form des Angebots, mindestens eine: ${PROJECT_FORMATS.join(', ')}`,
    funding: 'Förderungen als Liste aus program (Kennung des Programms), amount (Betrag in Euro) und years (Jahre)',
    cost: `Kosten für Teilnehmende: ${COSTS.join(', ')} (ohne Angabe: unbekannt)`,
    address: 'Adresse des Angebots: street, postalCode, city',
    hours: 'Öffnungs- oder Sprechzeiten: slots (days, from, to), byAppointment, note – nur wie vom Träger veröffentlicht',
    accessibility: 'Barrierefreiheit des Ortes: stepFree, accessibleToilet, hearingLoop, note',
  });
}
export type Project = z.output<ReturnType<typeof projectSchema>>;
