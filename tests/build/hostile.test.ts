/**
 * The held-out hostile entries (tests/fixtures/hostile/: script breakouts in every text field, markup,
 * formula cells), built with the small catalogue in all three languages: every built file is checked
 * for an unescaped breakout, the CSV for formula cells, and Chromium opens every page that shows them
 * and the search for them: no dialog may open.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startServer } from '../../scripts/browser';
import { listFiles } from '../helpers/dist';
import { copyProject, ROOT } from '../helpers/project-copy';

const work = mkdtempSync(join(tmpdir(), 'foerderatlas-hostile-'));
const project = join(work, 'project');
const dist = join(project, 'dist');
const DATA_SCRIPT = /^application\/(ld\+)?json$/;

beforeAll(() => {
  copyProject(project, [join(ROOT, 'tests/fixtures/base'), join(ROOT, 'tests/fixtures/hostile')]);
  const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: project, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(result.status, result.stderr.slice(-2000)).toBe(0);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What in one HTML document could run: handlers, javascript: links, scripts that are not data or our own files (modules, or the editor's bundle on /admin/). */
function runnable(html: string): string[] {
  const found: string[] = [];
  const doc = parseDocument(html);
  for (const el of DomUtils.findAll(() => true, doc.children)) {
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(name)) found.push(`<${el.name} ${name}>`);
      if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*javascript:/i.test(value)) found.push(`<${el.name} ${name}="${value}">`);
    }
    if (el.name === 'script') {
      const type = el.attribs.type ?? '';
      const text = DomUtils.textContent(el);
      if (DATA_SCRIPT.test(type)) {
        // A data block must stay one JSON value: a breakout would leave text that does not parse.
        try {
          JSON.parse(text);
        } catch {
          found.push(`<script type="${type}"> is not JSON`);
        }
      } else if (!((type === 'module' || type === '') && el.attribs.src?.startsWith('/') && text.trim() === '')) found.push(`<script type="${type}" src="${el.attribs.src}">${text.slice(0, 60)}`);
    }
    if (el.name === 'img' && el.attribs.src === 'x') found.push('<img src=x>');
    if (['svg', 'iframe', 'object', 'embed', 'form'].includes(el.name) && DomUtils.textContent(el).includes('HOSTILE')) found.push(`<${el.name}> with a payload`);
  }
  return found;
}

describe('hostile entries', () => {
  it('reach the pages (so the checks below see them)', () => {
    const pages = listFiles(dist).filter((f) => f.endsWith('.html') && readFileSync(f, 'utf8').includes('HOSTILE-'));
    expect(pages.length).toBeGreaterThan(20);
    for (const lang of ['en/', 'ar/']) expect(pages.some((p) => relative(dist, p).startsWith(lang))).toBe(true);
  });

  it('leave nothing runnable in any built HTML page', () => {
    const problems = listFiles(dist)
      .filter((f) => f.endsWith('.html') && !relative(dist, f).startsWith('pagefind'))
      .flatMap((f) => runnable(readFileSync(f, 'utf8')).map((p) => `${relative(dist, f)}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('leave feeds well-formed and their HTML texts free of tags; JSON files parse', () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text' });
    const problems: string[] = [];
    let feeds = 0;
    for (const file of listFiles(dist).filter((f) => /\.(xml|json|jsonld)$/.test(f) && !relative(dist, f).startsWith('pagefind'))) {
      const text = readFileSync(file, 'utf8');
      if (!file.endsWith('.xml')) {
        JSON.parse(text);
        continue;
      }
      if (XMLValidator.validate(text) !== true) problems.push(`${relative(dist, file)}: kein gültiges XML`);
      const { feed } = xml.parse(text);
      if (!feed) continue;
      feeds++;
      const entries = feed.entry === undefined ? [] : Array.isArray(feed.entry) ? feed.entry : [feed.entry];
      for (const entry of entries) {
        for (const node of [entry.title, entry.summary]) {
          if (node?.['@_type'] !== 'html') continue;
          // What a feed reader renders: the HTML must hold text only.
          const tags = DomUtils.findAll(() => true, parseDocument(String(node['#text']), { decodeEntities: true }).children);
          if (tags.length > 0) problems.push(`${relative(dist, file)}: <${tags[0]!.name}> in ${String(node['#text']).slice(0, 60)}`);
        }
      }
    }
    expect(feeds).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it('leave no formula cell in offerings.csv', () => {
    const rows = parse(readFileSync(join(dist, 'data/offerings.csv'), 'utf8'), { bom: true }) as string[][];
    const hostileRows = rows.filter((r) => r.some((c) => c.includes('HOSTILE')));
    expect(hostileRows.length).toBe(2);
    const formulas = rows.flatMap((r) => r.filter((c) => /^[=+\-@\t\r]/.test(c)));
    expect(formulas).toEqual([]);
  });

  describe('in Chromium', () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof startServer>>;
    beforeAll(async () => {
      server = await startServer(dist);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('open no dialog on any page that shows them, nor in the search for them', async () => {
      const paths = listFiles(dist)
        .filter((f) => f.endsWith('.html') && readFileSync(f, 'utf8').includes('HOSTILE-'))
        .map((f) => `/${relative(dist, f).replace(/index\.html$/, '').replace(/\.html$/, '')}`);
      paths.push('/suche/?q=HOSTILE', '/en/suche/?q=alert', '/ar/suche/?q=script');
      const dialogs: string[] = [];
      const page = await browser.newPage();
      page.on('dialog', (dialog) => {
        dialogs.push(`${page.url()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      for (const path of paths) {
        await page.goto(server.origin + path, { waitUntil: 'networkidle' });
        if (path.includes('/suche/')) await page.waitForFunction(() => /\d/.test(document.querySelector('#search-status')?.textContent ?? ''));
      }
      expect(paths.length).toBeGreaterThan(20);
      expect(dialogs).toEqual([]);
      await page.close();
    });
  });
});
