/**
 * What a programme is for, from its `eligible` and `fundingTypes`: the one rule behind "which
 * programmes could fund closing a gap" (src/lib/fundable.ts) and "Doppelangebot or Förderweg"
 * (src/lib/overlap.ts), stated on /ueberschneidungen/ and /abdeckung/<feld>/.
 *
 * - "foerderung" (a funding programme for organisations): only organisations may apply (no
 *   `privatpersonen` among `eligible`) and it gives money or staff (a money type among
 *   `fundingTypes`). AMIF, ESF Plus, the WIR programmes, MBE as a federal grant to Wohlfahrtsverbände.
 * - "leistung" (a service people use): everything else, and every project. The Integrationskurs (people
 *   apply), the Anerkennungszuschuss (money for people), courses that schools run (Intensivklassen),
 *   advice for organisations without money, prizes.
 */
import type { Period } from './period';

export type OfferingRole = 'foerderung' | 'leistung';

/** Funding types that pay for work: grants, loans, guarantees, staff. A course, advice, a prize or goods do not. */
export const MONEY_TYPES = ['zuschuss', 'darlehen', 'buergschaft', 'personalfoerderung'] as const;
/** Who applies as a person rather than as an organisation. */
export const PEOPLE = 'privatpersonen';

export interface RoleInput {
  eligible: readonly string[];
  fundingTypes: readonly string[];
}

export function programmeRole(programme: RoleInput): OfferingRole {
  const forOrganisationsOnly = programme.eligible.length > 0 && !programme.eligible.includes(PEOPLE);
  const paysForWork = programme.fundingTypes.some((t) => (MONEY_TYPES as readonly string[]).includes(t));
  return forOrganisationsOnly && paysForWork ? 'foerderung' : 'leistung';
}

/** Not ended on `today`: running, or planned (a programme that opens later can still fund). */
export function notEnded(period: Period, today: string): boolean {
  return period.end === undefined || period.end >= today;
}

export interface Deadline {
  date: string;
  label: string;
}

/**
 * The next call: the earliest deadline on or after `today`. A deadline in the past is history, not a
 * call; `last` names the most recent past one, so a page can say "no coming deadline (last: …)".
 */
export function nextDeadline(deadlines: readonly Deadline[] | undefined, today: string): { next?: Deadline; last?: Deadline } {
  let next: Deadline | undefined;
  let last: Deadline | undefined;
  for (const d of deadlines ?? []) {
    if (d.date >= today) {
      if (!next || d.date < next.date) next = d;
    } else if (!last || d.date > last.date) last = d;
  }
  return { next, last };
}
