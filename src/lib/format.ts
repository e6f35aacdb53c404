/** Dates, numbers and amounts as German readers expect them (Intl, no library needed). */
const dateFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('de-DE');
const moneyFormat = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** "2024-01-31" → "31. Januar 2024". */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export function formatMoney(amount: number): string {
  return moneyFormat.format(amount);
}

/** "1. Oktober 2009 bis 31. Dezember 2013", "seit 1. Januar 2005". */
export function formatPeriod(period: { start: string; end?: string }, today: string): string {
  if (!period.end) return `${period.start > today ? 'ab' : 'seit'} ${formatDate(period.start)}`;
  return `${formatDate(period.start)} bis ${formatDate(period.end)}`;
}

const languageNames = new Intl.DisplayNames(['de'], { type: 'language' });

/** "ar" → "Arabisch". */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}
