/**
 * The relevance suite's queries: what citizens, advisors and municipal staff type, with the entries
 * that must come first. Expected answers come from what content/ holds (the comment after a case
 * names the text that makes it the answer), not from what the engine happens to return.
 *
 * - `top3`: every item must appear among the first three hits; an array item means "one of these".
 * - `top1`: acceptable first hits (default: every id named in `top3`).
 * - `absent`: entries that must not appear anywhere in the hits (wrong place, wrong topic).
 * Ids are `<collection>/<file name>`, e.g. `programs/integrationskurse`.
 */
export type Lang = 'de' | 'en' | 'ar';

export interface RelevanceCase {
  q: string;
  lang: Lang;
  who: 'citizen' | 'advisor' | 'municipality';
  top3: (string | string[])[];
  top1?: string[];
  absent?: string[];
}

const FLUECHTLINGSBERATUNG = [
  'projects/fluechtlingsberatung-diakonie-marburg-biedenkopf',
  'projects/fluechtlingsberatung-diakonische-fluechtlingshilfe-hanau',
  'projects/fluechtlingsberatung-diakonisches-werk-schwalm-eder-kreis',
  'projects/migrationsberatung-diakonie-hanau-main-kinzig',
];
const DOLMETSCHEN = [
  'projects/dolma-dolmetscherservice-marburg-biedenkopf',
  'projects/dolmetsch-pool-kreis-gross-gerau',
  'programs/wir-laiendolmetschende',
  'projects/laien-dolmetschende-landkreis-giessen',
  'projects/laiendolmetschende-main-taunus-kreis',
  'projects/kulturdolmetscher-schulen-kitas-werra-meissner-kreis',
  'projects/sprach-und-integrationsmittlung-drk-darmstadt',
];
const KITA = [
  'programs/sprach-kitas-hessen',
  'programs/sprach-kitas-bundesprogramm',
  'programs/schwerpunkt-kita-pauschale',
  'programs/sprachfoerderung-kindergartenalter',
  'programs/kita-einstieg',
  'programs/vorlaufkurse',
  'projects/snajka-spielkreis-ukrainische-kinder-wetzlar',
];
const HANAU_FLUCHT = ['projects/fluechtlingsberatung-diakonische-fluechtlingshilfe-hanau', 'projects/migrationsberatung-diakonie-hanau-main-kinzig'];
const MBE_KASSEL = ['projects/mbe-diakonisches-werk-region-kassel', 'projects/mbe-kulturzentrum-schlachthof-kassel'];
const MBE_WOHNUNG = [
  'programs/migrationsberatung-fuer-erwachsene-zuwanderer',
  'projects/mbe-caritas-frankfurt',
  'projects/migrationsberatung-diakonie-hanau-main-kinzig',
  'projects/mbe-jmd-sprechstunde-buergerbuero-offenbach',
];

