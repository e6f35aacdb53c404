import { describe, expect, it } from 'vitest';
import { collectionSchemas } from '../../src/schema/index';
import { isoDate } from '../../src/schema/common';
import { periodSchema } from '../../src/schema/offering';

const schemas = collectionSchemas();
const programme = {
  title: 'Programm',
  summary: 'Kurz.',
  funder: 'land-hessen',
  level: 'land',
  fundingTypes: ['zuschuss'],
  eligible: ['vereine'],
  actionFields: ['sprache'],
  targetGroups: ['eltern'],
  area: ['hessen'],
  period: { start: '2020-01-01' },
  reviewed: '2024-01-01',
  sources: [{ url: 'https://example.org' }],
};

function issues(collection: keyof typeof schemas, value: unknown) {
  const result = schemas[collection].safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('schemas', () => {
  it('accept a complete programme and fill defaults', () => {
    const result = schemas.programs.safeParse(programme);
    expect(result.success).toBe(true);
    expect((result.data as { example: boolean }).example).toBe(false);
  });

  it('normalise a js-yaml Date and a string to the same day', () => {
    expect(isoDate.parse(new Date('2024-03-05T00:00:00Z'))).toBe('2024-03-05');
    expect(isoDate.parse('2024-03-05')).toBe('2024-03-05');
    expect(isoDate.safeParse('2024-3-5').success).toBe(false);
    expect(isoDate.safeParse('2023-02-29').success).toBe(false);
  });

  it('reject unknown keys (strict objects)', () => {
    const result = schemas.programs.safeParse({ ...programme, titel: 'x' });
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['titel'] })]);
    expect(issues('target-groups', { title: 'Kinder', summary: 'x', farbe: 'blau' })).toHaveLength(1);
  });

  it('require the required fields with German messages', () => {
    const { funder: _funder, ...withoutFunder } = programme;
    expect(issues('programs', withoutFunder)).toEqual(['funder: erwartet wird eine Kennung (Text)']);
  });

  it('reject an end before the start, accept an open end', () => {
    expect(periodSchema.safeParse({ start: '2020-01-01', end: '2019-12-31' }).success).toBe(false);
    expect(periodSchema.safeParse({ start: '2020-01-01', end: '2020-01-01' }).success).toBe(true);
    expect(periodSchema.safeParse({ start: '2020-01-01' }).success).toBe(true);
  });

  it('allow only https for official pages and http(s) for sources', () => {
    expect(issues('programs', { ...programme, url: 'http://example.org' })).toEqual(['url: erwartet wird eine sichere Webadresse, die mit https:// beginnt']);
    expect(issues('programs', { ...programme, sources: [{ url: 'http://example.org' }] })).toEqual([]);
    expect(issues('programs', { ...programme, sources: [{ url: 'javascript:alert(1)' }] })).toHaveLength(1);
  });

  it('reject empty or repeated lists and unknown enum values', () => {
    expect(issues('programs', { ...programme, area: [] })).toEqual(['area: erwartet wird mindestens ein Eintrag (Regionen)']);
    expect(issues('programs', { ...programme, area: ['hessen', 'hessen'] })).toEqual(['area: jeder Eintrag darf nur einmal vorkommen']);
    expect(issues('programs', { ...programme, fundingTypes: ['geschenk'] })[0]).toMatch(/^fundingTypes.0: erwartet wird einer dieser Werte: zuschuss/);
  });

  it('check region keys and kinds', () => {
    expect(issues('regions', { name: 'Kassel', kind: 'kreisfreie-stadt', parent: 'hessen', ags: '06611' })).toEqual([]);
    expect(issues('regions', { name: 'Kassel', kind: 'stadt', ags: 6611 })).toHaveLength(2);
  });

  it('default a project cost to "unbekannt"', () => {
    const project = { ...programme, carrier: 'verein', format: ['kurs'] } as Record<string, unknown>;
    for (const key of ['funder', 'level', 'fundingTypes', 'eligible']) delete project[key];
    const result = schemas.projects.safeParse(project);
    expect(result.success).toBe(true);
    expect((result.data as { cost: string }).cost).toBe('unbekannt');
  });
});
