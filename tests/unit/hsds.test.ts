/** The HSDS 3 export (src/lib/hsds.ts) of a small catalogue, checked against the HSDS JSON Schemas. */
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, type CatalogueInput } from '../../src/lib/catalogue';
import { agsUri, hsdsExport, hsdsId, type HsdsLabels } from '../../src/lib/hsds';
import { de } from '../../src/i18n/de';
import { hsdsErrors, hsdsValidators } from '../helpers/hsds-schema';

const offering = { targetGroups: ['eltern'], actionFields: ['sprache'], example: false, reviewed: '2026-10-01' };
const input: CatalogueInput = {
  regions: [
    { id: 'deutschland', name: 'Deutschland', kind: 'bund' },
    { id: 'hessen', name: 'Hessen', kind: 'land', parent: 'deutschland', ags: '06' },
    { id: 'lahn-dill-kreis', name: 'Lahn-Dill-Kreis', kind: 'landkreis', parent: 'hessen', ags: '06532' },
    { id: 'wetzlar', name: 'Wetzlar', kind: 'sonderstatusstadt', parent: 'lahn-dill-kreis', ags: '06532023' },
  ],
  actionFields: [{ id: 'sprache', title: 'Sprache', summary: 's' }],
  targetGroups: [{ id: 'eltern', title: 'Eltern' }],
  organizations: [
    { id: 'land', name: 'Land Hessen', kind: 'landesbehoerde', example: false },
    { id: 'verein', name: 'Verein Miteinander', kind: 'verein', region: 'wetzlar', url: 'https://verein.example.org/', example: false },
  ],
  programs: [
    { ...offering, id: 'landesprogramm', title: 'Landesprogramm', summary: 's', funder: 'land', level: 'land', fundingTypes: ['zuschuss'], eligible: ['vereine'], area: ['hessen'], period: { start: '2020-01-01' } },
  ],
  projects: [
    {
      ...offering, id: 'sprachcafe', title: 'Sprachcafé', summary: 'Deutsch üben bei Kaffee.', carrier: 'verein', format: ['treffpunkt'], cost: 'kostenlos',
      url: 'https://verein.example.org/sprachcafé-für-alle',
      languages: ['de', 'ar'], area: ['wetzlar', 'lahn-dill-kreis'], period: { start: '2024-01-01' }, ageRange: { min: 16 },
      address: { street: 'Hauptstraße 1', postalCode: '35578', city: 'Wetzlar' },
      hours: { slots: [{ days: ['di', 'do'], from: '15:00', to: '17:00' }], byAppointment: true, note: 'nicht in den Ferien' },
      accessibility: { stepFree: true, hearingLoop: false, note: 'Eingang hinten' },
      contact: { email: 'cafe@verein.example.org', phone: '06441 12345' },
      funding: [{ program: 'landesprogramm', amount: 1000 }],
    },
    { ...offering, id: 'alt', title: 'Beendetes Projekt', summary: 's', carrier: 'verein', format: ['kurs'], cost: 'unbekannt', area: ['hessen'], period: { start: '2010-01-01', end: '2012-12-31' } },
  ],
};
const catalogue = buildCatalogue(input, '2026-12-06');
const names = new Intl.DisplayNames(['de'], { type: 'language' });
const labels: HsdsLabels = { organizationKind: de.organizationKind, cost: de.cost, language: (c) => names.of(c) ?? c };
const data = hsdsExport(catalogue, labels, { offeringUrl: (p) => `https://example.org/projekte/${p.id}/` });
const validators = hsdsValidators();

