import { z } from 'zod';
import { TRANSLATIONS_DOC, documented, text, translationsSchema } from './common';

export function targetGroupSchema() {
  return z.strictObject(
    documented(
      { title: text(80), summary: text(300).optional(), easy: text(600).optional(), translations: translationsSchema(80).optional() },
      { title: 'Name der Zielgruppe, z. B. „Eltern“', summary: 'Wer gehört dazu? Ein Satz in einfacher Sprache.', easy: 'Zusammenfassung in Leichter Sprache: kurze Sätze, eine Aussage pro Satz, schwere Wörter erklärt (höchstens 600 Zeichen)', translations: TRANSLATIONS_DOC },
    ),
  );
}
export type TargetGroup = z.output<ReturnType<typeof targetGroupSchema>>;
