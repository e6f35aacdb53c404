/** Dates, numbers and amounts as readers of each language expect them (Intl, no library needed). */
import { INTL_LOCALE, type Locale } from '../i18n/locales';

export interface PeriodWords {
  /** Before a start date in the past ("seit"). */
  since: string;
  /** Before a start date in the future ("ab"). */
  from: string;
  /** Between start and end ("bis"). */
  to: string;
}

const GERMAN_PERIOD: PeriodWords = { since: 'seit', from: 'ab', to: 'bis' };

export interface Formatter {
  date(iso: string): string;
  number(value: number): string;
  money(amount: number): string;
  period(period: { start: string; end?: string }, today: string, words?: PeriodWords): string;
  languageName(code: string): string;
}

const cache = new Map<Locale, Formatter>();

/** One set of formatters per language, built once (Intl objects are costly to create). */
export function formatterFor(locale: Locale): Formatter {
  const cached = cache.get(locale);
  if (cached) return cached;
  const tag = INTL_LOCALE[locale];
  const dateFormat = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const numberFormat = new Intl.NumberFormat(tag);
  const moneyFormat = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const languageNames = new Intl.DisplayNames([tag], { type: 'language' });
  const date = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));
  const formatter: Formatter = {
    date,
    number: (value) => numberFormat.format(value),
    money: (amount) => moneyFormat.format(amount),
    period(period, today, words = GERMAN_PERIOD) {
      if (!period.end) return `${period.start > today ? words.from : words.since} ${date(period.start)}`;
      return `${date(period.start)} ${words.to} ${date(period.end)}`;
    },
    languageName(code) {
      try {
        return languageNames.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
  cache.set(locale, formatter);
  return formatter;
}

const german = formatterFor('de');

/** "2024-01-31" → "31. Januar 2024". */
export const formatDate = (iso: string) => german.date(iso);
export const formatNumber = (value: number) => german.number(value);
export const formatMoney = (amount: number) => german.money(amount);
/** "1. Oktober 2009 bis 31. Dezember 2013", "seit 1. Januar 2005". */
export const formatPeriod = (period: { start: string; end?: string }, today: string) => german.period(period, today);
/** "ar" → "Arabisch". */
export const languageName = (code: string) => german.languageName(code);
