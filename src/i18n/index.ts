/** Every language's interface dictionary, by locale. */
import { ar } from './ar';
import { de, type Dictionary } from './de';
import { en } from './en';
import type { Locale } from './locales';

export type { Dictionary };
export * from './locales';

export const dictionaries: Record<Locale, Dictionary> = { de, en, ar };

/**
 * Dictionaries whose text has not been checked by a native speaker yet. Their pages say so in the
 * footer and invite a correction (see /mitmachen/).
 */
export const UNCHECKED_DICTIONARIES: ReadonlySet<Locale> = new Set(['en', 'ar']);
