/**
 * The search's synonym list (content/search/synonyme.yaml): groups of words people type for the same
 * thing, mapped to the catalogue's own terms. Not a collection: one reviewed file, a list of groups.
 */
import { z } from 'zod';
import { documented, idRef, text, ID_PATTERN } from './common';

/** Where the list lives under the content folder. */
export const SEARCH_FOLDER = 'search';
export const SYNONYMS_FILE = 'synonyme.yaml';

const words = (what: string) =>
  z
    .array(text(60), { error: `erwartet wird eine Liste von Wörtern (${what})` })
    .min(1, { error: `erwartet wird mindestens ein Wort (${what})` });

export function synonymGroupSchema() {
  return z.strictObject(
    documented(
      {
        id: z.string({ error: 'erwartet wird eine Kennung (Text)' }).regex(ID_PATTERN, { error: 'erwartet wird eine Kennung aus Kleinbuchstaben a–z, Ziffern und Bindestrichen' }),
        de: words('Deutsch'),
        narrower: words('Deutsch, speziellere Wörter').optional(),
        en: words('Englisch').optional(),
        ar: words('Arabisch').optional(),
        fields: z.array(idRef('action-fields'), { error: 'erwartet wird eine Liste von Handlungsfeldern' }).optional(),
        programs: z.array(idRef('programs'), { error: 'erwartet wird eine Liste von Programmen' }).optional(),
        projects: z.array(idRef('projects'), { error: 'erwartet wird eine Liste von Projekten' }).optional(),
      },
      {
        id: 'Kennung der Gruppe: Kleinbuchstaben a–z, Ziffern und Bindestriche; jede Kennung nur einmal',
        de: 'Deutsche Wörter dieser Gruppe: Alltagswörter und die Begriffe des Katalogs (z. B. Deutschkurs, Sprachkurs, Integrationskurs). Ein Angebot, in dessen Titel oder Zusammenfassung eines davon vorkommt, wird auch unter allen anderen gefunden; nennen es nur die Suchwörter seines Handlungsfelds, bekommen nur seine englische und arabische Seite die Wörter der Gruppe in ihrer Sprache. Jedes Wort nur einmal in der ganzen Liste.',
        narrower: 'Speziellere deutsche Wörter, die zur Gruppe führen, aber nicht für alle ihre Angebote gelten (z. B. Sprachcafé in der Gruppe Begegnung): ein Angebot, das eines davon nennt, bekommt die Wörter der Gruppe; die anderen Angebote der Gruppe bekommen diese Wörter nicht (ein Kulturtreff ist kein Sprachcafé). Jedes Wort nur einmal in der ganzen Liste, auch nicht zugleich in „de“.',
        en: 'Englische Wörter, unter denen die englischen Seiten dieser Angebote gefunden werden',
        ar: 'Arabische Wörter, unter denen die arabischen Seiten dieser Angebote gefunden werden',
        fields: 'Nur Angebote dieser Handlungsfelder (Kennungen aus content/action-fields/) bekommen die Wörter; ohne Angabe alle passenden Angebote',
        programs: 'Programme, die die Hauptantwort auf diese Wörter sind (Kennungen aus content/programs/): sie bekommen die Wörter so stark gewichtet wie ihren Titel, auch Abkürzungen wie MBE',
        projects: 'Projekte, die die Hauptantwort auf diese Wörter sind (Kennungen aus content/projects/)',
      },
    ),
  );
}
export type SynonymGroup = z.output<ReturnType<typeof synonymGroupSchema>>;

export function synonymListSchema() {
  return z.array(synonymGroupSchema(), { error: 'erwartet wird eine Liste von Gruppen (jede beginnt mit „- id: …“)' });
}
