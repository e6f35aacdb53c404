/**
 * The real parts shared by the browser tests, the screenshots and the bench: a static server over the
 * built dist/ (sirv, on 127.0.0.1 only) and Debian's Chromium driven by playwright-core. No tool here
 * downloads a browser.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';

export const DIST = resolve(import.meta.dirname, '../dist');

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

/**
 * Serves a built site. `base` mounts it below a path, as GitHub Pages serves a project site at
 * /<repo>/: requests outside the base get the 404 page.
 */
export async function startServer(root = DIST, base = '/'): Promise<{ origin: string; close: () => Promise<void> }> {
  const serve = sirv(root, { dev: false, etag: true, extensions: ['html'] });
  const notFound = readFileSync(resolve(root, '404.html'));
  const fail = (res: import('node:http').ServerResponse) => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(notFound);
  };
  const server: Server = createServer((req, res) => {
    if (base !== '/') {
      if (!req.url?.startsWith(base)) return fail(res);
      req.url = req.url.slice(base.length - 1);
    }
    serve(req, res, () => fail(res));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

export function launchBrowser(): Promise<Browser> {
  // Debian's Chromium by default; CHROMIUM_PATH points elsewhere (e.g. Google Chrome on GitHub's runners).
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

