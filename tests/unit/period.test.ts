import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/io/build-date';
import { periodLabel, statusOn, yearsOf } from '../../src/lib/period';

const today = '2026-11-26';

describe('period', () => {
  it('derives the status from the period and the day', () => {
    expect(statusOn({ start: '2009-10-01', end: '2013-12-31' }, today)).toBe('beendet');
    expect(statusOn({ start: '2005-01-01' }, today)).toBe('laufend');
    expect(statusOn({ start: '2027-01-01' }, today)).toBe('geplant');
    expect(statusOn({ start: '2026-01-01', end: today }, today)).toBe('laufend');
  });

  it('labels periods as people say them', () => {
    expect(periodLabel({ start: '2009-10-01' }, today)).toBe('seit 2009');
    expect(periodLabel({ start: '2011-01-01', end: '2013-06-30' }, today)).toBe('2011–2013');
    expect(periodLabel({ start: '2013-01-01', end: '2013-06-30' }, today)).toBe('2013');
    expect(periodLabel({ start: '2027-01-01' }, today)).toBe('ab 2027');
  });

  it('lists the years a period touches', () => {
    expect(yearsOf({ start: '2024-06-01' }, 2026)).toEqual([2024, 2025, 2026]);
    expect(yearsOf({ start: '2011-01-01', end: '2012-01-01' }, 2026)).toEqual([2011, 2012]);
  });

  it('takes the build date from BUILD_DATE or SOURCE_DATE_EPOCH', () => {
    expect(buildDate({ BUILD_DATE: '2025-01-02' })).toBe('2025-01-02');
    expect(buildDate({ SOURCE_DATE_EPOCH: '86400' })).toBe('1970-01-02');
    expect(buildDate({}, new Date('2026-03-04T10:00:00Z'))).toBe('2026-03-04');
  });
});
