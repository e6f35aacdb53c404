/**
 * Reads a content file with source positions: YAML files whole, MDX files as frontmatter plus body.
 * Uses the `yaml` package (YAML 1.2), which keeps dates as strings and knows every node's offset.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedSource {
  /** The frontmatter or YAML data as plain JS (undefined when the YAML is broken). */
  data: unknown;
  /** MDX body text and the file line it starts on (1-based). */
  body?: { text: string; startLine: number };
  /** YAML syntax errors, already located in the file. */
  syntaxErrors: { position: Position; message: string }[];
  /** Where a data path (e.g. ["period", "end"]) sits in the file; the nearest existing parent when absent. */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): Position;
}

const YAML_ERROR_TEXT: Record<string, string> = {
  BAD_INDENT: 'falsche Einrückung',
  BAD_SCALAR_START: 'ungültiger Wertbeginn (Text mit : oder # in Anführungszeichen setzen)',
  BLOCK_AS_IMPLICIT_KEY: 'ein Doppelpunkt mit Leerzeichen steht mitten im Wert – Text mit „: “ bitte in Anführungszeichen setzen',
  DUPLICATE_KEY: 'ein Feld kommt doppelt vor',
  MISSING_CHAR: 'ein Zeichen fehlt (z. B. ein schließendes Anführungszeichen oder eine Klammer)',
  MULTILINE_IMPLICIT_KEY: 'ein Schlüssel darf nicht über mehrere Zeilen gehen (fehlt ein Doppelpunkt?)',
  TAB_AS_INDENT: 'Tabulatoren sind als Einrückung nicht erlaubt; bitte Leerzeichen verwenden',
  UNEXPECTED_TOKEN: 'unerwartetes Zeichen',
  BAD_ALIAS: 'ungültiger Verweis (Alias)',
  BAD_DIRECTIVE: 'ungültige Direktive',
  BAD_DQ_ESCAPE: 'ungültige Escape-Sequenz in doppelten Anführungszeichen',
  MULTIPLE_DOCS: 'eine Datei darf nur ein YAML-Dokument enthalten',
  IMPOSSIBLE: 'nicht lesbare Struktur',
};

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function parseSource(text: string, kind: 'yaml' | 'mdx'): ParsedSource {
  let yamlText = text;
  let lineOffset = 0;
  let body: ParsedSource['body'];
  let missingFrontmatter = false;
  if (kind === 'mdx') {
    const match = FRONTMATTER.exec(text);
    if (match) {
      yamlText = match[1] ?? '';
      lineOffset = 1;
      const consumedLines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
      body = { text: text.slice(match[0].length), startLine: consumedLines + 1 };
    } else {
      yamlText = '';
      missingFrontmatter = true;
      body = { text, startLine: 1 };
    }
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };

  const syntaxErrors: ParsedSource['syntaxErrors'] = doc.errors.map((error) => ({
    position: at(error.pos[0]),
    message: `YAML-Syntaxfehler: ${YAML_ERROR_TEXT[error.code] ?? 'ungültiges YAML'} (${firstLine(error.message)})`,
  }));
  if (missingFrontmatter) {
    syntaxErrors.push({
      position: { line: 1, column: 1 },
      message: 'MDX-Datei ohne Kopfbereich: die Felder gehören zwischen zwei Zeilen mit „---“ am Dateianfang',
    });
  }

  let data: unknown;
  if (syntaxErrors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // Aliases (*name) are resolved only here; an unknown or runaway alias is the editor's error, not a crash.
      let offset = 0;
      visit(doc, {
        Alias(_, node) {
          offset = node.range?.[0] ?? 0;
          return visit.BREAK;
        },
      });
      syntaxErrors.push({
        position: at(offset),
        message: `YAML-Syntaxfehler: ${YAML_ERROR_TEXT.BAD_ALIAS} – Verweise mit * sind hier nicht nötig; bitte den Wert ausschreiben (${firstLine((error as Error).message)})`,
      });
    }
  }

  return {
    data,
    body,
    syntaxErrors,
    locate: (path, options) => locateIn(doc, path, at, options?.key ?? false),
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function locateIn(doc: Document, path: readonly PropertyKey[], at: (offset: number) => Position, wantKey: boolean): Position {
  let node: unknown = doc.contents;
  let best: Position = node && (node as Node).range ? at((node as Node).range![0]) : { line: 1 + 0, column: 1 };
  if (!doc.contents) return at(0);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return best;
      const keyNode = pair.key as Node;
      if (last && (wantKey || pair.value === null)) return keyNode.range ? at(keyNode.range[0]) : best;
      node = pair.value;
      const valueRange = (node as Node | null)?.range;
      best = valueRange ? at(valueRange[0]) : keyNode.range ? at(keyNode.range[0]) : best;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item?.range) return best;
      node = item;
      best = at(item.range[0]);
    } else {
      return best;
    }
  }
  return best;
}
