/** The search data of the site: labels from the dictionary and one lexicon per build. */
import { de } from '../i18n/de';
import type { Catalogue, Offering } from '../lib/catalogue';
import { buildLexicon } from '../lib/compounds';
import { languageName } from '../lib/format';
import { extraTerms, offeringFacets, offeringMeta, type Labels } from '../lib/search-index';

export const labels: Labels = {
  kind: de.kind,
  status: de.status,
  level: de.level,
  fundingType: de.fundingType,
  eligible: de.eligible,
  cost: de.cost,
  language: languageName,
};

const lexicons = new WeakMap<Catalogue, Set<string>>();

function lexiconOf(catalogue: Catalogue): Set<string> {
  let lexicon = lexicons.get(catalogue);
  if (!lexicon) {
    lexicon = buildLexicon([
      ...catalogue.offerings.flatMap((o) => [o.title, o.summary]),
      ...catalogue.actionFields.flatMap((f) => [f.title, ...(f.keywords ?? [])]),
      ...catalogue.targetGroups.map((g) => g.title),
    ]);
    lexicons.set(catalogue, lexicon);
  }
  return lexicon;
}

export function searchDataFor(offering: Offering, catalogue: Catalogue) {
  return {
    facets: offeringFacets(offering, catalogue, labels),
    meta: offeringMeta(offering, catalogue, labels),
    sort: { titel: offering.title.toLocaleLowerCase('de'), beginn: offering.period.start },
    terms: extraTerms(offering, catalogue, lexiconOf(catalogue)),
  };
}
