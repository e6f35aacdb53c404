/**
 * The local offerings as Open Referral HSDS 3 (Human Services Data Specification): organisations,
 * services, locations with addresses and accessibility, service areas with the AGS, schedules from
 * `hours`, languages and cost. What goes in: the projects (Projekte vor Ort), the services a person can
 * go to. Funding programmes are not services in HSDS's sense (no place, no opening hours, nobody to
 * meet); they appear as the `funding` of the projects they fund. Every id is a UUID v5 derived from the
 * entry's id, so a record keeps its id from build to build and other directories can link to it.
 */
import { v5 as uuidv5 } from 'uuid';
import type { Catalogue, OrganizationEntry, ProjectEntry } from './catalogue';
import { statusOn } from './period';

/** The namespace of every Förderatlas HSDS id: uuidv5('https://github.com/foerderatlas/foerderatlas#hsds', uuidv5.URL). */
export const HSDS_NAMESPACE = '25525cff-0771-54b3-9bc2-0d6478118620';

/** A stable id for a record: the table and the entry's id (and a number for lists), hashed into the namespace. */
export const hsdsId = (...parts: (string | number)[]) => uuidv5(parts.join('/'), HSDS_NAMESPACE);

const HSDS_DAYS: Record<string, string> = { mo: 'MO', di: 'TU', mi: 'WE', do: 'TH', fr: 'FR', sa: 'SA', so: 'SU' };

export interface HsdsLabels {
  organizationKind: Record<string, string>;
  cost: Record<string, string>;
  /** Language name in German for an ISO 639-1 code. */
  language: (code: string) => string;
}

export interface HsdsContext {
  /** Public page of a project. */
  offeringUrl: (project: ProjectEntry) => string;
}

type Json = Record<string, unknown>;

/** HSDS's "uri" format is ASCII: a page address with umlauts is written percent-encoded (as browsers send it). */
const asUri = (address: string) => new URL(address).href;

/** DCAT-AP.de's political geocoding URI for a key of 2 (Land), 3 (Regierungsbezirk), 5 (Kreis) or 8 (Gemeinde) digits. */
export function agsUri(ags: string): string | undefined {
  const kind = { 2: 'stateKey', 3: 'governmentDistrictKey', 5: 'districtKey', 8: 'municipalityKey' }[ags.length];
  return kind ? `http://dcat-ap.de/def/politicalGeocoding/${kind}/${ags}` : undefined;
}

export function hsdsOrganization(org: OrganizationEntry, catalogue: Catalogue, labels: HsdsLabels): Json {
  const region = org.region ? catalogue.region(org.region).name : undefined;
  return {
    id: hsdsId('organization', org.id),
    name: org.name,
    // HSDS requires a description; the catalogue only knows the kind and the home region.
    description: `${labels.organizationKind[org.kind] ?? org.kind}${region ? ` in ${region}` : ''}`,
    ...(org.url ? { website: asUri(org.url) } : {}),
  };
}

function schedules(project: ProjectEntry, serviceId: string): Json[] {
  const hours = project.hours;
  if (!hours) return [];
  const list: Json[] = (hours.slots ?? []).map((slot, i) => ({
    id: hsdsId('schedule', project.id, i),
    service_id: serviceId,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: slot.days.map((d) => HSDS_DAYS[d]).join(','),
    opens_at: slot.from,
    closes_at: slot.to,
    description: 'Ortszeit (Europe/Berlin)',
    ...(hours.note ? { notes: hours.note } : {}),
  }));
  if (hours.byAppointment) list.push({ id: hsdsId('schedule', project.id, 'termin'), service_id: serviceId, description: 'Termine nach Vereinbarung', ...(hours.note ? { notes: hours.note } : {}) });
  if (!list.length && hours.note) list.push({ id: hsdsId('schedule', project.id, 'hinweis'), service_id: serviceId, notes: hours.note });
  return list;
}

const ACCESSIBILITY_TEXT = {
  stepFree: ['stufenlos erreichbar', 'nicht stufenlos erreichbar'],
  accessibleToilet: ['barrierefreie Toilette', 'keine barrierefreie Toilette'],
  hearingLoop: ['Höranlage (Induktionsschleife)', 'keine Höranlage'],
} as const;

