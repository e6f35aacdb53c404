/**
 * npm run screenshots -- /pfad/ [/pfad2/ …]: full-page screenshots of the built site at 390 px and
 * 1280 px into .screenshots/, for looking at pages as a person would. MAX_HEIGHT=1600 cuts long pages
 * to their top part, small enough to look at closely.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser, startServer } from './browser';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const maxHeight = Number(process.env.MAX_HEIGHT ?? 0);
const out = resolve(import.meta.dirname, '..', '.screenshots');
mkdirSync(out, { recursive: true });

const server = await startServer();
const browser = await launchBrowser();
for (const path of paths.length ? paths : ['/']) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(server.origin + path, { waitUntil: 'networkidle' });
    const file = resolve(out, `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const clip = maxHeight > 0 && height > maxHeight ? { x: 0, y: 0, width, height: maxHeight } : undefined;
    await page.screenshot({ path: file, fullPage: true, clip });
    console.log(file);
    await page.close();
  }
}
await browser.close();
await server.close();
