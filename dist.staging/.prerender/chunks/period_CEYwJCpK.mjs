// src/lib/period.ts
/** Status on a day (YYYY-MM-DD): planned before the start, ended after the end, otherwise running. */
function statusOn(period, today) {
	if (period.start > today) return "geplant";
	if (period.end !== void 0 && period.end < today) return "beendet";
	return "laufend";
}
var year = (date) => date.slice(0, 4);
/** "seit 2009", "ab 2027", "2011–2013", "2013"; `words` give "seit"/"ab" in another language. */
function periodLabel(period, today, words = {
	since: "seit",
	from: "ab"
}) {
	if (period.end === void 0) return `${period.start > today ? words.from : words.since} ${year(period.start)}`;
	if (year(period.start) === year(period.end)) return year(period.start);
	return `${year(period.start)}–${year(period.end)}`;
}
/** The calendar years a period touches, up to a last year for open ends. */
function yearsOf(period, lastYear) {
	const first = Number(year(period.start));
	const last = period.end ? Number(year(period.end)) : lastYear;
	const years = [];
	for (let y = first; y <= Math.min(last, lastYear); y++) years.push(y);
	return years;
}
export { statusOn as n, yearsOf as r, periodLabel as t };
