/**
 * Checks an MDX body: it must compile (with the same MDX compiler Astro uses) and may hold text,
 * Markdown and plain HTML, but no code: no import/export, <script>, <iframe>, <style>, event handlers
 * or javascript: links.
 */
import { mdxToJs } from 'satteri';

export interface BodyProblem {
  line: number;
  column: number;
  message: string;
}

const RULES: { pattern: RegExp; message: string }[] = [
  { pattern: /^(\s*)(import|export)\b/, message: '„import“ und „export“ sind im Text nicht erlaubt; bitte nur Text und Markdown schreiben' },
  { pattern: /<\s*(script)\b/i, message: '<script> ist im Text nicht erlaubt' },
  { pattern: /<\s*(iframe)\b/i, message: '<iframe> ist im Text nicht erlaubt (keine eingebetteten fremden Seiten)' },
  { pattern: /<\s*(style)\b/i, message: '<style> ist im Text nicht erlaubt; die Gestaltung kommt von der Website' },
  { pattern: /<[a-z][^>]*?\s(on[a-z]+)\s*=/i, message: 'Ereignis-Attribute wie onclick sind im Text nicht erlaubt' },
  { pattern: /(javascript\s*:)/i, message: '„javascript:“-Links sind nicht erlaubt; erlaubt sind https:, http: und mailto:' },
];

const LINK_PROTOCOL = /\]\(\s*<?([a-z][a-z0-9+.-]*):|href\s*=\s*["']?([a-z][a-z0-9+.-]*):/gi;
const ALLOWED_PROTOCOLS = new Set(['https', 'http', 'mailto']);

export function checkMdxBody(body: string, startLine: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const lines = body.split('\n');
  let inFence = false;
  lines.forEach((text, index) => {
    const line = startLine + index;
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    for (const rule of RULES) {
      if (inFence && rule.pattern.source.startsWith('^')) continue;
      const match = rule.pattern.exec(text);
      if (match) problems.push({ line, column: match.index + (match[1] && rule.pattern.source.startsWith('^') ? match[1].length : 0) + 1, message: rule.message });
    }
    for (const match of text.matchAll(LINK_PROTOCOL)) {
      const protocol = (match[1] ?? match[2] ?? '').toLowerCase();
      if (protocol && protocol !== 'javascript' && !ALLOWED_PROTOCOLS.has(protocol)) {
        problems.push({ line, column: match.index + 1, message: `Link mit „${protocol}:“ ist nicht erlaubt; erlaubt sind https:, http: und mailto:` });
      }
    }
  });
  if (problems.length === 0) {
    const compileProblem = compileError(body, startLine);
    if (compileProblem) problems.push(compileProblem);
  }
  return problems;
}

function compileError(body: string, startLine: number): BodyProblem | undefined {
  try {
    mdxToJs(body);
    return undefined;
  } catch (error) {
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
}
