/**
 * The Angebotsfinder: where a person lives and what they need → what is in their place, in their Kreis,
 * then Land-, Bund- and EU-wide. Built on the one rule for where is what (reachOf in regions.ts) through
 * an index computed once per catalogue, so a page asks for a slice instead of scanning every offering.
 */
import type { Catalogue, Offering, RegionEntry } from './catalogue';
import { PEOPLE } from './programme-roles';
import { kreisOf } from './regions';

/** Regions that always get answer pages: every Kreis, kreisfreie Stadt and Sonderstatusstadt. */
export const ANSWER_UNIT_KINDS: ReadonlySet<string> = new Set(['landkreis', 'kreisfreie-stadt', 'sonderstatusstadt']);
/** Regions a person can pick as where they live: the answer units and every Gemeinde. */
const PLACE_KINDS: ReadonlySet<string> = new Set([...ANSWER_UNIT_KINDS, 'gemeinde']);

/** Target groups that are organisations or staff, not the people a citizen asks for. */
export const NOT_PEOPLE: ReadonlySet<string> = new Set(['fachkraefte', 'migrantenorganisationen']);

/**
 * Can a person use this offering themselves? Projects are services; a programme counts when people may
 * apply themselves, or when it is a course or advice for people (the Integrationskurs, the MBE) — not a
 * fund whose applicants are Kommunen, Vereine or Träger only. This is the citizen's question, not
 * programmeRole()'s (programme-roles.ts): the MBE is a grant to Wohlfahrtsverbände there, and still the
 * advice a person asks for here.
 */
export function servesPeople(offering: Offering): boolean {
  if (offering.kind === 'project') return true;
  if (offering.eligible.includes(PEOPLE)) return true;
  const service = offering.fundingTypes.includes('kursangebot') || offering.fundingTypes.includes('beratung');
  return service && offering.targetGroups.some((g) => !NOT_PEOPLE.has(g));
}

export type SectionKey = 'place' | 'kreis' | 'land' | 'bund' | 'eu';

/** The sections above the Kreis: the same for every place of a Regierungsbezirk, so their lists are computed once. */
export const ABOVE_KEYS: ReadonlySet<SectionKey> = new Set(['land', 'bund', 'eu']);

/** How many entries an answer page shows of each section above the Kreis; the rest is on the shared "überall" page. */
export const ABOVE_SHOWN = 3;
/** How many entries an answer page shows of the place's and the Kreis's sections; the rest is on the region page. */
export const NEAR_SHOWN = 20;

export interface FinderSection {
  key: SectionKey;
  /** The region the section is about: the place, its Kreis, or the region above it comes through. */
  region: string;
  /** Every offering of the section, A–Z (the Kreis section: Kreis-wide services first). */
  items: Offering[];
  /** What the answer page shows: all of it up to NEAR_SHOWN near the place, a few chosen by pickForNeed above the Kreis. */
  shown: Offering[];
}

export interface FinderIndex {
  /** Places a person can pick (inside the given Land), A–Z. */
  places: RegionEntry[];
  /** The Kreis or kreisfreie Stadt of a place (itself for a Kreis). */
  kreisOf(place: string): string | undefined;
  /** Sections of the answer for a place and an action field, nearest first; empty sections left out. */
  answer(place: string, field: string): FinderSection[];
  /**
   * What reaches every place of the Land for a field (Land-, Bund- and EU-wide), one section per level:
   * the full list behind the answer pages' short selections, the same for every place.
   */
  everywhere(field: string): FinderSection[];
  /** Does the place get its own answer page for this field? Answer units always; a Gemeinde when something is there. */
  hasOwnAnswer(place: string, field: string): boolean;
  /** Where the answer for a place and field lives: the place itself, or its Kreis when nothing is on the spot. */
  answerPlace(place: string, field: string): string;
}

/** The level of the region an offering reaches a place through, for the sections above the Kreis. */
function levelSection(kind: string): SectionKey {
  if (kind === 'eu') return 'eu';
  if (kind === 'bund') return 'bund';
  return 'land';
}

const SECTION_ORDER: SectionKey[] = ['place', 'kreis', 'land', 'bund', 'eu'];

const byTitle = (a: Offering, b: Offering) => a.title.localeCompare(b.title, 'de');

