import { z } from 'zod';
import { idRef, isoDate, listOf, oneOf, text, type RefFactory } from './common';
import { offeringShape } from './offering';

export const PROGRAM_LEVELS = ['eu', 'bund', 'land', 'kommune', 'stiftung', 'sonstige'] as const;
export const FUNDING_TYPES = [
  'zuschuss',
  'darlehen',
  'buergschaft',
  'sachleistung',
  'beratung',
  'kursangebot',
  'personalfoerderung',
  'preis',
  'sonstige',
] as const;
export const ELIGIBLE = [
  'privatpersonen',
  'kommunen',
  'vereine',
  'migrantenorganisationen',
  'bildungstraeger',
  'unternehmen',
  'schulen',
  'kitas',
  'wohlfahrtsverbaende',
  'sonstige',
] as const;

export function programSchema(ref: RefFactory = idRef) {
  return z.strictObject({
    ...offeringShape(ref),
    funder: ref('organizations'),
    level: oneOf(PROGRAM_LEVELS),
    fundingTypes: listOf(oneOf(FUNDING_TYPES), 'Förderarten'),
    eligible: listOf(oneOf(ELIGIBLE), 'Antragsberechtigte'),
    deadlines: z
      .array(z.strictObject({ date: isoDate, label: text() }), { error: 'erwartet wird eine Liste von Fristen' })
      .optional(),
    budget: z
      .strictObject({
        amount: z.number({ error: 'erwartet wird ein Betrag als Zahl' }).min(0, { error: 'darf nicht negativ sein' }),
        currency: z.literal('EUR', { error: 'erwartet wird EUR' }).default('EUR'),
        per: oneOf(['gesamt', 'jahr'] as const).optional(),
        note: text().optional(),
      })
      .optional(),
  });
}
export type Program = z.output<ReturnType<typeof programSchema>>;
