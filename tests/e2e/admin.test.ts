/**
 * The browser editor at /admin/ against Decap's local backend, as an editor would use it: decap-server
 * (bound to 127.0.0.1, git mode, so the editorial workflow writes a branch per change like the pull
 * request it becomes on GitHub) over a temporary git repository with a copy of content/, the built
 * dist/ served on 127.0.0.1, Debian's Chromium. A new organization and an edited project are read from
 * their branches and must pass the validator; nothing leaves the machine and the CSP is not violated.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/io/validate-folder';
import { DEFAULT_LOCAL_PORT } from '../../src/lib/decap-config';
import { launchBrowser, startServer } from '../helpers/browser';
import { ROOT } from '../helpers/project-copy';

const PORT = DEFAULT_LOCAL_PORT;
let work: string;
let repo: string;
let proxy: ChildProcess;
let proxyLog = '';
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Listening TCP sockets on a port, as "address:port" in /proc's hex notation (IPv4 and IPv6). */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A')
      .map((cols) => cols[1]!),
  );
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'foerderatlas-admin-'));
  repo = join(work, 'repo');
  cpSync(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'Inhalte');
  // decap-server listens on all interfaces unless BIND_HOST says otherwise.
  proxy = spawn(process.execPath, [join(ROOT, 'node_modules', 'decap-server', 'dist', 'index.js')], {
    env: { ...process.env, PORT: String(PORT), BIND_HOST: '127.0.0.1', MODE: 'git', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'info', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((ready, fail) => {
    const seen = (chunk: Buffer) => {
      proxyLog += chunk.toString();
      if (proxyLog.includes(`listening on 127.0.0.1:${PORT}`)) ready();
      if (/EADDRINUSE|Error/.test(proxyLog)) fail(new Error(`decap-server startet nicht (Port ${PORT} belegt?):\n${proxyLog}`));
    };
    proxy.stdout!.on('data', seen);
    proxy.stderr!.on('data', seen);
    setTimeout(() => fail(new Error(`decap-server meldet sich nicht:\n${proxyLog}`)), 20_000);
  });
  server = await startServer();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  proxy?.kill();
  rmSync(work, { recursive: true, force: true });
});

/** Opens the editor, logged in to the local backend, recording requests and CSP violations. */
async function openEditor(): Promise<{ page: Page; requests: string[]; violations: () => Promise<string[]> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.origin}/admin/`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByText('Projekt oder Angebot vor Ort').first().waitFor();
  return { page, requests, violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

/** Validates the content copy with one file replaced by what the editor wrote; returns the problems in that file. */
function problemsWith(path: string, text: string): string[] {
  const check = join(work, 'check');
  rmSync(check, { recursive: true, force: true });
  cpSync(join(repo, 'content'), check, { recursive: true });
  writeFileSync(join(check, path.replace(/^content\//, '')), text);
  const { problems } = validateContent(check, { cwd: check });
  return problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
}

describe('browser editor at /admin/ with the local backend', () => {
  it('decap-server listens on 127.0.0.1 only', () => {
    expect(listeners(PORT)).toEqual([`0100007F:${PORT.toString(16).toUpperCase().padStart(4, '0')}`]);
  });

  it('creates an organization through the form: a branch with a file that validates', async () => {
    const { page, requests, violations } = await openEditor();
    await page.goto(`${server.origin}/admin/#/collections/organizations/new`, { waitUntil: 'networkidle' });
    await page.getByLabel('Name', { exact: true }).fill('Interkultureller Verein Nordhessen');
    // Enums are selects, references relation widgets: type, then take the suggestion.
    await page.getByLabel('Art', { exact: true }).fill('verein');
    await page.keyboard.press('Enter');
    await page.getByLabel('Region (optional)').fill('Kassel');
    await page.getByRole('option', { name: 'Kassel', exact: true }).click();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/\/entries\/interkultureller-verein-nordhessen$/, { timeout: 30_000 });

    const file = 'content/organizations/interkultureller-verein-nordhessen.yaml';
    // The editorial workflow: the change waits on its own branch (a pull request on GitHub), main is untouched.
    expect(git('branch', '--list', 'cms/*')).toContain('cms/organizations/interkultureller-verein-nordhessen');
    expect(() => git('cat-file', '-e', `main:${file}`)).toThrow();
    const text = git('show', `cms/organizations/interkultureller-verein-nordhessen:${file}`);
    expect(parse(text)).toEqual({ name: 'Interkultureller Verein Nordhessen', kind: 'verein', region: 'kassel' });
    expect(problemsWith(file, text)).toEqual([]);

    expect(requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith(`http://127.0.0.1:${PORT}/`) && !u.startsWith('data:'))).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('edits a project with relations, dates and lists: every field survives and the result validates', async () => {
    const id = 'welcomecenter-nordhessen-kassel';
    const file = `content/projects/${id}.yaml`;
    const before = parse(readFileSync(resolve(repo, file), 'utf8')) as Record<string, unknown>;
    const { page, violations } = await openEditor();
    await page.goto(`${server.origin}/admin/#/collections/projects/entries/${id}`, { waitUntil: 'networkidle' });
    const summary = page.getByRole('textbox', { name: 'Kurzbeschreibung' }).first();
    await expect.poll(() => summary.inputValue()).toBe(before.summary);
    await summary.fill(`${before.summary as string} Termine nach Vereinbarung.`);
    await page.getByRole('button', { name: 'Speichern' }).click();
    // decap-server creates the branch, then commits to it: wait for the commit.
    const onBranch = () => {
      try {
        return git('show', `cms/projects/${id}:${file}`);
      } catch {
        return '';
      }
    };
    await expect.poll(onBranch, { timeout: 30_000 }).toContain('Termine nach Vereinbarung.');

    const text = onBranch();
    expect(parse(text)).toEqual({ ...before, summary: `${before.summary as string} Termine nach Vereinbarung.` });
    expect(git('show', `main:${file}`)).not.toContain('Termine nach Vereinbarung.');
    expect(problemsWith(file, text)).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.close();
  });
});
