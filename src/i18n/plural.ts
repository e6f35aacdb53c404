/**
 * Plural forms by the language's own rules (Intl.PluralRules), as govuk-frontend does: each dictionary
 * gives keyed forms (zero, one, two, few, many, other; only `other` is required) and "{n}" is replaced
 * by the number in the language's format. Arabic has all six categories: 0, 1, 2, 3–10 (also 103–110),
 * 11–99 and 100–102 need different words.
 */
import { INTL_LOCALE, type Locale } from './locales';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Locale, { select: (n: number) => Intl.LDMLPluralRule; format: (n: number) => string }>();

function rulesFor(lang: Locale) {
  let found = rules.get(lang);
  if (!found) {
    const pluralRules = new Intl.PluralRules(INTL_LOCALE[lang]);
    const numbers = new Intl.NumberFormat(INTL_LOCALE[lang]);
    found = { select: (n) => pluralRules.select(n), format: (n) => numbers.format(n) };
    rules.set(lang, found);
  }
  return found;
}

export function plural(lang: Locale, n: number, forms: PluralForms): string {
  const { select, format } = rulesFor(lang);
  return (forms[select(n)] ?? forms.other).split('{n}').join(format(n));
}
