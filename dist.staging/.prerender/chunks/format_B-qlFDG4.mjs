import { r as INTL_LOCALE } from "./de_BWFUOdWk.mjs";
// src/lib/format.ts
/** Dates, numbers and amounts as readers of each language expect them (Intl, no library needed). */
var GERMAN_PERIOD = {
	since: "seit",
	from: "ab",
	to: "bis",
	documented: "belegt seit"
};
/** 2024-01-01 was a Monday: the reference week for weekday names. */
var WEEKDAY_CODES = [
	"mo",
	"di",
	"mi",
	"do",
	"fr",
	"sa",
	"so"
];
var cache = /* @__PURE__ */ new Map();
/** One set of formatters per language, built once (Intl objects are costly to create). */
function formatterFor(locale) {
	const cached = cache.get(locale);
	if (cached) return cached;
	const tag = INTL_LOCALE[locale];
	const dateFormat = new Intl.DateTimeFormat(tag, {
		day: "numeric",
		month: "long",
		year: "numeric",
		timeZone: "UTC"
	});
	const numberFormat = new Intl.NumberFormat(tag);
	const moneyFormat = new Intl.NumberFormat(tag, {
		style: "currency",
		currency: "EUR",
		maximumFractionDigits: 0
	});
	const languageNames = new Intl.DisplayNames([tag], { type: "language" });
	const date = (iso) => dateFormat.format(/* @__PURE__ */ new Date(`${iso}T00:00:00Z`));
	const weekdayFormat = new Intl.DateTimeFormat(tag, {
		weekday: "short",
		timeZone: "UTC"
	});
	const weekdayNames = WEEKDAY_CODES.map((_, i) => weekdayFormat.format(new Date(Date.UTC(2024, 0, 1 + i))));
	const listFormat = new Intl.ListFormat(tag, {
		style: "short",
		type: "conjunction"
	});
	const formatter = {
		date,
		number: (value) => numberFormat.format(value),
		money: (amount) => moneyFormat.format(amount),
		period(period, today, words = GERMAN_PERIOD) {
			if (period.startKind === "belegt-seit") return `${words.documented} ${date(period.start)}${period.end ? `, ${words.to} ${date(period.end)}` : ""}`;
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
		}
	};
	cache.set(locale, formatter);
	return formatter;
}
formatterFor("de");
export { formatterFor as t };
