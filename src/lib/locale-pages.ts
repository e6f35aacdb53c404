/**
 * Every page exists in every language (Astro renders each German page again under /en/ and /ar/).
 * Astro skips a fallback page whose rendering failed and only logs it, so the build checks the
 * result: a German page without its counterparts means a language would silently lose pages.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';

/** Built HTML files relative to the output folder, e.g. "en/regionen/kassel/index.html". */
export function missingTranslatedPages(htmlFiles: readonly string[]): { locale: Locale; file: string }[] {
  const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  const all = new Set(htmlFiles);
  const german = htmlFiles.filter((f) => !others.some((l) => f.startsWith(`${l}/`)));
  const missing: { locale: Locale; file: string }[] = [];
  for (const file of german) {
    // The static host's own 404 page lives at the root only; each language has /<lang>/404/.
    const counterpart = file === '404.html' ? '404/index.html' : file;
    for (const locale of others) if (!all.has(`${locale}/${counterpart}`)) missing.push({ locale, file: `${locale}/${counterpart}` });
  }
  return missing;
}
