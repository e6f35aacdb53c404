/**
 * The W3C Nu Html Checker (vnu.jar from the npm package vnu-jar, run by a local Java) over every built
 * page, in one JVM: html-validate checks our rules, the Nu checker the HTML standard itself (it found
 * module scripts standing after </html>). Java is a machine requirement, installed by .ci/run.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = resolve(import.meta.dirname, '../../dist');
const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

describe('Nu Html Checker', () => {
  it('reports no error on any built page', () => {
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', DIST], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(run.error, 'Java fehlt: bitte eine Java-Laufzeit installieren (Debian: apt-get install default-jre-headless)').toBeUndefined();
    const report = JSON.parse(run.stderr || run.stdout) as { messages: { type: string; url: string; lastLine?: number; message: string }[] };
    const errors = report.messages.filter((m) => m.type === 'error').map((m) => `${m.url.replace(/^file:.*?\/dist\//, '/')}:${m.lastLine ?? 0}: ${m.message}`);
    expect(errors).toEqual([]);
  }, 300_000);
});
