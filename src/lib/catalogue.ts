/**
 * The resolved catalogue, built once from plain entries (references as ids): lookups by id, the
 * region tree and the reverse relations pages need ("funds", "carries", "funded by").
 * No Astro imports: the site, scripts and tests all build it the same way.
 */
import type { ActionField } from '../schema/action-fields';
import type { Organization } from '../schema/organizations';
import type { Program } from '../schema/programs';
import type { Project } from '../schema/projects';
import type { Region } from '../schema/regions';
import type { Survey } from '../schema/surveys';
import type { TargetGroup } from '../schema/target-groups';
import { statusOn, type Status } from './period';
import { buildRegionTree, type RegionTree } from './regions';

/** An entry with its id and, when known, its file (relative to the project, e.g. content/programs/x.yaml). */
export type Entry<T> = T & { id: string; file?: string };
export type ProgramEntry = Entry<Program> & { kind: 'program' };
export type ProjectEntry = Entry<Project> & { kind: 'project' };
export type Offering = ProgramEntry | ProjectEntry;
export type RegionEntry = Entry<Region>;
export type ActionFieldEntry = Entry<ActionField>;
export type TargetGroupEntry = Entry<TargetGroup>;
export type OrganizationEntry = Entry<Organization>;
export type SurveyEntry = Entry<Survey>;

export interface CatalogueInput {
  regions: Entry<Region>[];
  actionFields: Entry<ActionField>[];
  targetGroups: Entry<TargetGroup>[];
  organizations: Entry<Organization>[];
  programs: Entry<Program>[];
  projects: Entry<Project>[];
  /** Survey records (content/surveys/): which action fields were looked for in which region. */
  surveys?: Entry<Survey>[];
  /** Long descriptions (the MDX body as written) by offering key ("programs/<id>"), where an entry has one. */
  bodies?: ReadonlyMap<string, string>;
}

export interface Catalogue {
  today: string;
  tree: RegionTree;
  regions: RegionEntry[];
  actionFields: ActionFieldEntry[];
  targetGroups: TargetGroupEntry[];
  organizations: OrganizationEntry[];
  programs: ProgramEntry[];
  projects: ProjectEntry[];
  offerings: Offering[];
  surveys: SurveyEntry[];
  /** The survey record of a region, if it was surveyed. */
  survey(regionId: string): SurveyEntry | undefined;
  region(id: string): RegionEntry;
  actionField(id: string): ActionFieldEntry;
  targetGroup(id: string): TargetGroupEntry;
  organization(id: string): OrganizationEntry;
  program(id: string): ProgramEntry;
  offering(key: string): Offering;
  /** The long description of an offering as written (MDX), if it has one: text for similarity, not for display. */
  body(key: string): string | undefined;
  status(offering: Offering): Status;
  /** Projects whose `funding` names the programme. */
  projectsFundedBy(programId: string): ProjectEntry[];
  /** Programmes an organisation funds, projects it carries. */
  fundedBy(organizationId: string): ProgramEntry[];
  carriedBy(organizationId: string): ProjectEntry[];
  organizationsIn(regionId: string): OrganizationEntry[];
  offeringsWithActionField(id: string): Offering[];
  offeringsWithTargetGroup(id: string): Offering[];
}

/** "programs/<id>" or "projects/<id>": the key of an offering across both collections. */
export function offeringKey(offering: Pick<Offering, 'kind' | 'id'>): string {
  return `${offering.kind === 'program' ? 'programs' : 'projects'}/${offering.id}`;
}

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'de');
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'de');

function indexBy<T extends { id: string }>(items: T[], what: string): (id: string) => T {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const item = map.get(id);
    if (!item) throw new Error(`${what} „${id}“ nicht gefunden`);
    return item;
  };
}

