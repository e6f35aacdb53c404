/**
 * An entry's texts in a page's language: the translation when there is one, otherwise the German
 * original, and in either case the language the text is really in, so a page can mark it.
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

export interface Translation {
  title?: string;
  summary: string;
  body?: string;
  machineTranslated?: boolean;
  /** Action fields: the field as a need in everyday words (Angebotsfinder). */
  need?: string;
  needHint?: string;
}

export interface Translatable {
  title: string;
  summary?: string;
  translations?: Partial<Record<Exclude<Locale, 'de'>, Translation>>;
}

/** A piece of text with the language it is written in. */
export interface LocalText {
  text: string;
  lang: Locale;
}

export interface LocalizedEntry {
  title: LocalText;
  summary?: LocalText;
  /** A translated description, as paragraphs; the German body is the page's own (MDX) content. */
  body?: LocalText & { paragraphs: string[] };
  /** True when the page shows a translation; false when it falls back to German. */
  translated: boolean;
  machineTranslated: boolean;
}

export function translationOf(entry: Translatable, locale: Locale): Translation | undefined {
  return locale === 'de' ? undefined : entry.translations?.[locale];
}

export function localizeEntry(entry: Translatable, locale: Locale): LocalizedEntry {
  const translation = translationOf(entry, locale);
  const german = (text: string): LocalText => ({ text, lang: DEFAULT_LOCALE });
  if (!translation) {
    return {
      title: german(entry.title),
      summary: entry.summary === undefined ? undefined : german(entry.summary),
      translated: locale === DEFAULT_LOCALE,
      machineTranslated: false,
    };
  }
  return {
    title: translation.title ? { text: translation.title, lang: locale } : german(entry.title),
    summary: { text: translation.summary, lang: locale },
    body: translation.body
      ? { text: translation.body, lang: locale, paragraphs: translation.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean) }
      : undefined,
    translated: true,
    machineTranslated: translation.machineTranslated === true,
  };
}

/** Just the title in the page's language (or German), e.g. for facet labels and sorting. */
export function localTitle(entry: Translatable, locale: Locale): LocalText {
  return localizeEntry(entry, locale).title;
}

/** An action field as a need in everyday words, in the page's language where translated; its title otherwise. */
export function localNeed(field: Translatable & { need?: string; needHint?: string }, locale: Locale): { label: LocalText; hint?: LocalText } {
  const translation = translationOf(field, locale);
  const label = translation?.need ? { text: translation.need, lang: locale } : field.need ? { text: field.need, lang: DEFAULT_LOCALE } : localTitle(field, locale);
  const hint = translation?.needHint ? { text: translation.needHint, lang: locale } : field.needHint ? { text: field.needHint, lang: DEFAULT_LOCALE } : localizeEntry(field, locale).summary;
  return { label, hint };
}
