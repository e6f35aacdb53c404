/**
 * The first search's transfer, for npm run bench: the real search page, and the floor of bare Pagefind
 * over the same built pages without the site's search data. Text is counted gzip-compressed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, startServer } from './browser';
import { DEFAULT_LOCALE, LOCALES } from '../src/i18n/locales';
import { isIndexedPageFile } from '../src/lib/search-sort';

const root = resolve(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** What a first search transferred, by kind of file (text counted gzip-compressed, as a web server would send it). */
export interface SearchTransfer {
  total: number;
  byKind: Record<string, number>;
}

function transferKind(path: string): string {
  if (path.endsWith('pagefind.js') || path.endsWith('pagefind-worker.js')) return 'pagefind.js';
  if (path.includes('/pagefind/wasm.')) return 'wasm';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'meta';
  if (path.includes('/pagefind/index/')) return 'index';
  if (path.includes('/pagefind/fragment/')) return 'fragments';
  if (path.includes('/pagefind/filter/')) return 'filters';
  return 'other';
}

/** Records every response of a page from now until `done` resolves and the network is idle. */
async function recordTransfer(page: Page, done: () => Promise<unknown>): Promise<SearchTransfer> {
  const byKind: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const type = response.headers()['content-type'] ?? '';
          const bytes = /javascript|json|html|css|text/.test(type) ? gzipSync(body).length : body.length;
          const kind = transferKind(new URL(response.url()).pathname);
          byKind[kind] = (byKind[kind] ?? 0) + bytes;
        },
        () => undefined,
      ),
    );
  });
  await done();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  return { total: Object.values(byKind).reduce((a, b) => a + b, 0), byKind };
}

/** The first search on /suche/: every response from typing the query to the rendered hits. */
export async function firstSearchBytes(dist: string, query: string): Promise<SearchTransfer> {
  const server = await startServer(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/suche/`, { waitUntil: 'networkidle' });
    return await recordTransfer(page, async () => {
      await page.fill('#q', query);
      await page.press('#q', 'Enter');
      await page.waitForFunction(() => /Treffer/.test(document.querySelector('#search-status')?.textContent ?? ''));
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The floor for the search: the same built pages (HTML only) without the site's search data (filters,
 * meta, sort keys, extra terms), indexed by plain `pagefind`, queried through Pagefind's JS API and the
 * same ten hits loaded as the search page shows. What the real search transfers beyond this is ours.
 */
export async function bareSearchBytes(dist: string, floorDir: string, query: string): Promise<SearchTransfer> {
  rmSync(floorDir, { recursive: true, force: true });
  // Only the pages Pagefind indexes (the others carry no data-pagefind-body and add nothing to the index
  // but reading time and memory: over every page of a 30,000-offering site, gigabytes).
  const prefixes = LOCALES.map((lang) => (lang === DEFAULT_LOCALE ? '' : `${lang}/`));
  for (const file of files(dist).filter((f) => isIndexedPageFile(f.slice(dist.length + 1), prefixes))) {
    const target = join(floorDir, file.slice(dist.length));
    mkdirSync(join(target, '..'), { recursive: true });
    const html = readFileSync(file, 'utf8')
      .replace(/<span data-pagefind-(?:filter|meta|sort)="[^"]*">[^<]*<\/span>/g, '')
      .replace(/<p(?: lang="de")? data-pagefind-weight="[^"]*">[^<]*<\/p>/g, '');
    writeFileSync(target, html);
  }
  const pagefind = spawnSync(join(root, 'node_modules', '.bin', 'pagefind'), ['--site', floorDir], { encoding: 'utf8' });
  if (pagefind.status !== 0) throw new Error(`pagefind (Untergrenze) ist fehlgeschlagen:\n${pagefind.stdout}\n${pagefind.stderr}`);
  writeFileSync(join(floorDir, '404.html'), '<!doctype html><html lang="de"><head><title>404</title></head><body></body></html>');
  writeFileSync(join(floorDir, 'leer.html'), '<!doctype html><html lang="de"><head><title>Untergrenze</title></head><body></body></html>');
  const server = await startServer(floorDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/leer.html`, { waitUntil: 'networkidle' });
    return await recordTransfer(page, () =>
      page.evaluate(async (q) => {
        const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
        const response = await pf.search(q);
        await Promise.all(response.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
      }, query),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}


/** npx tsx scripts/search-transfer.ts [dist] [query]: both figures for a built site. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = resolve(process.argv[2] ?? join(root, 'dist'));
  const query = process.argv[3] ?? 'Sprache';
  const real = await firstSearchBytes(dist, query);
  const bare = await bareSearchBytes(dist, join(root, '.bench', 'pagefind-pur'), query);
  const kb = (b: number) => Math.round((b / 1024) * 10) / 10;
  console.log(JSON.stringify({ query, realKB: kb(real.total), bareKB: kb(bare.total), ratio: Math.round((real.total / bare.total) * 100) / 100, real: Object.fromEntries(Object.entries(real.byKind).map(([k, v]) => [k, kb(v)])), bare: Object.fromEntries(Object.entries(bare.byKind).map(([k, v]) => [k, kb(v)])) }));
}
