import { describe, expect, it } from 'vitest';
import { isStale, monthsBefore, staleEntries } from '../../src/lib/freshness';

describe('review freshness', () => {
  it('counts months back, clamped to the end of a month', () => {
    expect(monthsBefore('2026-11-26', 12)).toBe('2025-11-26');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
  });

  it('calls an entry stale only when its review is older than the allowed age', () => {
    expect(isStale('2025-11-25', '2026-11-26', 12)).toBe(true);
    expect(isStale('2025-11-26', '2026-11-26', 12)).toBe(false);
    expect(isStale('2026-05-01', '2026-11-26', 6)).toBe(true);
    expect(isStale('2026-06-01', '2026-11-26', 6)).toBe(false);
  });

  it('lists stale entries, the longest unchecked first', () => {
    const entries = [{ id: 'a', reviewed: '2025-01-01' }, { id: 'b', reviewed: '2026-11-01' }, { id: 'c', reviewed: '2023-05-01' }];
    expect(staleEntries(entries, '2026-11-26', 12).map((e) => e.id)).toEqual(['c', 'a']);
  });
});
