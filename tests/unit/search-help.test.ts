/** Query help, synonyms and ranking of the search page: the pure parts in src/lib. */
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/lib/compounds';
import { closestWord, fewerWords, findPlace, queryWords, shortName, splitWords, withoutVerbs, MAX_WORDS, type Place } from '../../src/lib/query-help';
import { localFirst, offeringsFirst } from '../../src/lib/search-rank';
import { buildVocabulary } from '../../src/lib/search-vocabulary';
import { matchesGroup, mentions, synonymTerms, type SynonymGroup } from '../../src/lib/synonyms';

describe('query words', () => {
  it('drops stop words and keeps the words that carry meaning, lowercase', () => {
    expect(queryWords('Wo finde ich einen Deutschkurs für meine Mutter?', 'de').words).toEqual(['finde', 'deutschkurs', 'mutter']);
    expect(queryWords('Where can I find a German course?', 'en').words).toEqual(['find', 'german', 'course']);
  });
  it('gives nothing to search for when only stop words or punctuation were typed', () => {
    expect(queryWords('und oder für die', 'de').words).toEqual([]);
    expect(queryWords('?!… -- ///', 'de').words).toEqual([]);
  });
  it('cuts a very long query and keeps at most MAX_WORDS words', () => {
    const long = 'Sprachkurs '.repeat(200) + Array.from({ length: 20 }, (_, i) => `wort${i}`).join(' ');
    const result = queryWords(long, 'de');
    expect(result.truncated).toBe(true);
    expect(result.words).toEqual(['sprachkurs']);
    expect(queryWords(Array.from({ length: 20 }, (_, i) => `wort${i}`).join(' '), 'de').words).toHaveLength(MAX_WORDS);
  });
  it('reads a pasted address as its words, without the URL noise', () => {
    expect(queryWords('https://www.bamf.de/DE/Themen/Integration/integrationskurse.html', 'de').words).toEqual(['bamf', 'themen', 'integration', 'integrationskurse']);
  });
  it('drops common verbs unless nothing else is left', () => {
    expect(withoutVerbs(['finde', 'hilfe', 'geflüchtete'], 'de')).toEqual(['geflüchtete']);
    expect(withoutVerbs(['suchen'], 'de')).toEqual(['suchen']);
  });
});

describe('compounds, fewer words and "meinten Sie"', () => {
  const lexicon = buildLexicon(['Sport für alle im Verein']);
  it('splits a typed compound with the index lexicon', () => {
    expect(splitWords(['sportverein', 'kassel'], lexicon)).toEqual(['sport', 'verein', 'kassel']);
  });
  it('leaves out the most common word first', () => {
    expect(fewerWords(['beratung', 'schutzsuchende'], new Map([['beratung', 90], ['schutzsuchende', 2]]))[0]).toEqual(['schutzsuchende']);
    expect(fewerWords(['kurs'], new Map())).toEqual([]);
  });
  it('suggests the closest catalogue word for a swapped or missing letter', () => {
    const vocabulary = ['integrationskurs', 'integration', 'dolmetscher', 'kassel'];
    expect(closestWord('integrationskrus', vocabulary)).toBe('integrationskurs');
    expect(closestWord('dolmetcher', vocabulary)).toBe('dolmetscher');
    expect(closestWord('xylophon', vocabulary)).toBeUndefined();
  });
  it('builds the vocabulary most common first, with the lexicon', () => {
    expect(buildVocabulary(['Kurs Kurse Kurse Beratung'], ['sport'])).toEqual(['kurse', 'beratung', 'kurs', 'sport']);
  });
});

describe('places in a query', () => {
  const places = new Map<string, Place>([
    ['bad homburg', { name: 'Bad Homburg v. d. Höhe', facet: 'Hochtaunuskreis', gemeinde: 'bad-homburg-v-d-hoehe' }],
    ['kassel', { name: 'Kassel', facet: 'Kassel' }],
  ]);
  it('finds the longest place name and returns the other words', () => {
    expect(findPlace(['integrationskurs', 'bad', 'homburg'], places)).toEqual({ place: places.get('bad homburg'), rest: ['integrationskurs'] });
    expect(findPlace(['beratung'], places)).toBeUndefined();
  });
  it('knows the short form people type', () => {
    expect(shortName('Frankfurt am Main')).toEqual(['frankfurt']);
    expect(shortName('Bad Homburg v. d. Höhe')).toEqual(['bad', 'homburg']);
    expect(shortName('Oberursel (Taunus)')).toEqual(['oberursel']);
  });
});

