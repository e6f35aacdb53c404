/**
 * Runs a build step as a child process and, where GNU time is installed, measures its wall time and peak
 * memory (the largest resident set of the step's process tree). The bench asks for this with
 * BUILD_STEP_STATS=1 to say which step sets the build's peak (Astro or one of the Pagefind runs).
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface StepResult {
  status: number | null;
  /** What the step printed, when the options capture it (otherwise empty). */
  stdout: string;
  stderr: string;
  /** Wall time in seconds and peak memory in MB (1024 × 1024 bytes), when measured. */
  seconds?: number;
  peakMB?: number;
}

/** Reads GNU time's `-f '%e %M'` report: the last line, "<seconds> <peak kB>" (a failed command adds a line before it). */
export function parseTimeReport(report: string): { seconds: number; peakMB: number } | undefined {
  const last = report.trim().split('\n').pop() ?? '';
  const match = /^(\d+(?:\.\d+)?) (\d+)$/.exec(last.trim());
  if (!match) return undefined;
  return { seconds: Number(match[1]), peakMB: Math.round(Number(match[2]) / 1024) };
}

export function runMeasured(command: string, args: string[], options: SpawnSyncOptions, measure: boolean): StepResult {
  const printed = (r: { stdout: unknown; stderr: unknown }) => ({ stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') });
  if (!measure || !existsSync(GNU_TIME)) {
    const result = spawnSync(command, args, options);
    return { status: result.status, ...printed(result) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'foerderatlas-step-'));
  const reportFile = join(dir, 'time.txt');
  try {
    // The report goes to its own file, so the step's stderr stays the step's.
    const result = spawnSync(GNU_TIME, ['-o', reportFile, '-f', '%e %M', command, ...args], options);
    const report = existsSync(reportFile) ? parseTimeReport(readFileSync(reportFile, 'utf8')) : undefined;
    return { status: result.status, ...printed(result), ...report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The line the build prints per measured step, and the bench reads back. */
export function stepStatsLine(label: string, seconds: number, peakMB: number): string {
  return `⏱ ${label}: ${seconds} s, ${peakMB} MB`;
}

export function parseStepStats(output: string): { label: string; seconds: number; peakMB: number }[] {
  return [...output.matchAll(/^⏱ (.+): (\d+(?:\.\d+)?) s, (\d+) MB$/gm)].map((m) => ({ label: m[1]!, seconds: Number(m[2]), peakMB: Number(m[3]) }));
}
