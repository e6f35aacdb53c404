/** The editors' npm scripts as a person runs them: sheet:import, sheet:export and sources:check on copies. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE } from '../helpers/content';

const root = resolve(import.meta.dirname, '../..');
const SHEETS = join(root, 'tests', 'fixtures', 'sheets');

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'editors-cli-'));
  cpSync(BASE, join(dir, 'content'), { recursive: true });
  return dir;
}

function npm(script: string, dir: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('npm', ['run', '-s', script, '--', ...args], { cwd: root, env: { ...process.env, CONTENT_DIR: join(dir, 'content'), ...env }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run sheet:import', () => {
  it('lists every problem of a broken sheet with Blatt!Zeile:Spalte, exits 1 and writes nothing', () => {
    const dir = copy();
    const { status, output } = npm('sheet:import', dir, [join(SHEETS, 'kaputt.xlsx'), '--write']);
    expect(status).toBe(1);
    expect(output).toContain('Projekte!6:AQ: Feld „carrier“: Organisation „sprachtref-kassel“ gibt es nicht');
    expect(output).toContain('✗ 7 Fehler: nichts geschrieben.');
  });

  it('is a dry run by default and writes with --write', () => {
    const dir = copy();
    const dry = npm('sheet:import', dir, [join(SHEETS, 'drei-eintraege.xlsx')]);
    expect(dry.status).toBe(0);
    expect(dry.output).toContain('Probelauf: 3 Dateien würden geschrieben');
    const wet = npm('sheet:import', dir, [join(SHEETS, 'drei-eintraege.xlsx'), '--write']);
    expect(wet.output).toContain('✓ 3 Dateien geschrieben');
    expect(readFileSync(join(dir, 'content/organizations/nachbarschaftshilfe-wetzlar-e-v.yaml'), 'utf8')).toContain('name: Nachbarschaftshilfe Wetzlar e. V.');
  });
});

describe('npm run sheet:export', () => {
  it('exports a region as CSV, and the import of it changes nothing', () => {
    const dir = copy();
    const out = join(dir, 'kassel.csv');
    const exported = npm('sheet:export', dir, ['--region', 'kassel', '--format', 'csv', '--out', out]);
    expect(exported.output).toContain('✓ Projekte: 1, Programme: 0, Organisationen: 1');
    const imported = npm('sheet:import', dir, [join(dir, 'kassel-projekte.csv'), '--write']);
    expect(imported.output).toContain('✓ 0 Dateien geschrieben, 1 Einträge unverändert.');
  });

  it('names an unknown region', () => {
    const { status, output } = npm('sheet:export', copy(), ['--region', 'kasel']);
    expect(status).toBe(1);
    expect(output).toContain('Region „kasel“ gibt es nicht');
  });
});

describe('npm run sources:check', () => {
  it('reports the broken source and writes the state file', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/redirect') {
        res.writeHead(301, { location: '/ok' });
        return res.end();
      }
      res.writeHead(req.url === '/ok' ? 200 : 404, { 'content-type': 'text/html' });
      res.end('<p>Seite</p>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    const dir = mkdtempSync(join(tmpdir(), 'quellen-cli-'));
    mkdirSync(join(dir, 'content/projects'), { recursive: true });
    cpSync(join(root, 'tests/fixtures/sources/projects/gut.yaml'), join(dir, 'content/projects/gut.yaml'));
    writeFileSync(join(dir, 'content/projects/weg.yaml'), `title: Weg\nsources:\n  - url: http://${host}/weg\n`);
    const gut = join(dir, 'content/projects/gut.yaml');
    writeFileSync(gut, readFileSync(gut, 'utf8').replaceAll('127.0.0.1:PORT', host));
    const state = join(dir, 'state.json');
    const result = await new Promise<{ status: number | null; output: string }>((resolveRun) => {
      // Asynchronous: the fixture server answers from this process.
      const child = spawn('npm', ['run', '-s', 'sources:check', '--', '--state', state, '--report', join(dir, 'issues.json')], {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: join(dir, 'content'), SOURCES_CHECK_ALLOW_HOSTS: host },
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('close', (status) => resolveRun({ status, output }));
    });
    server.close();
    expect(result.status).toBe(0);
    expect(result.output).toContain(`content/projects/weg.yaml: sources[0].url: nicht erreichbar (HTTP 404) – http://${host}/weg`);
    expect(result.output).toContain('3 Adressen aus 2 Einträgen geprüft');
    expect(JSON.parse(readFileSync(state, 'utf8')).urls[`http://${host}/ok`].status).toBe(200);
    expect(JSON.parse(readFileSync(join(dir, 'issues.json'), 'utf8')).map((i: { title: string }) => i.title)).toEqual(['Quelle nicht erreichbar / geändert: bitte prüfen (projects/weg)']);
  });
});
