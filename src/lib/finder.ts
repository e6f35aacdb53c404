/**
 * The Angebotsfinder: where a person lives and what they need → what is in their place, in their Kreis,
 * then Land-, Bund- and EU-wide. Built on the one rule for where is what (reachOf in regions.ts) through
 * an index computed once per catalogue, so a page asks for a slice instead of scanning every offering.
 */
import type { Catalogue, Offering, RegionEntry } from './catalogue';
import { PEOPLE } from './programme-roles';
import { kreisOf, reachedRegions, reachVia, type Reach } from './regions';

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

export interface FinderSection {
  key: SectionKey;
  /** The region the section is about: the place, its Kreis, or the region above it comes through. */
  region: string;
  items: Offering[];
}

export interface FinderIndex {
  /** Places a person can pick (inside the given Land), A–Z. */
  places: RegionEntry[];
  /** The Kreis or kreisfreie Stadt of a place (itself for a Kreis). */
  kreisOf(place: string): string | undefined;
  /** Sections of the answer for a place and an action field, nearest first; empty sections left out. */
  answer(place: string, field: string): FinderSection[];
  /** Does the place get its own answer page for this field? Answer units always; a Gemeinde when something is there. */
  hasOwnAnswer(place: string, field: string): boolean;
  /** Where the answer for a place and field lives: the place itself, or its Kreis when nothing is on the spot. */
  answerPlace(place: string, field: string): string;
}

interface Reached {
  offering: Offering;
  reach: Reach;
}

/** The level of the region an offering reaches a place through, for the sections above the Kreis. */
function levelSection(kind: string): SectionKey {
  if (kind === 'eu') return 'eu';
  if (kind === 'bund') return 'bund';
  return 'land';
}

const SECTION_ORDER: SectionKey[] = ['place', 'kreis', 'land', 'bund', 'eu'];

export function buildFinderIndex(catalogue: Catalogue, land = 'hessen'): FinderIndex {
  const { tree } = catalogue;
  const kindOf = (id: string) => catalogue.region(id).kind;
  // Running and planned services only: an ended offering is history, not help.
  const usable = catalogue.offerings.filter((o) => catalogue.status(o) !== 'beendet' && servesPeople(o));
  const byRegion = new Map<string, Reached[]>();
  for (const offering of usable) {
    for (const [region, reach] of reachedRegions(tree, offering.area)) {
      let list = byRegion.get(region);
      if (!list) byRegion.set(region, (list = []));
      list.push({ offering, reach });
    }
  }
  const reachedAt = (region: string) => byRegion.get(region) ?? [];
  const places = catalogue.regions
    .filter((r) => PLACE_KINDS.has(r.kind) && tree.contains(land, r.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const placeIds = new Set(places.map((p) => p.id));
  const kreis = (place: string) => kreisOf(tree, kindOf, place);
  const byTitle = (a: Offering, b: Offering) => a.title.localeCompare(b.title, 'de');

  const localCount = new Map<string, number>();
  function hasLocal(place: string, field: string): boolean {
    const key = `${place}|${field}`;
    let n = localCount.get(key);
    if (n === undefined) {
      n = reachedAt(place).filter((r) => r.reach === 'local' && r.offering.actionFields.includes(field)).length;
      localCount.set(key, n);
    }
    return n > 0;
  }

  function answer(place: string, field: string): FinderSection[] {
    if (!placeIds.has(place)) throw new Error(`„${place}“ ist kein Ort des Angebotsfinders`);
    const withField = (list: Reached[]) => list.filter((r) => r.offering.actionFields.includes(field));
    const here = withField(reachedAt(place));
    const sections = new Map<SectionKey, { region: string; items: Offering[] }>();
    const add = (key: SectionKey, region: string, offering: Offering) => {
      let section = sections.get(key);
      if (!section) sections.set(key, (section = { region, items: [] }));
      section.items.push(offering);
    };
    const k = kreis(place);
    const placeIsKreis = k === place;
    const localHere = new Set<Offering>();
    for (const { offering, reach } of here) {
      if (reach === 'local') {
        localHere.add(offering);
        add('place', place, offering);
        continue;
      }
      const via = reachVia(tree, offering.area, place)!;
      // Through the Kreis (or a region between the place and the Kreis): "in your Kreis".
      if (k && !placeIsKreis && tree.contains(k, via)) add('kreis', k, offering);
      else {
        const key = levelSection(kindOf(via));
        add(key, key === 'land' ? land : via, offering);
      }
    }
    // In the Kreis, after what serves the whole Kreis: what runs in its other towns.
    if (k && !placeIsKreis) {
      for (const { offering, reach } of withField(reachedAt(k))) {
        if (reach === 'local' && !localHere.has(offering) && !here.some((r) => r.offering === offering)) add('kreis', k, offering);
      }
    }
    return SECTION_ORDER.filter((key) => sections.has(key)).map((key) => {
      const section = sections.get(key)!;
      // The Kreis section keeps Kreis-wide services first; every other section is A–Z.
      const items = key === 'kreis' ? section.items : [...section.items].sort(byTitle);
      return { key, region: section.region, items };
    });
  }

  const hasOwnAnswer = (place: string, field: string) => ANSWER_UNIT_KINDS.has(kindOf(place)) || hasLocal(place, field);
  return {
    places,
    kreisOf: kreis,
    answer,
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
