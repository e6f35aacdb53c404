/**
 * Browser tests on real parts: the server and Chromium of scripts/browser.ts, plus what only tests
 * need (request recording, axe-core, one shared browser per test file).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DIST, launchBrowser, startServer } from '../../scripts/browser';

export { CHROMIUM_ARGS, DIST, launchBrowser, startServer } from '../../scripts/browser';

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
  // Evaluated through the DevTools protocol: the pages' CSP forbids inline scripts, so no script tag.
  await page.evaluate(axeSource);
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
