/**
 * npm run bench: measures Förderatlas on seeded synthetic catalogues of 1,000, 10,000 and 30,000
 * offerings (through CONTENT_DIR) against a bare Astro site that reads the same entries and renders
 * one trivial page per entry (the framework floor). Prints a table of medians and one JSON line.
 * BENCH_SIZES (default 1000,10000,30000) and BENCH_RUNS (default 3; sizes from 30,000 on run once)
 * change the plan; BENCH_EXTRA=1 adds the German-only and without-Gemeinden builds.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyse, overlapInput, placeWords, similarityInputs } from '../src/lib/analysis';
import { computeRadar } from '../src/lib/radar';
import { findSimilar } from '../src/lib/similarity';
import { buildCatalogue, type CatalogueInput } from '../src/lib/catalogue';
import { validateContent } from '../src/io/validate-folder';
import { bareSearchBytes, firstSearchBytes } from './search-transfer';
import { parseStepStats, runMeasured } from '../src/io/measured-step';
import { generateCatalogue } from './generate-catalogue';
import { COLLECTIONS } from '../src/schema/index';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.bench');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,30000').split(',').map(Number);
const runsWanted = Number(process.env.BENCH_RUNS ?? 3);
// Medians of three runs at 1,000 and 10,000; one run at 30,000 takes long enough and is enough.
const runsFor = (n: number) => (n >= 30000 ? 1 : runsWanted);
const extra = process.env.BENCH_EXTRA === '1';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const seconds = (ms: number) => Math.round(ms) / 1000;

function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** Runs a command, returns wall time and the peak resident memory of its process tree (GNU time, src/io/measured-step.ts). */
function run(command: string, args: string[], env: Record<string, string>): { ms: number; peakMB?: number; output: string } {
  const start = performance.now();
  const result = runMeasured(command, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 }, true);
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} ist fehlgeschlagen:\n${result.stdout}\n${result.stderr}`);
  return { ms, peakMB: result.peakMB, output: result.stdout };
}

/** Seconds the build's Pagefind runs took, from their own report ("Finished in 12.3 seconds"). */
function pagefindSeconds(buildOutput: string): number {
  return [...buildOutput.matchAll(/Finished in ([\d.]+) seconds/g)].reduce((sum, m) => sum + Number(m[1]), 0);
}

/** The largest file with a suffix in a built site: the one that grows most with the catalogue. */
function largest(all: string[], dist: string, suffix: string): { path: string; kB: number } {
  let best = { path: '', bytes: -1 };
  for (const f of all) {
    if (!f.endsWith(suffix)) continue;
    const bytes = statSync(f).size;
    if (bytes > best.bytes) best = { path: f, bytes };
  }
  return { path: best.path.slice(dist.length), kB: Math.round(best.bytes / 102.4) / 10 };
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

function catalogueFrom(dir: string) {
  const { entries } = validateContent(dir);
  const of = <T>(c: string) => entries.filter((e) => e.collection === c).map((e) => ({ id: e.id, ...(e.data as object) }) as T);
  const input: CatalogueInput = {
    regions: of('regions'),
    actionFields: of('action-fields'),
    targetGroups: of('target-groups'),
    organizations: of('organizations'),
    programs: of('programs'),
    projects: of('projects'),
    bodies: new Map(entries.filter((e) => e.body && (e.collection === 'programs' || e.collection === 'projects')).map((e) => [`${e.collection}/${e.id}`, e.body!])),
  };
  return { catalogue: buildCatalogue(input, new Date().toISOString().slice(0, 10)), entries: entries.length };
}

/**
 * The floor, as issue #20 defines it: a bare Astro site that reads the same entries through Astro's
 * content layer (glob loaders over the same folders, no schemas) and renders one trivial page per
 * entry. The least any Astro build of this catalogue costs. (Until December 2026 the floor made
 * entries × 3 pages from a number without reading any entry: 1.1 ms per page, a third of the
 * issue's measured 3.7 ms, so not the floor the issue compares against.)
 */
function writeFloorProject(dir: string, content: string) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages', '[collection]'), { recursive: true });
  const collections = COLLECTIONS.filter((c) => existsSync(join(content, c)));
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n");
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = {\n${collections
      .map((c) => `  ${JSON.stringify(c)}: defineCollection({ loader: glob({ pattern: '*.{yaml,mdx}', base: ${JSON.stringify(join(content, c))} }) }),`)
      .join('\n')}\n};\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[collection]', '[id].astro'),
    `---\nimport { getCollection } from 'astro:content';\nexport async function getStaticPaths() {\n  const names = ${JSON.stringify(collections)};\n  const lists = await Promise.all(names.map((name) => getCollection(name as never)));\n  return lists.flat().map((entry: { collection: string; id: string; data: Record<string, unknown> }) => ({ params: { collection: entry.collection, id: entry.id }, props: { title: String(entry.data.title ?? entry.id) } }));\n}\nconst { title } = Astro.props;\n---\n<html lang="de"><head><title>{title}</title></head><body><h1>{title}</h1></body></html>\n`,
  );
}

/** Builds the floor for a catalogue `runs` times (the built pages are not kept). */
function buildFloor(n: number, content: string, runs: number) {
  const dir = join(work, `floor-${n}`);
  writeFloorProject(dir, content);
  const floors = Array.from({ length: runs }, () => run(join(root, 'node_modules', '.bin', 'astro'), ['build', '--root', dir, '--outDir', join(dir, 'dist')], {}));
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  return floors;
}

/** Bytes of the inline SVG of a page's first element matching a marker (a locator or the Kreis map). */
function svgBytes(file: string, marker: string): number {
  const html = readFileSync(file, 'utf8');
  const start = html.indexOf(marker);
  if (start < 0) return 0;
  const svg = html.indexOf('<svg', start);
  return html.indexOf('</svg>', svg) + 6 - svg;
}

function detailPageBytes(dist: string): { page: string; bytes: number } {
  const dir = join(dist, 'projekte');
  const first = readdirSync(dir).find((name) => name.startsWith('projekt-'))!;
  const file = join(dir, first, 'index.html');
  const html = readFileSync(file, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => statSync(join(dist, m[1]!)).size);
  return { page: `/projekte/${first}/`, bytes: Buffer.byteLength(html) + css.reduce((a, b) => a + b, 0) };
}

const results: Record<string, unknown>[] = [];
mkdirSync(work, { recursive: true });
for (const n of sizes) {
  const content = join(work, `content-${n}`);
  const dist = join(work, `dist-${n}`);
  generateCatalogue(n, content, 1);
  if (process.env.BENCH_ONLY === 'floor') {
    // The floor alone (BENCH_ONLY=floor): entries, seconds, ms per page and peak memory.
    const entries = validateContent(content).entries.length;
    const floors = buildFloor(n, content, runsFor(n));
    const floor = median(floors.map((b) => b.ms));
    results.push({ offerings: n, entries, floorS: seconds(floor), floorPages: entries, msPerPageFloor: Math.round((floor / entries) * 100) / 100, floorPeakMemoryMB: median(floors.map((b) => b.peakMB ?? 0)) });
    continue;
  }
  if (process.env.BENCH_ONLY === 'search') {
    // One build and the search figures only (BENCH_ONLY=search): the cheap measurement for search work.
    run('npm', ['run', '-s', 'build'], { CONTENT_DIR: content, OUT_DIR: dist });
    const search = await firstSearchBytes(dist, 'Sprache');
    const bare = await bareSearchBytes(dist, join(work, `dist-${n}-pagefind-pur`), 'Sprache');
    const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
    results.push({ offerings: n, firstSearchKB: kb(search.total), bareSearchKB: kb(bare.total), searchToBare: Math.round((search.total / bare.total) * 100) / 100, firstSearchByKindKB: Object.fromEntries(Object.entries(search.byKind).map(([k, v]) => [k, kb(v)])), bareSearchByKindKB: Object.fromEntries(Object.entries(bare.byKind).map(([k, v]) => [k, kb(v)])) });
    continue;
  }
  const runs = runsFor(n);
  const validation = Array.from({ length: runs }, () => timed(() => validateContent(content)).ms);
  const { catalogue, entries } = catalogueFrom(content);
  let overlapsFound = 0;
  const analysis = Array.from({ length: runs }, () =>
    timed(() => {
      const a = analyse(catalogue);
      overlapsFound = a.overlaps.length;
      return a.coverage.cells.length;
    }).ms,
  );
  // Issue 21: similar offerings by text (goal ≤ 2 s at 10,000) and the end-of-funding radar, in process.
  const similarity = Array.from({ length: runs }, () => timed(() => findSimilar(similarityInputs(catalogue), { ignore: placeWords(catalogue) })).ms);
  const { coverage } = analyse(catalogue);
  const radarInputs = new Map(catalogue.offerings.map((o) => [overlapInput(o).key, overlapInput(o)]));
  const radar = Array.from({ length: runs }, () => timed(() => computeRadar(coverage.cells, radarInputs, catalogue.today)).ms);
  if (process.env.BENCH_IN_PROCESS_ONLY) {
    console.log(JSON.stringify({ offerings: n, similarityS: seconds(median(similarity)), radarS: seconds(median(radar)), overlapCoverageS: seconds(median(analysis)) }));
    continue;
  }
  const builds = Array.from({ length: runs }, () => run('npm', ['run', '-s', 'build'], { CONTENT_DIR: content, OUT_DIR: dist, BUILD_STEP_STATS: '1' }));
  // Each step's time and peak (medians over the runs): which step sets the build's peak.
  const stepRuns = builds.map((b) => parseStepStats(b.output));
  const steps = Object.fromEntries(
    [...new Set(stepRuns.flat().map((s) => s.label))].map((label) => {
      const of = stepRuns.map((r) => r.find((s) => s.label === label)).filter((s) => s !== undefined);
      return [label, { s: median(of.map((s) => s.seconds)), MB: median(of.map((s) => s.peakMB)) }];
    }),
  );
  const stepPeak = (match: (label: string) => boolean) => Math.max(0, ...Object.entries(steps).filter(([label]) => match(label)).map(([, v]) => v.MB)) || null;
  // The same catalogue without the finder's step-2 and answer pages: what the Angebotsfinder costs.
  const noFinderDist = join(work, `dist-${n}-ohne-finder`);
  const noFinderBuild = run('npm', ['run', '-s', 'build'], { CONTENT_DIR: content, OUT_DIR: noFinderDist, FINDER_PAGES: 'off' });
  const noFinderFiles = files(noFinderDist);
  const noFinderBytes = noFinderFiles.reduce((sum, f) => sum + statSync(f).size, 0);
  rmSync(noFinderDist, { recursive: true, force: true });
  const floorPages = entries;
  const floors = buildFloor(n, content, runs);
  const all = files(dist);
  const pages = all.filter((f) => f.endsWith('.html')).length;
  const distBytes = all.reduce((sum, f) => sum + statSync(f).size, 0);
  const detail = detailPageBytes(dist);
  const search = await firstSearchBytes(dist, 'Sprache');
  const bareSearch = await bareSearchBytes(dist, join(work, `dist-${n}-pagefind-pur`), 'Sprache');
  rmSync(join(work, `dist-${n}-pagefind-pur`), { recursive: true, force: true });
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const locatorKB = Math.round(svgBytes(join(dist, 'regionen', 'bad-homburg-v-d-hoehe', 'index.html'), 'class="locator"') / 102.4) / 10;
  const kreisMapKB = Math.round(svgBytes(join(dist, 'regionen', 'index.html'), 'class="kreis-map"') / 102.4) / 10;
  const build = median(builds.map((b) => b.ms));
  const floor = median(floors.map((b) => b.ms));
  const peak = median(builds.map((b) => b.peakMB ?? 0));
  const floorPeak = median(floors.map((b) => b.peakMB ?? 0));
  const pagefindMs = median(builds.map((b) => pagefindSeconds(b.output) * 1000));
  const largestPage = largest(all, dist, '.html');
  const largestData = largest(all, dist, '.json');
  const finder = {
    finderPages: pages - noFinderFiles.filter((f) => f.endsWith('.html')).length,
    finderS: seconds(build - noFinderBuild.ms),
    finderMB: Math.round(((distBytes - noFinderBytes) / 1048576) * 10) / 10,
  };
  const extras: Record<string, unknown> = {};
  if (extra) {
    // The same catalogue in German only: what English and Arabic cost.
    const germanDist = join(work, `dist-${n}-nur-deutsch`);
    const germanBuild = run('npm', ['run', '-s', 'build'], { CONTENT_DIR: content, OUT_DIR: germanDist, SITE_LANGUAGES: 'de' });
    const germanPages = files(germanDist).filter((f) => f.endsWith('.html')).length;
    // The same catalogue size without the Gemeinden: what the full region tree costs.
    const lean = join(work, `content-${n}-ohne-gemeinden`);
    generateCatalogue(n, lean, 1, { gemeinden: false });
    const leanBuild = run('npm', ['run', '-s', 'build'], { CONTENT_DIR: lean, OUT_DIR: join(work, `dist-${n}-ohne-gemeinden`) });
    const leanFiles = files(join(work, `dist-${n}-ohne-gemeinden`));
    Object.assign(extras, {
      germanOnlyS: seconds(germanBuild.ms),
      germanOnlyPages: germanPages,
      languagesToGerman: ratio(build, germanBuild.ms),
      msPerPageGermanOnly: ratio(germanBuild.ms, germanPages),
      buildWithoutGemeindenS: seconds(leanBuild.ms),
      distWithoutGemeindenMB: Math.round((leanFiles.reduce((sum, f) => sum + statSync(f).size, 0) / 1048576) * 10) / 10,
      pagesWithoutGemeinden: leanFiles.filter((f) => f.endsWith('.html')).length,
    });
  }
  results.push({
    offerings: n,
    entries,
    runs,
    overlaps: overlapsFound,
    validationS: seconds(median(validation)),
    overlapCoverageS: seconds(median(analysis)),
    similarityS: seconds(median(similarity)),
    radarS: seconds(median(radar)),
    buildS: seconds(build),
    pagefindS: seconds(pagefindMs),
    pagefindShare: ratio(pagefindMs, build),
    pages,
    msPerPage: ratio(build, pages),
    floorS: seconds(floor),
    floorPages,
    msPerPageFloor: ratio(floor, floorPages),
    // Cost per page against the floor's cost per page: the site has more pages than entries.
    perPageToFloor: ratio(build / pages, floor / floorPages),
    buildToFloor: ratio(build, floor),
    peakMemoryMB: peak || null,
    floorPeakMemoryMB: floorPeak || null,
    peakToFloor: peak && floorPeak ? ratio(peak, floorPeak) : null,
    astroPeakMB: stepPeak((label) => label.includes('Astro')),
    pagefindPeakMB: stepPeak((label) => label.includes('Pagefind')),
    steps,
    files: all.length,
    distMB: Math.round((distBytes / 1048576) * 10) / 10,
    distMBPer1000: Math.round((distBytes / 1048576 / (n / 1000)) * 10) / 10,
    largestPage: largestPage.path,
    largestPageKB: largestPage.kB,
    largestData: largestData.path,
    largestDataKB: largestData.kB,
    detailPage: detail.page,
    detailPageKB: Math.round((detail.bytes / 1024) * 10) / 10,
    firstSearchKB: kb(search.total),
    bareSearchKB: kb(bareSearch.total),
    searchToBare: ratio(search.total, bareSearch.total),
    firstSearchByKindKB: Object.fromEntries(Object.entries(search.byKind).map(([k, v]) => [k, kb(v)])),
    bareSearchByKindKB: Object.fromEntries(Object.entries(bareSearch.byKind).map(([k, v]) => [k, kb(v)])),
    locatorMapKB: locatorKB,
    kreisMapKB,
    ...finder,
    ...extras,
  });
  // Keep the disk free for the next size (BENCH_KEEP=1 keeps the built site for a look).
  if (process.env.BENCH_KEEP !== '1') rmSync(dist, { recursive: true, force: true });
}

const rows: [string, (r: Record<string, unknown>) => unknown][] = [
  ['Angebote', (r) => r.offerings],
  ['Einträge insgesamt', (r) => r.entries],
  ['Läufe (Median)', (r) => r.runs],
  ['Überschneidungen', (r) => r.overlaps],
  ['Validierung (s)', (r) => r.validationS],
  ['Überschneidung + Abdeckung (s; Ziel ≤ 1)', (r) => r.overlapCoverageS],
  ['Ähnliche Angebote, BM25 (s; Ziel ≤ 2)', (r) => r.similarityS],
  ['Förderende-Radar (s)', (r) => r.radarS],
  ['Build gesamt (s)', (r) => r.buildS],
  ['  davon Pagefind (s)', (r) => r.pagefindS],
  ['  Anteil Pagefind', (r) => r.pagefindShare],
  ['Seiten', (r) => r.pages],
  ['ms je Seite', (r) => r.msPerPage],
  ['Astro-Untergrenze (s)', (r) => r.floorS],
  ['Untergrenze: Seiten', (r) => r.floorPages],
  ['Untergrenze: ms je Seite', (r) => r.msPerPageFloor],
  ['ms je Seite / Untergrenze (Ziel ≤ 1,5)', (r) => r.perPageToFloor],
  ['Build / Untergrenze, gesamt', (r) => r.buildToFloor],
  ['Spitzenspeicher Build (MB)', (r) => r.peakMemoryMB],
  ['Spitzenspeicher Untergrenze (MB)', (r) => r.floorPeakMemoryMB],
  ['Speicher / Untergrenze (Ziel ≤ 1,5)', (r) => r.peakToFloor],
  ['  Spitze Astro-Schritt (MB)', (r) => r.astroPeakMB],
  ['  Spitze Pagefind, größte Sprache (MB)', (r) => r.pagefindPeakMB],
  ['Angebotsfinder: Seiten', (r) => r.finderPages],
  ['Angebotsfinder: Anteil Build (s)', (r) => r.finderS],
  ['Angebotsfinder: Anteil dist/ (MB)', (r) => r.finderMB],
  ['Dateien', (r) => r.files],
  ['dist/ (MB)', (r) => r.distMB],
  ['dist/ je 1.000 Angebote (MB)', (r) => r.distMBPer1000],
  ['Größte Seite (kB)', (r) => r.largestPageKB],
  ['Größte Seite', (r) => r.largestPage],
  ['Größte JSON-Datei (kB)', (r) => r.largestDataKB],
  ['Größte JSON-Datei', (r) => r.largestData],
  ['Detailseite HTML+CSS (kB)', (r) => r.detailPageKB],
  ['Erste Suche übertragen (kB)', (r) => r.firstSearchKB],
  ['Erste Suche, reines Pagefind (kB)', (r) => r.bareSearchKB],
  ['Erste Suche / reines Pagefind (Ziel ≤ 1,1)', (r) => r.searchToBare],
  ['Lagekarte inline (kB)', (r) => r.locatorMapKB],
  ['Kreiskarte inline (kB)', (r) => r.kreisMapKB],
  ['Build nur Deutsch (s; BENCH_EXTRA=1)', (r) => r.germanOnlyS],
  ['Build alle Sprachen / nur Deutsch', (r) => r.languagesToGerman],
  ['Build ohne Gemeinden (s; BENCH_EXTRA=1)', (r) => r.buildWithoutGemeindenS],
  ['dist/ ohne Gemeinden (MB)', (r) => r.distWithoutGemeindenMB],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`\n${'Messgröße'.padEnd(width)} | ${results.map((r) => String(r.offerings).padStart(10)).join(' | ')}`);
console.log(`${'-'.repeat(width)}-|-${results.map(() => '-'.repeat(10)).join('-|-')}`);
for (const [label, get] of rows) console.log(`${label.padEnd(width)} | ${results.map((r) => String(get(r) ?? '–').padStart(10)).join(' | ')}`);
// Growth between consecutive sizes against linear: build time and output should grow at most in proportion.
for (let i = 1; i < results.length; i++) {
  const [small, large] = [results[i - 1], results[i]] as { buildS: number; distMB: number; offerings: number }[];
  const times = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  console.log(`Wachstum ${small!.offerings} → ${large!.offerings} (linear: × ${large!.offerings / small!.offerings}): Build × ${times(large!.buildS, small!.buildS)}, dist/ × ${times(large!.distMB, small!.distMB)}`);
}
console.log(JSON.stringify({ bench: 'foerderatlas', date: new Date().toISOString(), results }));
