/**
 * npm run bench: measures Förderatlas on seeded synthetic catalogues of 1,000 and 10,000 offerings
 * (through CONTENT_DIR) against a bare Astro site with one trivial page per entry and language (the
 * framework floor), and against the same site in German only (SITE_LANGUAGES=de). Prints a table of
 * medians and one JSON line. BENCH_SIZES and BENCH_RUNS change the plan.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyse, overlapInput, placeWords, similarityInputs } from '../src/lib/analysis';
import { computeRadar } from '../src/lib/radar';
import { findSimilar } from '../src/lib/similarity';
import { buildCatalogue, type CatalogueInput } from '../src/lib/catalogue';
import { validateContent } from '../src/io/validate-folder';
import { bareSearchBytes, firstSearchBytes } from './search-transfer';
import { generateCatalogue } from './generate-catalogue';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.bench');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);

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

/** Runs a command, returns wall time and the peak resident memory of its process tree (GNU time). */
function run(command: string, args: string[], env: Record<string, string>): { ms: number; peakMB?: number } {
  const useTime = existsSync('/usr/bin/time');
  const start = performance.now();
  const result = spawnSync(useTime ? '/usr/bin/time' : command, useTime ? ['-f', 'maxrss=%M', command, ...args] : args, {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} ist fehlgeschlagen:\n${result.stdout}\n${result.stderr}`);
  const rss = /maxrss=(\d+)/.exec(result.stderr)?.[1];
  return { ms, peakMB: rss ? Math.round(Number(rss) / 1024) : undefined };
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

/** A bare Astro project with one trivial page per entry: the least any Astro build of this size costs. */
/** The floor: as many trivial pages as the site has (every entry in each of the three languages). */
function writeFloorProject(dir: string, entries: number) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(
    join(dir, 'src', 'pages', '[id].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${entries} }, (_, i) => ({ params: { id: 'eintrag-' + i } }));\n}\nconst { id } = Astro.params;\n---\n<html lang="de"><head><title>{id}</title></head><body><h1>{id}</h1></body></html>\n`,
  );
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
  if (process.env.BENCH_ONLY === 'search') {
    // One build and the search figures only (BENCH_ONLY=search): the cheap measurement for search work.
    run('npm', ['run', '-s', 'build'], { CONTENT_DIR: content, OUT_DIR: dist });
    const search = await firstSearchBytes(dist, 'Sprache');
    const bare = await bareSearchBytes(dist, join(work, `dist-${n}-pagefind-pur`), 'Sprache');
    const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
    results.push({ offerings: n, firstSearchKB: kb(search.total), bareSearchKB: kb(bare.total), searchToBare: Math.round((search.total / bare.total) * 100) / 100, firstSearchByKindKB: Object.fromEntries(Object.entries(search.byKind).map(([k, v]) => [k, kb(v)])), bareSearchByKindKB: Object.fromEntries(Object.entries(bare.byKind).map(([k, v]) => [k, kb(v)])) });
    continue;
  }
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
  const builds = Array.from({ length: runs }, () => run('npm', ['run', '-s', 'build'], { CONTENT_DIR: content, OUT_DIR: dist }));
  // The same catalogue in German only: what English and Arabic cost.
  const germanDist = join(work, `dist-${n}-nur-deutsch`);
  const germanBuild = run('npm', ['run', '-s', 'build'], { CONTENT_DIR: content, OUT_DIR: germanDist, SITE_LANGUAGES: 'de' });
  const germanPages = files(germanDist).filter((f) => f.endsWith('.html')).length;
  // The same catalogue without the finder's step-2 and answer pages: what the Angebotsfinder costs.
  const noFinderDist = join(work, `dist-${n}-ohne-finder`);
  const noFinderBuild = run('npm', ['run', '-s', 'build'], { CONTENT_DIR: content, OUT_DIR: noFinderDist, FINDER_PAGES: 'off' });
  const noFinderFiles = files(noFinderDist);
  const floorDir = join(work, `floor-${n}`);
  writeFloorProject(floorDir, entries * 3);
  const floors = Array.from({ length: runs }, () => run(join(root, 'node_modules', '.bin', 'astro'), ['build', '--root', floorDir, '--outDir', join(floorDir, 'dist')], {}));
  const all = files(dist);
  const pages = all.filter((f) => f.endsWith('.html')).length;
  const distBytes = all.reduce((sum, f) => sum + statSync(f).size, 0);
  const detail = detailPageBytes(dist);
  const search = await firstSearchBytes(dist, 'Sprache');
  const bareSearch = await bareSearchBytes(dist, join(work, `dist-${n}-pagefind-pur`), 'Sprache');
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  const locatorKB = Math.round(svgBytes(join(dist, 'regionen', 'bad-homburg-v-d-hoehe', 'index.html'), 'class="locator"') / 102.4) / 10;
  const kreisMapKB = Math.round(svgBytes(join(dist, 'regionen', 'index.html'), 'class="kreis-map"') / 102.4) / 10;
  // The same catalogue size without the Gemeinden: what the full region tree costs.
  const lean = join(work, `content-${n}-ohne-gemeinden`);
  generateCatalogue(n, lean, 1, { gemeinden: false });
  const leanBuild = run('npm', ['run', '-s', 'build'], { CONTENT_DIR: lean, OUT_DIR: join(work, `dist-${n}-ohne-gemeinden`) });
  const leanFiles = files(join(work, `dist-${n}-ohne-gemeinden`));
  const build = median(builds.map((b) => b.ms));
  const floor = median(floors.map((b) => b.ms));
  const noFinderBytes = noFinderFiles.reduce((sum, f) => sum + statSync(f).size, 0);
  const finder = {
    finderPages: pages - noFinderFiles.filter((f) => f.endsWith('.html')).length,
    finderS: seconds(build - noFinderBuild.ms),
    finderMB: Math.round(((distBytes - noFinderBytes) / 1048576) * 10) / 10,
  };
  results.push({
    offerings: n,
    entries,
    overlaps: overlapsFound,
    validationS: seconds(median(validation)),
    overlapCoverageS: seconds(median(analysis)),
    similarityS: seconds(median(similarity)),
    radarS: seconds(median(radar)),
    buildS: seconds(build),
    floorS: seconds(floor),
    buildToFloor: Math.round((build / floor) * 100) / 100,
    germanOnlyS: seconds(germanBuild.ms),
    germanOnlyPages: germanPages,
    languagesToGerman: Math.round((build / germanBuild.ms) * 100) / 100,
    msPerPage: Math.round((build / pages) * 100) / 100,
    msPerPageGermanOnly: Math.round((germanBuild.ms / germanPages) * 100) / 100,
    peakMemoryMB: Math.max(...builds.map((b) => b.peakMB ?? 0)) || null,
    pages,
    distMB: Math.round((distBytes / 1048576) * 10) / 10,
    detailPage: detail.page,
    detailPageKB: Math.round((detail.bytes / 1024) * 10) / 10,
    firstSearchKB: kb(search.total),
    bareSearchKB: kb(bareSearch.total),
    searchToBare: Math.round((search.total / bareSearch.total) * 100) / 100,
    firstSearchByKindKB: Object.fromEntries(Object.entries(search.byKind).map(([k, v]) => [k, kb(v)])),
    bareSearchByKindKB: Object.fromEntries(Object.entries(bareSearch.byKind).map(([k, v]) => [k, kb(v)])),
    locatorMapKB: locatorKB,
    kreisMapKB,
    buildWithoutGemeindenS: seconds(leanBuild.ms),
    distWithoutGemeindenMB: Math.round((leanFiles.reduce((sum, f) => sum + statSync(f).size, 0) / 1048576) * 10) / 10,
    pagesWithoutGemeinden: leanFiles.filter((f) => f.endsWith('.html')).length,
    runs,
    ...finder,
  });
}

