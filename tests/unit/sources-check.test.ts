/**
 * The source watcher against a fixture server on 127.0.0.1: 200, 404, a redirect, a page that never
 * answers, a page whose text changes and one whose scripts change but not its text. Two runs: the first
 * records the state, the second reports exactly the broken and the changed sources.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrl } from '../../src/io/fetch-sources';
import { runSourcesCheck, type RunResult } from '../../src/io/sources-check';
import { compare, issueTitle, visibleText, watchTargets } from '../../src/lib/source-watch';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'sources');
let server: Server;
let host: string;
let version = 1;
let noise = 1;
const agents: string[] = [];

function answer(req: IncomingMessage, res: import('node:http').ServerResponse) {
  agents.push(String(req.headers['user-agent']));
  const html = (body: string) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><body>${body}</body></html>`);
  };
  switch (req.url) {
    case '/ok':
      return html('<h1>Sprachcafé</h1><p>Dienstags 15 Uhr</p>');
    case '/redirect':
      res.writeHead(301, { location: '/ok' });
      return res.end();
    case '/missing':
      res.writeHead(404);
      return res.end('weg');
    case '/hang':
      return; // never answers
    case '/changing':
      return html(`<p>Lernhilfe, Stand ${version}</p>`);
    case '/noisy':
      return html(`<script>var token = ${noise};</script><p>Träger</p><!-- build ${noise} -->`);
    default:
      res.writeHead(500);
      return res.end();
  }
}

function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quellen-'));
  cpSync(FIXTURE, join(dir, 'content'), { recursive: true, filter: (f) => !f.endsWith('README.md') });
  for (const folder of readdirSync(join(dir, 'content'))) {
    for (const file of readdirSync(join(dir, 'content', folder))) {
      const path = join(dir, 'content', folder, file);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('PORT', host.split(':')[1]!));
    }
  }
  return dir;
}

beforeAll(async () => {
  server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('sources:check against the fixture server', () => {
  let dir: string;
  let first: RunResult;
  let second: RunResult;
  const run = () =>
    runSourcesCheck({ contentRoot: join(dir, 'content'), statePath: join(dir, 'data', 'sources-state.json'), today: '2026-12-06', cwd: dir, timeoutMs: 1500, concurrency: 3, allowHosts: new Set([host]) });

  beforeAll(async () => {
    dir = contentCopy();
    first = await run();
    version = 2;
    noise = 2;
    second = await run();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('checks every address once and records status and fingerprint in the state file', () => {
    expect(first.results.size).toBe(6);
    const state = JSON.parse(readFileSync(join(dir, 'data', 'sources-state.json'), 'utf8'));
    expect(state.urls[`http://${host}/ok`]).toMatchObject({ status: 200, fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(state.urls[`http://${host}/redirect`]).toMatchObject({ status: 200, finalUrl: `http://${host}/ok` });
    expect(state.urls[`http://${host}/missing`]).toMatchObject({ status: 404 });
    expect(state.urls[`http://${host}/hang`]).toMatchObject({ status: 0 });
  });

  it('the first run reports only what is unreachable (nothing to compare yet)', () => {
    expect(first.affected.map((a) => [a.entry.id, a.findings.map((f) => `${f.kind} ${new URL(f.target.url).pathname}`)])).toEqual([
      ['kaputt', ['unreachable /missing']],
      ['langsam', ['unreachable /hang']],
    ]);
  });

  it('the second run reports exactly the broken and the changed sources, not the page whose scripts changed', () => {
    expect(second.affected.map((a) => [a.entry.id, a.findings.map((f) => `${f.kind} ${new URL(f.target.url).pathname}`)])).toEqual([
      ['geaendert', ['changed /changing']],
      ['kaputt', ['unreachable /missing']],
      ['langsam', ['unreachable /hang']],
    ]);
  });

  it('a hanging address costs its time limit and says so, the others are still checked', () => {
    const hang = second.results.get(`http://${host}/hang`)!;
    expect(hang).toMatchObject({ status: 0, error: 'keine Antwort nach 2 s' });
    expect(second.results.get(`http://${host}/ok`)?.status).toBe(200);
  });

  it('one issue per affected entry, with the German title, the finding and the edit link', () => {
    const issue = second.issues.find((i) => i.title.endsWith('(projects/kaputt)'))!;
    expect(second.issues).toHaveLength(3);
    expect(issue.title).toBe('Quelle nicht erreichbar / geändert: bitte prüfen (projects/kaputt)');
    expect(issue.body).toContain(`**nicht erreichbar** – \`sources[0].url\`: http://${host}/missing (HTTP 404)`);
    expect(issue.body).toContain('Eintrag bearbeiten: https://github.com/foerderatlas/foerderatlas/edit/main/content/projects/kaputt.yaml');
    expect(issue.labels).toEqual(['quellen-pruefung']);
  });

  it('names the project in its User-Agent', () => {
    expect(new Set(agents)).toEqual(new Set([expect.stringMatching(/^Foerderatlas-Quellenpruefung\/1\.0 \(\+https:\/\/github\.com\/foerderatlas\/foerderatlas;/)]));
  });
});

describe('the watcher refuses private addresses itself', () => {
  it('without the test allowance, the fixture server is not contacted', async () => {
    const before = agents.length;
    const result = await checkUrl(`http://${host}/ok`, { userAgent: 'test' });
    expect(result).toMatchObject({ status: 0, error: expect.stringContaining('nicht abgerufen: erwartet wird eine öffentliche Webadresse') });
    expect(agents.length).toBe(before);
  });

  it('a public page that redirects into the private network is stopped at the redirect', async () => {
    const redirector = createServer((_, res) => {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
    });
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
    const address = `127.0.0.1:${(redirector.address() as AddressInfo).port}`;
    const result = await checkUrl(`http://${address}/`, { userAgent: 'test', allowHosts: new Set([address]), timeoutMs: 2000 });
    redirector.close();
    expect(result).toMatchObject({ status: 0, finalUrl: 'http://169.254.169.254/latest/meta-data/', error: expect.stringContaining('169.254.169.254') });
  });
});

describe('source-watch rules', () => {
  it('collects url and sources[].url without repeats and skips other schemes', () => {
    expect(watchTargets({ url: 'https://a.de/', sources: [{ url: 'https://a.de/' }, { url: 'https://b.de/x' }, { url: 'ftp://c.de/' }, {}] })).toEqual([
      { url: 'https://a.de/', field: 'url' },
      { url: 'https://b.de/x', field: 'sources[1].url' },
    ]);
  });

  it('fingerprints what a reader sees', () => {
    expect(visibleText('<p>A&nbsp;b</p><script>x=1</script><style>p{}</style>\n<!-- c -->  <b>C</b>')).toBe('A b C');
    expect(visibleText('%PDF-1.7 raw', 'application/pdf')).toBe('%PDF-1.7 raw');
  });

  it('a page that is back after an outage with the same text is not "changed"', () => {
    const entry = { collection: 'projects', id: 'x', title: 'X', file: 'content/projects/x.yaml', targets: [{ url: 'https://a.de/', field: 'url' }] };
    const ok = new Map([['https://a.de/', { url: 'https://a.de/', status: 200, finalUrl: 'https://a.de/', fingerprint: 'f1' }]]);
    expect(compare([entry], ok, { checked: '2026-11-29', urls: { 'https://a.de/': { status: 0, fingerprint: 'f1', checked: '2026-11-29' } } })).toEqual([]);
    expect(issueTitle(entry)).toBe('Quelle nicht erreichbar / geändert: bitte prüfen (projects/x)');
  });
});
