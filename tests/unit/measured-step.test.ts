/**
 * Build steps measured with GNU time (src/io/measured-step.ts): real child processes, so the figures the bench
 * prints per step (which step sets the build's peak) come from the step itself.
 */
import { describe, expect, it } from 'vitest';
import { parseStepStats, parseTimeReport, runMeasured, stepStatsLine } from '../../src/io/measured-step';

const node = process.execPath;

describe('runMeasured', () => {
  it('reports the peak memory of the step, not of the caller', () => {
    // 300 MB filled page by page, so they are resident; the caller (vitest) holds far less of its own.
    const result = runMeasured(node, ['-e', 'const b = Buffer.alloc(300 * 1024 * 1024, 1); console.log(b[0])'], { stdio: 'ignore' }, true);
    expect(result.status).toBe(0);
    expect(result.peakMB).toBeGreaterThanOrEqual(300);
    expect(result.seconds).toBeGreaterThanOrEqual(0);
    const small = runMeasured(node, ['-e', '0'], { stdio: 'ignore' }, true);
    expect(small.peakMB).toBeLessThan(result.peakMB! - 250);
  });

  it("keeps the step's own output: GNU time's report goes to a file, not into stderr", () => {
    const result = runMeasured(node, ['-e', 'console.log("out"); console.error("err")'], { encoding: 'utf8' }, true);
    expect(result.stdout).toBe('out\n');
    expect(result.stderr).toBe('err\n');
    expect(result.peakMB).toBeGreaterThan(0);
  });

  it("passes a failing step's exit code on and still measures it", () => {
    const result = runMeasured(node, ['-e', 'process.exit(3)'], { stdio: 'ignore' }, true);
    expect(result.status).toBe(3);
    expect(result.peakMB).toBeGreaterThan(0);
  });

  it('measures nothing unless asked', () => {
    const result = runMeasured(node, ['-e', 'process.exit(2)'], { stdio: 'ignore' }, false);
    expect(result).toEqual({ status: 2, stdout: '', stderr: '' });
  });
});

describe('step figures', () => {
  it("reads GNU time's report, also after the line a failed command adds", () => {
    expect(parseTimeReport('12.34 1353688\n')).toEqual({ seconds: 12.34, peakMB: 1322 });
    expect(parseTimeReport('Command exited with non-zero status 1\n0.05 40000\n')).toEqual({ seconds: 0.05, peakMB: 39 });
    expect(parseTimeReport('time: cannot run foo: No such file or directory\n')).toBeUndefined();
  });

  it('reads back the lines the build prints, labels with commas and brackets included', () => {
    const output = ['▶ Website bauen (Astro)', stepStatsLine('Website bauen (Astro)', 85.2, 1262), 'other output', stepStatsLine('Suchindex bauen (Pagefind, ar)', 10.34, 1334)].join('\n');
    expect(parseStepStats(output)).toEqual([
      { label: 'Website bauen (Astro)', seconds: 85.2, peakMB: 1262 },
      { label: 'Suchindex bauen (Pagefind, ar)', seconds: 10.34, peakMB: 1334 },
    ]);
  });
});
