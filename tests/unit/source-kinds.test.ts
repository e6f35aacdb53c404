import { describe, expect, it } from 'vitest';
import { hasPrimarySource, primaryShare, secondaryOnly } from '../../src/lib/source-kinds';

const official = { id: 'a', sources: [{ kind: 'presse' as const }, { kind: 'amtlich' as const }] };
const carrier = { id: 'b', sources: [{ kind: 'traeger' as const }] };
const press = { id: 'c', sources: [{ kind: 'presse' as const }, { kind: 'sonstige' as const }] };
const unmarked = { id: 'd', sources: [{}] };
const example = { id: 'e', example: true, sources: [{ kind: 'presse' as const }] };

describe('source kinds', () => {
  it('counts amtlich and traeger as primary, presse, sonstige and unmarked as not', () => {
    expect([official, carrier, press, unmarked].map(hasPrimarySource)).toEqual([true, true, false, false]);
  });

  it('lists the real entries that rely on secondary sources only, leaving out examples', () => {
    expect(secondaryOnly([official, carrier, press, unmarked, example]).map((e) => e.id)).toEqual(['c', 'd']);
  });

  it('gives the share of real entries with a primary source', () => {
    expect(primaryShare([official, carrier, press, unmarked, example])).toBe(0.5);
    expect(primaryShare([])).toBe(1);
  });
});
