import { launchBrowser, startServer } from '../tests/helpers/browser';
const server = await startServer('/tmp/mydist'); const browser = await launchBrowser();
for (const [path, width, name] of [['/abdeckung/sprache/', 1280, 'abd-sprache-1280'], ['/regionen/bad-homburg-v-d-hoehe/', 390, 'gemeinde-390'], ['/regionen/bad-homburg-v-d-hoehe/', 1280, 'gemeinde-1280']] as const) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  await page.screenshot({ path: `/work/main/.screenshots/${name}.png`, fullPage: false });
}
await browser.close(); await server.close();
