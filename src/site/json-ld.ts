/**
 * schema.org descriptions for search engines: a programme or project as a Service with provider and
 * area, in the page's language where the entry is translated (inLanguage says which text it is).
 */
import type { Locale } from '../i18n/locales';
import type { Catalogue, Offering } from '../lib/catalogue';
import { localizeEntry, localTitle } from '../lib/localized';

const SCHEMA_DAYS: Record<string, string> = { mo: 'Monday', di: 'Tuesday', mi: 'Wednesday', do: 'Thursday', fr: 'Friday', sa: 'Saturday', so: 'Sunday' };

export function offeringJsonLd(offering: Offering, catalogue: Catalogue, pageUrl: string, lang: Locale): Record<string, unknown> {
  const local = localizeEntry(offering, lang);
  const providerId = offering.kind === 'program' ? offering.funder : offering.carrier;
  const provider = catalogue.organization(providerId);
  const isPublic = offering.kind === 'program' && ['eu', 'bund', 'land', 'kommune'].includes(offering.level);
  return {
    '@context': 'https://schema.org',
    '@type': isPublic ? 'GovernmentService' : 'Service',
    name: local.title.text,
    description: local.summary?.text ?? offering.summary,
    inLanguage: local.summary?.lang ?? local.title.lang,
    url: pageUrl,
    ...(offering.url ? { sameAs: offering.url } : {}),
    provider: { '@type': 'Organization', name: provider.name, ...(provider.url ? { url: provider.url } : {}) },
    areaServed: offering.area.map((id) => ({ '@type': 'AdministrativeArea', name: catalogue.region(id).name })),
    audience: offering.targetGroups.map((id) => ({ '@type': 'Audience', audienceType: localTitle(catalogue.targetGroup(id), lang).text })),
    ...(offering.languages ? { availableLanguage: offering.languages } : {}),
    ...(offering.kind === 'project' && offering.hours?.slots?.length
      ? {
          hoursAvailable: offering.hours.slots.map((s) => ({
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: s.days.map((d) => `https://schema.org/${SCHEMA_DAYS[d]}`),
            opens: s.from,
            closes: s.to,
          })),
        }
      : {}),
    dateModified: offering.reviewed,
  };
}
