/** Fields common to programmes and projects, the two kinds of offering (Angebote). */
import { z } from 'zod';
import { ISO_639_1, email, httpsUrl, idRef, isoDate, listOf, phone, text, webUrl, type RefFactory } from './common';

export const periodSchema = z
  .strictObject({
    start: isoDate,
    end: isoDate.optional(),
  })
  .refine((period) => period.end === undefined || period.end >= period.start, {
    path: ['end'],
    error: 'das Ende darf nicht vor dem Beginn (period.start) liegen',
  });

export const sourceSchema = z.strictObject({
  url: webUrl,
  title: text().optional(),
  accessed: isoDate.optional(),
});

export const contactSchema = z.strictObject({
  name: text().optional(),
  email: email.optional(),
  phone: phone.optional(),
  url: httpsUrl.optional(),
});

export function offeringShape(ref: RefFactory = idRef) {
  return {
    title: text(150),
    summary: text(300),
    actionFields: listOf(ref('action-fields'), 'Handlungsfelder'),
    targetGroups: listOf(ref('target-groups'), 'Zielgruppen'),
    area: listOf(ref('regions'), 'Regionen'),
    period: periodSchema,
    reviewed: isoDate,
    sources: z.array(sourceSchema, { error: 'erwartet wird eine Liste von Quellen' }).optional(),
    example: z.boolean({ error: 'erwartet wird true oder false' }).default(false),
    url: httpsUrl.optional(),
    contact: contactSchema.optional(),
    languages: z
      .array(z.string().regex(ISO_639_1, { error: 'erwartet wird ein Sprachcode aus zwei Kleinbuchstaben (ISO 639-1), z. B. de, en, ar' }), {
        error: 'erwartet wird eine Liste von Sprachcodes',
      })
      .optional(),
  };
}
