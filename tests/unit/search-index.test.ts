import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue';
import { buildLexicon, compoundParts, compoundTails, splitCompound } from '../../src/lib/compounds';
import { extraTerms, facetCounts, indexForms, facetRegions, isFacetRegion, offeringFacets, type Labels } from '../../src/lib/search-index';

describe('compound words', () => {
  const lexicon = buildLexicon(['Deutsch lernen', 'Beratung für alle']);
  it('splits a compound into two known parts, with and without the linking s', () => {
    expect(splitCompound('Deutschkurs', lexicon)).toEqual(['deutsch', 'kurs']);
    expect(splitCompound('Integrationskurs', lexicon)).toEqual(['integration', 'kurs']);
    expect(splitCompound('Migrationsberatung', lexicon)).toEqual(['migration', 'beratung']);
    expect(splitCompound('Sprachcafé', lexicon)).toEqual(['sprach', 'café']);
  });
  it('leaves short and unknown words alone', () => {
    expect(splitCompound('Kurs', lexicon)).toEqual([]);
    expect(splitCompound('Xylophonunterricht', lexicon)).toEqual([]);
  });
  it('collects the parts of every word in a text once', () => {
    expect(compoundParts('Deutschkurs und Deutschkurs, Sprachkurse', lexicon)).toEqual(['deutsch', 'kurs', 'sprach', 'kurse']);
  });
  it('keeps only the tails for the index: Pagefind finds a head by prefix', () => {
    expect(compoundTails('Deutschkurs und Deutschkurs, Migrationsberatung', lexicon)).toEqual(['kurs', 'beratung']);
  });
  it('leaves out a tail the text already holds as a word', () => {
    expect(compoundTails('Deutschkurs: ein Kurs für alle', lexicon)).toEqual([]);
    expect(compoundTails('Deutschkurs und Beratung, Migrationsberatung', lexicon)).toEqual(['kurs']);
  });
});

const catalogue = buildCatalogue(
  {
    regions: [
      { id: 'deutschland', name: 'Deutschland', kind: 'bund' },
      { id: 'hessen', name: 'Hessen', kind: 'land', parent: 'deutschland' },
      { id: 'rb', name: 'Regierungsbezirk Gießen', kind: 'regierungsbezirk', parent: 'hessen' },
      { id: 'lahn-dill-kreis', name: 'Lahn-Dill-Kreis', kind: 'landkreis', parent: 'rb' },
      { id: 'wetzlar', name: 'Wetzlar', kind: 'sonderstatusstadt', parent: 'lahn-dill-kreis', modelRegion: true },
      { id: 'herborn', name: 'Herborn', kind: 'gemeinde', parent: 'lahn-dill-kreis' },
      { id: 'kassel', name: 'Kassel', kind: 'kreisfreie-stadt', parent: 'hessen' },
    ],
    actionFields: [{ id: 'sprache', title: 'Sprache', summary: 's', keywords: ['Deutschkurs'] }],
    targetGroups: [{ id: 'eltern', title: 'Eltern' }],
    organizations: [{ id: 'land', name: 'Land', kind: 'landesbehoerde', example: false }],
    programs: [
      {
        id: 'landesprogramm', title: 'Landesprogramm', summary: 's', funder: 'land', level: 'land', fundingTypes: ['zuschuss'], eligible: ['vereine'],
        actionFields: ['sprache'], targetGroups: ['eltern'], area: ['hessen'], period: { start: '2020-01-01' }, reviewed: '2024-01-01', example: false,
      },
    ],
    projects: [
      {
        id: 'wetzlar-kurs', title: 'Kurs', summary: 's', carrier: 'land', format: ['kurs'], cost: 'kostenlos', languages: ['ar'],
        actionFields: ['sprache'], targetGroups: ['eltern'], area: ['wetzlar'], period: { start: '2030-01-01' }, reviewed: '2024-01-01', example: true,
      },
    ],
  },
  '2026-11-26',
);
const labels: Labels = {
  kind: { program: 'Programm', project: 'Projekt' },
  status: { laufend: 'läuft', beendet: 'beendet', geplant: 'geplant' },
  level: { land: 'Land' },
  fundingType: { zuschuss: 'Zuschuss' },
  eligible: { vereine: 'Vereine' },
  cost: { kostenlos: 'kostenlos' },
  language: (code) => (code === 'ar' ? 'Arabisch' : code),
  actionField: (id) => catalogue.actionField(id).title,
  targetGroup: (id) => catalogue.targetGroup(id).title,
  period: { since: 'seit', from: 'ab' },
};

