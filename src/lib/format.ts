/** Dates, numbers and amounts as readers of each language expect them (Intl, no library needed). */
import { INTL_LOCALE, type Locale } from '../i18n/locales';

export interface PeriodWords {
  /** Before a start date in the past ("seit"). */
  since: string;
  /** Before a start date in the future ("ab"). */
  from: string;
  /** Between start and end ("bis"). */
  to: string;
  /** Before a start that is only the earliest evidence, not the real beginning ("belegt seit"). */
  documented: string;
}

const GERMAN_PERIOD: PeriodWords = { since: 'seit', from: 'ab', to: 'bis', documented: 'belegt seit' };

type PeriodLike = { start: string; end?: string; startKind?: 'beginn' | 'belegt-seit' };

export interface Formatter {
  date(iso: string): string;
  number(value: number): string;
  money(amount: number): string;
  period(period: PeriodLike, today: string, words?: PeriodWords): string;
  languageName(code: string): string;
  /** Short weekday names ("Mo., Di."), from the schema's codes mo … so. */
  weekdays(days: readonly string[]): string;
}

/** 2024-01-01 was a Monday: the reference week for weekday names. */
const WEEKDAY_CODES = ['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'];

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
  const weekdayFormat = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' });
  const weekdayNames = WEEKDAY_CODES.map((_, i) => weekdayFormat.format(new Date(Date.UTC(2024, 0, 1 + i))));
  const listFormat = new Intl.ListFormat(tag, { style: 'short', type: 'conjunction' });
  const formatter: Formatter = {
    date,
    number: (value) => numberFormat.format(value),
    money: (amount) => moneyFormat.format(amount),
    period(period, today, words = GERMAN_PERIOD) {
      if (period.startKind === 'belegt-seit') return `${words.documented} ${date(period.start)}${period.end ? `, ${words.to} ${date(period.end)}` : ''}`;
      if (!period.end) return `${period.start > today ? words.from : words.since} ${date(period.start)}`;
      return `${date(period.start)} ${words.to} ${date(period.end)}`;
    },
    weekdays: (days) => listFormat.format(days.map((d) => weekdayNames[WEEKDAY_CODES.indexOf(d)] ?? d)),
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
export const formatPeriod = (period: PeriodLike, today: string) => german.period(period, today);
/** "ar" → "Arabisch". */
export const languageName = (code: string) => german.languageName(code);
