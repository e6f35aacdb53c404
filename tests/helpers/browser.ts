/**
 * Real parts for browser tests: a static server over the built dist/ (sirv) and Debian's Chromium
 * driven by playwright-core. No test tool downloads a browser.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';

export const DIST = resolve(import.meta.dirname, '../../dist');

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

export async function startServer(root = DIST): Promise<{ origin: string; close: () => Promise<void> }> {
  const serve = sirv(root, { dev: false, etag: true, extensions: ['html'] });
  const notFound = readFileSync(resolve(root, '404.html'));
  const server: Server = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

export function launchBrowser(): Promise<Browser> {
  // Debian's Chromium by default; CHROMIUM_PATH points elsewhere (e.g. Google Chrome on GitHub's runners).
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** Records every request a page makes, to prove nothing leaves the local server. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

export function foreignRequests(urls: string[], origin: string): string[] {
  return urls.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:') && !u.startsWith('about:'));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core with the WCAG 2.1 A/AA rules and returns the violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
  });
  return violations;
}

export interface Site {
  browser: Browser;
  origin: string;
  /** Opens a path at a viewport width, waits for the network to settle and records every request. */
  open(path: string, width?: number): Promise<{ page: Page; requests: string[]; status: number }>;
}

/** One static server over dist/ and one Chromium per test file, started before and closed after its tests. */
export function useSite(): Site {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  const site = {
    async open(path: string, width = 1280) {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      const requests = recordRequests(page);
      const response = await page.goto(site.origin + path, { waitUntil: 'networkidle' });
      return { page, requests, status: response?.status() ?? 0 };
    },
  } as Site;
  beforeAll(async () => {
    server = await startServer();
    site.origin = server.origin;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
