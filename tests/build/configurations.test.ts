/**
 * Configurations other than the default build: the deployed one (GitHub Pages serves the site below
 * /<repo>/, so the workflow builds with BASE_PATH) and a fork whose content/ holds another catalogue.
 * Each is built for real with `npm run build` and checked as a person would meet it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startServer } from '../../scripts/browser';
import { generateCatalogue } from '../../scripts/generate-catalogue';
import { htmlPages } from '../helpers/dist';
import { copyProject } from '../helpers/project-copy';

const BUILD_TIMEOUT = 900_000;

function build(cwd: string, env: Record<string, string>) {
  return spawnSync('npm', ['run', '-s', 'build'], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('the deployed configuration: BASE_PATH=/foerderatlas/', () => {
  const BASE = '/foerderatlas/';
  const work = mkdtempSync(join(tmpdir(), 'foerderatlas-base-'));
  const out = join(work, 'dist');
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    copyProject(join(work, 'project'));
    const result = build(join(work, 'project'), { BASE_PATH: BASE, OUT_DIR: out });
    expect(result.status, result.stderr.slice(-2000)).toBe(0);
    server = await startServer(out, BASE);
    browser = await launchBrowser();
  }, BUILD_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('every internal link and asset lies below the base and resolves', () => {
    const broken: string[] = [];
    const pages = htmlPages(out);
    expect(pages.length).toBeGreaterThan(1000);
    for (const page of pages) {
      for (const [, target] of page.html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (/^(https?:|mailto:|tel:|#|data:)/.test(target!)) continue;
        const path = decodeURI(target!.split(/[?#]/)[0]!);
        if (!path.startsWith(BASE)) {
          broken.push(`${page.url} → ${target} (nicht unter ${BASE})`);
          continue;
        }
        const file = join(out, path.slice(BASE.length));
        const ok = path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file) && statSync(file).isFile();
        if (!ok) broken.push(`${page.url} → ${target}`);
      }
    }
    expect(broken.slice(0, 20)).toEqual([]);
  });

  it('search finds offerings and links them below the base', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${BASE}suche/?q=Integrationskurs`, { waitUntil: 'networkidle' });
    await page.waitForSelector('#results li a');
    const hrefs = await page.locator('#results li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/foerderatlas\//);
    await page.click('#results li a');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').count()).toBe(1);
    expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
    await page.close();
  });

  it('maps link every Kreis below the base, and the comparison picker works', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.origin}${BASE}abdeckung/sprache/`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    const links = await page.locator('.kreis-map svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toHaveLength(27);
    for (const href of links) expect(href).toMatch(/^\/foerderatlas\/regionen\/[a-z0-9-]+\/$/);
    await page.locator('.kreis-map svg a').first().click();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').count()).toBe(1);
    await page.goto(`${server.origin}${BASE}vergleich/?regionen=kassel,wiesbaden`, { waitUntil: 'networkidle' });
    expect((await page.locator('table.compare thead th[data-col]:visible').allInnerTexts()).map((h) => h.split('\n')[0])).toEqual(['Kassel', 'Wiesbaden']);
    await page.close();
  });
});

describe('another catalogue in content/ (a fork)', () => {
  const work = mkdtempSync(join(tmpdir(), 'foerderatlas-fork-'));
  const fork = join(work, 'fork');

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(
    'builds a synthetic catalogue of another shape: no Wetzlar, no Modellregionen programme, other ids',
    () => {
      const catalogue = join(work, 'catalogue');
      generateCatalogue(150, catalogue, 7, { gemeinden: false });
      copyProject(fork, catalogue);
      expect(existsSync(join(fork, 'content/regions/wetzlar.yaml'))).toBe(false);
      expect(existsSync(join(fork, 'content/programs/integrationskurse.yaml'))).toBe(false);
      const result = build(fork, { SITE_LANGUAGES: 'de' });
      expect(result.status, `${result.stdout.slice(-1500)}\n${result.stderr.slice(-1500)}`).toBe(0);
      expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      const dist = join(fork, 'dist');
      expect(existsSync(join(dist, 'index.html'))).toBe(true);
      expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
      const programme = readdirSync(join(dist, 'programme')).find((d) => existsSync(join(dist, 'programme', d, 'index.html')) && !['a-z', 'nach-beginn', 'nach-ebene'].includes(d));
      expect(programme).toBeDefined();
      // Its guide takes its examples from its own content.
      expect(readFileSync(join(fork, 'CONTRIBUTING.md'), 'utf8')).not.toContain('content/regions/wetzlar.yaml');
    },
    BUILD_TIMEOUT,
  );

  it('a catalogue that lacks a whole collection gets located German messages, not a stack trace, and no dist/', () => {
    const lacking = join(work, 'lacking');
    copyProject(lacking, join(work, 'catalogue'));
    rmSync(join(lacking, 'content', 'action-fields'), { recursive: true });
    const result = build(lacking, { SITE_LANGUAGES: 'de' });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    // Every reference to the missing collection is named, with its place and what is expected.
    expect(output).toMatch(/^content\/programs\/[a-z0-9-]+\.yaml:\d+:\d+: Feld „actionFields\[0\]“: Handlungsfeld „[a-z-]+“ gibt es nicht \(erwartet wird eine Kennung aus content\/action-fields\/\)$/m);
    expect(output).toMatch(/Build abgebrochen/);
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(existsSync(join(lacking, 'dist'))).toBe(false);
  });
});
