// src/lib/programme-roles.ts
/** Funding types that pay for work: grants, loans, guarantees, staff. A course, advice, a prize or goods do not. */
var MONEY_TYPES = [
	"zuschuss",
	"darlehen",
	"buergschaft",
	"personalfoerderung"
];
/** Who applies as a person rather than as an organisation. */
var PEOPLE = "privatpersonen";
function programmeRole(programme) {
	const forOrganisationsOnly = programme.eligible.length > 0 && !programme.eligible.includes("privatpersonen");
	const paysForWork = programme.fundingTypes.some((t) => MONEY_TYPES.includes(t));
	return forOrganisationsOnly && paysForWork ? "foerderung" : "leistung";
}
/** Not ended on `today`: running, or planned (a programme that opens later can still fund). */
function notEnded(period, today) {
	return period.end === void 0 || period.end >= today;
}
/**
* The next call: the earliest deadline on or after `today`. A deadline in the past is history, not a
* call; `last` names the most recent past one, so a page can say "no coming deadline (last: …)".
*/
function nextDeadline(deadlines, today) {
	let next;
	let last;
	for (const d of deadlines ?? []) if (d.date >= today) {
		if (!next || d.date < next.date) next = d;
	} else if (!last || d.date > last.date) last = d;
	return {
		next,
		last
	};
}
export { programmeRole as i, nextDeadline as n, notEnded as r, PEOPLE as t };
