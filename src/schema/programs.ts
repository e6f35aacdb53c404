import { z } from 'zod';
import { documented, idRef, isoDate, listOf, oneOf, text, type RefFactory } from './common';
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
    ...programFields(ref),
  });
}

function programFields(ref: RefFactory) {
  return documented({
    funder: ref('organizations'),
    level: oneOf(PROGRAM_LEVELS),
    fundingTypes: listOf(oneOf(FUNDING_TYPES), 'Förderarten'),
    eligible: listOf(oneOf(ELIGIBLE), 'Antragsberechtigte'),
    deadlines: z
      .array(z.strictObject(documented({ date: isoDate, label: text() }, { date: 'Datum der Frist (JJJJ-MM-TT)', label: 'Was bis zu diesem Tag zu tun ist, z. B. „Antrag für 2027 einreichen“' })), {
        error: 'erwartet wird eine Liste von Fristen',
      })
      .optional(),
    budget: z
      .strictObject(
        documented(
          {
            amount: z.number({ error: 'erwartet wird ein Betrag als Zahl' }).min(0, { error: 'darf nicht negativ sein' }),
            currency: z.literal('EUR', { error: 'erwartet wird EUR' }).default('EUR'),
            per: oneOf(['gesamt', 'jahr'] as const).optional(),
            note: text().optional(),
          },
          {
            amount: 'Betrag in Euro, ohne Punkte und Zeichen, z. B. 1300000',
            currency: 'Währung: EUR',
            per: 'gesamt (für die ganze Laufzeit) oder jahr (pro Jahr)',
            note: 'Erläuterung oder Quelle des Betrags',
          },
        ),
      )
      .optional(),
  }, {
    funder: 'Kennung der Organisation, die das Programm finanziert (content/organizations/)',
    level: `Ebene des Geldgebers: ${PROGRAM_LEVELS.join(', ')}`,
    fundingTypes: `Art der Förderung, mindestens eine: ${FUNDING_TYPES.join(', ')}`,
    eligible: `Wer Förderung beantragen kann, mindestens einer: ${ELIGIBLE.join(', ')}`,
    deadlines: 'Antragsfristen als Liste aus date (JJJJ-MM-TT) und label (was bis dahin zu tun ist)',
    budget: 'Fördersumme: amount (Zahl), currency (EUR), per (gesamt oder jahr), note (Quelle oder Erläuterung)',
  });
}
export type Program = z.output<ReturnType<typeof programSchema>>;
