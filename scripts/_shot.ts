import { launchBrowser, startServer } from '../tests/helpers/browser';
const server = await startServer('/tmp/mydist'); const browser = await launchBrowser();
for (const [path, width, name] of [['/regionen/', 1280, 'regionen-1280'], ['/regionen/', 390, 'regionen-390']] as const) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  await page.screenshot({ path: `/work/main/.screenshots/${name}.png`, fullPage: false });
}
await browser.close(); await server.close();