describe('HSDS export', () => {
  it('validates against the HSDS 3 schemas of services, organizations and locations', () => {
    expect(hsdsErrors(validators.service, data.services)).toEqual([]);
    expect(hsdsErrors(validators.organization, data.organizations)).toEqual([]);
    expect(hsdsErrors(validators.location, data.locations)).toEqual([]);
  });

  it('the schema check can fail: a service without status, a location with a bad type, an id that is no UUID', () => {
    const { status: _, ...withoutStatus } = data.services[0]!;
    expect(hsdsErrors(validators.service, [withoutStatus])).not.toEqual([]);
    expect(hsdsErrors(validators.location, [{ ...data.locations[0], location_type: 'irgendwo' }])).not.toEqual([]);
    expect(hsdsErrors(validators.organization, [{ ...data.organizations[0], id: 'verein' }])).not.toEqual([]);
  });

  it('holds the projects as services, their carriers as organisations, places with an address as locations', () => {
    expect(data.services.map((s) => s.name)).toEqual(['Beendetes Projekt', 'Sprachcafé']);
    expect(data.organizations.map((o) => o.name)).toEqual(['Verein Miteinander']);
    expect(data.organizations[0]).toMatchObject({ description: 'Verein in Wetzlar', website: 'https://verein.example.org/' });
    expect(data.locations).toHaveLength(1);
  });

  it('derives stable UUIDs (v5) from the ids', () => {
    const cafe = data.services.find((s) => s.name === 'Sprachcafé')!;
    expect(cafe.id).toBe(hsdsId('service', 'sprachcafe'));
    expect(isUuid(cafe.id as string) && uuidVersion(cafe.id as string)).toBe(5);
    expect(hsdsId('service', 'sprachcafe')).toBe(hsdsExport(catalogue, labels, { offeringUrl: () => 'https://other.example.org/' }).services[1]!.id);
    expect(cafe.organization_id).toBe(data.organizations[0]!.id);
    // Locations appear inside their service and again in locations.json; every other record is unique.
    const ids = JSON.stringify({ services: data.services, organizations: data.organizations }).match(/"id":"[^"]+"/g)!;
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('maps hours, areas with AGS, languages, cost, status and accessibility', () => {
    const cafe = data.services.find((s) => s.name === 'Sprachcafé')!;
    // Umlauts in a page address are percent-encoded: HSDS's uri format is ASCII (a real entry failed before).
    expect(cafe.url).toBe('https://verein.example.org/sprachcaf%C3%A9-f%C3%BCr-alle');
    expect(cafe).toMatchObject({ status: 'active', minimum_age: 16, email: 'cafe@verein.example.org', fees_description: 'kostenlos', assured_date: '2026-10-01' });
    expect(cafe.schedules).toEqual([
      expect.objectContaining({ freq: 'WEEKLY', byday: 'TU,TH', opens_at: '15:00', closes_at: '17:00', notes: 'nicht in den Ferien' }),
      expect.objectContaining({ description: 'Termine nach Vereinbarung' }),
    ]);
    expect(cafe.service_areas).toEqual([
      expect.objectContaining({ name: 'Wetzlar', uri: 'http://dcat-ap.de/def/politicalGeocoding/municipalityKey/06532023', description: 'Amtlicher Gemeindeschlüssel (AGS): 06532023' }),
      expect.objectContaining({ name: 'Lahn-Dill-Kreis', uri: 'http://dcat-ap.de/def/politicalGeocoding/districtKey/06532' }),
    ]);
    expect(cafe.languages).toEqual([expect.objectContaining({ code: 'de', name: 'Deutsch' }), expect.objectContaining({ code: 'ar', name: 'Arabisch' })]);
    expect(cafe.cost_options).toEqual([expect.objectContaining({ option: 'kostenlos', amount: 0, currency: 'EUR' })]);
    expect(cafe.funding).toEqual([expect.objectContaining({ source: 'Landesprogramm (Land Hessen)' })]);
    expect(data.locations[0]).toMatchObject({
      addresses: [expect.objectContaining({ address_1: 'Hauptstraße 1', postal_code: '35578', city: 'Wetzlar', country: 'DE' })],
      accessibility: [
        expect.objectContaining({ description: 'stufenlos erreichbar' }),
        expect.objectContaining({ description: 'keine Höranlage' }),
        expect.objectContaining({ description: 'Eingang hinten' }),
      ],
    });
    const old = data.services.find((s) => s.name === 'Beendetes Projekt')!;
    expect(old).toMatchObject({ status: 'defunct', cost_options: [], schedules: [], service_at_locations: [] });
    expect(old).not.toHaveProperty('fees_description');
  });

  it('agsUri knows Land, Regierungsbezirk, Kreis and Gemeinde keys', () => {
    expect(agsUri('06')).toBe('http://dcat-ap.de/def/politicalGeocoding/stateKey/06');
    expect(agsUri('064')).toBe('http://dcat-ap.de/def/politicalGeocoding/governmentDistrictKey/064');
    expect(agsUri('0643')).toBeUndefined();
  });
});
