/**
 * A survey record: someone looked for local offerings of these action fields in this region, on this
 * day, in these sources. Only a surveyed region × field without a local offering may be called a gap.
 */
import { z } from 'zod';
import { documented, idRef, isoDate, listOf, text, type RefFactory } from './common';
import { sourceSchema } from './offering';

export function surveySchema(ref: RefFactory = idRef) {
  return z.strictObject(
    documented(
      {
        region: ref('regions'),
        date: isoDate,
        fields: listOf(ref('action-fields'), 'Handlungsfelder'),
        sources: z
          .array(sourceSchema, { error: 'erwartet wird eine Liste von Quellen' })
          .min(1, { error: 'erwartet wird mindestens eine Quelle: wo wurde gesucht?' }),
        notes: text(1000).optional(),
      },
      {
        region: 'Kennung der erhobenen Region (content/regions/)',
        date: 'Tag der Erhebung (JJJJ-MM-TT)',
        fields: 'Kennungen der Handlungsfelder, für die gezielt nach Angeboten vor Ort gesucht wurde',
        sources: 'Quellen, in denen gesucht wurde (Übersichtsseiten von Kreis, Stadt, Trägern)',
        notes: 'Wie erhoben wurde und was dabei auffiel',
      },
    ),
  );
}
export type Survey = z.output<ReturnType<typeof surveySchema>>;