export function hsdsLocation(project: ProjectEntry, labels: HsdsLabels): Json | undefined {
  const address = project.address;
  if (!address) return undefined;
  const id = hsdsId('location', project.id);
  const access = project.accessibility;
  const accessibility: { id: string; location_id: string; description: string }[] = access
    ? (Object.keys(ACCESSIBILITY_TEXT) as (keyof typeof ACCESSIBILITY_TEXT)[])
        .filter((key) => access[key] !== undefined)
        .map((key) => ({ id: hsdsId('accessibility', project.id, key), location_id: id, description: ACCESSIBILITY_TEXT[key][access[key] ? 0 : 1] as string }))
        .concat(access.note ? [{ id: hsdsId('accessibility', project.id, 'note'), location_id: id, description: access.note }] : [])
    : [];
  return {
    id,
    location_type: 'physical',
    name: project.title,
    organization_id: hsdsId('organization', project.carrier),
    // HSDS requires street and postal code in an address; without them the town stays in the name of the location.
    addresses:
      address.street && address.postalCode
        ? [{ id: hsdsId('address', project.id), location_id: id, address_1: address.street, city: address.city, state_province: 'Hessen', postal_code: address.postalCode, country: 'DE', address_type: 'physical' }]
        : [],
    accessibility,
    languages: (project.languages ?? []).map((code) => ({ id: hsdsId('language', project.id, 'location', code), location_id: id, code, name: labels.language(code) })),
    ...(address.street && address.postalCode ? {} : { description: address.city }),
  };
}

export function hsdsService(project: ProjectEntry, catalogue: Catalogue, labels: HsdsLabels, ctx: HsdsContext): Json {
  const id = hsdsId('service', project.id);
  const status = statusOn(project.period, catalogue.today);
  const location = hsdsLocation(project, labels);
  const cost = project.cost !== 'unbekannt' ? labels.cost[project.cost] : undefined;
  return {
    id,
    organization_id: hsdsId('organization', project.carrier),
    name: project.title,
    description: project.summary,
    url: asUri(project.url ?? ctx.offeringUrl(project)),
    ...(project.contact?.email ? { email: project.contact.email } : {}),
    status: status === 'laufend' ? 'active' : status === 'geplant' ? 'inactive' : 'defunct',
    ...(cost ? { fees_description: cost } : {}),
    ...(project.eligibility ? { eligibility_description: project.eligibility } : {}),
    ...(project.howTo ? { application_process: project.howTo.join(' – ') } : {}),
    ...(project.ageRange?.min !== undefined ? { minimum_age: project.ageRange.min } : {}),
    ...(project.ageRange?.max !== undefined ? { maximum_age: project.ageRange.max } : {}),
    assured_date: project.reviewed,
    phones: project.contact?.phone ? [{ id: hsdsId('phone', project.id), service_id: id, number: project.contact.phone, type: 'voice' }] : [],
    schedules: schedules(project, id),
    service_areas: project.area.map((regionId) => {
      const region = catalogue.region(regionId);
      const uri = region.ags ? agsUri(region.ags) : undefined;
      return {
        id: hsdsId('service_area', project.id, regionId),
        service_id: id,
        name: region.name,
        ...(region.ags ? { description: `Amtlicher Gemeindeschlüssel (AGS): ${region.ags}` } : {}),
        ...(uri ? { uri } : {}),
      };
    }),
    service_at_locations: location ? [{ id: hsdsId('service_at_location', project.id), service_id: id, location_id: location.id, location }] : [],
    languages: (project.languages ?? []).map((code) => ({ id: hsdsId('language', project.id, code), service_id: id, code, name: labels.language(code) })),
    cost_options: cost
      ? [{ id: hsdsId('cost_option', project.id), service_id: id, option: cost, currency: 'EUR', ...(project.cost === 'kostenlos' ? { amount: 0 } : {}) }]
      : [],
    funding: (project.funding ?? []).map((f, i) => {
      const program = catalogue.program(f.program);
      return { id: hsdsId('funding', project.id, i), service_id: id, source: `${program.title} (${catalogue.organization(program.funder).name})` };
    }),
  };
}

export interface HsdsExport {
  organizations: Json[];
  services: Json[];
  locations: Json[];
}

/** Every project as a service, the carriers as organisations, the places with an address as locations; sorted by id of the entry. */
export function hsdsExport(catalogue: Catalogue, labels: HsdsLabels, ctx: HsdsContext): HsdsExport {
  const projects = [...catalogue.projects].sort((a, b) => a.id.localeCompare(b.id));
  const carriers = [...new Set(projects.map((p) => p.carrier))].sort().map((id) => catalogue.organization(id));
  const services = projects.map((p) => hsdsService(p, catalogue, labels, ctx));
  return {
    organizations: carriers.map((org) => hsdsOrganization(org, catalogue, labels)),
    services,
    locations: services.flatMap((s) => (s.service_at_locations as { location: Json }[]).map((sal) => sal.location)),
  };
}
