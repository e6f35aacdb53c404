import { z } from 'zod';
import { TRANSLATIONS_DOC, documented, text, translationsSchema } from './common';

/** The field as a need in everyday words, for the Angebotsfinder ("Deutsch lernen" for "Sprache"). */
const NEED_DOCS = {
  need: 'Das Handlungsfeld als Bedarf in Alltagsworten für den Angebotsfinder, z. B. „Deutsch lernen“ (höchstens 40 Zeichen)',
  needHint: 'Eine Zeile dazu in einfacher Sprache, z. B. „Kurse, Sprachcafés und Hilfe beim Übersetzen“ (höchstens 120 Zeichen)',
};
const needShape = () => ({ need: text(40).optional(), needHint: text(120).optional() });

export function actionFieldSchema() {
  return z.strictObject(
    documented(
      {
        title: text(80),
        summary: text(300),
        keywords: z.array(text(), { error: 'erwartet wird eine Liste von Suchwörtern' }).optional(),
        order: z.number({ error: 'erwartet wird eine Zahl' }).int({ error: 'erwartet wird eine ganze Zahl' }).optional(),
        easy: text(600).optional(),
        ...needShape(),
        translations: translationsSchema(80, { shape: needShape(), docs: NEED_DOCS }).optional(),
      },
      {
        title: 'Name des Handlungsfelds, z. B. „Sprache“',
        summary: 'Ein bis zwei Sätze in einfacher Sprache: worum geht es? Höchstens 300 Zeichen.',
        keywords: 'Weitere Wörter, unter denen die Suche das Handlungsfeld und seine Angebote finden soll',
        order: 'Zahl für die Reihenfolge in Listen (kleinere Zahlen zuerst)',
        easy: 'Zusammenfassung in Leichter Sprache: kurze Sätze, eine Aussage pro Satz, schwere Wörter erklärt (höchstens 600 Zeichen)',
        ...NEED_DOCS,
        translations: TRANSLATIONS_DOC,
      },
    ),
  );
}
export type ActionField = z.output<ReturnType<typeof actionFieldSchema>>;
