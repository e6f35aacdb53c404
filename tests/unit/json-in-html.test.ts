import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/lib/json-in-html';

const hostile = { name: '</script><script>alert(1)</script>', note: '<!-- & -->', lines: 'a\u2028b\u2029c' };

/** The text content of every <script> element as an HTML parser sees it. */
function scriptsOf(html: string): string[] {
  const scripts: string[] = [];
  let current: string | undefined;
  const parser = new Parser({
    onopentag: (name) => { if (name === 'script') current = ''; },
    ontext: (text) => { if (current !== undefined) current += text; },
    onclosetag: (name) => { if (name === 'script' && current !== undefined) { scripts.push(current); current = undefined; } },
  });
  parser.write(html);
  parser.end();
  return scripts;
}

describe('JSON inside <script>', () => {
  it('keeps a hostile title inside one script element that parses back to the same value', () => {
    const html = `<script type="application/ld+json">${jsonForScript(hostile)}</script>`;
    const scripts = scriptsOf(html);
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]!)).toEqual(hostile);
    expect(html).not.toMatch(/<\/script><script>/);
  });

  it('is what plain JSON.stringify is not: safe against the breakout', () => {
    expect(scriptsOf(`<script>${JSON.stringify(hostile)}</script>`).length).toBeGreaterThan(1);
  });

  it('escapes only <, >, & and the two line separators', () => {
    expect(jsonForScript({ a: 'äöü "x" / \\' })).toBe(JSON.stringify({ a: 'äöü "x" / \\' }));
    expect(jsonForScript('<>&\u2028\u2029')).toBe('"\\u003c\\u003e\\u0026\\u2028\\u2029"');
  });
});
