import { describe, expect, it } from 'vitest';
import { compareOfferings } from '../../src/lib/overlap';
import { buildRegionTree } from '../../src/lib/regions';
import { findSimilar, plainText, stemGerman, termVectors, type SimilarityInput } from '../../src/lib/similarity';

describe('German terms', () => {
  it('stems plural and singular alike (Snowball, to a fixed point)', () => {
    expect(stemGerman('kurse')).toBe(stemGerman('kurs'));
    expect(stemGerman('beratungen')).toBe(stemGerman('beratung'));
    expect(stemGerman('familien')).toBe(stemGerman('familie'));
  });

  it('reads the words of an MDX body, not its markup or addresses', () => {
    expect(plainText('Mehr bei der [Stadt](https://www.stadt.de/x) oder <strong>hier</strong>: info@stadt.de').split(/\s+/).filter(Boolean)).toEqual(['Mehr', 'bei', 'der', '[Stadt', 'oder', 'hier', ':']);
  });
});

describe('similar offerings', () => {
  // Two offerings that share only words: different fields, groups and places, so no rule-based overlap.
  const cafeKassel: SimilarityInput = { key: 'projects/frauencafe-kassel', title: 'Frauencafé Nordstadt', summary: 'Ein Frauencafé zum Deutschlernen: Mütter üben Deutsch bei Kaffee und Kuchen.' };
  const cafeFulda: SimilarityInput = { key: 'projects/muettercafe-fulda', title: 'Müttertreff am Aschenberg', summary: 'Mütter treffen sich beim Kaffee und üben Deutsch im Gespräch.', body: 'Mehr dazu auf der [Seite der Stadt](https://www.fulda.de/muettertreff).' };
  const debt: SimilarityInput = { key: 'projects/schuldnerberatung', title: 'Schuldnerberatung', summary: 'Hilfe bei Schulden, Verträgen und Mahnungen.' };
  const sport: SimilarityInput = { key: 'projects/sport', title: 'Fußball für alle', summary: 'Training im Verein für Jugendliche jeden Dienstag.' };
  const inputs = [cafeKassel, cafeFulda, debt, sport];

  it('finds two offerings that share only words, with the words as the reason', () => {
    const tree = buildRegionTree([{ id: 'hessen' }, { id: 'kassel', parent: 'hessen' }, { id: 'fulda', parent: 'hessen' }]);
    const rule = compareOfferings(
      tree,
      { key: cafeKassel.key, actionFields: ['sprache'], targetGroups: ['frauen'], area: ['kassel'], period: { start: '2024-01-01' } },
      { key: cafeFulda.key, actionFields: ['familie'], targetGroups: ['eltern'], area: ['fulda'], period: { start: '2024-01-01' } },
      { today: '2026-12-06' },
    );
    expect(rule).toBeUndefined();
    const similar = findSimilar(inputs);
    const ofKassel = similar.get(cafeKassel.key)!;
    expect(ofKassel.map((s) => s.key)).toEqual([cafeFulda.key]);
    expect(ofKassel[0]!.score).toBeGreaterThan(0.1);
    expect(ofKassel[0]!.score).toBeLessThanOrEqual(1);
    expect(ofKassel[0]!.terms).toEqual(expect.arrayContaining(['Kaffee', 'Deutsch']));
    // Symmetric: the cosine of the same two vectors.
    expect(similar.get(cafeFulda.key)!.map((s) => [s.key, s.score])).toEqual([[cafeKassel.key, ofKassel[0]!.score]]);
    expect(similar.get(debt.key)).toEqual([]);
  });

  it('needs two shared terms: one word in common is not similarity', () => {
    const a = { key: 'a', title: 'Sprachkurs', summary: 'Abends in der Stadtbücherei.' };
    const b = { key: 'b', title: 'Sprachkurs', summary: 'Vormittags im Gemeindehaus.' };
    expect(findSimilar([a, b]).get('a')).toEqual([]);
    expect(findSimilar([a, b], { minShared: 1 }).get('a')!.map((s) => s.key)).toEqual(['b']);
  });

  it('keeps the five strongest, strongest first, and never the offering itself', () => {
    const places = ['Nord', 'Süd', 'Ost', 'West', 'Mitte', 'Hof', 'Berg', 'Tal'];
    const pilots = places.map((place, i) => ({
      key: `p${i}`,
      title: `Lotsen ${place}`,
      summary: `Ehrenamtliche Lotsen begleiten Familien zu Ämtern${i % 2 ? ' und Ärzten' : ''}${i < 3 ? ', auch bei Behördengängen' : ''}.`,
    }));
    const others = ['Schuldnerberatung bei Mahnungen', 'Fußballtraining im Verein', 'Nähwerkstatt im Quartier', 'Hausaufgabenhilfe nach der Schule'].map((title, i) => ({ key: `o${i}`, title, summary: title }));
    const similar = findSimilar([...pilots, ...others]);
    for (const [key, list] of similar) {
      expect(list.length).toBeLessThanOrEqual(5);
      expect(list.map((s) => s.key)).not.toContain(key);
      expect(list.map((s) => s.score)).toEqual([...list.map((s) => s.score)].sort((x, y) => y - x));
    }
    const ofFirst = similar.get('p0')!;
    expect(ofFirst).toHaveLength(5);
    // The two that also go to the authorities come first.
    expect(ofFirst.slice(0, 2).map((s) => s.key).sort()).toEqual(['p1', 'p2']);
    expect(similar.get('o0')).toEqual([]);
  });

  it('counts compound parts: "Integrationskurs" and "Kurs zur Integration" meet', () => {
    const a = { key: 'a', title: 'Integrationskurs', summary: 'Kurs mit Orientierung für Neuzugewanderte.' };
    const b = { key: 'b', title: 'Orientierung und Integration', summary: 'Ein Kurs für Zugewanderte im Quartier.' };
    const c = { key: 'c', title: 'Hausaufgabenhilfe', summary: 'Schüler lernen nach der Schule.' };
    const [first] = findSimilar([a, b, c]).get('a')!;
    expect(first!.key).toBe('b');
    expect(first!.terms).toEqual(expect.arrayContaining(['Integration', 'Orientierung']));
  });
});

