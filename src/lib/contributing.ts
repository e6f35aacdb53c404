/**
 * The editors' guide (CONTRIBUTING.md), generated from the schemas' field descriptions and real
 * example files, so the explanation of a field never drifts from its rule.
 */
import type { FieldRow } from './field-docs';

export interface CollectionGuide {
  collection: string;
  title: string;
  rows: FieldRow[];
  /** A real file of the collection, when the catalogue has one. */
  example?: { path: string; text: string };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderContributing(guides: CollectionGuide[]): string {
  const parts: string[] = [];
  parts.push(`# Mitmachen: Einträge anlegen und ändern

<!-- Diese Datei wird von \`npm run schema\` aus den Schemas erzeugt. Bitte nicht von Hand ändern. -->

Der Förderatlas besteht aus kleinen Textdateien im Ordner \`content/\`: eine Datei pro Eintrag. Sie brauchen
keine Programmierkenntnisse, nur einen Texteditor und die Regeln unten. Wer kein Git benutzt, meldet ein Angebot
oder einen Fehler einfach über die Formulare „Angebot melden“ und „Fehler melden“ im Issue-Bereich.

## Ihr erster Beitrag in sechs Schritten

1. **Prüfen, ob es den Eintrag schon gibt:** Suche auf der Website oder im Ordner \`content/\`.
2. **Datei anlegen:** \`npm run new -- programs mein-programm\` legt eine Vorlage mit allen Pflichtfeldern an
   (auch \`projects\`, \`organizations\`, \`regions\`, \`action-fields\`, \`target-groups\`, \`surveys\`). Ohne Angaben fragt der
   Befehl nach. Der Dateiname ist die Kennung: Kleinbuchstaben a–z, Ziffern und Bindestriche, Umlaute
   umschreiben (ä → ae, ß → ss).
3. **Felder ausfüllen:** Die Tabellen unten erklären jedes Feld. Editoren wie VS Code zeigen mit der
   YAML-Erweiterung Vorschläge und Fehler schon beim Tippen (die erste Zeile jeder Datei verweist auf das Schema).
4. **Quellen angeben:** Jedes echte Programm und Projekt nennt mindestens eine Quelle (\`sources\`) und das Datum der
   Prüfung (\`reviewed\`). Schreiben Sie nur, was die Quelle sagt. Erfundene Beispiele tragen \`example: true\`.
5. **Prüfen:** \`npm run validate\` zeigt jeden Fehler mit Datei, Zeile und Spalte und sagt, was erwartet wird.
   Einträge, deren Prüfung länger als zwölf Monate her ist, erscheinen als Warnung.
6. **Pull Request öffnen:** Die Prüfung läuft automatisch; Fehler erscheinen direkt an der geänderten Zeile.
`);
  for (const guide of guides) {
    parts.push(`## ${guide.title} (\`content/${guide.collection}/\`)

| Feld | Pflicht | Art | Bedeutung |
| --- | --- | --- | --- |
${guide.rows.map((r) => `| \`${r.name}\` | ${r.required ? 'ja' : 'nein'} | ${cell(r.type)} | ${cell(r.description)} |`).join('\n')}
${guide.example ? `
Beispiel (\`${guide.example.path}\`):

\`\`\`${guide.example.path.endsWith('.mdx') ? 'mdx' : 'yaml'}
${guide.example.text.trimEnd()}
\`\`\`
` : ''}`);
  }
  return `${parts.join('\n')}`;
}
