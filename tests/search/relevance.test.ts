/**
 * The relevance suite: every query of queries.ts through the real search page and the real Pagefind
 * index of dist/ in Chromium. Prints "top-1 hits N of M, top-3 hits N of M, zero-result queries N" and
 * fails below the thresholds: top-1 ≥ 85 %, top-3 ≥ 90 %, no query without hits (every query here has
 * answers in the catalogue) and no forbidden entry among the hits.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser';
import { CASES, type RelevanceCase } from './queries';
import { runQuery } from './run-query';

export const THRESHOLDS = { top1: 0.85, top3: 0.9, zeroResults: 0, forbidden: 0 };

interface Outcome {
  case: RelevanceCase;
  hits: string[];
  top1: boolean;
  top3: boolean;
  forbidden: string[];
}

export function judge(c: RelevanceCase, hits: string[]): Outcome {
  const first3 = hits.slice(0, 3);
  const acceptableFirst = c.top1 ?? c.top3.flat();
  return {
    case: c,
    hits,
    top1: hits.length > 0 && acceptableFirst.includes(hits[0]!),
    top3: c.top3.every((item) => (Array.isArray(item) ? item.some((id) => first3.includes(id)) : first3.includes(item))),
    forbidden: (c.absent ?? []).filter((id) => hits.includes(id)),
  };
}

const site = useSite();
const outcomes: Outcome[] = [];

describe('search relevance', () => {
  it(`answers ${CASES.length} queries of citizens, advisors and municipal staff`, { timeout: 600_000 }, async () => {
    for (const c of CASES) {
      const { hits, page } = await runQuery(site, c.lang, c.q);
      await page.close();
      outcomes.push(judge(c, hits));
    }
    const m = outcomes.length;
    const top1 = outcomes.filter((o) => o.top1).length;
    const top3 = outcomes.filter((o) => o.top3).length;
    const zero = outcomes.filter((o) => o.hits.length === 0).length;
    const forbidden = outcomes.filter((o) => o.forbidden.length > 0);
    const misses = outcomes
      .filter((o) => !o.top1 || !o.top3 || o.forbidden.length > 0)
      .map((o) => `  ${o.top1 ? ' ' : '1'}${o.top3 ? ' ' : '3'}${o.forbidden.length ? 'x' : ' '} [${o.case.lang}] ${o.case.q} → ${o.hits.slice(0, 3).join(', ') || '(keine Treffer)'}${o.forbidden.length ? ` · verboten: ${o.forbidden.join(', ')}` : ''}`);
    console.log(
      [
        `Relevanz: top-1 hits ${top1} of ${m}, top-3 hits ${top3} of ${m}, zero-result queries ${zero}, forbidden hits ${forbidden.length}`,
        `Schwellen: top-1 ≥ ${THRESHOLDS.top1 * 100} %, top-3 ≥ ${THRESHOLDS.top3 * 100} %, zero-result = ${THRESHOLDS.zeroResults}, forbidden = ${THRESHOLDS.forbidden}`,
        ...(misses.length ? ['Abweichungen (1 = Platz 1 falsch, 3 = fehlt in den ersten drei, x = verbotener Treffer):', ...misses] : []),
      ].join('\n'),
    );
    expect(m).toBeGreaterThanOrEqual(40);
    expect(zero).toBeLessThanOrEqual(THRESHOLDS.zeroResults);
    expect(forbidden.map((o) => o.case.q)).toEqual([]);
    expect(top1 / m).toBeGreaterThanOrEqual(THRESHOLDS.top1);
    expect(top3 / m).toBeGreaterThanOrEqual(THRESHOLDS.top3);
  });
});

afterAll(() => {
  // Per-language figures, for the report.
  for (const lang of ['de', 'en', 'ar'] as const) {
    const of = outcomes.filter((o) => o.case.lang === lang);
    if (of.length) console.log(`  ${lang}: top-1 ${of.filter((o) => o.top1).length}/${of.length}, top-3 ${of.filter((o) => o.top3).length}/${of.length}, zero ${of.filter((o) => o.hits.length === 0).length}`);
  }
});
