import { describe, expect, it } from 'vitest';

describe('newest first', () => {
  it('puts offerings whose start is only documented after those with a known start', async () => {
    const { sortOfferings } = await import('../../src/lib/catalogue');
    const items = [
      { title: 'Alt, erst heute belegt', period: { start: '2026-12-02', startKind: 'belegt-seit' as const } },
      { title: 'Neu', period: { start: '2025-04-10' } },
      { title: 'Älter', period: { start: '2019-01-01', startKind: 'beginn' as const } },
      { title: 'Belegt seit 2020', period: { start: '2020-05-01', startKind: 'belegt-seit' as const } },
    ];
    expect(sortOfferings(items, 'beginn').map((o) => o.title)).toEqual(['Neu', 'Älter', 'Alt, erst heute belegt', 'Belegt seit 2020']);
  });
});