function group<T>(items: T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

export function buildCatalogue(input: CatalogueInput, today: string): Catalogue {
  const programs: ProgramEntry[] = input.programs.map((p) => ({ ...p, kind: 'program' as const })).sort(byTitle);
  const projects: ProjectEntry[] = input.projects.map((p) => ({ ...p, kind: 'project' as const })).sort(byTitle);
  const offerings: Offering[] = [...programs, ...projects].sort(byTitle);
  const actionFields = [...input.actionFields].sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || byTitle(a, b));
  const targetGroups = [...input.targetGroups].sort(byTitle);
  const organizations = [...input.organizations].sort(byName);
  const regions = [...input.regions];
  const tree = buildRegionTree(regions.map((r) => ({ id: r.id, parent: r.parent })));

  const surveys = [...(input.surveys ?? [])].sort((a, b) => a.region.localeCompare(b.region));
  const surveyByRegion = new Map(surveys.map((s) => [s.region, s]));
  const offeringMap = new Map(offerings.map((o) => [offeringKey(o), o]));
  const fundedProjects = group(projects, (p) => (p.funding ?? []).map((f) => f.program));
  const programsByFunder = group(programs, (p) => [p.funder]);
  const projectsByCarrier = group(projects, (p) => [p.carrier]);
  const orgsByRegion = group(organizations, (o) => (o.region ? [o.region] : []));
  const byField = group(offerings, (o) => o.actionFields);
  const byGroup = group(offerings, (o) => o.targetGroups);

  return {
    today,
    tree,
    regions,
    actionFields,
    targetGroups,
    organizations,
    programs,
    projects,
    offerings,
    surveys,
    survey: (id) => surveyByRegion.get(id),
    region: indexBy(regions, 'Region'),
    actionField: indexBy(actionFields, 'Handlungsfeld'),
    targetGroup: indexBy(targetGroups, 'Zielgruppe'),
    organization: indexBy(organizations, 'Organisation'),
    program: indexBy(programs, 'Programm'),
    offering: (key) => {
      const offering = offeringMap.get(key);
      if (!offering) throw new Error(`Angebot „${key}“ nicht gefunden`);
      return offering;
    },
    body: (key) => input.bodies?.get(key),
    status: (offering) => statusOn(offering.period, today),
    projectsFundedBy: (id) => fundedProjects.get(id) ?? [],
    fundedBy: (id) => programsByFunder.get(id) ?? [],
    carriedBy: (id) => projectsByCarrier.get(id) ?? [],
    organizationsIn: (id) => orgsByRegion.get(id) ?? [],
    offeringsWithActionField: (id) => byField.get(id) ?? [],
    offeringsWithTargetGroup: (id) => byGroup.get(id) ?? [],
  };
}

/** Groups offerings by action field, in the fields' order; an offering appears under each of its fields. */
export function groupByActionField<T extends { actionFields: readonly string[] }>(
  catalogue: Pick<Catalogue, 'actionFields'>,
  offerings: readonly T[],
): { field: ActionFieldEntry; items: T[] }[] {
  return catalogue.actionFields
    .map((field) => ({ field, items: offerings.filter((o) => o.actionFields.includes(field.id)) }))
    .filter((g) => g.items.length > 0);
}

/**
 * A–Z or newest first. `title` and `locale` sort by the title a page in another language shows
 * (its translation where there is one), so /en/…/a-z/ is in English order. "beginn" puts offerings
 * whose start is only documented (`startKind: belegt-seit`) after those with a known start: an old
 * office first documented today is not new.
 */
export function sortOfferings<T extends { title: string; period: { start: string; startKind?: 'beginn' | 'belegt-seit' } }>(
  offerings: readonly T[],
  by: 'titel' | 'beginn',
  title: (o: T) => string = (o) => o.title,
  locale = 'de',
): T[] {
  const keyed = offerings.map((o) => ({ o, key: title(o) }));
  const collator = new Intl.Collator(locale);
  const byKey = (a: { key: string }, b: { key: string }) => collator.compare(a.key, b.key);
  const documentedOnly = (o: T) => (o.period.startKind === 'belegt-seit' ? 1 : 0);
  keyed.sort(by === 'titel' ? byKey : (a, b) => documentedOnly(a.o) - documentedOnly(b.o) || b.o.period.start.localeCompare(a.o.period.start) || byKey(a, b));
  return keyed.map((k) => k.o);
}