describe('synonyms in the index', () => {
  const group: SynonymGroup = { id: 'dolmetschen', de: ['Dolmetscher', 'Sprachmittler'], en: ['interpreter'], programs: ['wir-laiendolmetschende'] };
  it('recognise inflected forms and compounds of a word', () => {
    expect(mentions('Dolmetscherservice', 'Dolmetscher')).toBe(true);
    expect(mentions('Laiendolmetscher', 'Dolmetscher')).toBe(true);
    expect(mentions('Sprachmittlerinnen', 'Sprachmittler')).toBe(true);
    expect(mentions('Minijob', 'Job')).toBe(false);
    expect(mentions('Fußball', 'Fussball')).toBe(true);
  });
  it('add the group words to a page that mentions one of them, weakly, and strongly to a named entry', () => {
    const project = { kind: 'project' as const, id: 'dolma', actionFields: ['beratung-orientierung'], text: 'Dolmetscherservice DolMa' };
    expect(matchesGroup(group, project)).toBe(true);
    expect(synonymTerms([group], project, 'en')).toEqual({ weak: { de: ['Dolmetscher', 'Sprachmittler'], local: ['interpreter'] }, strong: { de: [], local: [] } });
    const program = { kind: 'program' as const, id: 'wir-laiendolmetschende', actionFields: [], text: 'Förderung' };
    expect(synonymTerms([group], program, 'de')).toEqual({ weak: { de: [], local: [] }, strong: { de: ['Dolmetscher', 'Sprachmittler'], local: [] } });
  });
  it('translate the field keywords on English and Arabic pages but add no German words for them', () => {
    const project = { kind: 'project' as const, id: 'x', actionFields: ['sprache'], text: 'Treffpunkt am Montag', keywords: 'Sprachmittler Deutschkurs' };
    expect(matchesGroup(group, project)).toBe(true);
    expect(synonymTerms([group], project, 'en')).toEqual({ weak: { de: [], local: ['interpreter'] }, strong: { de: [], local: [] } });
    expect(synonymTerms([group], project, 'de')).toEqual({ weak: { de: [], local: [] }, strong: { de: [], local: [] } });
    // The own text mentioning a word of the group brings the German words too.
    expect(synonymTerms([group], { ...project, text: 'Dolmetscher am Montag' }, 'de').weak.de).toEqual(['Sprachmittler']);
  });
  it('let a narrower word lead to its group without giving it to every page of the group', () => {
    const begegnung: SynonymGroup = { id: 'begegnung', de: ['Begegnung', 'Treff', 'Café'], narrower: ['Sprachcafé'] };
    const languageCafe = { kind: 'project' as const, id: 'a', actionFields: [], text: 'Sprachcafé am Montag' };
    expect(matchesGroup(begegnung, languageCafe)).toBe(true);
    expect(synonymTerms([begegnung], languageCafe, 'de').weak.de).toEqual(['Begegnung', 'Treff', 'Café']);
    const meetingPlace = { kind: 'project' as const, id: 'b', actionFields: [], text: 'Kulturtreff im Quartier' };
    expect(matchesGroup(begegnung, meetingPlace)).toBe(true);
    // "Treff" inside "Kulturtreff" is no prefix Pagefind would find, so the word is added; "Sprachcafé" is not.
    expect(synonymTerms([begegnung], meetingPlace, 'de').weak.de).toEqual(['Begegnung', 'Treff', 'Café']);
    expect(synonymTerms([begegnung], { ...meetingPlace, kind: 'program', id: 'b' }, 'de').weak.de).not.toContain('Sprachcafé');
  });
  it('leave out pages outside the group\'s action fields and pages that do not mention it', () => {
    const scoped: SynonymGroup = { ...group, fields: ['sprache'] };
    expect(matchesGroup(scoped, { kind: 'project', id: 'x', actionFields: ['schule'], text: 'Dolmetscher' })).toBe(false);
    expect(matchesGroup(group, { kind: 'project', id: 'x', actionFields: [], text: 'Sportverein' })).toBe(false);
    expect(matchesGroup(scoped, { kind: 'project', id: 'x', actionFields: ['schule'], text: 'Kurs', keywords: 'Dolmetscher' })).toBe(false);
  });
});

describe('ranking on the page', () => {
  const item = (url: string, title: string) => ({ url, meta: { title } });
  it('puts offerings above taxonomy pages unless such a page is what was searched for', () => {
    const items = [item('/handlungsfelder/sprache/', 'Sprache'), item('/regionen/kassel/', 'Kassel'), item('/programme/integrationskurse/', 'Integrationskurs')];
    expect(offeringsFirst(items, 'sprachkurs').map((i) => i.url)).toEqual(['/programme/integrationskurse/', '/handlungsfelder/sprache/', '/regionen/kassel/']);
    expect(offeringsFirst(items, 'Kassel').map((i) => i.url)[0]).toBe('/regionen/kassel/');
  });
  it('counts offerings on the spot more than those reaching a place from above, within each part', () => {
    const results = [{ id: 'land', score: 10 }, { id: 'vor-ort', score: 5 }, { id: 'weiter', score: 9 }, { id: 'weiter-vor-ort', score: 4 }];
    expect(localFirst(results, 2, new Set(['vor-ort', 'weiter-vor-ort'])).map((r) => r.id)).toEqual(['vor-ort', 'land', 'weiter-vor-ort', 'weiter']);
  });
});

describe('the synonym list for editors', () => {
  it('the committed JSON Schema accepts the shipped list and refuses an unknown key', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const { default: Ajv } = await import('ajv');
    const schema = JSON.parse(readFileSync('public/schema/synonyme.json', 'utf8'));
    delete schema.$schema;
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(parse(readFileSync('content/search/synonyme.yaml', 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate([{ id: 'x', de: ['Wort'], programme: ['y'] }])).toBe(false);
    expect(validate([{ id: 'x', de: ['Wort'], narrower: ['Spezialwort'] }])).toBe(true);
  });
  it('the validator refuses a narrower word that is already a German word of a group, with its line', async () => {
    const { checkSynonymFile } = await import('../../src/lib/validation/synonyms');
    const text = ['- id: begegnung', '  de: [Begegnung, Sprachcafé]', '- id: sprache', '  de: [Sprache]', '  narrower: [Sprachcafé, Sprachkurs]', ''].join('\n');
    const file = { folder: 'search', name: 'synonyme.yaml', path: '/x/search/synonyme.yaml', display: 'content/search/synonyme.yaml', text };
    const problems = checkSynonymFile(file, () => new Set());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 5, column: 14 });
    expect(problems[0]!.message).toContain('„Sprachcafé“ steht schon in der Gruppe „begegnung“ (Zeile 2)');
  });
});