/**
 * How directly an offering answers a need, smaller first: a person can go there or apply themselves (a
 * project, or people among `eligible`) before a programme that reaches people only through a carrier
 * (a citizen cannot apply for BQS+, a carrier can); then the need is its first action field; then it has
 * few action fields (a German course before a general migration advice that also lists language). Ties
 * go A–Z by title.
 */
export function needRank(offering: Offering, field: string): [number, number, number] {
  const direct = offering.kind === 'project' || offering.eligible.includes(PEOPLE) ? 0 : 1;
  const primary = offering.actionFields[0] === field ? 0 : 1;
  return [direct, primary, new Set(offering.actionFields).size];
}

/** The `limit` offerings that answer a need most directly (needRank), in that order. */
export function pickForNeed(items: readonly Offering[], field: string, limit: number): Offering[] {
  const ranked = items.map((offering) => ({ offering, rank: needRank(offering, field) }));
  ranked.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2] || byTitle(a.offering, b.offering));
  return ranked.slice(0, limit).map((r) => r.offering);
}

export function buildFinderIndex(catalogue: Catalogue, land = 'hessen'): FinderIndex {
  const { tree } = catalogue;
  const kindOf = (id: string) => catalogue.region(id).kind;
  // Running and planned services only: an ended offering is history, not help.
  const usable = catalogue.offerings.filter((o) => catalogue.status(o) !== 'beendet' && servesPeople(o));
  // Two lists per region, each offering entered once per region of its area and their ancestors:
  // on the spot (its area holds the region or a place inside it) and by area (its area names the region).
  // What reaches a place from above is the by-area lists of its ancestors, so no list holds every Land-wide
  // offering once per place.
  const localAt = new Map<string, Offering[]>();
  const byArea = new Map<string, Offering[]>();
  const push = (map: Map<string, Offering[]>, region: string, offering: Offering) => {
    let list = map.get(region);
    if (!list) map.set(region, (list = []));
    if (list[list.length - 1] !== offering) list.push(offering);
  };
  for (const offering of usable) {
    for (const a of offering.area) {
      push(byArea, a, offering);
      push(localAt, a, offering);
    }
    const above = new Set(offering.area.flatMap((a) => tree.ancestors(a)));
    for (const up of above) push(localAt, up, offering);
  }
  const places = catalogue.regions
    .filter((r) => PLACE_KINDS.has(r.kind) && tree.contains(land, r.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const placeIds = new Set(places.map((p) => p.id));
  const kreis = (place: string) => kreisOf(tree, kindOf, place);
  const withField = (list: readonly Offering[] | undefined, field: string) => (list ?? []).filter((o) => o.actionFields.includes(field));

  const localCount = new Map<string, number>();
  function hasLocal(place: string, field: string): boolean {
    const key = `${place}|${field}`;
    let n = localCount.get(key);
    if (n === undefined) localCount.set(key, (n = withField(localAt.get(place), field).length));
    return n > 0;
  }

  const section = (key: SectionKey, region: string, items: Offering[], field: string, regional: ReadonlySet<Offering> = new Set()): FinderSection => {
    if (!ABOVE_KEYS.has(key)) return { key, region, items, shown: items.slice(0, NEAR_SHOWN) };
    // Above the Kreis: what serves only the place's part of the Land (a Regierungsbezirk) is near enough to
    // show in full, like the Kreis; of what is the same everywhere, the few that answer the need most directly.
    const near = items.filter((o) => regional.has(o)).slice(0, NEAR_SHOWN);
    return { key, region, items, shown: [...near, ...pickForNeed(items.filter((o) => !regional.has(o)), field, ABOVE_SHOWN)] };
  };

  // The sections above the Kreis depend only on the regions above it: computed once per (first region
  // above the Kreis, field) and shared by every answer page below it.
  const aboveCache = new Map<string, FinderSection[]>();
  const regionalCache = new Map<string, Set<Offering>>();
  function aboveSections(from: string, field: string): FinderSection[] {
    const cacheKey = `${from}|${field}`;
    const cached = aboveCache.get(cacheKey);
    if (cached) return cached;
    const seen = new Set<Offering>();
    const regional = new Set<Offering>();
    const lists = new Map<SectionKey, { region: string; items: Offering[] }>();
    for (const via of [from, ...tree.ancestors(from)]) {
      const kind = kindOf(via);
      const key = levelSection(kind);
      for (const offering of withField(byArea.get(via), field)) {
        if (seen.has(offering)) continue;
        seen.add(offering);
        if (kind !== 'land' && key === 'land') regional.add(offering);
        let list = lists.get(key);
        if (!list) lists.set(key, (list = { region: key === 'land' ? land : via, items: [] }));
        list.items.push(offering);
      }
    }
    const result = SECTION_ORDER.filter((key) => lists.has(key)).map((key) => section(key, lists.get(key)!.region, lists.get(key)!.items.sort(byTitle), field, regional));
    aboveCache.set(cacheKey, result);
    regionalCache.set(cacheKey, regional);
    return result;
  }

  const answerCache = new Map<string, FinderSection[]>();
  function answer(place: string, field: string): FinderSection[] {
    if (!placeIds.has(place)) throw new Error(`„${place}“ ist kein Ort des Angebotsfinders`);
    const cacheKey = `${place}|${field}`;
    const cached = answerCache.get(cacheKey);
    if (cached) return cached;
    const k = kreis(place);
    const placeIsKreis = k === place;
    const chain = [place, ...tree.ancestors(place)];
    // The regions from the place up to its Kreis: what comes through them is "in your Kreis".
    const nearChain = k ? chain.slice(0, chain.indexOf(k) + 1) : [place];
    const near = new Set<Offering>();
    const placeItems = withField(localAt.get(place), field);
    for (const offering of placeItems) near.add(offering);
    const kreisItems: Offering[] = [];
    for (const via of nearChain.slice(1)) {
      for (const offering of withField(byArea.get(via), field)) {
        if (near.has(offering)) continue;
        near.add(offering);
        kreisItems.push(offering);
      }
    }
    // In the Kreis, after what serves the whole Kreis: what runs in its other towns.
    if (k && !placeIsKreis) {
      for (const offering of withField(localAt.get(k), field)) {
        if (near.has(offering)) continue;
        near.add(offering);
        kreisItems.push(offering);
      }
    }
    const result: FinderSection[] = [];
    if (placeItems.length > 0) result.push(section('place', place, [...placeItems].sort(byTitle), field));
    if (kreisItems.length > 0) result.push(section('kreis', k!, kreisItems, field));
    const from = tree.parentOf(nearChain[nearChain.length - 1]!);
    for (const above of from ? aboveSections(from, field) : []) {
      // An offering whose area names the place or its Kreis as well as the Land is near, not above.
      if (!above.items.some((o) => near.has(o))) result.push(above);
      else {
        const items = above.items.filter((o) => !near.has(o));
        if (items.length > 0) result.push(section(above.key, above.region, items, field, regionalCache.get(`${from}|${field}`)));
      }
    }
    answerCache.set(cacheKey, result);
    return result;
  }

  // Everything that reaches the whole Land: what the answer pages' sections above the Kreis choose from.
  const everywhere = (field: string) => aboveSections(land, field);

  const hasOwnAnswer = (place: string, field: string) => ANSWER_UNIT_KINDS.has(kindOf(place)) || hasLocal(place, field);
  return {
    places,
    kreisOf: kreis,
    answer,
    everywhere,
    hasOwnAnswer,
    answerPlace: (place, field) => (hasOwnAnswer(place, field) ? place : (kreis(place) ?? place)),
  };
}

/**
 * CSS for the answer pages' "Für wen?" filter, one rule per group: with `#fuer-<id>` checked, cards
 * whose data-groups lack the id are hidden, sections left without a card too, and the "nothing for
 * this group" note shows when no card is left. Ids are schema ids (a–z, 0–9, -), safe in selectors.
 */
export function finderFilterCss(groupIds: readonly string[]): string {
  const rules = groupIds.map((id) => {
    const on = `.finder-answer:has(#fuer-${id}:checked)`;
    const card = `.finder-card[data-groups~="${id}"]`;
    return [
      `${on} .finder-card:not(${card}) { display: none; }`,
      `${on} .finder-section:not(:has(${card})) { display: none; }`,
      `${on}:not(:has(${card})) .group-empty { display: block; }`,
    ].join('\n');
  });
  return `.group-empty { display: none; }\n${rules.join('\n')}\n`;
}
