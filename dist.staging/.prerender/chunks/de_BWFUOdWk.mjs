// src/i18n/locales.ts
/**
* The languages of the interface. German is the default and lives at `/`; the others at `/<code>/`
* (Astro's i18n routing, astro.config.mjs). Plain data, so src/lib can use it without Astro.
*/
var LOCALES = [
	"de",
	"en",
	"ar"
];
/** BCP 47 tags for Intl. Arabic keeps Western digits, as in addresses, phone numbers and sources. */
var INTL_LOCALE = {
	de: "de-DE",
	en: "en-GB",
	ar: "ar-u-nu-latn"
};
/** Each language's own name, for the language switcher. */
var LOCALE_NAMES = {
	de: "Deutsch",
	en: "English",
	ar: "العربية"
};
var dirOf = (locale) => locale === "ar" ? "rtl" : "ltr";
function asLocale(value) {
	return LOCALES.includes(value ?? "") ? value : "de";
}
/**
* The same page in another language: "/en/regionen/kassel/" → "/ar/regionen/kassel/" or "/regionen/kassel/".
* Paths are given without the base path.
*/
function pathInLocale(path, target) {
	const segments = path.split("/");
	const unprefixed = LOCALES.includes(segments[1] ?? "") && segments[1] !== "de" ? `/${segments.slice(2).join("/")}` : path;
	return target === "de" ? unprefixed : `/${target}${unprefixed}`;
}
// src/i18n/plural.ts
/**
* Plural forms by the language's own rules (Intl.PluralRules), as govuk-frontend does: each dictionary
* gives keyed forms (zero, one, two, few, many, other; only `other` is required) and "{n}" is replaced
* by the number in the language's format. Arabic has all six categories: 0, 1, 2, 3–10 (also 103–110),
* 11–99 and 100–102 need different words.
*/
var rules = /* @__PURE__ */ new Map();
function rulesFor(lang) {
	let found = rules.get(lang);
	if (!found) {
		const pluralRules = new Intl.PluralRules(INTL_LOCALE[lang]);
		const numbers = new Intl.NumberFormat(INTL_LOCALE[lang]);
		found = {
			select: (n) => pluralRules.select(n),
			format: (n) => numbers.format(n)
		};
		rules.set(lang, found);
	}
	return found;
}
function plural(lang, n, forms) {
	const { select, format } = rulesFor(lang);
	return (forms[select(n)] ?? forms.other).split("{n}").join(format(n));
}
// src/i18n/de.ts
/**
* All interface text of the site, in German: headings, labels, buttons and the labels of enum slugs.
* A second language is one more file with the same keys.
*/
var de = {
	site: {
		name: "Förderatlas",
		tagline: "Förderprogramme und Angebote für Integration in Hessen",
		skipLink: "Zum Inhalt springen",
		searchLabel: "Suche im Förderatlas",
		searchPlaceholder: "z. B. Deutschkurs, Beratung Offenbach",
		searchButton: "Suchen",
		mainNav: "Hauptnavigation",
		footerNav: "Weitere Seiten",
		breadcrumb: "Sie sind hier",
		home: "Startseite",
		example: "Beispiel",
		exampleNote: "Dieser Eintrag ist ein erfundenes Beispiel. Er zeigt, wie der Katalog funktioniert, und beschreibt kein echtes Angebot.",
		imprint: "Impressum",
		privacy: "Datenschutz",
		footerNote: "Ein offener Katalog, entstanden aus dem Landesprogramm „Modellregionen Integration“. Ohne Tracking, ohne Cookies, ohne Inhalte von fremden Servern."
	},
	nav: {
		offerings: "Angebote",
		programs: "Programme",
		projects: "Projekte",
		actionFields: "Handlungsfelder",
		targetGroups: "Zielgruppen",
		regions: "Regionen",
		organizations: "Träger und Geldgeber",
		compare: "Vergleich",
		overlaps: "Überschneidungen",
		coverage: "Abdeckung",
		monitoring: "Monitoring",
		data: "Daten",
		contribute: "Mitmachen",
		accessibility: "Barrierefreiheit",
		search: "Suche"
	},
	kind: {
		program: "Programm",
		project: "Projekt"
	},
	kindPlural: {
		program: "Programme",
		project: "Projekte"
	},
	status: {
		laufend: "läuft",
		beendet: "beendet",
		geplant: "geplant"
	},
	regionKind: {
		eu: "Europäische Union",
		bund: "Bund",
		land: "Land",
		regierungsbezirk: "Regierungsbezirk",
		landkreis: "Landkreis",
		"kreisfreie-stadt": "Kreisfreie Stadt",
		sonderstatusstadt: "Sonderstatusstadt",
		gemeinde: "Gemeinde"
	},
	organizationKind: {
		"eu-institution": "EU-Institution",
		bundesbehoerde: "Bundesbehörde",
		landesbehoerde: "Landesbehörde",
		kommune: "Kommune",
		wohlfahrtsverband: "Wohlfahrtsverband",
		verein: "Verein",
		migrantenorganisation: "Migrantenorganisation",
		stiftung: "Stiftung",
		bildungstraeger: "Bildungsträger",
		unternehmen: "Unternehmen",
		sonstige: "Sonstige"
	},
	level: {
		eu: "EU",
		bund: "Bund",
		land: "Land",
		kommune: "Kommune",
		stiftung: "Stiftung",
		sonstige: "Sonstige"
	},
	fundingType: {
		zuschuss: "Zuschuss",
		darlehen: "Darlehen",
		buergschaft: "Bürgschaft",
		sachleistung: "Sachleistung",
		beratung: "Beratung",
		kursangebot: "Kursangebot",
		personalfoerderung: "Personalförderung",
		preis: "Preis",
		sonstige: "Sonstige"
	},
	eligible: {
		privatpersonen: "Privatpersonen",
		kommunen: "Kommunen",
		vereine: "Vereine",
		migrantenorganisationen: "Migrantenorganisationen",
		bildungstraeger: "Bildungsträger",
		unternehmen: "Unternehmen",
		schulen: "Schulen",
		kitas: "Kitas",
		wohlfahrtsverbaende: "Wohlfahrtsverbände",
		sonstige: "Sonstige"
	},
	format: {
		kurs: "Kurs",
		beratung: "Beratung",
		treffpunkt: "Treffpunkt",
		qualifizierung: "Qualifizierung",
		netzwerk: "Netzwerk",
		veranstaltung: "Veranstaltung",
		"lotsen-mentoring": "Lotsen und Mentoring",
		sonstige: "Sonstiges"
	},
	cost: {
		kostenlos: "kostenlos",
		"geringe-gebuehr": "geringe Gebühr",
		kostenpflichtig: "kostenpflichtig",
		unbekannt: "nicht bekannt"
	},
	budgetPer: {
		gesamt: "insgesamt",
		jahr: "pro Jahr"
	},
	field: {
		summary: "Kurz gesagt",
		period: "Zeitraum",
		status: "Stand",
		area: "Wo",
		actionFields: "Handlungsfelder",
		targetGroups: "Für wen",
		funder: "Geldgeber",
		carrier: "Träger",
		level: "Ebene",
		fundingTypes: "Art der Förderung",
		eligible: "Wer kann Förderung beantragen",
		deadlines: "Fristen",
		budget: "Budget",
		format: "Form des Angebots",
		cost: "Kosten",
		languages: "Sprachen",
		address: "Adresse",
		contact: "Kontakt",
		url: "Offizielle Seite",
		sources: "Quellen",
		noSources: "Keine Quellen: ein erfundenes Beispiel.",
		accessed: "abgerufen am",
		reviewed: "Zuletzt geprüft",
		funding: "Gefördert durch",
		fundedProjects: "Geförderte Projekte",
		description: "Beschreibung",
		ags: "Amtlicher Gemeindeschlüssel",
		population: "Einwohnerinnen und Einwohner",
		parent: "Liegt in",
		officialName: "Amtlicher Name",
		coordination: "Koordinationsstelle",
		modelRegion: "Modellregion Integration (2009–2013)",
		keywords: "Auch gesucht als",
		region: "Region",
		kind: "Art",
		eligibility: "Wer kann kommen",
		ageRange: "Alter",
		hours: "Sprechzeiten",
		accessibility: "Barrierefreiheit",
		howTo: "So geht es weiter",
		byAppointment: "Termin nach Vereinbarung",
		stepFree: "stufenlos erreichbar",
		notStepFree: "nicht stufenlos erreichbar",
		accessibleToilet: "barrierefreie Toilette",
		noAccessibleToilet: "keine barrierefreie Toilette",
		hearingLoop: "Höranlage (Induktionsschleife)",
		noHearingLoop: "keine Höranlage",
		ageFrom: (n) => `ab ${n} Jahren`,
		ageTo: (n) => `bis ${n} Jahre`,
		ageBetween: (min, max) => `${min} bis ${max} Jahre`,
		clock: (from, to) => `${from}–${to} Uhr`
	},
	page: {
		homeTitle: "Förderatlas Hessen: Unterstützung für Integration finden",
		homeIntro: "Hier finden Sie Förderprogramme und Angebote vor Ort für Menschen mit Einwanderungsgeschichte in Hessen: Sprachkurse, Beratung, Hilfe bei Ausbildung und Arbeit und vieles mehr. Der Atlas zeigt auch, welche Angebote es wo gibt, wo sie sich überschneiden und wo Lücken sind.",
		homeByField: "Nach Thema suchen",
		homeModelRegions: "Die Modellregionen Integration",
		homeModelRegionsIntro: "Im Oktober 2009 benannte das Land Hessen sechs Modellregionen für das Programm „Modellregionen Integration“ (bis 2013).",
		homeFigures: "Der Katalog in Zahlen",
		programsIntro: "Förderprogramme von EU, Bund, Land und Stiftungen: wer fördert was, für wen und wo.",
		projectsIntro: "Projekte und Angebote vor Ort: Kurse, Beratung, Treffpunkte und mehr.",
		actionFieldsIntro: "Handlungsfelder sind die Themen der Integrationsarbeit. Jedes Angebot gehört zu mindestens einem.",
		targetGroupsIntro: "Für wen ist ein Angebot gedacht? Hier sind die Angebote nach Zielgruppen geordnet.",
		regionsIntro: "Von der EU bis zur Stadt: Jede Region zeigt, was es dort vor Ort gibt und was landes- oder bundesweit verfügbar ist.",
		organizationsIntro: "Wer fördert, wer führt Angebote durch? Ministerien, Kommunen, Vereine und andere Organisationen.",
		sortedBy: "Sortieren",
		sortByField: "nach Handlungsfeld",
		sortByTitle: "A–Z",
		sortByStart: "nach Beginn (neueste zuerst)",
		sortByLevel: "nach Ebene",
		count: (n, one, many) => plural("de", n, {
			one: `{n} ${one}`,
			other: `{n} ${many}`
		}),
		local: "Vor Ort",
		localIntro: "Angebote, die in dieser Region oder in einem ihrer Orte stattfinden.",
		viaAncestor: "Landes- und bundesweit verfügbar",
		viaAncestorIntro: "Angebote, die für ein größeres Gebiet gelten und deshalb auch hier genutzt werden können.",
		via: "über",
		subRegions: "Regionen in",
		organizationsHere: "Organisationen mit Sitz hier",
		noneLocal: "Zu dieser Region ist noch kein Angebot vor Ort eingetragen.",
		noneYet: "Noch keine Einträge.",
		moreHidden: (n) => `… und ${n.toLocaleString("de-DE")} weitere.`,
		showAllInSearch: "Alle in der Suche anzeigen",
		pageOf: (page, pages) => `Seite ${page} von ${pages}`,
		previous: "Vorherige Seite",
		next: "Nächste Seite",
		pagination: "Seiten",
		offeringsInField: "Angebote in diesem Handlungsfeld",
		offeringsForGroup: "Angebote für diese Zielgruppe",
		funds: "Fördert",
		carries: "Führt durch",
		relatedProgramme: "Programm",
		seeAlso: "Siehe auch",
		notFoundTitle: "Seite nicht gefunden",
		notFoundAnd: "und",
		notFoundText: "Diese Seite gibt es nicht (mehr). Vielleicht hilft die Suche oder die Liste aller Angebote.",
		placeholderNote: "Diese Seite ist im Aufbau.",
		onlyPlanned: "geplant ab",
		expired: "abgelaufen",
		offeringOne: "Angebot",
		offeringMany: "Angebote",
		contents: "Inhalt",
		moreAboutField: (field) => `Mehr zum Handlungsfeld ${field}`
	},
	i18n: {
		switcher: "Sprache wählen",
		onlyGerman: "Nur auf Deutsch verfügbar.",
		onlyGermanPage: "Diese Seite gibt es nur auf Deutsch.",
		machineTranslated: "Diese Übersetzung ist maschinell erstellt und noch nicht von einem Menschen geprüft, der die Sprache als Muttersprache spricht.",
		interfaceUnchecked: "Die Texte dieser Seite sind übersetzt und noch nicht von einem Menschen geprüft, der die Sprache als Muttersprache spricht.",
		improveTranslation: "Übersetzung verbessern",
		germanOriginal: "Amtlicher deutscher Name"
	},
	period: {
		since: "seit",
		from: "ab",
		to: "bis",
		documented: "belegt seit"
	},
	maps: {
		basis: "Kartengrundlage",
		changed: "Daten verändert",
		licence: "Datenlizenz Deutschland – Namensnennung – Version 2.0"
	},
	home: {
		searchLabel: "Was suchen Sie?",
		moreAboutProgramme: "Mehr zum Programm",
		running: "Angebote laufen zurzeit"
	},
	easy: {
		heading: "In Leichter Sprache",
		more: "Mehr in Leichter Sprache über diese Seite",
		headerLink: "Leichte Sprache",
		pageDescription: "Der Förderatlas in Leichter Sprache: Was gibt es hier? Wie finden Sie ein Angebot?"
	},
	regions: {
		ended: "Beendet",
		mapCaption: "Die 27 Kreise und kreisfreien Städte in Hessen. Wählen Sie einen Kreis, um zu sehen, was es dort gibt.",
		legendModel: "Modellregion Integration (schraffiert)",
		legendOther: "anderer Kreis",
		modelRegion: "Modellregion Integration",
		localCount: (n) => plural("de", n, {
			one: "1 Angebot vor Ort",
			other: "{n} Angebote vor Ort"
		}),
		above: "EU, Bund, Land und Regierungsbezirke",
		azTitle: "Alle Städte und Gemeinden nach Kreis",
		azIntro: "Finden Sie Ihren Ort: Die Städte und Gemeinden stehen unter ihrem Kreis, jeweils von A bis Z.",
		kreisfrei: "Kreisfreie Stadt: Sie ist selbst Kreis und Gemeinde.",
		locatorKreis: (place, kreis) => `Lage: ${place} im ${kreis}`,
		locatorSelf: (place) => `Lage: ${place} in Hessen`,
		locatorAll: "Gilt in ganz Hessen",
		locatorArea: "Wo das Angebot gilt",
		reachKreis: "Im Kreis",
		reachBezirk: "Im Regierungsbezirk",
		reachLand: "Landesweit",
		reachBund: "Bundesweit",
		reachEu: "EU-weit",
		description: (name) => `Förderprogramme und Angebote für Integration in ${name}: vor Ort und landes- oder bundesweit verfügbar.`,
		populationSource: (year) => `Stand ${year}; Datenquelle: Statistisches Bundesamt (Destatis), GV-ISys; Datenlizenz by-2-0`,
		surveyTitle: "Datenstand",
		surveyed: (date, count, total) => `Erhoben am ${date}: für ${count} von ${total} Handlungsfeldern wurde hier gezielt nach Angeboten vor Ort gesucht.`,
		surveyedFields: "Erhobene Handlungsfelder",
		surveySources: "Dabei durchgesehen",
		notSurveyed: "Für diese Region liegt noch keine Erhebung vor. Wo hier kein Angebot steht, heißt das „nicht erhoben“, nicht „Lücke“."
	},
	contribute: {
		title: "Mitmachen",
		intro: "Der Förderatlas lebt davon, dass Menschen vor Ort ihr Wissen teilen: Kommunen, Vereine, Migrantenorganisationen, Beratungsstellen, Bürgerinnen und Bürger.",
		withoutGit: "Ohne technische Kenntnisse",
		reportOffering: "Angebot melden",
		reportOfferingText: "ein Formular für ein Programm oder Projekt, das hier fehlt. Bitte nennen Sie eine Quelle, zum Beispiel die Internetseite des Angebots.",
		reportError: "Fehler melden",
		reportErrorText: "ein Formular, wenn etwas nicht mehr stimmt. Auf jeder Seite führt „Fehler melden“ direkt dorthin.",
		stepsTitle: "Selbst eintragen: in sechs Schritten",
		steps: [
			"Prüfen Sie mit der Suche, ob es den Eintrag schon gibt.",
			"Legen Sie eine Datei an: <code>npm run new -- programs mein-programm</code> schreibt eine Vorlage mit allen Pflichtfeldern. Der Dateiname ist die Kennung: Kleinbuchstaben, Ziffern und Bindestriche, Umlaute umschreiben (ä → ae, ß → ss).",
			"Füllen Sie die Felder aus. Die Tabellen unten erklären jedes Feld. Editoren wie VS Code zeigen mit der YAML-Erweiterung Vorschläge und Fehler schon beim Tippen.",
			"Nennen Sie Quellen und das Datum Ihrer Prüfung. Schreiben Sie nur, was die Quelle sagt.",
			"Prüfen Sie mit <code>npm run validate</code>: Jeder Fehler erscheint mit Datei, Zeile und Spalte, auf Deutsch, mit dem erwarteten Wert.",
			"Öffnen Sie einen Pull Request. Die Prüfung läuft automatisch; Fehler erscheinen direkt an der geänderten Zeile."
		],
		review: "Einträge, die lange nicht geprüft wurden, stehen auf einer eigenen Liste:",
		reviewLink: "Einträge, die eine Prüfung brauchen",
		honestTitle: "Ehrliche Daten",
		honest: "Echte Programme und Projekte nennen immer eine Quelle und das Datum der letzten Prüfung. Erfundene Einträge, die nur zeigen, wie der Katalog funktioniert, tragen sichtbar das Zeichen „Beispiel“.",
		translationsTitle: "Übersetzungen verbessern",
		translations: [
			"Die Seiten gibt es auf Deutsch, Englisch und Arabisch. Die Texte der Oberfläche stehen in <code>src/i18n/en.ts</code> und <code>src/i18n/ar.ts</code>; Übersetzungen von Programmen, Handlungsfeldern und Zielgruppen stehen im Feld <code>translations</code> der jeweiligen Datei.",
			"Viele Übersetzungen sind maschinell entstanden oder noch nicht von einem Menschen geprüft, der die Sprache als Muttersprache spricht. Sie tragen <code>machineTranslated: true</code>, und die Seite sagt das in der jeweiligen Sprache.",
			"Sie sprechen Englisch oder Arabisch als Muttersprache? Prüfen Sie eine Übersetzung, verbessern Sie sie in der Datei und löschen Sie <code>machineTranslated: true</code>. Öffnen Sie dann einen Pull Request. Jede Übersetzung hat auf ihrer Seite einen Link „Übersetzung verbessern“, der direkt zur Datei führt.",
			"Fehlt eine Übersetzung, zeigt die Seite den deutschen Text und den Hinweis „Nur auf Deutsch verfügbar“. Neue Übersetzungen sind willkommen: <code>title</code> (optional), <code>summary</code> und <code>body</code> (optional) unter <code>translations.en</code> oder <code>translations.ar</code>."
		],
		fieldsGerman: "Die Feldbeschreibungen sind auf Deutsch, wie die Fehlermeldungen der Prüfung.",
		fieldsTitle: "Alle Felder",
		fieldsIntro: "Diese Tabellen entstehen aus denselben Regeln, mit denen die Prüfung arbeitet. Für Editoren gibt es sie auch als JSON Schema, zum Beispiel",
		field: "Feld",
		required: "Pflicht",
		type: "Art",
		meaning: "Bedeutung",
		yes: "ja",
		no: "nein",
		reviewTitle: "Einträge, die eine Prüfung brauchen",
		reviewIntro: (months) => `Diese Angebote wurden seit mehr als ${months} Monaten nicht geprüft. Bitte kontrollieren Sie die Angaben und Quellen und setzen Sie danach „reviewed“ auf das heutige Datum.`,
		reviewNone: "Zurzeit sind alle Einträge aktuell geprüft.",
		reviewCount: (n) => plural("de", n, {
			one: "1 Eintrag braucht eine Prüfung.",
			other: "{n} Einträge brauchen eine Prüfung."
		}),
		secondaryTitle: "Einträge nur mit Sekundärquellen",
		secondaryIntro: "Diese Angebote stützen sich nur auf Presse oder andere Seiten (oder ihre Quellen nennen keine Art). Bitte ergänzen Sie eine Seite des Geldgebers, einer Behörde (kind: amtlich) oder des Trägers (kind: traeger).",
		secondaryNone: "Alle Einträge nennen eine amtliche Quelle oder eine des Trägers.",
		secondaryCount: (n) => plural("de", n, {
			one: "1 Eintrag stützt sich nur auf Sekundärquellen.",
			other: "{n} Einträge stützen sich nur auf Sekundärquellen."
		}),
		entry: "Eintrag",
		file: "Datei"
	},
	entry: {
		label: "Über diesen Eintrag",
		reviewed: "Zuletzt geprüft",
		changed: "Zuletzt geändert",
		edit: "Diese Seite bearbeiten",
		report: "Fehler melden"
	},
	overlap: {
		professionals: (n) => `Für Fachleute: Überschneidungen mit anderen Angeboten (${n})`,
		title: "Überschneidungen",
		intro: "Hier stehen Angebote, die sich überschneiden: Sie arbeiten im selben Handlungsfeld für dieselbe Zielgruppe am selben Ort zur selben Zeit. Das ist nicht schlecht – aber ein Anlass, sich abzustimmen.",
		offeringIntro: "Andere Angebote, die im selben Handlungsfeld dieselbe Zielgruppe am selben Ort zur selben Zeit erreichen.",
		howRule: "Wie Überschneidungen ermittelt werden",
		none: "Keine Überschneidungen mit anderen Angeboten im Katalog.",
		sharedFields: "Gemeinsame Handlungsfelder",
		sharedGroups: "Gemeinsame Zielgruppen",
		meetIn: "Treffen sich in",
		commonPeriod: "Gemeinsamer Zeitraum",
		score: "Punkte",
		showAll: (n) => plural("de", n, {
			one: "Diese Überschneidung in der Gesamtliste",
			other: "Alle {n} Überschneidungen dieses Angebots"
		}),
		pageHeading: "Alle Überschneidungen von",
		pageIntro: (n) => plural("de", n, {
			one: "Eine Überschneidung mit einem anderen Angebot.",
			other: "{n} Überschneidungen mit anderen Angeboten, die stärkste zuerst."
		}),
		backToOffering: "Zurück zum Angebot",
		ruleTitle: "Die Regel",
		rule: [
			"Sie haben mindestens ein Handlungsfeld gemeinsam.",
			"Sie haben mindestens eine Zielgruppe gemeinsam.",
			"Ihre Gebiete treffen sich: Eine Region des einen Angebots ist gleich der Region des anderen, liegt in ihr oder umfasst sie. Ein Landesprogramm trifft also ein Projekt in Wetzlar; zwei Projekte in benachbarten Kreisen treffen sich nicht.",
			"Ihre Zeiträume überschneiden sich (ein Angebot ohne Ende läuft weiter).",
			"Fördert eines das andere (ein Projekt nennt das Programm unter „Förderung“), ist die Überschneidung ein Förderweg, kein Doppelangebot (siehe „Doppelangebot oder Förderweg?“)."
		],
		scoreTitle: "Die Punkte",
		scoreText: "Die Punkte (0 bis 100) ordnen die Überschneidungen: bis zu 40 Punkte für gemeinsame Handlungsfelder (je eines ein Drittel, höchstens drei), bis zu 30 für gemeinsame Zielgruppen (ebenso), bis zu 20 dafür, wie örtlich der Treffpunkt ist (EU 0, Bund 4, Land 8, Regierungsbezirk 12, Kreis 16, Gemeinde 20) und bis zu 10 für die Länge des gemeinsamen Zeitraums (volle Punkte ab fünf Jahren).",
		filterRegion: "Region",
		filterField: "Handlungsfeld",
		filterAll: "alle",
		filterOffering: "Nur Überschneidungen von",
		filterApply: "Anzeigen",
		filterReset: "Filter zurücksetzen",
		shown: (n, total) => `${n} von ${total} Überschneidungen angezeigt.`,
		showGroup: (n) => plural("de", n, {
			one: "1 Überschneidung anzeigen",
			other: "{n} Überschneidungen anzeigen"
		}),
		groupCapped: (n) => `Nur die ${n} stärksten Überschneidungen dieser Gruppe sind aufgeführt; die vollständige Liste jedes Angebots steht auf seiner Seite.`,
		columns: {
			pair: "Angebote",
			reasons: "Gründe",
			score: "Punkte"
		},
		totals: (overlaps, offerings) => `${overlaps} Überschneidungen zwischen ${offerings} Angeboten.`,
		ruleAndScore: "Die Regel und die Punkte",
		ruleIntro: "Zwei Angebote überschneiden sich, wenn alles zutrifft:",
		and: "und",
		withExample: "mit Beispiel",
		filterStatus: "{n} Überschneidungen in {g} Gruppen angezeigt."
	},
	coverage: {
		title: "Abdeckung",
		intro: "Welche Handlungsfelder sind in welcher Region vor Ort abgedeckt, und wo fehlt ein Angebot? Die Tabelle zählt für jede Region und jedes Handlungsfeld die Angebote.",
		explainLocal: "Die große Zahl: Angebote vor Ort – sie finden in der Region oder in einem ihrer Orte statt.",
		explainAvailable: "„verfügbar“: alle Angebote, die dort genutzt werden können, auch Programme des Landes, des Bundes und der EU.",
		explainGap: "„Lücke“ (schraffiert): In der Region wurde für dieses Handlungsfeld gezielt gesucht (Datum der Erhebung auf der Seite der Region) und kein Angebot vor Ort gefunden. Landes- oder Bundesprogramme können trotzdem verfügbar sein.",
		explainUnsurveyed: "„nicht erhoben“ (gepunktet): Der Katalog kennt kein Angebot vor Ort, es wurde dort aber noch nicht gezielt gesucht. Das ist keine Aussage über die Region, sondern über den Katalog.",
		summary: (regions, fields, present, gaps, unsurveyed) => `${regions} Regionen × ${fields} Handlungsfelder: ${present} mit Angebot vor Ort, ${gaps} Lücken (erhoben, nichts gefunden), ${unsurveyed} nicht erhoben.`,
		unsurveyed: "nicht erhoben",
		unsurveyedLabel: "keine bekannt, nicht erhoben",
		caption: "Angebote vor Ort nach Region und Handlungsfeld",
		region: "Region",
		modelRegions: "Modellregionen Integration",
		landAndKreise: "Land, Landkreise und kreisfreie Städte",
		present: "mit Angebot vor Ort",
		gap: "Lücke",
		availableShort: (n) => `${n} verfügbar`,
		mapsTitle: "Karten nach Handlungsfeld",
		mapIntro: (field) => `Wie viele Angebote im Handlungsfeld „${field}“ gibt es in jedem Kreis vor Ort? Schraffiert: erhoben und keines gefunden (Lücke). Gepunktet: noch nicht erhoben.`,
		mapCaption: (field) => `Angebote vor Ort im Handlungsfeld „${field}“ je Kreis`,
		mapLabel: (n, surveyed) => n === 0 ? surveyed ? "keine Angebote vor Ort (Lücke, erhoben)" : "keine Angebote bekannt (nicht erhoben)" : plural("de", n, {
			one: "1 Angebot vor Ort",
			other: "{n} Angebote vor Ort"
		}),
		toField: (field) => `Alle Angebote im Handlungsfeld ${field}`,
		toMatrix: "Zur Tabelle aller Handlungsfelder",
		tableTitle: "Die Zahlen als Tabelle",
		localHeading: "Vor Ort",
		availableHeading: "Verfügbar (auch landes- und bundesweit)",
		otherFields: "Andere Handlungsfelder",
		/** Labels of the map's count classes (src/lib/maps.ts COUNT_CLASSES), in the same order. */
		classLabels: [
			"keine (Lücke)",
			"1",
			"2–3",
			"4 und mehr"
		],
		kreisCount: (n) => plural("de", n, {
			one: "1 Kreis",
			other: "{n} Kreise"
		})
	},
	compare: {
		title: "Regionen vergleichen",
		intro: "Stellen Sie zwei bis vier Regionen nebeneinander: Wie viele Angebote gibt es vor Ort, in welchen Handlungsfeldern, für welche Zielgruppen, und wo sind Lücken?",
		pick: "Regionen auswählen (2 bis 4)",
		apply: "Vergleichen",
		pickHint: "Die Auswahl steht in der Adresse der Seite; Sie können sie teilen oder als Lesezeichen speichern.",
		tooMany: "Bitte höchstens vier Regionen auswählen.",
		tooFew: "Bitte mindestens zwei Regionen auswählen.",
		showing: (names) => `Verglichen werden: ${names}.`,
		noScript: "Ohne JavaScript zeigt die Tabelle alle Regionen; scrollen Sie waagerecht.",
		caption: "Vergleich der Regionen",
		measure: "Kennzahl",
		population: "Einwohnerinnen und Einwohner",
		local: "Angebote vor Ort",
		perCapita: "Angebote vor Ort je 100.000 Einwohner",
		available: "Verfügbare Angebote insgesamt",
		gaps: "Lücken: erhoben, ohne Angebot vor Ort",
		unsurveyed: "Handlungsfelder ohne bekanntes Angebot, nicht erhoben",
		byField: "Vor Ort nach Handlungsfeld",
		byGroup: "Vor Ort nach Zielgruppe",
		modelRegion: "Modellregion Integration",
		yes: "ja",
		no: "nein"
	},
	monitoring: {
		title: "Monitoring",
		intro: "Zahlen und Diagramme zum Katalog: Wie viele Angebote gibt es in welchen Handlungsfeldern, für welche Zielgruppen, seit wann, und welche Fördersummen nennen die Projekte?",
		byField: "Angebote nach Handlungsfeld (ganz Hessen und bundesweit)",
		byGroup: "Angebote nach Zielgruppe",
		byYear: "Laufende Angebote je Jahr",
		funding: "Von Projekten genannte Fördersummen nach Programm und Jahr",
		fundingNote: "Nennt ein Projekt einen Betrag für mehrere Jahre, wird er gleichmäßig auf die Jahre verteilt.",
		noFunding: "Noch kein Projekt nennt eine Fördersumme.",
		perRegion: "Angebote vor Ort in den Modellregionen nach Handlungsfeld",
		asTable: "Als Tabelle",
		count: "Anzahl",
		year: "Jahr",
		program: "Programm",
		amount: "Betrag",
		fundingPerYear: "Summe je Jahr",
		localTotal: "Angebote vor Ort insgesamt",
		exampleNote: "Einige Projekte sind erfundene Beispiele; ihre Zahlen zeigen nur, wie das Monitoring funktioniert.",
		surveyTitle: "Datenstand der Erhebung",
		surveyIntro: (surveyed, total) => `${surveyed} von ${total} Regionen der Abdeckungstabelle sind erhoben: Nur dort kann ein Handlungsfeld ohne Angebot vor Ort eine Lücke heißen.`,
		surveyChart: "Zellen der Abdeckungstabelle nach Stand",
		surveyState: "Stand",
		undated: "ohne Jahr"
	},
	data: {
		title: "Offene Daten",
		intro: "Alle Inhalte des Förderatlas stehen als offene Daten zum Herunterladen bereit, damit andere sie weiterverwenden können: Kommunen, Forschung, Presse und andere Portale.",
		files: "Dateien",
		portalTitle: "Beschreibung für Datenportale",
		subscribeIntro: "Feeds und Kalender halten Sie auf dem Laufenden: Ein Feed-Reader meldet neue und geänderte Angebote, ein Kalenderprogramm zeigt die Fristen der Förderprogramme.",
		licenceTitle: "Lizenz",
		licence: (name) => `Die Daten des Förderatlas stehen unter der Lizenz ${name}. Bitte nennen Sie „Förderatlas“ als Quelle.`,
		licenceLink: "Lizenztext lesen",
		licenceOf: "Lizenz",
		format: "Format",
		example: "Beispiel",
		sourcesTitle: "Quellen der Referenzdaten",
		regionSource: "Regionen, Schlüssel und Einwohnerzahlen: Datenquelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem GV-ISys, Stand 31.12.2019;",
		ownRendering: "eigene Darstellung.",
		licenceShort: "Datenlizenz by-2-0",
		maps: "Karten:",
		germanOnly: "Die Dateien sind auf Deutsch: Feldnamen und Werte bleiben gleich, Übersetzungen stehen im Feld translations und in den Spalten titleEn, summaryEn, titleAr und summaryAr.",
		catalogueDescription: "Förderprogramme und Projekte der Integrationsarbeit in Hessen mit ihren Handlungsfeldern, Zielgruppen, Geldgebern, Trägern und Regionen.",
		feedTitle: "Förderatlas: neue und geänderte Angebote",
		feedSubtitle: "Neue und geänderte Förderprogramme und Projekte, das zuletzt geänderte zuerst.",
		fieldFeedTitle: (field) => `Förderatlas: ${field}`,
		fieldFeedSubtitle: (field) => `Neue und geänderte Angebote im Handlungsfeld ${field}.`,
		regionFeedTitle: (region) => `Förderatlas: Angebote in ${region}`,
		regionFeedSubtitle: (region) => `Neue und geänderte Angebote, die in ${region} verfügbar sind: vor Ort und über eine übergeordnete Region (Kreis, Land, Bund, EU).`,
		calendarName: "Förderatlas: Fristen",
		calendarDescription: "Alle Fristen der Förderprogramme im Förderatlas als ganztägige Termine.",
		regionCalendarName: (region) => `Förderatlas: Fristen in ${region}`,
		regionCalendarDescription: (region) => `Fristen der Förderprogramme, die in ${region} verfügbar sind.`,
		deadline: (program) => `Frist: ${program}`,
		datasets: {
			katalog: {
				title: "Katalog des Förderatlas",
				keywords: [
					"Integration",
					"Förderprogramme",
					"Projekte",
					"Hessen"
				]
			},
			ueberschneidungen: {
				title: "Überschneidungen zwischen Angeboten",
				keywords: [
					"Integration",
					"Überschneidungen",
					"Hessen"
				]
			},
			abdeckung: {
				title: "Abdeckung der Handlungsfelder je Region",
				keywords: [
					"Integration",
					"Abdeckung",
					"Versorgungslücken",
					"Hessen"
				]
			},
			aenderungen: {
				title: "Neue und geänderte Angebote",
				keywords: [
					"Integration",
					"Feed",
					"Hessen"
				]
			},
			fristen: {
				title: "Fristen der Förderprogramme",
				keywords: [
					"Integration",
					"Fristen",
					"Förderprogramme",
					"Hessen"
				]
			},
			foerderungen: {
				title: "Förderungen von Projekten (360Giving)",
				keywords: [
					"Integration",
					"Förderungen",
					"Zuwendungen",
					"Hessen"
				]
			}
		},
		file: {
			catalogue: (columns) => `Der ganze Katalog in einer Datei: meta (Erstellungsdatum, Anzahl der Einträge je Sammlung, Lizenz, Quelle) und je eine Liste regions, actionFields, targetGroups, organizations, programs und projects. Jeder Eintrag hat seine id, file (seine Datei im Repository) und die Felder des Inhaltsmodells; Verweise auf andere Einträge stehen als ids. Dazu kommen berechnete Felder: bei Regionen ancestors (die übergeordneten Regionen, die nächste zuerst), bei Angeboten ${columns}. Ein Angebot ist in einer Region R verfügbar, wenn area R oder eine Region aus ancestors von R enthält; es liegt in R, wenn area oder regionAncestors R enthält.`,
			catalogueComputed: "key (\"programs/<id>\" oder \"projects/<id>\"), status (laufend, beendet oder geplant am Erstellungstag) und regionAncestors (die Regionen über dem Gebiet area)",
			schema: "JSON Schema (Entwurf 2020-12) für catalogue.json. Es ist aus denselben Schemas abgeleitet, mit denen jeder Eintrag geprüft wird, und beschreibt jedes Feld mit seinem Typ und seinen erlaubten Werten.",
			csv: (columns) => `Alle Programme und Projekte als Tabelle, eine Zeile je Angebot, zum Öffnen in einer Tabellenkalkulation: UTF-8 mit BOM, Komma als Trennzeichen, Anführungszeichen nach RFC 4180. Spalten: ${columns}. Regionen, Handlungsfelder, Zielgruppen, Geldgeber und Träger stehen mit ihrem Namen, feste Werte als Schlüsselwort (z. B. zuschuss, kostenlos); mehrere Werte sind durch ein Semikolon getrennt. page ist die Adresse der Seite im Förderatlas.`,
			overlaps: (n) => `Alle Überschneidungen als Objekt { counts, doppelangebote, foerderwege }: zuerst die Doppelangebote, getrennt davon die Förderwege, je als Liste von Objekten { a, b, score, actionFields, targetGroups, regions, period, kind, via, funded } (via: das Programm, das fördert oder fördern könnte; funded: true, wenn es schon fördert); counts zählt alle Paare. a und b sind Schlüssel der Form "programs/<id>" oder "projects/<id>", period ist { start, end } (end ist null, wenn der Zeitraum offen ist). Jedes Paar steht einmal darin, das stärkste zuerst. Für jedes Angebot sind seine ${n} stärksten Partner enthalten.`,
			coverage: "Die Abdeckung als Liste von Objekten { region, actionField, local, available, state, surveyed, gap } für jede Region und jedes Handlungsfeld: local sind die Angebote vor Ort, available alle dort verfügbaren. state ist vorhanden (ein Angebot vor Ort), luecke (erhoben, kein Angebot vor Ort gefunden) oder nicht-erhoben (noch nicht gezielt gesucht); surveyed ist der Tag der Erhebung, wo es eine gibt. gap ist true nur bei state luecke. fundablePrograms nennt bei einer Lücke die ids der Programme, die sie schließen könnten (sonst null); endsWithinMonths ist 6, 12 oder 24, wenn alle laufenden Angebote vor Ort in so vielen Monaten enden, sonst null.",
			feed: (n) => `Atom-Feed der neuen und geänderten Programme und Projekte, das zuletzt geänderte zuerst, höchstens ${n} Einträge. Maßgeblich ist das jüngere Datum aus der letzten redaktionellen Prüfung (reviewed) und der letzten Änderung der Datei im Repository. Zum Abonnieren in einem Feed-Reader.`,
			fieldFeed: "Je Handlungsfeld ein Atom-Feed mit den neuen und geänderten Angeboten dieses Feldes, unter /handlungsfelder/<id>/feed.xml.",
			regionFeed: "Je Region ein Atom-Feed unter /regionen/<id>/feed.xml mit den Angeboten, die dort verfügbar sind: vor Ort und über eine übergeordnete Region (z. B. ein Landesprogramm in jeder hessischen Stadt). Das ist, was Menschen in dieser Region nutzen können.",
			calendar: "Alle Fristen der Förderprogramme (z. B. Bewerbungsschluss) als ganztägige Termine im iCalendar-Format, zum Abonnieren in einem Kalenderprogramm. Jeder Termin behält dieselbe Kennung (UID), auch wenn der Katalog neu erstellt wird.",
			regionCalendar: "Je Region unter /regionen/<id>/fristen.ics die Fristen der Förderprogramme, die dort verfügbar sind.",
			dcat: "Die Beschreibung dieser Datensätze nach DCAT-AP.de als JSON-LD: Titel, Beschreibung, Lizenz, Format und Adresse jeder Datei, für Datenportale wie GovData.",
			grants: "Förderungen, für die ein Projekt einen Betrag nennt, nach dem 360Giving Data Standard: je Förderung Betrag in Euro, Datum (1. Januar des ersten Förderjahres), Empfänger (Träger des Projekts), Geldgeber, Programm und Ort. Erfundene Beispiele sind als solche gekennzeichnet."
		}
	},
	accessibility: {
		title: "Erklärung zur Barrierefreiheit",
		description: "Wie barrierefrei der Förderatlas ist, was noch fehlt und wie Sie uns Barrieren melden.",
		intro: "Der Förderatlas soll für alle Menschen gut nutzbar sein. Diese Erklärung gilt für die Website des Förderatlas. Maßstab sind die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und die Web Content Accessibility Guidelines (WCAG) 2.1 auf Stufe AA.",
		statusTitle: "Stand der Vereinbarkeit",
		status: "Die Website ist nach unserer eigenen Prüfung <strong>weitgehend</strong> mit den Anforderungen vereinbar. Eine Prüfung durch eine unabhängige Prüfstelle hat noch nicht stattgefunden.",
		doTitle: "Was wir tun",
		do: [
			"Alle Seiten funktionieren ohne JavaScript; nur die Suche und der Vergleich brauchen es.",
			"Die Seiten lassen sich vollständig mit der Tastatur bedienen. Der Fokus ist immer deutlich sichtbar.",
			"Texte haben einen hohen Kontrast und bleiben bei 200 % Vergrößerung lesbar.",
			"Jede neue Fassung der Website wird automatisch mit dem Prüfwerkzeug axe-core auf die Regeln der WCAG 2.1 A und AA geprüft, auf Deutsch, Englisch und Arabisch.",
			"Informationen werden nie nur durch Farbe vermittelt: Status und Beispiele stehen immer auch als Text da.",
			"Die Oberfläche gibt es auf Deutsch, Englisch und Arabisch (von rechts nach links). Texte in einer anderen Sprache als der Seite sind ausgezeichnet, damit Vorleseprogramme sie richtig aussprechen."
		],
		notYetTitle: "Was noch nicht barrierefrei ist",
		notYet: ["Viele Inhalte gibt es nur auf Deutsch. Die Übersetzungen ins Englische und Arabische sind maschinell erstellt und noch nicht von Muttersprachlern geprüft. Eine <a href=\"{easy}\">Erklärung in Leichter Sprache</a> gibt es auf Deutsch.", "Verlinkte Seiten anderer Anbieter (zum Beispiel die offiziellen Programmseiten) liegen nicht in unserer Verantwortung und sind nicht immer barrierefrei."],
		createdTitle: "Erstellung dieser Erklärung",
		created: "Diese Erklärung wurde am 26. November 2026 erstellt. Sie beruht auf einer Selbstbewertung mit automatischen Tests (axe-core) und einer Prüfung von Hand mit Tastatur und Vergrößerung.",
		reportTitle: "Barrieren melden",
		report: "Sie sind auf eine Barriere gestoßen? Bitte sagen Sie uns Bescheid. Wie das geht, steht auf der Seite <a href=\"{contribute}\">Mitmachen</a>. Wir antworten so schnell wie möglich.",
		mediationTitle: "Schlichtungsverfahren",
		mediation: "Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort erhalten, können Sie sich an die zuständige Schlichtungs- oder Durchsetzungsstelle wenden. Die genaue Stelle und ihre Kontaktdaten tragen die Betreiber ein, sobald der Förderatlas öffentlich betrieben wird (<a href=\"{imprint}\">Impressum</a>)."
	},
	imprint: {
		title: "Impressum",
		description: "Wer den Förderatlas betreibt.",
		placeholder: "<strong>Platzhalter:</strong> Der Förderatlas ist ein offenes Projekt im Aufbau. Name und Anschrift der Betreiber, eine verantwortliche Person und Kontaktdaten werden hier eingetragen, bevor die Website öffentlich betrieben wird.",
		privacyTitle: "Datenschutz",
		privacy: "Diese Website setzt keine Cookies, zählt keine Besuche und lädt nichts von fremden Servern: keine Schriften, keine Karten, keine Statistik-Dienste. Die Suche läuft vollständig in Ihrem Browser.",
		dataTitle: "Daten und Karten"
	},
	search: {
		title: "Suche",
		intro: "Durchsuchen Sie alle Programme, Projekte und Regionen und grenzen Sie die Treffer mit Filtern ein.",
		queryLabel: "Wonach suchen Sie?",
		queryHint: "Zum Beispiel: Deutschkurs für Mütter, Beratung Offenbach, Ausbildung",
		filters: "Filter",
		clearFilters: "Alle Filter entfernen",
		results: "Treffer",
		startHint: "Geben Sie einen Suchbegriff ein oder wählen Sie einen Filter.",
		searching: "Suche läuft …",
		resultCount: "{n} Treffer",
		resultCountOne: "1 Treffer",
		forQuery: "für „{q}“",
		withFilters: "mit {n} Filtern",
		withFilter: "mit 1 Filter",
		showing: "angezeigt: {n}",
		sortRelevance: "nach Relevanz",
		sortTitle: "nach Titel (A–Z)",
		sortStart: "nach Beginn (neueste zuerst)",
		more: "Weitere Treffer anzeigen",
		noResultsTitle: "Keine Treffer. Das kann helfen:",
		noResultsTips: [
			"Prüfen Sie die Schreibweise oder nehmen Sie ein kürzeres Wort, zum Beispiel „Kurs“ statt „Sprachkurse“.",
			"Entfernen Sie einzelne Filter.",
			"Suchen Sie nach dem Ort: Auch Angebote des Landes und des Bundes gelten dort."
		],
		browse: "Oder stöbern Sie in den Listen:",
		error: "Die Suche konnte nicht geladen werden. Bitte laden Sie die Seite neu.",
		facets: {
			art: "Art",
			region: "Region",
			handlungsfeld: "Handlungsfeld",
			zielgruppe: "Zielgruppe",
			ebene: "Ebene",
			foerderart: "Förderart",
			antragsberechtigte: "Antragsberechtigte",
			status: "Status",
			sprache: "Sprachen",
			kosten: "Kosten"
		},
		organizationSummary: (kind, funds, carries) => `${kind}: fördert ${funds} Programme, führt ${carries} Projekte durch`,
		regionSummary: (kind, parent, local, via) => `${kind}${parent ? ` in ${parent}` : ""}: ${local} Angebote vor Ort, ${via} landes- oder bundesweit`,
		kinds: {
			region: "Region",
			actionField: "Handlungsfeld",
			targetGroup: "Zielgruppe",
			organization: "Träger"
		},
		noScript: "Die Suche braucht JavaScript. Ohne JavaScript finden Sie alle Einträge in den Listen:"
	},
	finder: {
		title: "Angebote in Ihrer Nähe finden",
		navLabel: "Angebot finden",
		intro: "In drei kurzen Schritten: Wo wohnen Sie? Was brauchen Sie? Für wen? Sie brauchen kein Konto, und niemand speichert, was Sie suchen.",
		step: (n, of) => `Schritt ${n} von ${of}`,
		whereTitle: "Wo wohnen Sie?",
		whereLabel: "Ihre Stadt oder Gemeinde",
		whereHint: "Tippen Sie die ersten Buchstaben, zum Beispiel „Kassel“ oder „Herborn“.",
		whereButton: "Weiter",
		whereListTitle: "Orte von A bis Z, nach Kreis",
		whereListIntro: "Wählen Sie Ihren Kreis und darin Ihre Stadt oder Gemeinde.",
		wholeKreis: (kreis) => `Ich weiß es nicht genau: ganz ${kreis}`,
		suggestions: "Vorschläge",
		noPlace: (q) => `„${q}“ haben wir nicht gefunden. Prüfen Sie die Schreibweise oder wählen Sie Ihren Ort aus der Liste unten.`,
		didYouMean: "Meinten Sie",
		noPostcodes: "Postleitzahlen kennt der Finder noch nicht. Bitte geben Sie den Namen Ihrer Stadt oder Gemeinde ein.",
		notInHessen: "Der Förderatlas kennt Orte in Hessen. Wohnen Sie woanders? Dann helfen die bundesweiten Angebote, zum Beispiel der Integrationskurs.",
		placeCount: (n) => `${n} Orte`,
		needTitle: "Was brauchen Sie?",
		needIntro: (place) => `Wählen Sie ein Thema. Sie sehen dann, was es in ${place}, im Kreis und in ganz Hessen gibt.`,
		needCount: (n) => plural("de", n, {
			one: "1 Angebot",
			other: "{n} Angebote"
		}),
		changePlace: "Anderen Ort wählen",
		answerTitle: (need, place) => `${need} – ${place}`,
		yourChoice: "Ihre Auswahl",
		choicePlace: "Ort",
		choiceNeed: "Thema",
		choiceGroup: "Für wen",
		change: "ändern",
		groupTitle: "Für wen?",
		groupIntro: "Wenn Sie möchten: Zeigen Sie nur Angebote für eine Gruppe.",
		groupAll: "Für alle",
		groupEmpty: "Für diese Gruppe steht hier nichts. Wählen Sie „Für alle“.",
		sectionPlace: (place) => `In ${place}`,
		sectionKreis: (kreis) => `Im Kreis: ${kreis}`,
		sectionLand: "In ganz Hessen",
		sectionBund: "In ganz Deutschland",
		sectionEu: "In der ganzen EU",
		sectionKreisIntro: "Angebote für den ganzen Kreis, dann Angebote in anderen Orten des Kreises.",
		sectionAboveIntro: "Diese Angebote gelten überall hier. Oft gibt es eine Stelle in Ihrer Nähe: Fragen Sie nach.",
		nothingHere: (place) => `In ${place} selbst ist zu diesem Thema noch nichts eingetragen. Unten steht, was es im Kreis und in ganz Hessen gibt.`,
		nothingAtAll: "Zu diesem Thema ist hier noch nichts eingetragen. Vielleicht hilft eine Beratungsstelle weiter.",
		showAll: (n) => `Alle ${n} zeigen`,
		more: "Mehr zum Angebot",
		phone: "Telefon",
		email: "E-Mail",
		website: "Internetseite",
		nextDeadline: "Nächste Frist",
		notForFunds: "Der Finder zeigt Angebote, die Menschen selbst nutzen können. Förderprogramme für Vereine, Kommunen und Träger finden Sie unter „Programme“.",
		printTitle: "Zum Ausdrucken",
		printIntro: "Sie können diese Seite ausdrucken und mitnehmen. Für eine Beratung: Drucken Sie sie in der Sprache Ihres Gegenübers und auf Deutsch.",
		printButton: "Diese Seite drucken",
		printIn: "Diese Seite auf",
		printedFrom: "Ausgedruckt aus dem Förderatlas",
		asOf: (date) => `Stand der Angaben: ${date}`,
		qrCaption: "Diese Seite im Internet",
		regionLink: (place) => `Angebote für ${place} finden: nach Thema, mit Adresse und Zeiten`,
		offlineSaved: "Offline gespeichert: Seiten, die Sie hier öffnen, können Sie auch ohne Internet wieder ansehen.",
		backToNeed: "Zurück: Thema wählen",
		backToPlace: "Zurück: Ort wählen",
		homeTitle: "Was gibt es in Ihrer Nähe?",
		homeIntro: "Wählen Sie Ihren Ort. Der Angebotsfinder zeigt dann Kurse, Beratung und Hilfe in Ihrer Nähe, in Ihrer Sprache und ohne Anmeldung.",
		unknownStart: "Mit dem Angebotsfinder neu beginnen"
	},
	editors: {
		sheetTitle: "Mit einer Tabelle melden",
		sheetIntro: "Sie pflegen Ihre Angebote in Excel oder LibreOffice? Laden Sie die Vorlage herunter: ein Blatt für Projekte, Programme und Organisationen, jede Spalte mit einer Erklärung als Notiz und Auswahllisten für feste Werte. Schicken Sie die ausgefüllte Tabelle per E-Mail an die Redaktion. Die Redaktion liest sie mit einer Prüfung ein, die jedes Problem mit Blatt, Zeile und Spalte nennt.",
		sheetLink: "Vorlage herunterladen (Excel, .xlsx)",
		hsdsDataset: {
			title: "Angebote vor Ort im Format Open Referral HSDS 3",
			keywords: [
				"Integration",
				"Angebote vor Ort",
				"HSDS",
				"Open-Referral-Standard",
				"Hessen"
			]
		},
		hsdsServices: "Die Projekte vor Ort als Dienste (services) nach Open Referral HSDS 3: Beschreibung, Status, Kosten, Sprachen, Altersbereich, Sprechzeiten als Zeitpläne (schedules), Einsatzgebiete (service_areas) mit dem Amtlichen Gemeindeschlüssel, Orte mit Adresse und Barrierefreiheit, Förderungen. Förderprogramme sind keine Dienste in diesem Sinn und erscheinen nur als Förderung (funding) der Projekte. Jede Kennung ist eine UUID (Version 5), die aus der Kennung des Eintrags entsteht und gleich bleibt.",
		hsdsOrganizations: "Die Träger der Projekte als Organisationen (organizations) nach HSDS 3.",
		hsdsLocations: "Die Orte der Projekte mit Adresse (locations) nach HSDS 3, mit Angaben zur Barrierefreiheit und den Sprachen.",
		emailTitle: "Per E-Mail melden",
		emailIntro: "Ganz ohne Konto: Ihr E-Mail-Programm öffnet eine vorbereitete Nachricht an die Redaktion mit allen Angaben, die wir für einen Eintrag brauchen. Füllen Sie aus, was Sie wissen. Eine Quelle, zum Beispiel die Internetseite des Angebots, hilft uns am meisten.",
		emailLink: "E-Mail an die Redaktion schreiben",
		emailAddress: "Adresse der Redaktion:",
		emailSubject: "Förderatlas: Angebot melden oder korrigieren",
		emailFields: [
			"Neues Angebot oder Korrektur (bei einer Korrektur: Link zur Seite im Förderatlas)",
			"Name des Angebots",
			"Träger oder Geldgeber",
			"Ort, Stadt oder Kreis",
			"Für wen (Zielgruppe, Alter)",
			"Was wird angeboten (Kurs, Beratung, Treffpunkt …)",
			"Adresse und Zeiten",
			"Kosten",
			"Sprachen",
			"Kontakt der Stelle (Büro, Funktionspostfach, Diensttelefon)",
			"Quelle (Internetseite oder Dokument, das die Angaben belegt)",
			"Was soll sich ändern?"
		],
		emailClosing: "Bitte nennen Sie nur Kontakte von Stellen, keine privaten Personen."
	},
	searchHelp: {
		relaxed: "Keine Treffer für alle Wörter – {count} für „{q}“.",
		fewRelaxed: "Nur {n} für alle Wörter, dazu Treffer für „{q}“.",
		inPlace: "Angebote, die {place} erreichen",
		didYouMeanBefore: "Meinten Sie „",
		didYouMeanAfter: "“?",
		onlyStopWords: "Ihre Eingabe enthält kein Suchwort. Bitte geben Sie ein Stichwort ein, zum Beispiel „Deutschkurs“ oder einen Ort.",
		shortened: "Die Eingabe war sehr lang; gesucht wurde mit ihren ersten Wörtern.",
		arabicScript: "Sie schreiben auf Arabisch? Zur arabischen Suche"
	},
	gapToAction: {
		kind: {
			doppelangebot: "Doppelangebot",
			foerderweg: "Förderweg"
		},
		kindPlural: {
			doppelangebot: "Doppelangebote",
			foerderweg: "Förderwege"
		},
		fundedNow: "fördert bereits",
		fundingProgramme: "Förderprogramm",
		overlapTotals: (doubles, routes, offerings) => `${doubles} Doppelangebote und ${routes} Förderwege zwischen ${offerings} Angeboten.`,
		offeringSplit: (doubles, routes) => `Davon ${doubles} Doppelangebote und ${routes} Förderwege; die Doppelangebote stehen zuerst.`,
		doublesIntro: "Angebote für dieselben Menschen am selben Ort zur selben Zeit: die Überschneidungen, bei denen sich Abstimmung lohnt.",
		routesIntro: "Ein Förderprogramm für Organisationen trifft ein Angebot, das es fördern könnte oder schon fördert. Das ist keine Doppelstruktur, sondern ein Weg zur Förderung.",
		noneOfKind: "Keine.",
		kindRuleTitle: "Doppelangebot oder Förderweg?",
		kindRule: [
			"Ein Programm ist ein Förderprogramm für Organisationen, wenn nur Organisationen es beantragen können (keine Privatpersonen unter „Antragsberechtigt“) und es Geld oder Personal gibt (Zuschuss, Darlehen, Bürgschaft oder Personalförderung), zum Beispiel AMIF oder ESF Plus.",
			"Alle anderen Programme und alle Projekte sind Angebote für Menschen, zum Beispiel der Integrationskurs, zu dem Menschen selbst gehen.",
			"Treffen sich zwei Angebote für Menschen, ist das ein Doppelangebot.",
			"Ist eines der beiden ein Förderprogramm für Organisationen, oder nennt ein Projekt das andere Programm als seine Förderung, ist das ein Förderweg."
		],
		fundableTitle: "Lücken und Förderprogramme",
		fundableIntro: "Für jede erhobene Lücke: die Förderprogramme, die dort verfügbar sind, dieses Handlungsfeld fördern und mit denen Organisationen ein Angebot aufbauen könnten.",
		fundableRule: "Es zählen Programme, die nur Organisationen beantragen können und die Geld oder Personal geben (wie bei den Förderwegen), die in der Region verfügbar sind und nicht beendet sind. Kurse, zu denen Menschen selbst gehen, schließen keine Lücke im Angebot vor Ort und zählen hier nicht. Vergangene Fristen sind Geschichte, keine Aufrufe.",
		gapsIn: "Lücke in",
		noneFundable: "Kein Förderprogramm im Katalog könnte diese Lücke schließen: ein Befund für das Land.",
		noGaps: "In diesem Handlungsfeld ist keine Lücke erhoben.",
		eligible: "Antragsberechtigt",
		fundingTypes: "Förderart",
		nextDeadline: "Nächste Frist",
		noDeadline: "keine Frist angegeben",
		pastDeadline: (date) => `keine kommende Frist (zuletzt ${date})`,
		moreProgrammes: (n) => plural("de", n, {
			one: "Ein weiteres Programm steht in coverage.json (fundablePrograms).",
			other: "{n} weitere Programme stehen in coverage.json (fundablePrograms)."
		}),
		programmeCount: (n) => plural("de", n, {
			one: "1 Förderprogramm",
			other: "{n} Förderprogramme"
		}),
		regionGapsTitle: "Lücken und wer sie schließen könnte",
		regionNoGaps: "Hier ist keine Lücke erhoben.",
		toFieldPage: "Alle Lücken in diesem Handlungsfeld",
		radarTitle: "Förderende-Radar",
		radarIntro: "In welchen Kreisen enden alle Angebote vor Ort eines Handlungsfelds bald? Dann würde aus dem Handlungsfeld dort eine Lücke.",
		radarRuleTitle: "Die Regel",
		radarRule: [
			"Ein Angebot endet mit dem Ende seines Zeitraums. Hat es keins, endet es mit dem letzten Jahr, für das seine Förderungen Jahre nennen (31. Dezember) – nur wenn jede Förderung Jahre nennt und dieser Tag noch kommt.",
			"Sonst ist sein Ende nicht bekannt: Dann steht das Handlungsfeld nicht auf dem Radar, denn niemand weiß, dass es endet.",
			"Es zählen die Angebote vor Ort, die am Tag der Erstellung nicht beendet sind (auch geplante).",
			"Enden alle, endet das Handlungsfeld mit dem letzten von ihnen: in bis zu 6 Monaten, in 7 bis 12 oder in 13 bis 24 Monaten ab dem Tag der Erstellung."
		],
		horizon: {
			m6: "bis 6 Monate",
			m12: "7 bis 12 Monate",
			m24: "13 bis 24 Monate"
		},
		asOf: (date) => `Stand: ${date}.`,
		kreis: "Kreis",
		radarTableCaption: "Handlungsfelder, deren Angebote vor Ort alle enden, je Kreis",
		notOnRadar: "Nicht auf dem Radar",
		fieldsEnding: "Handlungsfelder, die enden",
		radarNone: "Kein Handlungsfeld, dessen Angebote vor Ort alle in den nächsten 24 Monaten enden.",
		openFields: (n) => plural("de", n, {
			one: "1 Handlungsfeld hat mindestens ein Angebot ohne bekanntes Ende und steht deshalb nicht auf dem Radar.",
			other: "{n} Handlungsfelder haben mindestens ein Angebot ohne bekanntes Ende und stehen deshalb nicht auf dem Radar."
		}),
		endedFields: (n) => plural("de", n, {
			one: "In 1 Handlungsfeld sind alle Angebote vor Ort schon beendet:",
			other: "In {n} Handlungsfeldern sind alle Angebote vor Ort schon beendet:"
		}),
		laterFields: (n) => plural("de", n, {
			one: "In 1 Handlungsfeld enden alle Angebote, aber erst nach 24 Monaten.",
			other: "In {n} Handlungsfeldern enden alle Angebote, aber erst nach 24 Monaten."
		}),
		townsTitle: "Städte und Gemeinden im Kreis",
		townsIntro: "Dieselbe Regel für jeden Ort im Kreis: Hier würde ein Ort sein letztes Angebot eines Handlungsfelds verlieren.",
		place: "Ort",
		field: "Handlungsfeld",
		inTowns: "in Städten und Gemeinden",
		moreCells: (n) => plural("de", n, {
			one: "… und 1 weiteres.",
			other: "… und {n} weitere."
		}),
		endsIn: "Endet in",
		lastEnd: "Letztes Ende",
		endBasis: {
			zeitraum: "Ende des Zeitraums",
			foerderung: "letztes gefördertes Jahr",
			offen: "Ende nicht bekannt"
		},
		moreOfferings: (n) => plural("de", n, {
			one: "… und 1 weiteres Angebot.",
			other: "… und {n} weitere Angebote."
		}),
		radarFeed: "Atom-Feed des Radars für diesen Kreis",
		feedTitle: (kreis) => `Förderende-Radar: ${kreis}`,
		feedSubtitle: (kreis) => `Handlungsfelder in ${kreis}, deren Angebote vor Ort alle in den nächsten 24 Monaten enden`,
		feedEntry: (field, kreis, date) => `${field} in ${kreis}: alle Angebote vor Ort enden bis ${date}`,
		toRadar: "Zum Förderende-Radar",
		otherKreise: "Andere Kreise",
		similarTitle: "Ähnliche Angebote",
		similarIntro: "Angebote mit ähnlichen Worten in Titel, Zusammenfassung und Beschreibung, auch anderswo: zum Lernen voneinander. Ermittelt aus dem Text, nicht nach der Regel der Überschneidungen.",
		similarNone: "Kein anderes Angebot teilt genug Begriffe mit diesem.",
		sharedTerms: "Gemeinsame Begriffe",
		similarity: "Ähnlichkeit",
		similarHow: "Wie Ähnlichkeit berechnet wird",
		similarRule: "Aus Titel (doppelt gezählt), Zusammenfassung und Beschreibung werden Begriffe: Wörter ohne Füllwörter und Ortsnamen, auf ihren Stamm gebracht (Snowball-Stemmer für Deutsch), dazu die Teile zusammengesetzter Wörter. Jeder Begriff wiegt nach BM25: häufig in diesem Text, selten im Katalog. Die Ähnlichkeit ist der Kosinus der beiden Gewichtungen (0 bis 1). Gezeigt werden bis zu fünf Angebote mit mindestens zwei gemeinsamen Wörtern.",
		chainTitle: "Förderkette",
		chainIntro: "Woher das Geld der laufenden Angebote vor Ort kommt – EU, Bund, Land, Kommune, Stiftungen –, nach den Förderungen, die die Projekte nennen.",
		chainChart: "Geförderte Angebote vor Ort je Ebene: EU, Bund, Land, Kommune, Stiftung",
		chainRule: "Gezählt werden Förderungen laufender Projekte vor Ort aus Programmen, die nicht beendet sind. Beträge stehen nur, wo eine Förderung einen nennt; je 1.000 Einwohner nur, wo auch die Einwohnerzahl bekannt ist.",
		level: "Ebene",
		programme: "Programm",
		offerings: "Angebote vor Ort",
		amount: "Betrag",
		per1000: "Je 1.000 Einwohner",
		unknown: "unbekannt",
		atLeast: (amount, known, links) => `mindestens ${amount} (Betrag bei ${known} von ${links} Förderungen bekannt)`,
		populationUnknown: "Die Einwohnerzahl ist unbekannt, daher kein Betrag je 1.000 Einwohner.",
		leftOutProjects: (n) => plural("de", n, {
			one: "1 Förderung eines beendeten Projekts ist nicht gezählt.",
			other: "{n} Förderungen beendeter Projekte sind nicht gezählt."
		}),
		leftOutProgrammes: (n) => plural("de", n, {
			one: "1 Förderung aus einem beendeten Programm ist nicht gezählt.",
			other: "{n} Förderungen aus beendeten Programmen sind nicht gezählt."
		}),
		chainNone: "Kein laufendes Angebot vor Ort nennt eine Förderung aus einem laufenden Programm.",
		chainsTitle: "Förderketten der Kreise",
		chainsIntro: "Wie viele laufende Angebote vor Ort jeder Kreis aus welcher Ebene gefördert bekommt; die Programme stehen auf den Seiten der Kreise und in foerderketten.csv.",
		chainsByLevel: "Geförderte Angebote vor Ort nach Ebene, alle Kreise",
		chainsTableCaption: "Geförderte Angebote vor Ort je Kreis und Ebene",
		funded: "Geförderte Angebote",
		data: {
			similar: {
				title: "Ähnliche Angebote",
				keywords: [
					"Integration",
					"Ähnlichkeit",
					"Hessen"
				]
			},
			chains: {
				title: "Förderketten je Kreis",
				keywords: [
					"Integration",
					"Förderung",
					"Kreise",
					"Hessen"
				]
			},
			radar: {
				title: "Förderende-Radar",
				keywords: [
					"Integration",
					"Förderende",
					"Kreise",
					"Hessen"
				]
			},
			similarFile: "Für jedes Angebot (Schlüssel \"programs/<id>\" oder \"projects/<id>\") bis zu fünf ähnliche Angebote nach dem Text: key, score (Kosinus der BM25-Gewichte, 0 bis 1) und terms (die gemeinsamen Begriffe, der gewichtigste zuerst).",
			chainsFile: "Eine Zeile je Kreis und Programm: kreis, kreisName, population, populationYear, level, program, programTitle, offerings (Zahl der laufenden Angebote vor Ort, die das Programm fördert), offeringKeys, links, linksWithAmount, amount (Summe der genannten Beträge), amountPer1000 (Euro je 1.000 Einwohner), years, note (warum ein Wert leer ist). UTF-8 mit BOM, RFC 4180.",
			radarFile: "Je Kreis die Handlungsfelder, deren Angebote vor Ort alle in den nächsten 24 Monaten enden (Atom)."
		}
	},
	admin: {
		title: "Redaktion: Einträge im Browser bearbeiten",
		noscript: "Der Browser-Editor braucht JavaScript. Ohne JavaScript können Sie Einträge per E-Mail oder mit der Tabellenvorlage melden:",
		contributeLink: "Mitmachen"
	}
};
export { LOCALE_NAMES as a, pathInLocale as c, LOCALES as i, plural as n, asLocale as o, INTL_LOCALE as r, dirOf as s, de as t };
