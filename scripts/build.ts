/**
 * npm run build: validate → astro build → Pagefind, into a staging folder that replaces dist/ only
 * when every step succeeded. Invalid content stops the build before Astro runs; a failing step
 * leaves the previous dist/ untouched, so no half-built site is ever published.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { missingTranslatedPages } from '../src/lib/locale-pages';
import { contentDir } from '../src/lib/content-dir';
import { formatText, summary } from '../src/lib/validation/format';
import { validateContent } from '../src/io/validate-folder';
import { SORT_TABLE_DIR, indexedPagesGlob } from '../src/lib/search-sort';
import { LOCALES, DEFAULT_LOCALE } from '../src/i18n/locales';
import { writeSchemas } from './schema';
import { writeAdminBundle } from './admin-bundle';
import { writeServiceWorker } from './service-worker';
import { writeSortTables } from './sort-tables';
import { sitemapEntries } from '../src/lib/sitemap';
import { siteRoot } from '../src/lib/config';
import { writeSitemap } from '../src/io/write-sitemap';
import { mergePagefindBundles } from '../src/io/merge-pagefind';
import { runMeasured, stepStatsLine } from '../src/io/measured-step';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.OUT_DIR || 'dist');
const staging = `${outDir}.staging`;

/**
 * The environment of the build steps without Vite's reserved names: a BASE_URL or MODE left in the
 * shell (test runners set them) would override the configured base path inside the pages.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
  if (env.NODE_ENV !== 'production') delete env.NODE_ENV;
  return env;
}

/** Stops the build: the staging folder goes, the published folder stays as it was. */
function abort(message: string, code = 1): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✗ ${message}; ${outDir} bleibt unverändert.`);
  process.exit(code);
}

// BUILD_STEP_STATS=1 (the bench): each step's wall time and peak memory, to see which step sets the peak.
const stepStats = process.env.BUILD_STEP_STATS === '1';
let stepSeconds = 0;

function step(label: string, command: string, args: string[]) {
  console.log(`\n▶ ${label}`);
  const result = runMeasured(command, args, { cwd: root, stdio: 'inherit', env: buildEnv() }, stepStats);
  if (result.status !== 0) {
    abort(`${label} ist fehlgeschlagen`, result.status ?? 1);
  }
  if (result.seconds !== undefined && result.peakMB !== undefined) {
    stepSeconds += result.seconds;
    console.log(stepStatsLine(label, result.seconds, result.peakMB));
  }
}

console.log('▶ Inhalte prüfen');
const { problems, entries } = validateContent(contentDir());
for (const problem of problems) console.log(formatText(problem));
console.log(summary(problems, entries.length));
if (problems.some((p) => p.severity === 'error')) {
  console.error('\n✗ Build abgebrochen: bitte erst die Fehler oben beheben (npm run validate).');
  process.exit(1);
}

// JSON Schema for editors and CONTRIBUTING.md come from the same schemas; regenerate them first.
writeSchemas();

rmSync(staging, { recursive: true, force: true });
// Astro caches entries in node_modules/.astro/data-store.json and keeps an unchanged entry's file path
// from the build that cached it: after a build from another CONTENT_DIR, edit links would point there.
const store = resolve(root, 'node_modules', '.astro');
const storeMarker = join(store, 'content-dir');
if (!existsSync(storeMarker) || readFileSync(storeMarker, 'utf8') !== contentDir()) rmSync(join(store, 'data-store.json'), { force: true });
const bin = (name: string) => resolve(root, 'node_modules', '.bin', name);
// V8 lets its heap grow to a multiple of what is live that it picks itself; at 10,000 offerings that left the Astro
// step between 1,243 and 1,326 MB with 260–325 MB live. Growing by at most 30 % per full collection keeps it near
// what it needs, whatever the catalogue's size (10,000: 1,138 MB in 96 s; 30,000: 2,400 MB in 396 s instead of
// 2,723 MB in 449 s; README, "Scale").
const ASTRO_NODE_FLAGS = ['--heap-growing-percent=30'];
step('Website bauen (Astro)', process.execPath, [...ASTRO_NODE_FLAGS, resolve(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', staging]);
mkdirSync(store, { recursive: true });
writeFileSync(storeMarker, contentDir());
console.log('\n▶ Sprachfassungen prüfen');
const htmlFiles = readdirSync(staging, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => f.split('\\').join('/'));
const germanOnly = process.env.SITE_LANGUAGES === 'de';
const missing = germanOnly ? [] : missingTranslatedPages(htmlFiles);
if (missing.length > 0) {
  for (const m of missing.slice(0, 20)) console.error(`fehlt: ${m.file}`);
  abort(`${missing.length} Seiten fehlen in einer Sprachfassung (siehe Astro-Ausgabe oben)`);
}
console.log(germanOnly ? `✓ ${htmlFiles.length} Seiten, nur Deutsch (SITE_LANGUAGES=de).` : `✓ ${htmlFiles.length} Seiten: jede deutsche Seite auch auf Englisch und Arabisch.`);
console.log('\n▶ Sitemap');
{
  // Every page in every language with its language versions (hreflang values as in the pages' heads).
  const languages = Object.fromEntries((germanOnly ? [DEFAULT_LOCALE] : [...LOCALES]).map((l) => [l, l]));
  const sitemap = await writeSitemap(staging, siteRoot(), sitemapEntries(htmlFiles, siteRoot(), languages, DEFAULT_LOCALE));
  console.log(`✓ sitemap-index.xml: ${sitemap.files} Datei(en)`);
}
console.log('\n▶ Browser-Editor (Decap CMS)');
try {
  const admin = await writeAdminBundle(staging);
  console.log(`✓ admin/decap/: ${admin.files} Dateien (${Math.round(admin.size / 1024)} kB)`);
} catch (error) {
  abort(`Browser-Editor: ${(error as Error).message}`);
}
// The worker's list holds each precached file's hash.
console.log('\n▶ Offline-Speicher (Service Worker)');
try {
  const sw = await writeServiceWorker(staging, process.env.BASE_PATH || '/');
  console.log(`✓ sw.js: ${sw.count} Dateien vorab gespeichert (${Math.round(sw.size / 1024)} kB)`);
} catch (error) {
  abort(`Service Worker: ${(error as Error).message}`);
}
// Pagefind reads only the pages it indexes (those with data-pagefind-body), not every page of the site.
const languages = germanOnly ? [DEFAULT_LOCALE] : [...LOCALES];
// One Pagefind run per language, put together into one bundle (src/lib/pagefind-bundle.ts): the same
// files as one run over all languages, with about half the memory at the peak (10,000 offerings: 2.42 → 1.37 GB).
const bundles = languages.map((lang) => {
  const subdir = `pagefind-${lang}`;
  step(`Suchindex bauen (Pagefind, ${lang})`, bin('pagefind'), ['--site', staging, '--glob', indexedPagesGlob([lang === DEFAULT_LOCALE ? '' : `${lang}/`]), '--output-subdir', subdir]);
  return subdir;
});
try {
  const merged = mergePagefindBundles(staging, bundles, 'pagefind');
  console.log(`✓ pagefind/: ${merged.languages.join(', ')} (${merged.files} Dateien)`);
} catch (error) {
  abort((error as Error).message);
}
// Sort keys would cost every first search their whole table in Pagefind's metadata (about 6 kB per
// 1,000 offerings), though few people sort: a table per language, loaded only when someone sorts.
console.log('\n▶ Sortierung der Suche');
try {
  const sorted = writeSortTables(staging, languages);
  console.log(`✓ ${SORT_TABLE_DIR}/: ${sorted.pages} Seiten (${Math.round(sorted.bytes / 1024)} kB)`);
} catch (error) {
  abort((error as Error).message);
}

const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`\n✓ Fertig: ${outDir}`);
// This script's own work (validation, sitemap, editor, service worker, merging, sort tables) runs in this process.
if (stepStats) {
  const ownSeconds = Math.round((process.uptime() - stepSeconds) * 100) / 100;
  console.log(stepStatsLine('Build-Skript (Prüfung, Sitemap, Editor, Zusammenführung)', ownSeconds, Math.round(process.resourceUsage().maxRSS / 1024)));
}
