/**
 * Checks an MDX body on its syntax tree (parsed by satteri, the MDX compiler Astro uses), not line by
 * line: a body may hold text, Markdown and an allow-list of plain HTML elements and attributes, and
 * nothing that runs: no import/export, no {…} expressions (MDX evaluates them at build time), no
 * components, no event handlers, no links other than https:, http:, mailto: or within the site.
 * What passes renders as inert HTML; what fails is reported with its line and column.
 */
import { mdxToMdast } from 'satteri';

export interface BodyProblem {
  line: number;
  column: number;
  message: string;
}

/** Elements a long description may use: structure and emphasis, nothing that loads, embeds or submits. */
const ALLOWED_ELEMENTS = new Set([
  'p', 'br', 'hr', 'strong', 'em', 'b', 'i', 'u', 's', 'small', 'sub', 'sup', 'abbr', 'span', 'a', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'code', 'pre',
]);
/** Attributes per element ('*' for every allowed element). */
const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  '*': ['title', 'lang', 'dir'],
  a: ['href'],
  th: ['scope', 'colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  ol: ['start'],
};
const NAMED_MESSAGES: Record<string, string> = {
  script: '<script> ist im Text nicht erlaubt',
  iframe: '<iframe> ist im Text nicht erlaubt (keine eingebetteten fremden Seiten)',
  style: '<style> ist im Text nicht erlaubt; die Gestaltung kommt von der Website',
  img: '<img> ist im Text nicht erlaubt: Bilder würden von fremden Servern geladen',
};
const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: Point };
}

export function checkMdxBody(body: string, startLine: number): BodyProblem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    return [syntaxProblem(error, startLine)];
  }
  const problems: BodyProblem[] = [];
  const at = (node: Node, message: string, point = node.position?.start) =>
    problems.push({ line: startLine + (point?.line ?? 1) - 1, column: point?.column ?? 1, message });
  walk(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        return at(node, '„import“ und „export“ sind im Text nicht erlaubt; bitte nur Text und Markdown schreiben');
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return at(node, 'Ausdrücke in geschweiften Klammern { } sind im Text nicht erlaubt; für eine Klammer als Zeichen \\{ schreiben');
      case 'image':
      case 'imageReference':
        return at(node, 'Bilder sind im Text nicht erlaubt: sie würden von fremden Servern geladen');
      case 'link':
      case 'definition': {
        const problem = linkProblem(node.url ?? '');
        if (problem) at(node, problem, urlPoint(body, node));
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return checkElement(node, (message) => at(node, message));
    }
  });
  return problems;
}

function walk(node: Node, visit: (node: Node) => void) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function checkElement(node: Node, report: (message: string) => void) {
  const name = node.name ?? '';
  if (!ALLOWED_ELEMENTS.has(name)) {
    report(
      NAMED_MESSAGES[name] ??
        (name === '' || /^[A-Z]/.test(name) || name.includes('.')
          ? `Komponenten wie <${name || '>…</'}> sind im Text nicht erlaubt; bitte nur Text, Markdown und einfaches HTML schreiben`
          : `<${name}> ist im Text nicht erlaubt; erlaubt sind ${[...ALLOWED_ELEMENTS].map((e) => `<${e}>`).join(', ')}`),
    );
    return;
  }
  const allowed = [...ALLOWED_ATTRIBUTES['*']!, ...(ALLOWED_ATTRIBUTES[name] ?? [])];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
      report('Ausdrücke in geschweiften Klammern { } sind in HTML-Attributen nicht erlaubt; bitte Werte in Anführungszeichen schreiben');
      continue;
    }
    const key = attribute.name ?? '';
    if (/^on/i.test(key)) report('Ereignis-Attribute wie onclick sind im Text nicht erlaubt');
    else if (!allowed.includes(key)) report(`Attribut „${key}“ ist an <${name}> nicht erlaubt; erlaubt sind ${allowed.join(', ')}`);
    else if (key === 'href') {
      const problem = linkProblem(typeof attribute.value === 'string' ? attribute.value : '');
      if (problem) report(problem);
    }
  }
}

/** A link's target: https, http, mailto, or a path or anchor within the site. */
function linkProblem(url: string): string | undefined {
  // Browsers ignore control characters and surrounding blanks in a URL: "java\tscript:" is javascript:.
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const protocol = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
  if (protocol === undefined) return undefined;
  if (protocol === 'javascript') return '„javascript:“-Links sind nicht erlaubt; erlaubt sind https:, http: und mailto:';
  return ALLOWED_PROTOCOLS.has(`${protocol}:`) ? undefined : `Link mit „${protocol}:“ ist nicht erlaubt; erlaubt sind https:, http: und mailto:`;
}

/** Where a Markdown link's target starts ("](" + 2), so the column points at the URL, not the text. */
function urlPoint(body: string, node: Node): Point | undefined {
  const start = node.position?.start;
  if (start?.offset === undefined) return start;
  const open = body.indexOf('](', start.offset);
  if (open < 0 || body.slice(start.offset, open).includes('\n\n')) return start;
  const before = body.slice(0, open + 2);
  const line = before.split('\n').length;
  return { line, column: open + 2 - before.lastIndexOf('\n') };
}

function syntaxProblem(error: unknown, startLine: number): BodyProblem {
  const message = error instanceof Error ? error.message : String(error);
  const located = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
  const line = located ? startLine + Number(located[1]) - 1 : startLine;
  const column = located ? Number(located[2]) : 1;
  const detail = (located ? located[3]! : message).split('\n')[0];
  return {
    line,
    column,
    message: `MDX-Syntaxfehler: der Text lässt sich nicht übersetzen – oft fehlt ein schließendes Tag oder { } steht ohne \\ davor (${detail})`,
  };
}
