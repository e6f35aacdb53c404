import { describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../src/lib/validation/mdx-body';

const messages = (body: string) => checkMdxBody(body, 1).map((p) => p.message);

describe('MDX bodies, checked on the syntax tree', () => {
  it('accepts text, Markdown, links to the web and the allowed HTML', () => {
    const body = [
      'Ein **Absatz** mit [Link](https://example.org), [Mail](mailto:info@example.org) und [Seite](/regionen/kassel/).',
      '',
      '- eins',
      '- zwei',
      '',
      '<abbr title="Migrationsberatung">MBE</abbr> <br /> <a href="https://example.org" title="x">a</a>',
      '',
      '```js',
      'import a from "b"',
      '```',
      '',
      'Eine Klammer als Zeichen: \\{ bleibt Text.',
    ].join('\n');
    expect(checkMdxBody(body, 1)).toEqual([]);
  });

  it.each([
    ['an expression attribute', '<a href={"javascript:alert(1)"}>x</a>', 'Ausdrücke in geschweiften Klammern'],
    ['a spread attribute', '<span {...props}>x</span>', 'Ausdrücke in geschweiften Klammern'],
    ['a flow expression', '{alert(1)}', 'Ausdrücke in geschweiften Klammern'],
    ['a component', '<Karte />', 'Komponenten wie <Karte>'],
    ['a member component', '<x.y />', 'Komponenten wie <x.y>'],
    ['an export', 'export const a = 1', '„import“ und „export“'],
    ['a javascript link with a tab inside', '<a href="java\tscript:alert(1)">x</a>', '„javascript:“-Links'],
    ['a javascript link in upper case', '[x](JAVASCRIPT:alert(1))', '„javascript:“-Links'],
    ['a data: link', '[x](data:text/html,hi)', 'Link mit „data:“'],
    ['a reference definition to javascript', '[x][a]\n\n[a]: javascript:alert(1)', '„javascript:“-Links'],
    ['an image from another host', '![Bild](https://example.org/b.png)', 'Bilder sind im Text nicht erlaubt'],
    ['an event handler in capitals', '<b ONCLICK="x">y</b>', 'Ereignis-Attribute'],
    ['an unknown attribute', '<span style="color:red">x</span>', 'Attribut „style“ ist an <span> nicht erlaubt'],
    ['an embed', '<embed src="x" />', '<embed> ist im Text nicht erlaubt'],
    ['a link tag', '<link rel="stylesheet" href="https://example.org/x.css" />', '<link> ist im Text nicht erlaubt'],
  ])('refuses %s', (_, body, expected) => {
    expect(messages(body)).toEqual([expect.stringContaining(expected)]);
  });

  it('reports every problem with its line, counted from the start line of the body', () => {
    const problems = checkMdxBody('Text\n\n<object data="x" />\n\nMehr {1}', 10);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [12, 1],
      [14, 6],
    ]);
  });

  it('reports a syntax error as an MDX syntax error with its position', () => {
    expect(checkMdxBody('Text mit <div>offenem Tag.', 5)).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining('MDX-Syntaxfehler') })]);
  });
});
