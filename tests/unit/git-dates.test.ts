import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { lastChanged } from '../../src/io/git-dates';
import { parseGitLog } from '../../src/lib/git-dates';

describe('git dates', () => {
  it('takes the newest date per file from one git log', () => {
    const log = '\u00002026-11-20\n\ncontent/a.yaml\ncontent/b.yaml\n\u00002026-10-01\n\ncontent/a.yaml\ncontent/c.yaml\n';
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['content/a.yaml', '2026-11-20'],
        ['content/b.yaml', '2026-11-20'],
        ['content/c.yaml', '2026-10-01'],
      ]),
    );
  });

  it('reads real dates for the committed content and none outside git', () => {
    const dates = lastChanged(resolve(import.meta.dirname, '../../content'));
    const programme = dates.get(resolve(import.meta.dirname, '../../content/programs/integrationskurse.yaml'));
    expect(programme).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(lastChanged('/tmp').size).toBe(0);
  });
});
