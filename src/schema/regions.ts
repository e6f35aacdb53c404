import { z } from 'zod';
import { documented, email, httpsUrl, idRef, oneOf, phone, text, type RefFactory } from './common';

export const REGION_KINDS = [
  'eu',
  'bund',
  'land',
  'regierungsbezirk',
  'landkreis',
  'kreisfreie-stadt',
  'sonderstatusstadt',
  'gemeinde',
] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

export const coordinationSchema = z.strictObject(
  documented(
    {
      name: text(),
      email: email.optional(),
      phone: phone.optional(),
      url: httpsUrl.optional(),
      address: text().optional(),
    },
    {
      name: 'Name der Stelle, z. B. „Koordinationsbüro Integration“',
      email: 'E-Mail-Adresse der Stelle',
      phone: 'Telefonnummer der Stelle',
      url: 'Internetseite der Stelle (https://…)',
      address: 'Postanschrift in einer Zeile',
    },
  ),
);

export function regionSchema(ref: RefFactory = idRef) {
  return z.strictObject(documented({
    name: text(),
    kind: oneOf(REGION_KINDS),
    parent: ref('regions').optional(),
    ags: z
      .string({ error: 'erwartet wird der Amtliche Gemeindeschlüssel als Text in Anführungszeichen, z. B. "06611"' })
      .regex(/^(\d{2}|\d{3}|\d{5}|\d{8})$/, { error: 'erwartet werden 2, 3, 5 oder 8 Ziffern' })
      .optional(),
    /** Optional: the official name with its status suffix, e.g. "Wetzlar, Stadt". */
    officialName: text().optional(),
    /** Optional: one of the six "Modellregionen Integration" (2009–2013). */
    modelRegion: z.boolean({ error: 'erwartet wird true oder false' }).optional(),
    coordination: coordinationSchema.optional(),
    population: z
      .number({ error: 'erwartet wird eine Zahl' })
      .int({ error: 'erwartet wird eine ganze Zahl' })
      .min(0, { error: 'darf nicht negativ sein' })
      .optional(),
    populationYear: z
      .number({ error: 'erwartet wird eine Jahreszahl' })
      .int({ error: 'erwartet wird eine Jahreszahl' })
      .min(1900, { error: 'erwartet wird eine Jahreszahl ab 1900' })
      .optional(),
    sources: z
      .array(z.strictObject(documented({ url: httpsUrl, title: text().optional() }, { url: 'Adresse der Quelle (https://…)', title: 'Titel der Quelle' })))
      .optional(),
  }, {
    name: 'Name, wie man ihn sagt, z. B. „Offenbach am Main“ oder „Main-Kinzig-Kreis“',
    kind: 'Art der Region: eu, bund, land, regierungsbezirk, landkreis, kreisfreie-stadt, sonderstatusstadt oder gemeinde',
    parent: 'Kennung der Region, in der diese Region liegt (fehlt nur bei der obersten Region)',
    ags: 'Amtlicher Gemeindeschlüssel in Anführungszeichen: 2, 3, 5 oder 8 Ziffern',
    officialName: 'Amtlicher Name mit Zusatz, z. B. „Wetzlar, Stadt“',
    modelRegion: 'true für die sechs Modellregionen Integration (2009–2013)',
    coordination: 'Koordinationsstelle vor Ort mit Name und Kontakt',
    population: 'Einwohnerzahl (ganze Zahl)',
    populationYear: 'Jahr, auf das sich die Einwohnerzahl bezieht',
    sources: 'Quellen für Schlüssel und Zahlen',
  }));
}
export type Region = z.output<ReturnType<typeof regionSchema>>;
