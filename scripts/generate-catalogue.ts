/**
 * npm run generate -- <N> <folder> [seed]: writes a seeded synthetic catalogue of N offerings into a
 * folder, for benchmarks (through CONTENT_DIR). It reuses the real regions, action fields, target
 * groups and search synonyms, and invents organisations, programmes and projects, every one marked `example: true`.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { contentDir } from '../src/lib/content-dir';
import { pickOne, pickSome, seededRandom } from '../src/lib/random';
import { readSynonyms } from '../src/io/synonyms';
import { validateContent } from '../src/io/validate-folder';
import { SEARCH_FOLDER, SYNONYMS_FILE } from '../src/schema/synonyms';

const WORDS = ['Sprache', 'Beratung', 'Treffpunkt', 'Lotsen', 'Kurs', 'Netzwerk', 'Café', 'Werkstatt', 'Brücke', 'Zukunft', 'Chancen', 'Vielfalt', 'Nachbarschaft', 'Familie', 'Arbeit', 'Schule', 'Gesundheit', 'Sport', 'Kultur', 'Start'];
const VERBS = ['begleitet', 'berät', 'unterstützt', 'verbindet', 'stärkt', 'qualifiziert'];
const FORMATS = ['kurs', 'beratung', 'treffpunkt', 'qualifizierung', 'netzwerk', 'veranstaltung', 'lotsen-mentoring'];
const FUNDING_TYPES = ['zuschuss', 'beratung', 'kursangebot', 'personalfoerderung'];
const ELIGIBLE = ['kommunen', 'vereine', 'migrantenorganisationen', 'bildungstraeger', 'wohlfahrtsverbaende'];
const ORG_KINDS = ['verein', 'migrantenorganisation', 'bildungstraeger', 'wohlfahrtsverband', 'kommune'];
const COSTS = ['kostenlos', 'geringe-gebuehr', 'kostenpflichtig', 'unbekannt'];

export interface GenerateOptions {
  /** false: leave out the Gemeinden (for comparing the build with and without the full region tree). */
  gemeinden?: boolean;
}

export function generateCatalogue(n: number, target: string, seed = 1, options: GenerateOptions = {}): { programs: number; projects: number; organizations: number } {
  const source = contentDir({});
  const real = validateContent(source).entries;
  const ids = (collection: string) => real.filter((e) => e.collection === collection).map((e) => e.id);
  const isPlace = (kind: unknown) => kind === 'gemeinde' || kind === 'sonderstatusstadt';
  const regions = real.filter((e) => e.collection === 'regions' && (options.gemeinden !== false || !isPlace(e.raw?.kind)));
  const local = regions.filter((r) => ['landkreis', 'kreisfreie-stadt', 'sonderstatusstadt', 'gemeinde'].includes(String(r.raw?.kind))).map((r) => r.id);
  const fields = ids('action-fields');
  const groups = ids('target-groups');
  const random = seededRandom(seed);

  rmSync(target, { recursive: true, force: true });
  for (const c of ['action-fields', 'target-groups']) cpSync(join(source, c), join(target, c), { recursive: true });
  // The real synonym list, so the search's extra terms are measured as the site has them; without the
  // main answers (`programs`, `projects`), whose ids the synthetic catalogue does not hold.
  const synonyms = readSynonyms(source).map(({ programs: _p, projects: _q, ...group }) => group);
  if (synonyms.length > 0) {
    mkdirSync(join(target, SEARCH_FOLDER), { recursive: true });
    writeFileSync(join(target, SEARCH_FOLDER, SYNONYMS_FILE), stringify(synonyms));
  }
  mkdirSync(join(target, 'regions'), { recursive: true });
  for (const r of regions) cpSync(r.file.path, join(target, 'regions', r.file.name));
  for (const c of ['organizations', 'programs', 'projects']) mkdirSync(join(target, c), { recursive: true });

  const write = (collection: string, id: string, data: object) => writeFileSync(join(target, collection, `${id}.yaml`), stringify(data));
  const date = (fromYear: number, span: number) => {
    const y = fromYear + Math.floor(random() * span);
    const m = 1 + Math.floor(random() * 12);
    return `${y}-${String(m).padStart(2, '0')}-01`;
  };

  const orgCount = Math.max(5, Math.round(n / 20));
  const orgs = Array.from({ length: orgCount }, (_, i) => `org-${i + 1}`);
  orgs.forEach((id, i) => write('organizations', id, { name: `Träger ${i + 1} (synthetisch)`, kind: pickOne(random, ORG_KINDS), region: pickOne(random, local), example: true }));

  const programCount = Math.max(1, Math.round(n / 10));
  const programs: string[] = [];
  for (let i = 0; i < programCount; i++) {
    const id = `programm-${i + 1}`;
    programs.push(id);
    const start = date(2005, 20);
    const area = random() < 0.3 ? ['deutschland'] : random() < 0.6 ? ['hessen'] : pickSome(random, local, 1, 3);
    write('programs', id, {
      title: `Programm ${pickOne(random, WORDS)} ${i + 1}`,
      summary: `Synthetisches Förderprogramm, das ${pickOne(random, WORDS)} und ${pickOne(random, WORDS)} fördert.`,
      funder: pickOne(random, orgs),
      level: area[0] === 'deutschland' ? 'bund' : area[0] === 'hessen' ? 'land' : 'kommune',
      fundingTypes: pickSome(random, FUNDING_TYPES, 1, 2),
      eligible: pickSome(random, ELIGIBLE, 1, 3),
      actionFields: pickSome(random, fields, 1, 3),
      targetGroups: pickSome(random, groups, 1, 3),
      area,
      period: random() < 0.5 ? { start } : { start, end: `${Number(start.slice(0, 4)) + 1 + Math.floor(random() * 6)}-12-31` },
      reviewed: '2026-01-15',
      example: true,
    });
  }

  const projectCount = n - programCount;
  for (let i = 0; i < projectCount; i++) {
    const start = date(2010, 17);
    const word = pickOne(random, WORDS);
    write('projects', `projekt-${i + 1}`, {
      title: `${word}${pickOne(random, ['kurs', 'treff', 'lotsen', 'café', 'werkstatt'])} ${i + 1}`,
      summary: `Synthetisches Projekt: ${pickOne(random, VERBS)} Menschen vor Ort beim Thema ${word}.`,
      carrier: pickOne(random, orgs),
      format: pickSome(random, FORMATS, 1, 2),
      ...(random() < 0.4 ? { funding: [{ program: pickOne(random, programs), amount: 1000 * Math.floor(random() * 50), years: [Number(start.slice(0, 4))] }] } : {}),
      cost: pickOne(random, COSTS),
      actionFields: pickSome(random, fields, 1, 2),
      targetGroups: pickSome(random, groups, 1, 2),
      area: [pickOne(random, local)],
      period: random() < 0.4 ? { start } : { start, end: `${Number(start.slice(0, 4)) + 1 + Math.floor(random() * 3)}-12-31` },
      reviewed: '2026-01-15',
      example: true,
    });
  }
  return { programs: programCount, projects: projectCount, organizations: orgCount };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 1000);
  const target = resolve(process.argv[3] ?? `.bench/content-${n}`);
  const seed = Number(process.argv[4] ?? 1);
  const counts = generateCatalogue(n, target, seed);
  console.log(`${n} Angebote (${counts.programs} Programme, ${counts.projects} Projekte, ${counts.organizations} Träger) in ${target}`);
}
