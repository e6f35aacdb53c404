/**
 * Building blocks shared by the collection schemas. The schemas are the single definition of the
 * content model (README, "Content model"): Astro's collections, the validator and the JSON Schema
 * for editors are all derived from them.
 */
import { z } from 'zod';
import { nonPublicHostReason } from './public-host';
/** Entry ids: the file name without extension, lowercase a–z, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Collections, in the order a person meets them. */
export const COLLECTIONS = [
  'regions',
  'action-fields',
  'target-groups',
  'organizations',
  'programs',
  'projects',
  'surveys',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** File types each collection accepts. */
export const COLLECTION_EXTENSIONS: Record<CollectionName, readonly string[]> = {
  regions: ['.yaml'],
  'action-fields': ['.yaml'],
  'target-groups': ['.yaml'],
  organizations: ['.yaml'],
  programs: ['.yaml', '.mdx'],
  projects: ['.yaml', '.mdx'],
  surveys: ['.yaml'],
};


/**
 * How a schema refers to another collection. The validator passes a plain id check; Astro's
 * content config passes `reference()`, so both are built from the same schema.
 */
export type RefFactory = (collection: CollectionName) => z.ZodType<string>;

/** Marks which schema nodes are references, so the validator can find and check them. */
export const referenceRegistry = z.registry<{ collection: CollectionName }>();

export const idRef: RefFactory = (collection) =>
  z
    .string({ error: 'erwartet wird eine Kennung (Text)' })
    .regex(ID_PATTERN, {
      error: 'erwartet wird eine Kennung aus Kleinbuchstaben a–z, Ziffern und Bindestrichen',
    })
    .register(referenceRegistry, { collection });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A calendar day. Astro reads YAML with js-yaml, which turns an unquoted 2024-01-01 into a Date;
 * the validator's `yaml` package keeps it a string. Both normalise to "YYYY-MM-DD".
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'erwartet wird ein Datum im Format JJJJ-MM-TT' })
    .regex(ISO_DATE, { error: 'erwartet wird ein Datum im Format JJJJ-MM-TT, z. B. 2024-01-31' })
    .refine(isRealDate, { error: 'dieses Datum gibt es nicht im Kalender' }),
).meta({ format: 'date' });

const WEB_PROTOCOLS = ['https:', 'http:'];

function hasProtocol(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Refuses private, loopback and link-local addresses and local host names (the source watcher fetches these URLs). */
function publicHost(value: string, ctx: z.core.$RefinementCtx<string>) {
  const reason = nonPublicHostReason(value);
  if (reason) ctx.addIssue({ code: 'custom', message: reason, input: value });
}

/** Any web address (http or https) on the public internet, e.g. for sources. */
export const webUrl = z
  .string({ error: 'erwartet wird eine Webadresse' })
  .refine((value) => hasProtocol(value, WEB_PROTOCOLS), {
    error: 'erwartet wird eine vollständige Webadresse, die mit https:// oder http:// beginnt',
    abort: true,
  })
  .superRefine(publicHost);

/** An official page: https only, on the public internet. */
export const httpsUrl = z
  .string({ error: 'erwartet wird eine Webadresse' })
  .refine((value) => hasProtocol(value, ['https:']), {
    error: 'erwartet wird eine sichere Webadresse, die mit https:// beginnt',
    abort: true,
  })
  .superRefine(publicHost);

export const email = z
  .string({ error: 'erwartet wird eine E-Mail-Adresse' })
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'erwartet wird eine E-Mail-Adresse wie name@beispiel.de' });

export const phone = z
  .string({ error: 'erwartet wird eine Telefonnummer als Text' })
  .regex(/^\+?[0-9 ()/-]{5,}$/, { error: 'erwartet wird eine Telefonnummer aus Ziffern, Leerzeichen, +, /, - oder Klammern' });

export const text = (max?: number) => {
  const base = z
    .string({ error: 'erwartet wird ein Text' })
    .trim()
    .min(1, { error: 'darf nicht leer sein' });
  return max ? base.max(max, { error: `darf höchstens ${max} Zeichen lang sein` }) : base;
};

/** A closed list of German slugs. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `erwartet wird einer dieser Werte: ${values.join(', ')}` });
}

/** A non-empty list without repeats. */
export function listOf<T extends z.ZodType>(item: T, what: string) {
  return z
    .array(item, { error: `erwartet wird eine Liste (${what})` })
    .min(1, { error: `erwartet wird mindestens ein Eintrag (${what})` })
    .refine((items) => new Set(items.map((i) => JSON.stringify(i))).size === items.length, {
      error: 'jeder Eintrag darf nur einmal vorkommen',
    });
}

export const ISO_639_1 = /^[a-z]{2}$/;

/**
 * Attaches German descriptions to the fields of an object shape. They feed the JSON Schema for
 * editors, CONTRIBUTING.md and /mitmachen/, so the explanation of a field lives beside its rule.
 */
export function documented<S extends Record<string, z.ZodType>>(shape: S, docs: { [K in keyof S]: string }): S {
  const out: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const described = schema.describe(docs[key as keyof S]);
    const reference = referenceRegistry.get(schema);
    if (reference) described.register(referenceRegistry, reference);
    out[key] = described;
  }
  return out as S;
}

/** Languages a text can be translated into; German is the source language of every entry. */
export const TRANSLATION_LANGUAGES = ['en', 'ar'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/**
 * Optional translations of an entry's texts (`translations: { en: { title, summary, body } }`).
 * A page in that language shows them; without one it shows the German text, marked as German.
 */
export function translationsSchema(titleMax: number, extra: { shape: Record<string, z.ZodType>; docs: Record<string, string> } = { shape: {}, docs: {} }) {
  const entry = z.strictObject(
    documented(
      {
        title: text(titleMax).optional(),
        summary: text(300),
        body: text().optional(),
        machineTranslated: z.boolean({ error: 'erwartet wird true oder false' }).optional(),
        ...extra.shape,
      },
      {
        title: `Übersetzter Name (höchstens ${titleMax} Zeichen); weglassen, wenn der Name gleich bleibt`,
        summary: 'Übersetzte Zusammenfassung (höchstens 300 Zeichen)',
        body: 'Übersetzte Beschreibung als Text; Absätze durch eine Leerzeile getrennt',
        machineTranslated: 'true, solange die Übersetzung maschinell ist oder noch nicht von einem Menschen mit dieser Muttersprache geprüft wurde',
        ...extra.docs,
      },
    ),
  );
  return z.strictObject(
    documented(
      { en: entry.optional(), ar: entry.optional() },
      { en: 'Englische Übersetzung', ar: 'Arabische Übersetzung' },
    ),
    { error: 'erwartet werden Übersetzungen unter den Sprachcodes en oder ar' },
  );
}

export const TRANSLATIONS_DOC = 'Übersetzungen von Name und Zusammenfassung, je Sprache (en, ar) mit title, summary, body und machineTranslated';