describe('the inverted index', () => {
  it('finds what comparing all pairs of weight vectors finds, scores included', () => {
    let seed = 5;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    // Short words that are no compounds of each other, so every shared term is a shared word.
    const vocabulary = ['Garten', 'Tanz', 'Musik', 'Ruder', 'Schach', 'Koch', 'Malen', 'Theater', 'Chor', 'Lesen', 'Radeln', 'Nähen', 'Yoga', 'Film', 'Foto', 'Brot'];
    const inputs = Array.from({ length: 150 }, (_, i) => ({
      key: `p${String(i).padStart(3, '0')}`,
      title: vocabulary[Math.floor(random() * vocabulary.length)]!,
      summary: Array.from({ length: 2 + Math.floor(random() * 4) }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' '),
    }));
    const vectors = termVectors(inputs);
    const reference = new Map<string, { key: string; score: number }[]>();
    for (const a of inputs) {
      const list: { key: string; score: number }[] = [];
      for (const b of inputs) {
        if (a === b) continue;
        let score = 0;
        let shared = 0;
        for (const [term, w] of vectors.get(a.key)!) {
          const v = vectors.get(b.key)!.get(term);
          if (v !== undefined) {
            score += w * v;
            shared++;
          }
        }
        if (shared >= 2 && score >= 0.1) list.push({ key: b.key, score });
      }
      list.sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : 1));
      reference.set(a.key, list.slice(0, 5).map((e) => ({ key: e.key, score: Math.round(e.score * 100) / 100 })));
    }
    const found = findSimilar(inputs);
    let pairs = 0;
    for (const a of inputs) {
      expect(found.get(a.key)!.map((s) => ({ key: s.key, score: s.score })), a.key).toEqual(reference.get(a.key));
      pairs += reference.get(a.key)!.length;
    }
    expect(pairs).toBeGreaterThan(300);
  });
});