describe('search facets', () => {
  it('offer only Land, Kreise, kreisfreie Städte and model regions as region facet', () => {
    expect(catalogue.regions.filter(isFacetRegion).map((r) => r.id)).toEqual(['hessen', 'lahn-dill-kreis', 'wetzlar', 'kassel']);
  });

  it('put a Land programme under every Kreis and town of the Land', () => {
    expect(facetRegions(catalogue, ['hessen'])).toEqual(['hessen', 'kassel', 'lahn-dill-kreis', 'wetzlar']);
  });

  it('put a town project under its town, Kreis and Land but not beside it', () => {
    expect(facetRegions(catalogue, ['wetzlar'])).toEqual(['hessen', 'lahn-dill-kreis', 'wetzlar']);
  });

  it('describe an offering with labels, not slugs', () => {
    const project = catalogue.offering('projects/wetzlar-kurs');
    expect(offeringFacets(project, catalogue, labels)).toEqual({
      art: ['Projekt'],
      region: ['Hessen', 'Lahn-Dill-Kreis', 'Wetzlar'],
      handlungsfeld: ['Sprache'],
      zielgruppe: ['Eltern'],
      ebene: [],
      foerderart: [],
      antragsberechtigte: [],
      status: ['geplant'],
      sprache: ['Arabisch'],
      kosten: ['kostenlos'],
    });
  });

  it('count facet values over all offerings, most frequent first', () => {
    const counts = facetCounts(catalogue.offerings.map((o) => offeringFacets(o, catalogue, labels)));
    expect(counts.region).toEqual([['Hessen', 2], ['Lahn-Dill-Kreis', 2], ['Wetzlar', 2], ['Kassel', 1]]);
    expect(counts.art).toEqual([['Programm', 1], ['Projekt', 1]]);
  });
});

describe('extra search terms', () => {
  const lexicon = buildLexicon(['Deutsch', 'Kurs', 'Sprache', 'Förderung']);
  const withField = (keywords: string[], title: string, summary: string) => {
    const c = buildCatalogue(
      {
        regions: [{ id: 'hessen', name: 'Hessen', kind: 'land' }],
        actionFields: [{ id: 'sprache', title: 'Sprache', summary: 's', keywords }],
        targetGroups: [{ id: 'eltern', title: 'Eltern' }],
        organizations: [{ id: 'land', name: 'Land', kind: 'landesbehoerde', example: false }],
        programs: [],
        projects: [
          {
            id: 'p', title, summary, carrier: 'land', format: ['kurs'], cost: 'kostenlos',
            actionFields: ['sprache'], targetGroups: ['eltern'], area: ['hessen'], period: { start: '2020-01-01' }, reviewed: '2024-01-01', example: false,
          },
        ],
      },
      '2026-11-26',
    );
    return extraTerms(c.offering('projects/p'), c, lexicon);
  };

  it('add the action field keywords and the tails of the own compounds, not the heads', () => {
    expect(withField(['Deutschkurs', 'Sprachförderung'], 'Elterncafé', 'Ein Sprachkurs am Montag.')).toEqual(['Deutschkurs', 'Sprachförderung', 'café', 'kurs']);
  });

  it('do not split the keywords: their tails would mark every offering of the field', () => {
    expect(withField(['Deutschkurs', 'Sprachförderung'], 'Treffen', 'Am Montag.')).toEqual(['Deutschkurs', 'Sprachförderung']);
  });

  it('are written without hyphens, with the later parts of a hyphenated word on their own (Pagefind finds the first by prefix)', () => {
    expect(indexForms('Sprach-Kita')).toEqual(['Sprachkita', 'Kita']);
    expect(indexForms('IQ-Netzwerk Hessen')).toEqual(['IQnetzwerk Hessen', 'Netzwerk']);
    expect(indexForms('Sprach- und Integrationsmittlung')).toEqual(['Sprach- und Integrationsmittlung']);
    expect(indexForms('Deutsch lernen')).toEqual(['Deutsch lernen']);
  });

  it('leave out keywords and tails the page text already holds', () => {
    expect(withField(['Deutschkurs', 'Sprachförderung', 'Deutsch lernen'], 'Deutschkurs für Eltern', 'Wir lernen Deutsch, mit Förderung im Kurs.')).toEqual(['Sprachförderung']);
  });
});
