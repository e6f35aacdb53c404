/**
 * The languages of the interface. German is the default and lives at `/`; the others at `/<code>/`
 * (Astro's i18n routing, astro.config.mjs). Plain data, so src/lib can use it without Astro.
 */
export const LOCALES = ['de', 'en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';

/** BCP 47 tags for Intl. Arabic keeps Western digits, as in addresses, phone numbers and sources. */
export const INTL_LOCALE: Record<Locale, string> = { de: 'de-DE', en: 'en-GB', ar: 'ar-u-nu-latn' };

/** Each language's own name, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { de: 'Deutsch', en: 'English', ar: 'العربية' };

export const dirOf = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

export function asLocale(value: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}

/**
 * The same page in another language: "/en/regionen/kassel/" → "/ar/regionen/kassel/" or "/regionen/kassel/".
 * Paths are given without the base path.
 */
export function pathInLocale(path: string, target: Locale): string {
  const segments = path.split('/');
  const unprefixed = (LOCALES as readonly string[]).includes(segments[1] ?? '') && segments[1] !== DEFAULT_LOCALE ? `/${segments.slice(2).join('/')}` : path;
  return target === DEFAULT_LOCALE ? unprefixed : `/${target}${unprefixed}`;
}