const rows: [string, (r: Record<string, unknown>) => unknown][] = [
  ['Angebote', (r) => r.offerings],
  ['Einträge insgesamt', (r) => r.entries],
  ['Überschneidungen', (r) => r.overlaps],
  ['Validierung (s, Median)', (r) => r.validationS],
  ['Überschneidung + Abdeckung (s, Median)', (r) => r.overlapCoverageS],
  ['Ähnliche Angebote, BM25 (s, Median; Ziel ≤ 2 s)', (r) => r.similarityS],
  ['Förderende-Radar (s, Median)', (r) => r.radarS],
  ['Build gesamt (s, Median)', (r) => r.buildS],
  ['Astro-Untergrenze (s, Median)', (r) => r.floorS],
  ['Build / Untergrenze', (r) => r.buildToFloor],
  ['Build nur Deutsch (s, 1 Lauf)', (r) => r.germanOnlyS],
  ['Angebotsfinder: Seiten', (r) => r.finderPages],
  ['Angebotsfinder: Anteil Build (s, gegen 1 Lauf ohne)', (r) => r.finderS],
  ['Angebotsfinder: Anteil dist/ (MB)', (r) => r.finderMB],
  ['Build alle Sprachen / nur Deutsch', (r) => r.languagesToGerman],
  ['ms je Seite: alle Sprachen', (r) => r.msPerPage],
  ['ms je Seite: nur Deutsch', (r) => r.msPerPageGermanOnly],
  ['Spitzenspeicher Build (MB)', (r) => r.peakMemoryMB],
  ['Seiten', (r) => r.pages],
  ['dist/ (MB)', (r) => r.distMB],
  ['Detailseite HTML+CSS (kB)', (r) => r.detailPageKB],
  ['Erste Suche übertragen (kB)', (r) => r.firstSearchKB],
  ['Erste Suche, reines Pagefind (kB)', (r) => r.bareSearchKB],
  ['Erste Suche / reines Pagefind (Ziel ≤ 1,1)', (r) => r.searchToBare],
  ['Lagekarte inline (kB)', (r) => r.locatorMapKB],
  ['Kreiskarte inline (kB)', (r) => r.kreisMapKB],
  ['Build ohne Gemeinden (s, 1 Lauf)', (r) => r.buildWithoutGemeindenS],
  ['dist/ ohne Gemeinden (MB)', (r) => r.distWithoutGemeindenMB],
  ['Seiten ohne Gemeinden', (r) => r.pagesWithoutGemeinden],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`\n${'Messgröße'.padEnd(width)} | ${results.map((r) => String(r.offerings).padStart(10)).join(' | ')}`);
console.log(`${'-'.repeat(width)}-|-${results.map(() => '-'.repeat(10)).join('-|-')}`);
for (const [label, get] of rows) console.log(`${label.padEnd(width)} | ${results.map((r) => String(get(r) ?? '–').padStart(10)).join(' | ')}`);
if (results.length === 2) {
  const [small, large] = results as { buildS: number; offerings: number }[];
  console.log(`\nWachstum Build ${small!.offerings} → ${large!.offerings}: × ${Math.round((large!.buildS / small!.buildS) * 100) / 100} (linear wäre × ${large!.offerings / small!.offerings})`);
}
console.log(JSON.stringify({ bench: 'foerderatlas', date: new Date().toISOString(), results }));