export const CASES: RelevanceCase[] = [
  // --- German: everyday words for official names ---
  // Integrationskurs: "600 Stunden Sprachkurs … Deutsch-Test für Zuwanderer": the standard German course.
  { q: 'Deutschkurs', lang: 'de', who: 'citizen', top3: ['programs/integrationskurse'], top1: ['programs/integrationskurse', 'projects/integrationskurse-vhs-region-kassel', 'projects/integrationskurse-vhs-offenbach', 'projects/integrationskurse-vhs-wetterau', 'projects/deutschkurse-izf-friedberg', 'projects/deutsch4u-kurse-vhs-odenwaldkreis'], absent: ['programs/integration-durch-sport', 'projects/auslaenderbeirat-darmstadt'] },
  { q: 'Deutsch lernen', lang: 'de', who: 'citizen', top3: ['programs/integrationskurse'], absent: ['projects/auslaenderbeirat-darmstadt'] },
  { q: 'Sprachkurs für Frauen', lang: 'de', who: 'citizen', top3: ['projects/deutschkurs-gefluechtete-frauen-windrose-oberursel'], top1: ['projects/deutschkurs-gefluechtete-frauen-windrose-oberursel', 'programs/mia-migrantinnen-einfach-stark-im-alltag', 'programs/integrationskurse', 'programs/mitsprache-deutsch4u'] },
  // "Sprach- und Integrationskurs mit Kinderbetreuung in Bad Hersfeld"
  { q: 'Integrationskurs mit Kinderbetreuung', lang: 'de', who: 'citizen', top3: ['projects/integrationskurs-kinderbetreuung-bad-hersfeld'] },
  { q: 'Dolmetscher', lang: 'de', who: 'citizen', top3: [DOLMETSCHEN], absent: ['programs/integration-durch-sport'] },
  // DRK Darmstadt: "Sprach- und Integrationsmittlerinnen … übersetzen … bei Arztterminen": the interpreters there.
  { q: 'Dolmetscher Darmstadt', lang: 'de', who: 'advisor', top3: ['projects/sprach-und-integrationsmittlung-drk-darmstadt'], absent: ['projects/dolma-dolmetscherservice-marburg-biedenkopf'] },
  { q: 'Sprachmittler', lang: 'de', who: 'advisor', top3: ['projects/sprach-und-integrationsmittlung-drk-darmstadt'], top1: DOLMETSCHEN },
  { q: 'Übersetzer für Arzttermin', lang: 'de', who: 'citizen', top3: [DOLMETSCHEN] },
  { q: 'Flüchtlingsberatung', lang: 'de', who: 'advisor', top3: [FLUECHTLINGSBERATUNG] },
  { q: 'Beratung für Flüchtlinge in Hanau', lang: 'de', who: 'citizen', top3: [HANAU_FLUCHT], absent: ['projects/fluechtlingsberatung-diakonie-marburg-biedenkopf'] },
  // A long question with verbs: every noun matches good offerings.
  { q: 'Wo finde ich Hilfe für Geflüchtete in Hanau?', lang: 'de', who: 'citizen', top3: [HANAU_FLUCHT], top1: [...HANAU_FLUCHT, 'projects/mobile-fluechtlingshilfe-drk-hanau-schoeneck', 'projects/integrationslotsen-hanau'], absent: ['projects/fluechtlingsberatung-diakonie-marburg-biedenkopf'] },
  { q: 'Schutzsuchende Beratung', lang: 'de', who: 'advisor', top3: [[...FLUECHTLINGSBERATUNG, 'programs/asylverfahrensberatung']] },
  // Anerkennungszuschuss: "Kosten der Anerkennung eines ausländischen Berufsabschlusses"; IQ: "Anerkennungs- und Qualifizierungsberatung".
  { q: 'Anerkennung ausländischer Berufsabschluss', lang: 'de', who: 'citizen', top3: ['programs/anerkennungszuschuss'], top1: ['programs/anerkennungszuschuss', 'programs/integration-durch-qualifizierung-iq'] },
  { q: 'Berufsanerkennung', lang: 'de', who: 'advisor', top3: ['programs/anerkennungszuschuss'], top1: ['programs/anerkennungszuschuss', 'programs/integration-durch-qualifizierung-iq'] },
  { q: 'Zeugnis anerkennen lassen', lang: 'de', who: 'citizen', top3: [['programs/anerkennungszuschuss', 'programs/integration-durch-qualifizierung-iq']] },
  { q: 'Kindergarten', lang: 'de', who: 'citizen', top3: ['programs/sprachfoerderung-kindergartenalter'], top1: KITA },
  { q: 'Kita Sprachförderung', lang: 'de', who: 'municipality', top3: [['programs/sprach-kitas-hessen', 'programs/sprachfoerderung-kindergartenalter']], top1: KITA },
  // Snajka: "Spiel- und Lernkreis für ukrainische Vorschulkinder".
  { q: 'Spielgruppe für ukrainische Kinder', lang: 'de', who: 'citizen', top3: ['projects/snajka-spielkreis-ukrainische-kinder-wetzlar'] },
  // Job-Turbo: "vermitteln Geflüchtete … früh in Arbeit".
  { q: 'Job finden', lang: 'de', who: 'citizen', top3: ['programs/job-turbo'], top1: ['programs/job-turbo', 'programs/my-turn', 'programs/esf-plus-wir-netzwerke-integrieren-gefluechtete'] },
  { q: 'Arbeit für Geflüchtete', lang: 'de', who: 'advisor', top3: [['programs/job-turbo', 'programs/esf-plus-wir-netzwerke-integrieren-gefluechtete']] },
  { q: 'Frauen mit Migrationserfahrung Arbeit', lang: 'de', who: 'advisor', top3: ['programs/my-turn'] },
  // QuABB: "Ausbildungsbegleiterinnen und -begleiter an Berufsschulen … gegen Ausbildungsabbrüche".
  { q: 'Ausbildungsabbruch verhindern', lang: 'de', who: 'advisor', top3: ['programs/quabb'] },
  // No housing offering as such: migration counselling names "Wohnung" / "Wohnungssuche" / "Wohnen".
  { q: 'Wohnung suchen', lang: 'de', who: 'citizen', top3: [MBE_WOHNUNG], top1: MBE_WOHNUNG },
  { q: 'Arzt', lang: 'de', who: 'citizen', top3: [['projects/sprach-und-integrationsmittlung-drk-darmstadt', 'projects/mobile-fluechtlingshilfe-drk-gelnhausen-schluechtern', 'projects/dolma-dolmetscherservice-marburg-biedenkopf', 'projects/wir-foerdern-gesundheit-landkreis-darmstadt-dieburg', 'projects/arbeitskreis-migration-und-gesundheit-darmstadt']], absent: ['programs/integration-durch-sport'] },
  { q: 'Hausaufgabenhilfe', lang: 'de', who: 'citizen', top3: ['projects/hausaufgabenhilfe-lernfoerderung-marburg-biedenkopf'] },
  { q: 'Nachhilfe', lang: 'de', who: 'citizen', top3: ['projects/hausaufgabenhilfe-lernfoerderung-marburg-biedenkopf'] },
  // A compound typed as one word: "Integration durch Sport", "Sport integriert Hessen" (Sportangebote von Vereinen).
  { q: 'Sportverein', lang: 'de', who: 'citizen', top3: ['programs/integration-durch-sport', 'programs/sport-integriert-hessen'] },
  { q: 'Fussball gegen Rassismus', lang: 'de', who: 'municipality', top3: ['projects/die-null-muss-stehen-waldeck-frankenberg'] },
  { q: 'Antidiskriminierungsstelle', lang: 'de', who: 'citizen', top3: ['projects/adinet-antidiskriminierung-landkreis-giessen'] },
  { q: 'Stipendium für Schüler', lang: 'de', who: 'citizen', top3: ['programs/start-stipendium-hessen'], top1: ['programs/start-stipendium-hessen', 'projects/diesterweg-stipendium-offenbach'] },
  { q: 'Asylverfahren Beratung', lang: 'de', who: 'advisor', top3: ['programs/asylverfahrensberatung'] },
  { q: 'Seiteneinsteiger Schule', lang: 'de', who: 'advisor', top3: [['programs/intensivklassen', 'programs/intea']] },
  // --- official short names ---
  { q: 'MBE', lang: 'de', who: 'advisor', top3: ['programs/migrationsberatung-fuer-erwachsene-zuwanderer'] },
  { q: 'JMD', lang: 'de', who: 'advisor', top3: ['programs/jugendmigrationsdienste'] },
  { q: 'IQ', lang: 'de', who: 'advisor', top3: ['programs/integration-durch-qualifizierung-iq'] },
  { q: 'BSK', lang: 'de', who: 'advisor', top3: ['programs/berufssprachkurse'] },
  // --- places: offerings that reach the place come first, nothing from elsewhere ---
  { q: 'Migrationsberatung Kassel', lang: 'de', who: 'citizen', top3: [MBE_KASSEL], absent: ['projects/mbe-caritas-frankfurt', 'projects/mbe-caritas-hanau'] },
  { q: 'Jugendmigrationsdienst Kassel', lang: 'de', who: 'citizen', top3: [['projects/jmd-caritas-nordhessen-kassel', 'projects/jmd-internationaler-bund-kassel']], absent: ['projects/jmd-caritas-frankfurt'] },
  // Wetzlar lies in the Lahn-Dill-Kreis: the Kreis's counselling reaches it from above.
  { q: 'Beratung Wetzlar', lang: 'de', who: 'citizen', top3: [['projects/migrationsberatung-ib-stadtbibliothek-wetzlar', 'projects/beratung-migration-flucht-diakonie-lahn-dill']], absent: ['projects/mbe-caritas-hanau'] },
  { q: 'Deutschkurs Oberursel', lang: 'de', who: 'citizen', top3: ['projects/deutschkurs-gefluechtete-frauen-windrose-oberursel'], top1: ['projects/deutschkurs-gefluechtete-frauen-windrose-oberursel', 'projects/babbel-sprachcafe-windrose-oberursel', 'programs/integrationskurse'], absent: ['projects/deutschkurse-izf-friedberg'] },
  // Bad Homburg has no local course: the Bund's Integrationskurs reaches it from above.
  { q: 'Integrationskurs Bad Homburg', lang: 'de', who: 'citizen', top3: ['programs/integrationskurse'], absent: ['projects/integrationskurse-vhs-marburg'] },
  { q: 'Integrationslotsen Hanau', lang: 'de', who: 'citizen', top3: ['projects/integrationslotsen-hanau'], absent: ['projects/integrationslotsen-giessen'] },
  { q: 'Ausländerbeirat Darmstadt', lang: 'de', who: 'municipality', top3: ['projects/auslaenderbeirat-darmstadt'], absent: ['projects/auslaenderbeirat-giessen'] },
  { q: 'Ehrenamtliche Dolmetscher Gießen', lang: 'de', who: 'advisor', top3: ['projects/laien-dolmetschende-landkreis-giessen'] },
  // --- municipal staff ---
  { q: 'Förderung Integrationsstrategie Kommune', lang: 'de', who: 'municipality', top3: ['programs/kommunale-vielfalts-und-integrationsstrategien'] },
  { q: 'Fördermittel für Migrantenorganisationen', lang: 'de', who: 'municipality', top3: ['programs/wir-migrantenorganisationen'], top1: ['programs/wir-migrantenorganisationen', 'programs/kompetenzzentrum-vielfalt-hessen'] },
  { q: 'Quartiersmanagement', lang: 'de', who: 'municipality', top3: [['projects/quartiersmanagement-dalheim-wetzlar', 'programs/sozialer-zusammenhalt', 'programs/gemeinwesenarbeit-hessen']] },
  { q: 'Welche Förderprogramme gibt es für Sportvereine?', lang: 'de', who: 'municipality', top3: [['programs/integration-durch-sport', 'programs/sport-integriert-hessen']] },
  { q: 'Integrationspreis', lang: 'de', who: 'municipality', top3: ['programs/hessischer-integrationspreis'], top1: ['programs/hessischer-integrationspreis', 'projects/integrationspreis-hochtaunuskreis', 'projects/integrationspreis-lahn-dill-kreis', 'projects/integrationspreis-stadt-offenbach', 'projects/integrationspreis-wetzlar'] },

  // --- English on /en/suche/ ---
  { q: 'German course', lang: 'en', who: 'citizen', top3: ['programs/integrationskurse'], top1: ['programs/integrationskurse', 'programs/berufssprachkurse', 'programs/vorlaufkurse'] },
  { q: 'interpreter', lang: 'en', who: 'citizen', top3: [DOLMETSCHEN] },
  { q: 'refugee counselling', lang: 'en', who: 'advisor', top3: [FLUECHTLINGSBERATUNG] },
  { q: 'recognition of foreign qualifications', lang: 'en', who: 'citizen', top3: [['programs/anerkennungszuschuss', 'programs/integration-durch-qualifizierung-iq']] },
  { q: 'kindergarten', lang: 'en', who: 'citizen', top3: [KITA] },
  { q: 'find a job', lang: 'en', who: 'citizen', top3: ['programs/job-turbo'], top1: ['programs/job-turbo', 'programs/my-turn', 'programs/esf-plus-wir-netzwerke-integrieren-gefluechtete'] },
  { q: 'migration advice Kassel', lang: 'en', who: 'citizen', top3: [MBE_KASSEL], absent: ['projects/mbe-caritas-frankfurt'] },

  // --- Arabic on /ar/suche/ ---
  // "دورة لغة ألمانية": German language course.
  { q: 'دورة لغة ألمانية', lang: 'ar', who: 'citizen', top3: ['programs/integrationskurse'] },
  // "مترجم": interpreter.
  { q: 'مترجم', lang: 'ar', who: 'citizen', top3: [DOLMETSCHEN] },
  // "استشارة للاجئين": counselling for refugees.
  { q: 'استشارة للاجئين', lang: 'ar', who: 'citizen', top3: [FLUECHTLINGSBERATUNG] },
  // "روضة أطفال": kindergarten.
  { q: 'روضة أطفال', lang: 'ar', who: 'citizen', top3: [KITA] },
  // "البحث عن عمل": looking for work.
  { q: 'البحث عن عمل', lang: 'ar', who: 'citizen', top3: ['programs/job-turbo'], top1: ['programs/job-turbo', 'programs/my-turn', 'programs/esf-plus-wir-netzwerke-integrieren-gefluechtete'] },
];
