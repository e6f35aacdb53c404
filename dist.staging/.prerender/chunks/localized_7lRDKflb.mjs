import { n as plural, t as de } from "./de_BWFUOdWk.mjs";
// src/i18n/index.ts
/** Every language's interface dictionary, by locale. */
var dictionaries = {
	de,
	en: {
		site: {
			name: "Förderatlas",
			tagline: "Funding programmes and services for integration in Hesse",
			skipLink: "Skip to main content",
			searchLabel: "Search the Förderatlas",
			searchPlaceholder: "e.g. German course, advice Offenbach",
			searchButton: "Search",
			mainNav: "Main navigation",
			footerNav: "More pages",
			breadcrumb: "You are here",
			home: "Home",
			example: "Example",
			exampleNote: "This entry is a made-up example. It shows how the catalogue works and does not describe a real service.",
			imprint: "Legal notice",
			privacy: "Privacy",
			footerNote: "An open catalogue that grew out of the State of Hesse’s “Modellregionen Integration” (model regions for integration) programme. No tracking, no cookies, no content from other servers."
		},
		nav: {
			offerings: "Services",
			programs: "Programmes",
			projects: "Projects",
			actionFields: "Fields of action",
			targetGroups: "Target groups",
			regions: "Regions",
			organizations: "Providers and funders",
			compare: "Compare",
			overlaps: "Overlaps",
			coverage: "Coverage",
			monitoring: "Monitoring",
			data: "Data",
			contribute: "Get involved",
			accessibility: "Accessibility",
			search: "Search"
		},
		kind: {
			program: "Programme",
			project: "Project"
		},
		kindPlural: {
			program: "Programmes",
			project: "Projects"
		},
		status: {
			laufend: "ongoing",
			beendet: "ended",
			geplant: "planned"
		},
		regionKind: {
			eu: "European Union",
			bund: "Federal Government",
			land: "State",
			regierungsbezirk: "Administrative region",
			landkreis: "District",
			"kreisfreie-stadt": "Independent city",
			sonderstatusstadt: "Town with special status",
			gemeinde: "Municipality"
		},
		organizationKind: {
			"eu-institution": "EU institution",
			bundesbehoerde: "Federal authority",
			landesbehoerde: "State authority",
			kommune: "Local authority",
			wohlfahrtsverband: "Welfare association",
			verein: "Association",
			migrantenorganisation: "Migrant organisation",
			stiftung: "Foundation",
			bildungstraeger: "Education provider",
			unternehmen: "Company",
			sonstige: "Other"
		},
		level: {
			eu: "EU",
			bund: "Federal",
			land: "State",
			kommune: "Local",
			stiftung: "Foundation",
			sonstige: "Other"
		},
		fundingType: {
			zuschuss: "Grant",
			darlehen: "Loan",
			buergschaft: "Guarantee",
			sachleistung: "Support in kind",
			beratung: "Advice",
			kursangebot: "Courses",
			personalfoerderung: "Staff funding",
			preis: "Prize",
			sonstige: "Other"
		},
		eligible: {
			privatpersonen: "Individuals",
			kommunen: "Local authorities",
			vereine: "Associations",
			migrantenorganisationen: "Migrant organisations",
			bildungstraeger: "Education providers",
			unternehmen: "Companies",
			schulen: "Schools",
			kitas: "Day-care centres",
			wohlfahrtsverbaende: "Welfare associations",
			sonstige: "Other"
		},
		format: {
			kurs: "Course",
			beratung: "Advice",
			treffpunkt: "Meeting place",
			qualifizierung: "Training",
			netzwerk: "Network",
			veranstaltung: "Event",
			"lotsen-mentoring": "Guides and mentoring",
			sonstige: "Other"
		},
		cost: {
			kostenlos: "free",
			"geringe-gebuehr": "small fee",
			kostenpflichtig: "fee payable",
			unbekannt: "not known"
		},
		budgetPer: {
			gesamt: "in total",
			jahr: "per year"
		},
		field: {
			summary: "In short",
			period: "Period",
			status: "Status",
			area: "Where",
			actionFields: "Fields of action",
			targetGroups: "Who it is for",
			funder: "Funder",
			carrier: "Provider",
			level: "Level",
			fundingTypes: "Type of funding",
			eligible: "Who can apply for funding",
			deadlines: "Deadlines",
			budget: "Budget",
			format: "Type of service",
			cost: "Cost",
			languages: "Languages",
			address: "Address",
			contact: "Contact",
			url: "Official website",
			sources: "Sources",
			noSources: "No sources: a made-up example.",
			accessed: "accessed on",
			reviewed: "Last checked",
			funding: "Funded by",
			fundedProjects: "Funded projects",
			description: "Description",
			ags: "Official municipality key (AGS)",
			population: "Population",
			parent: "Located in",
			officialName: "Official name",
			coordination: "Coordination office",
			modelRegion: "Model region for integration (2009–2013)",
			keywords: "Other search terms",
			region: "Region",
			kind: "Type",
			eligibility: "Who can come",
			ageRange: "Age",
			hours: "Opening hours",
			accessibility: "Accessibility",
			howTo: "What to do next",
			byAppointment: "by appointment",
			stepFree: "step-free access",
			notStepFree: "no step-free access",
			accessibleToilet: "accessible toilet",
			noAccessibleToilet: "no accessible toilet",
			hearingLoop: "hearing loop",
			noHearingLoop: "no hearing loop",
			ageFrom: (n) => `from ${n} years`,
			ageTo: (n) => `up to ${n} years`,
			ageBetween: (min, max) => `${min} to ${max} years`,
			clock: (from, to) => `${from}–${to}`
		},
		page: {
			homeTitle: "Förderatlas Hesse: find support for integration",
			homeIntro: "Here you can find funding programmes and local services for people with an immigration history in Hesse: language courses, advice, help with training and work, and much more. The atlas also shows which services exist where, where they overlap and where there are gaps.",
			homeByField: "Search by topic",
			homeModelRegions: "The model regions for integration",
			homeModelRegionsIntro: "In October 2009, the State of Hesse named six model regions for the “Modellregionen Integration” (model regions for integration) programme, which ran until 2013.",
			homeFigures: "The catalogue in figures",
			programsIntro: "Funding programmes from the EU, the Federal Government, the State of Hesse and foundations: who funds what, for whom and where.",
			projectsIntro: "Local projects and services: courses, advice, meeting places and more.",
			actionFieldsIntro: "Fields of action are the topics of integration work. Every service belongs to at least one.",
			targetGroupsIntro: "Who is a service for? Here, services are sorted by target group.",
			regionsIntro: "From the EU down to your town: each region shows what is available locally and what is available across the state or the whole country.",
			organizationsIntro: "Who provides the money, and who runs the services? Ministries, local authorities, associations and other organisations.",
			sortedBy: "Sort",
			sortByField: "by field of action",
			sortByTitle: "A–Z",
			sortByStart: "by start date (newest first)",
			sortByLevel: "by level",
			count: (n, one, many) => plural("en", n, {
				one: `{n} ${one}`,
				other: `{n} ${many}`
			}),
			local: "Local",
			localIntro: "Services that take place in this region or in one of its towns and municipalities.",
			viaAncestor: "Available across the state or the country",
			viaAncestorIntro: "Services that cover a larger area, so you can use them here too.",
			via: "via",
			subRegions: "Regions in",
			organizationsHere: "Organisations based here",
			noneLocal: "No local service has been added for this region yet.",
			noneYet: "No entries yet.",
			moreHidden: (n) => `… and ${n.toLocaleString("en-GB")} more.`,
			showAllInSearch: "Show all in search",
			pageOf: (page, pages) => `Page ${page} of ${pages}`,
			previous: "Previous page",
			next: "Next page",
			pagination: "Pages",
			offeringsInField: "Services in this field of action",
			offeringsForGroup: "Services for this target group",
			funds: "Funds",
			carries: "Runs",
			relatedProgramme: "Programme",
			seeAlso: "See also",
			notFoundTitle: "Page not found",
			notFoundAnd: "and",
			notFoundText: "This page does not exist (any more). Try the search or the list of all services.",
			placeholderNote: "We are still building this page.",
			onlyPlanned: "planned from",
			expired: "passed",
			offeringOne: "service",
			offeringMany: "services",
			contents: "Contents",
			moreAboutField: (field) => `More about the field of action ${field}`
		},
		i18n: {
			switcher: "Choose language",
			onlyGerman: "Only available in German.",
			onlyGermanPage: "This page is only available in German.",
			machineTranslated: "This translation was made by machine. A native speaker has not checked it yet.",
			interfaceUnchecked: "The texts on this page have been translated. A native speaker has not checked them yet.",
			improveTranslation: "Improve this translation",
			germanOriginal: "Official German name"
		},
		period: {
			since: "since",
			from: "from",
			to: "until",
			documented: "documented since"
		},
		maps: {
			basis: "Map data",
			changed: "data modified",
			licence: "Data licence Germany – attribution – version 2.0"
		},
		home: {
			searchLabel: "What are you looking for?",
			moreAboutProgramme: "More about the programme",
			running: "services are running now"
		},
		easy: {
			heading: "In Easy German (Leichte Sprache)",
			more: "More about this page in Easy German",
			headerLink: "Easy German",
			pageDescription: "Förderatlas explained in Easy German (Leichte Sprache): what is here and how to find a service."
		},
		regions: {
			ended: "Ended",
			mapCaption: "The 27 districts and independent cities in Hesse. Choose a district to see what is available there.",
			legendModel: "Model region for integration (hatched)",
			legendOther: "other district",
			modelRegion: "Model region for integration",
			localCount: (n) => plural("en", n, {
				one: "1 local service",
				other: "{n} local services"
			}),
			above: "EU, Federal Government, State and administrative regions",
			azTitle: "All towns and municipalities by district",
			azIntro: "Find your town: towns and municipalities are listed under their district, each from A to Z.",
			kreisfrei: "Independent city (kreisfreie Stadt): it is both a district and a municipality.",
			locatorKreis: (place, kreis) => `Location: ${place} in ${kreis}`,
			locatorSelf: (place) => `Location: ${place} in Hesse`,
			locatorAll: "Applies across Hesse",
			locatorArea: "Where the service applies",
			reachKreis: "In the district",
			reachBezirk: "In the administrative region",
			reachLand: "Statewide",
			reachBund: "Nationwide",
			reachEu: "EU-wide",
			description: (name) => `Funding programmes and services for integration in ${name}: local, and available across Hesse or Germany.`,
			populationSource: (year) => `as of ${year}; source: Federal Statistical Office (Destatis), GV-ISys; Data licence Germany by-2-0`,
			surveyTitle: "State of the data",
			surveyed: (date, count, total) => `Surveyed on ${date}: local services were looked for here in ${count} of ${total} fields of action.`,
			surveyedFields: "Fields of action surveyed",
			surveySources: "Sources looked at",
			notSurveyed: "This region has not been surveyed yet. Where no service is listed here, that means “not surveyed”, not “gap”."
		},
		contribute: {
			title: "Get involved",
			intro: "The Förderatlas depends on people sharing what they know about their area: local authorities, associations, migrant organisations, advice centres and citizens.",
			withoutGit: "No technical knowledge needed",
			reportOffering: "Report a service",
			reportOfferingText: "a form for a programme or project that is missing here. Please give a source, for example the website of the service.",
			reportError: "Report an error",
			reportErrorText: "a form for when something is no longer correct. On every page, “Report an error” takes you straight there.",
			stepsTitle: "Add an entry yourself in six steps",
			steps: [
				"Use the search to check whether the entry already exists.",
				"Create a file: <code>npm run new -- programs mein-programm</code> writes a template with all required fields. The file name is the identifier: use lower-case letters, digits and hyphens, and write umlauts out (ä → ae, ß → ss).",
				"Fill in the fields. The tables below explain each field. With the YAML extension, editors such as VS Code show suggestions and errors as you type.",
				"Give your sources and the date you checked them. Only write what the source says.",
				"Check your entry with <code>npm run validate</code>: every error is shown with its file, line and column, in German, with the expected value.",
				"Open a pull request. The check runs automatically, and errors appear right next to the changed line."
			],
			review: "Entries that have not been checked for a long time are on a separate list:",
			reviewLink: "Entries that need checking",
			honestTitle: "Honest data",
			honest: "Real programmes and projects always give a source and the date they were last checked. Made-up entries that only show how the catalogue works are clearly marked “Example”.",
			translationsTitle: "Improve translations",
			translations: [
				"The pages exist in German, English and Arabic. The interface texts are in <code>src/i18n/en.ts</code> and <code>src/i18n/ar.ts</code>; translations of programmes, fields of action and target groups are in the <code>translations</code> field of each file.",
				"Many translations were made by machine or have not yet been checked by a native speaker. They carry <code>machineTranslated: true</code>, and the page says so in its language.",
				"Is English or Arabic your first language? Check a translation, improve it in the file and delete <code>machineTranslated: true</code>. Then open a pull request. Every translation has an “Improve this translation” link on its page that leads straight to the file.",
				"Where a translation is missing, the page shows the German text and the note “Only available in German”. New translations are welcome: <code>title</code> (optional), <code>summary</code> and <code>body</code> (optional) under <code>translations.en</code> or <code>translations.ar</code>."
			],
			fieldsGerman: "The field descriptions are in German, like the error messages of the check.",
			fieldsTitle: "All fields",
			fieldsIntro: "These tables are generated from the same rules that the check uses. For editors, they are also available as JSON Schema, for example",
			field: "Field",
			required: "Required",
			type: "Type",
			meaning: "Meaning",
			yes: "yes",
			no: "no",
			reviewTitle: "Entries that need checking",
			reviewIntro: (months) => `Nobody has checked these services for more than ${months} months. Please check the details and sources, then set “reviewed” to today’s date.`,
			reviewNone: "All entries have been checked recently.",
			reviewCount: (n) => plural("en", n, {
				one: "1 entry needs checking.",
				other: "{n} entries need checking."
			}),
			secondaryTitle: "Entries with secondary sources only",
			secondaryIntro: "These entries rely on the press or other pages only (or their sources state no kind). Please add a page of the funder, an authority (kind: amtlich) or the carrier (kind: traeger).",
			secondaryNone: "Every entry names an official or carrier source.",
			secondaryCount: (n) => plural("en", n, {
				one: "1 entry relies on secondary sources only.",
				other: "{n} entries rely on secondary sources only."
			}),
			entry: "Entry",
			file: "File"
		},
		entry: {
			label: "About this entry",
			reviewed: "Last checked",
			changed: "Last changed",
			edit: "Edit this page",
			report: "Report an error"
		},
		overlap: {
			professionals: (n) => `For professionals: overlaps with other services (${n})`,
			title: "Overlaps",
			intro: "This page lists services that overlap: they work in the same field of action, for the same target group, in the same place, at the same time. That is not a bad thing, but it is a good reason to coordinate.",
			offeringIntro: "Other services that reach the same target group in the same field of action, in the same place, at the same time.",
			howRule: "How we find overlaps",
			none: "No overlaps with other services in the catalogue.",
			sharedFields: "Shared fields of action",
			sharedGroups: "Shared target groups",
			meetIn: "Meet in",
			commonPeriod: "Shared period",
			score: "Score",
			showAll: (n) => plural("en", n, {
				one: "This overlap in the full list",
				other: "All {n} overlaps of this service"
			}),
			pageHeading: "All overlaps of",
			pageIntro: (n) => plural("en", n, {
				one: "One overlap with another service.",
				other: "{n} overlaps with other services, the strongest first."
			}),
			backToOffering: "Back to the service",
			ruleTitle: "The rule",
			rule: [
				"They share at least one field of action.",
				"They share at least one target group.",
				"Their areas meet: a region of one service is the same as a region of the other, lies within it or contains it. So a state programme meets a project in Wetzlar, but two projects in neighbouring districts do not meet.",
				"Their periods overlap (a service with no end date keeps running).",
				"When one funds the other (a project names the programme under “Funding”), the overlap is a funding route, not a duplicate service (see “Duplicate service or funding route?”)."
			],
			scoreTitle: "The score",
			scoreText: "The score (0 to 100) ranks the overlaps: up to 40 points for shared fields of action (a third for each, up to three), up to 30 for shared target groups (in the same way), up to 20 for how local the meeting point is (EU 0, Federal 4, State 8, administrative region 12, district 16, municipality 20) and up to 10 for the length of the shared period (full points from five years).",
			filterRegion: "Region",
			filterField: "Field of action",
			filterAll: "all",
			filterOffering: "Only overlaps of",
			filterApply: "Show",
			filterReset: "Reset filters",
			shown: (n, total) => `Showing ${n} of ${total} overlaps.`,
			showGroup: (n) => plural("en", n, {
				one: "Show 1 overlap",
				other: "Show {n} overlaps"
			}),
			groupCapped: (n) => `Only the ${n} strongest overlaps in this group are listed. Each service's page links to its complete list.`,
			columns: {
				pair: "Services",
				reasons: "Reasons",
				score: "Score"
			},
			totals: (overlaps, offerings) => `${overlaps} overlaps between ${offerings} services.`,
			ruleAndScore: "The rule and the score",
			ruleIntro: "Two services overlap when all of this is true:",
			and: "and",
			withExample: "with example",
			filterStatus: "{n} overlaps shown in {g} groups."
		},
		coverage: {
			title: "Coverage",
			intro: "Which fields of action are covered locally in each region, and where is a service missing? The table counts the services for each region and each field of action.",
			explainLocal: "The large number: local services. They take place in the region or in one of its towns and municipalities.",
			explainAvailable: "“Available”: all services that people can use there, including programmes of the State, the Federal Government and the EU.",
			explainGap: "“Gap” (hatched): this field of action was surveyed in the region (the survey date is on the region’s page) and no local service was found. State or federal programmes may still be available.",
			explainUnsurveyed: "“Not surveyed” (dotted): the catalogue knows no local service, but nobody has looked there yet. This says something about the catalogue, not about the region.",
			summary: (regions, fields, present, gaps, unsurveyed) => `${regions} regions × ${fields} fields of action: ${present} with a local service, ${gaps} gaps (surveyed, none found), ${unsurveyed} not surveyed.`,
			unsurveyed: "not surveyed",
			unsurveyedLabel: "none known, not surveyed",
			caption: "Local services by region and field of action",
			region: "Region",
			modelRegions: "Model regions for integration",
			landAndKreise: "State, districts and independent cities",
			present: "with a local service",
			gap: "Gap",
			availableShort: (n) => `${n} available`,
			mapsTitle: "Maps by field of action",
			mapIntro: (field) => `How many local services are there in each district in the field of action “${field}”? Hatched: surveyed and none found (gap). Dotted: not surveyed yet.`,
			mapCaption: (field) => `Local services in the field of action “${field}” by district`,
			mapLabel: (n, surveyed) => n === 0 ? surveyed ? "no local services (gap, surveyed)" : "no local services known (not surveyed)" : plural("en", n, {
				one: "1 local service",
				other: "{n} local services"
			}),
			toField: (field) => `All services in the field of action ${field}`,
			toMatrix: "Go to the table of all fields of action",
			tableTitle: "The figures as a table",
			localHeading: "Local",
			availableHeading: "Available (including statewide and nationwide)",
			otherFields: "Other fields of action",
			classLabels: [
				"none (gap)",
				"1",
				"2–3",
				"4 or more"
			],
			kreisCount: (n) => plural("en", n, {
				one: "1 district",
				other: "{n} districts"
			})
		},
		compare: {
			title: "Compare regions",
			intro: "Put two to four regions side by side: how many local services are there, in which fields of action, for which target groups, and where are the gaps?",
			pick: "Choose regions (2 to 4)",
			apply: "Compare",
			pickHint: "Your choice is saved in the page address, so you can share it or bookmark it.",
			tooMany: "Please choose no more than four regions.",
			tooFew: "Please choose at least two regions.",
			showing: (names) => `Comparing: ${names}.`,
			noScript: "Without JavaScript, the table shows all regions. Scroll sideways to see them.",
			caption: "Comparison of regions",
			measure: "Measure",
			population: "Population",
			local: "Local services",
			perCapita: "Local services per 100,000 inhabitants",
			available: "Total available services",
			gaps: "Gaps: surveyed, no local service",
			unsurveyed: "Fields of action without a known service, not surveyed",
			byField: "Local services by field of action",
			byGroup: "Local services by target group",
			modelRegion: "Model region for integration",
			yes: "yes",
			no: "no"
		},
		monitoring: {
			title: "Monitoring",
			intro: "Figures and charts about the catalogue: how many services are there in each field of action and for each target group, since when, and what funding amounts do the projects state?",
			byField: "Services by field of action (all of Hesse and nationwide)",
			byGroup: "Services by target group",
			byYear: "Services running each year",
			funding: "Funding amounts stated by projects, by programme and year",
			fundingNote: "If a project states an amount for several years, the amount is spread evenly across those years.",
			noFunding: "No project states a funding amount yet.",
			perRegion: "Local services in the model regions by field of action",
			asTable: "As a table",
			count: "Number",
			year: "Year",
			program: "Programme",
			amount: "Amount",
			fundingPerYear: "total per year",
			localTotal: "Local services in total",
			exampleNote: "Some projects are made-up examples. Their figures only show how the monitoring works.",
			surveyTitle: "State of the survey",
			surveyIntro: (surveyed, total) => `${surveyed} of ${total} regions of the coverage table have been surveyed: only there can a field of action without a local service be called a gap.`,
			surveyChart: "Cells of the coverage table by state",
			surveyState: "State",
			undated: "no year given"
		},
		data: {
			title: "Open data",
			intro: "You can download all content of the Förderatlas as open data, so that others can reuse it: local authorities, researchers, the press and other portals.",
			files: "Files",
			portalTitle: "Description for data portals",
			subscribeIntro: "Feeds and calendars keep you up to date: a feed reader tells you about new and changed services, and a calendar app shows the deadlines of funding programmes.",
			licenceTitle: "Licence",
			licence: (name) => `The Förderatlas data is available under the licence ${name}. Please name “Förderatlas” as the source.`,
			licenceLink: "Read the licence",
			licenceOf: "Licence",
			format: "Format",
			example: "Example",
			sourcesTitle: "Sources of the reference data",
			regionSource: "Regions, keys and population figures: source: Federal Statistical Office (Destatis), municipality directory GV-ISys, as of 31 December 2019;",
			ownRendering: "own presentation.",
			licenceShort: "Data licence Germany by-2-0",
			maps: "Maps:",
			germanOnly: "The files are in German: field names and values stay the same; translations are in the translations field and in the columns titleEn, summaryEn, titleAr and summaryAr.",
			catalogueDescription: "Funding programmes and projects for integration work in Hesse, with their fields of action, target groups, funders, providers and regions.",
			feedTitle: "Förderatlas: new and changed services",
			feedSubtitle: "New and changed funding programmes and projects, most recently changed first.",
			fieldFeedTitle: (field) => `Förderatlas: ${field}`,
			fieldFeedSubtitle: (field) => `New and changed services in the field of action ${field}.`,
			regionFeedTitle: (region) => `Förderatlas: services in ${region}`,
			regionFeedSubtitle: (region) => `New and changed services available in ${region}: local services and services for a larger region that includes it (district, state, federal, EU).`,
			calendarName: "Förderatlas: deadlines",
			calendarDescription: "All deadlines of the funding programmes in the Förderatlas as all-day events.",
			regionCalendarName: (region) => `Förderatlas: deadlines in ${region}`,
			regionCalendarDescription: (region) => `Deadlines of the funding programmes available in ${region}.`,
			deadline: (program) => `Deadline: ${program}`,
			datasets: {
				katalog: {
					title: "Förderatlas catalogue",
					keywords: [
						"integration",
						"funding programmes",
						"projects",
						"Hesse"
					]
				},
				ueberschneidungen: {
					title: "Overlaps between services",
					keywords: [
						"integration",
						"overlaps",
						"Hesse"
					]
				},
				abdeckung: {
					title: "Coverage of fields of action by region",
					keywords: [
						"integration",
						"coverage",
						"gaps in provision",
						"Hesse"
					]
				},
				aenderungen: {
					title: "New and changed services",
					keywords: [
						"integration",
						"feed",
						"Hesse"
					]
				},
				fristen: {
					title: "Deadlines of funding programmes",
					keywords: [
						"integration",
						"deadlines",
						"funding programmes",
						"Hesse"
					]
				},
				foerderungen: {
					title: "Funding for projects (360Giving)",
					keywords: [
						"integration",
						"funding",
						"grants",
						"Hesse"
					]
				}
			},
			file: {
				catalogue: (columns) => `The whole catalogue in one file: meta (build date, number of entries per collection, licence, source) and one list each for regions, actionFields, targetGroups, organizations, programs and projects. Each entry has its id, file (its file in the repository) and the fields of the content model. References to other entries are given as ids. There are also computed fields: for regions, ancestors (the regions above it, nearest first); for services, ${columns}. A service is available in a region R if area contains R or one of the ancestors of R. It lies in R if area or regionAncestors contains R.`,
				catalogueComputed: "key (\"programs/<id>\" or \"projects/<id>\"), status (laufend, beendet or geplant, meaning ongoing, ended or planned, on the build date) and regionAncestors (the regions above the regions in area)",
				schema: "JSON Schema (draft 2020-12) for catalogue.json. It is derived from the same schemas that check every entry, and describes each field with its type and allowed values.",
				csv: (columns) => `All programmes and projects as a table, one row per service, to open in a spreadsheet: UTF-8 with BOM, comma as separator, quotation marks as in RFC 4180. Columns: ${columns}. Regions, fields of action, target groups, funders and providers are given by name, and fixed values as a keyword (e.g. zuschuss, kostenlos). Multiple values are separated by a semicolon. page is the address of the page in the Förderatlas.`,
				overlaps: (n) => `All overlaps as an object { counts, doppelangebote, foerderwege }: duplicate services first, funding routes apart, each as a list of objects { a, b, score, actionFields, targetGroups, regions, period, kind, via, funded } (via: the programme that funds or could fund; funded: true when it already funds); counts counts all pairs. a and b are keys of the form "programs/<id>" or "projects/<id>". period is { start, end } (end is null if the period has no end). Each pair appears once, strongest first. For each service, its ${n} strongest partners are included.`,
				coverage: "Coverage as a list of objects { region, actionField, local, available, state, surveyed, gap } for each region and each field of action: local are the local services, available all services available there. state is vorhanden (a local service), luecke (surveyed, no local service found) or nicht-erhoben (not surveyed yet); surveyed is the day of the survey where there is one. gap is true only when state is luecke. fundablePrograms names, for a gap, the ids of the programmes that could close it (otherwise null); endsWithinMonths is 6, 12 or 24 when all running local services end within that many months, otherwise null.",
				feed: (n) => `Atom feed of new and changed programmes and projects, most recently changed first, with up to ${n} entries. The date used is the later of the last editorial check (reviewed) and the last change to the file in the repository. Subscribe to it in a feed reader.`,
				fieldFeed: "One Atom feed for each field of action, with the new and changed services in that field, at /handlungsfelder/<id>/feed.xml.",
				regionFeed: "One Atom feed for each region at /regionen/<id>/feed.xml, with the services available there: local services and services for a larger region that includes it (e.g. a state programme in every town in Hesse). This is what people in that region can use.",
				calendar: "All deadlines of the funding programmes (e.g. closing dates for applications) as all-day events in iCalendar format, to subscribe to in a calendar app. Each event keeps the same identifier (UID), even when the catalogue is rebuilt.",
				regionCalendar: "For each region, at /regionen/<id>/fristen.ics, the deadlines of the funding programmes available there.",
				dcat: "The description of these datasets following DCAT-AP.de, as JSON-LD: title, description, licence, format and address of each file, for data portals such as GovData.",
				grants: "Funding for which a project states an amount, following the 360Giving Data Standard: for each grant, the amount in euros, the date (1 January of the first funding year), the recipient (the project’s provider), the funder, the programme and the location. Made-up examples are marked as such."
			}
		},
		accessibility: {
			title: "Accessibility statement",
			description: "How accessible Förderatlas is, what is still missing and how to report a barrier.",
			intro: "Förderatlas should be easy to use for everyone. This statement applies to the Förderatlas website. It is measured against the German Accessible Information Technology Ordinance (BITV 2.0) and the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.",
			statusTitle: "Compliance status",
			status: "Based on our own assessment, the website is <strong>largely</strong> compliant with the requirements. It has not yet been assessed by an independent body.",
			doTitle: "What we do",
			do: [
				"All pages work without JavaScript; only the search and the comparison need it.",
				"You can use every page with the keyboard alone. The focus is always clearly visible.",
				"Text has high contrast and stays readable at 200% zoom.",
				"Every new version of the website is checked automatically against the WCAG 2.1 A and AA rules with the axe-core tool, in German, English and Arabic.",
				"Information is never given by colour alone: status and examples are always written out too.",
				"The interface exists in German, English and Arabic (right to left). Text in a language other than the page’s is marked, so screen readers pronounce it correctly."
			],
			notYetTitle: "What is not accessible yet",
			notYet: ["Much of the content is only available in German. The English and Arabic translations were made by machine and have not yet been checked by native speakers. An <a href=\"{easy}\">explanation in Easy German</a> is available.", "Linked websites of other providers (for example the official programme pages) are not our responsibility and are not always accessible."],
			createdTitle: "Preparation of this statement",
			created: "This statement was prepared on 26 November 2026. It is based on a self-assessment with automated tests (axe-core) and a manual check with keyboard and zoom.",
			reportTitle: "Report a barrier",
			report: "Have you come across a barrier? Please tell us. The <a href=\"{contribute}\">Get involved</a> page explains how. We will reply as soon as we can.",
			mediationTitle: "Conciliation procedure",
			mediation: "If you do not get a satisfactory answer to your report, you can contact the responsible conciliation or enforcement body. The operators will add the exact body and its contact details as soon as Förderatlas is run publicly (<a href=\"{imprint}\">Legal notice</a>)."
		},
		imprint: {
			title: "Legal notice",
			description: "Who runs Förderatlas.",
			placeholder: "<strong>Placeholder:</strong> Förderatlas is an open project under construction. The name and address of the operators, a responsible person and contact details will be added here before the website is run publicly.",
			privacyTitle: "Privacy",
			privacy: "This website sets no cookies, counts no visits and loads nothing from other servers: no fonts, no maps, no statistics services. The search runs entirely in your browser.",
			dataTitle: "Data and maps"
		},
		search: {
			title: "Search",
			intro: "Search all programmes, projects and regions, and use filters to narrow down the results.",
			queryLabel: "What are you looking for?",
			queryHint: "For example: German course for mothers, advice Offenbach, apprenticeship",
			filters: "Filters",
			clearFilters: "Remove all filters",
			results: "Results",
			startHint: "Enter a search term or choose a filter.",
			searching: "Searching …",
			resultCount: "{n} results",
			resultCountOne: "1 result",
			forQuery: "for “{q}”",
			withFilters: "with {n} filters",
			withFilter: "with 1 filter",
			showing: "showing {n}",
			sortRelevance: "by relevance",
			sortTitle: "by title (A–Z)",
			sortStart: "by start date (newest first)",
			more: "Show more results",
			noResultsTitle: "No results. These tips may help:",
			noResultsTips: [
				"Check the spelling or try a shorter word, for example “course” instead of “language courses”.",
				"Remove some of the filters.",
				"Search for your town or district: state and federal services apply there too."
			],
			browse: "Or browse the lists:",
			error: "The search could not be loaded. Please reload the page.",
			facets: {
				art: "Type",
				region: "Region",
				handlungsfeld: "Field of action",
				zielgruppe: "Target group",
				ebene: "Level",
				foerderart: "Type of funding",
				antragsberechtigte: "Who can apply",
				status: "Status",
				sprache: "Languages",
				kosten: "Cost"
			},
			organizationSummary: (kind, funds, carries) => `${kind}: funds ${funds} programmes, runs ${carries} projects`,
			regionSummary: (kind, parent, local, via) => `${kind}${parent ? ` in ${parent}` : ""}: ${local} local services, ${via} across Hesse or Germany`,
			kinds: {
				region: "Region",
				actionField: "Field of action",
				targetGroup: "Target group",
				organization: "Organisation"
			},
			noScript: "The search needs JavaScript. Without JavaScript, you can find all entries in the lists:"
		},
		finder: {
			title: "Find help near you",
			navLabel: "Find help",
			intro: "In three short steps: Where do you live? What do you need? For whom? You need no account, and nobody stores what you look for.",
			step: (n, of) => `Step ${n} of ${of}`,
			whereTitle: "Where do you live?",
			whereLabel: "Your town or municipality",
			whereHint: "Type the first letters, for example “Kassel” or “Herborn”.",
			whereButton: "Continue",
			whereListTitle: "Places from A to Z, by district",
			whereListIntro: "Choose your district and then your town or municipality.",
			wholeKreis: (kreis) => `I am not sure: all of ${kreis}`,
			suggestions: "Suggestions",
			noPlace: (q) => `We did not find “${q}”. Check the spelling or choose your place from the list below.`,
			didYouMean: "Did you mean",
			noPostcodes: "The finder does not know postcodes yet. Please type the name of your town or municipality.",
			notInHessen: "The Förderatlas knows places in Hesse. Do you live elsewhere? Then the nationwide services can help, for example the integration course.",
			placeCount: (n) => `${n} places`,
			needTitle: "What do you need?",
			needIntro: (place) => `Choose a topic. You will then see what there is in ${place}, in the district and in all of Hesse.`,
			needCount: (n) => plural("en", n, {
				one: "1 service",
				other: "{n} services"
			}),
			changePlace: "Choose another place",
			answerTitle: (need, place) => `${need} – ${place}`,
			yourChoice: "Your choice",
			choicePlace: "Place",
			choiceNeed: "Topic",
			choiceGroup: "For whom",
			change: "change",
			groupTitle: "For whom?",
			groupIntro: "If you like: show only services for one group.",
			groupAll: "For everyone",
			groupEmpty: "There is nothing here for this group. Choose “For everyone”.",
			sectionPlace: (place) => `In ${place}`,
			sectionKreis: (kreis) => `In the district: ${kreis}`,
			sectionLand: "In all of Hesse",
			sectionBund: "In all of Germany",
			sectionEu: "In the whole EU",
			sectionKreisIntro: "Services for the whole district first, then services in other towns of the district.",
			sectionAboveIntro: "These services apply everywhere here. There is often an office near you: ask for it.",
			nothingHere: (place) => `Nothing is listed for this topic in ${place} itself yet. Below is what there is in the district and in all of Hesse.`,
			nothingAtAll: "Nothing is listed for this topic here yet. An advice centre may be able to help.",
			showAll: (n) => `Show all ${n}`,
			more: "More about this service",
			phone: "Phone",
			email: "Email",
			website: "Website",
			nextDeadline: "Next deadline",
			notForFunds: "The finder shows services that people can use themselves. Funding programmes for associations, municipalities and providers are listed under “Programmes”.",
			printTitle: "To print",
			printIntro: "You can print this page and take it with you. For advice sessions: print it in the language of the person you advise and in German.",
			printButton: "Print this page",
			printIn: "This page in",
			printedFrom: "Printed from the Förderatlas",
			asOf: (date) => `Information as of ${date}`,
			qrCaption: "This page online",
			regionLink: (place) => `Find services for ${place}: by topic, with address and opening hours`,
			offlineSaved: "Saved for offline use: pages you open here can be viewed again without internet.",
			backToNeed: "Back: choose a topic",
			backToPlace: "Back: choose a place",
			homeTitle: "What is there near you?",
			homeIntro: "Choose your place. The finder then shows courses, advice and help near you, in your language and without signing up.",
			unknownStart: "Start the finder again"
		},
		editors: {
			sheetTitle: "Report with a spreadsheet",
			sheetIntro: "Do you keep your services in Excel or LibreOffice? Download the template: one sheet each for projects, programmes and organisations, every column explained in a note, drop-down lists for fixed values. Send the filled-in spreadsheet to the editors by e-mail. The editors import it with a check that names every problem by sheet, row and column. The column headers and notes are in German.",
			sheetLink: "Download the template (Excel, .xlsx)",
			hsdsDataset: {
				title: "Local services in the Open Referral HSDS 3 format",
				keywords: [
					"integration",
					"local services",
					"HSDS",
					"Open Referral standard",
					"Hesse"
				]
			},
			hsdsServices: "The local projects as services in Open Referral HSDS 3: description, status, cost, languages, age range, opening hours as schedules, service areas with the official municipality key (AGS), locations with address and accessibility, funding. Funding programmes are not services in this sense and appear only as the funding of the projects. Every id is a UUID (version 5) derived from the entry’s id, so it stays the same.",
			hsdsOrganizations: "The organisations running the projects, as HSDS 3 organizations.",
			hsdsLocations: "The places of the projects that have an address, as HSDS 3 locations, with accessibility and languages.",
			emailTitle: "Report by e-mail",
			emailIntro: "No account needed: your e-mail program opens a prepared message to the editors with every detail we need for an entry. Fill in what you know. A source, for example the web page of the service, helps us most.",
			emailLink: "Write an e-mail to the editors",
			emailAddress: "Editors’ address:",
			emailSubject: "Förderatlas: report a service or a correction",
			emailFields: [
				"New service or correction (for a correction: link to the page in the Förderatlas)",
				"Name of the service",
				"Organisation running or funding it",
				"Place, town or district",
				"For whom (target group, age)",
				"What is offered (course, advice, meeting place …)",
				"Address and opening hours",
				"Cost",
				"Languages",
				"Contact of the office (office, team mailbox, office phone)",
				"Source (web page or document that shows the details)",
				"What should change?"
			],
			emailClosing: "Please give contacts of offices only, no private persons."
		},
		searchHelp: {
			relaxed: "No results for all words – {count} for “{q}”.",
			fewRelaxed: "Only {n} for all words, plus results for “{q}”.",
			inPlace: "offerings that reach {place}",
			didYouMeanBefore: "Did you mean “",
			didYouMeanAfter: "”?",
			onlyStopWords: "Your search has no keyword. Please enter a keyword, for example “German course”, or a place.",
			shortened: "Your search was very long; we searched for its first words.",
			arabicScript: "Writing in Arabic? Go to the Arabic search"
		},
		gapToAction: {
			kind: {
				doppelangebot: "Duplicate service",
				foerderweg: "Funding route"
			},
			kindPlural: {
				doppelangebot: "Duplicate services",
				foerderweg: "Funding routes"
			},
			fundedNow: "already funds",
			fundingProgramme: "Funding programme",
			overlapTotals: (doubles, routes, offerings) => `${doubles} duplicate services and ${routes} funding routes among ${offerings} offerings.`,
			offeringSplit: (doubles, routes) => `Of these, ${doubles} duplicate services and ${routes} funding routes; duplicate services come first.`,
			doublesIntro: "Services for the same people at the same place and time: the overlaps where coordination pays off.",
			routesIntro: "A funding programme for organisations meets a service it could fund or already funds. That is no double structure but a route to funding.",
			noneOfKind: "None.",
			kindRuleTitle: "Duplicate service or funding route?",
			kindRule: [
				"A programme is a funding programme for organisations when only organisations can apply (no private individuals under “Who can apply”) and it gives money or staff (grant, loan, guarantee or staff funding), for example AMIF or ESF Plus.",
				"All other programmes and all projects are services for people, for example the integration course that people attend themselves.",
				"When two services for people meet, that is a duplicate service.",
				"When one of the two is a funding programme for organisations, or a project names the other programme as its funding, that is a funding route."
			],
			fundableTitle: "Gaps and funding programmes",
			fundableIntro: "For every surveyed gap: the funding programmes available there that fund this field of action and with which organisations could set up a service.",
			fundableRule: "Counted are programmes that only organisations can apply for and that give money or staff (as for funding routes), that are available in the region and have not ended. Courses that people attend themselves do not close a gap in the local offer and do not count here. Past deadlines are history, not calls.",
			gapsIn: "Gap in",
			noneFundable: "No funding programme in the catalogue could close this gap: a finding for the Land.",
			noGaps: "No surveyed gap in this field of action.",
			eligible: "Who can apply",
			fundingTypes: "Type of funding",
			nextDeadline: "Next deadline",
			noDeadline: "no deadline given",
			pastDeadline: (date) => `no coming deadline (last: ${date})`,
			moreProgrammes: (n) => plural("en", n, {
				one: "One more programme is listed in coverage.json (fundablePrograms).",
				other: "{n} more programmes are listed in coverage.json (fundablePrograms)."
			}),
			programmeCount: (n) => plural("en", n, {
				one: "1 funding programme",
				other: "{n} funding programmes"
			}),
			regionGapsTitle: "Gaps and who could close them",
			regionNoGaps: "No gap has been surveyed here.",
			toFieldPage: "All gaps in this field of action",
			radarTitle: "End-of-funding radar",
			radarIntro: "In which districts do all local services of a field of action end soon? Then the field would become a gap there.",
			radarRuleTitle: "The rule",
			radarRule: [
				"A service ends when its period ends. Without an end date, it ends with the last year its funding names (31 December) – only when every funding entry names years and that day is still to come.",
				"Otherwise its end is not known, and the field of action is not on the radar: nobody knows that it ends.",
				"Counted are the local services that have not ended on the day the site was built (planned ones too).",
				"When all of them end, the field ends with the last of them: within 6 months, in 7 to 12 or in 13 to 24 months from the day the site was built."
			],
			horizon: {
				m6: "up to 6 months",
				m12: "7 to 12 months",
				m24: "13 to 24 months"
			},
			asOf: (date) => `As of ${date}.`,
			kreis: "District",
			radarTableCaption: "Fields of action whose local services all end, per district",
			notOnRadar: "Not on the radar",
			fieldsEnding: "Fields of action that end",
			radarNone: "No field of action whose local services all end within the next 24 months.",
			openFields: (n) => plural("en", n, {
				one: "1 field of action has at least one service without a known end and is therefore not on the radar.",
				other: "{n} fields of action have at least one service without a known end and are therefore not on the radar."
			}),
			endedFields: (n) => plural("en", n, {
				one: "In 1 field of action all local services have already ended:",
				other: "In {n} fields of action all local services have already ended:"
			}),
			laterFields: (n) => plural("en", n, {
				one: "In 1 field of action all services end, but only after 24 months.",
				other: "In {n} fields of action all services end, but only after 24 months."
			}),
			townsTitle: "Towns and municipalities in the district",
			townsIntro: "The same rule for every place in the district: here a place would lose its last service of a field of action.",
			place: "Place",
			field: "Field of action",
			inTowns: "in towns and municipalities",
			moreCells: (n) => plural("en", n, {
				one: "… and 1 more.",
				other: "… and {n} more."
			}),
			endsIn: "Ends within",
			lastEnd: "Last end",
			endBasis: {
				zeitraum: "end of its period",
				foerderung: "last funded year",
				offen: "end not known"
			},
			moreOfferings: (n) => plural("en", n, {
				one: "… and 1 more service.",
				other: "… and {n} more services."
			}),
			radarFeed: "Atom feed of the radar for this district",
			feedTitle: (kreis) => `End-of-funding radar: ${kreis}`,
			feedSubtitle: (kreis) => `Fields of action in ${kreis} whose local services all end within 24 months`,
			feedEntry: (field, kreis, date) => `${field} in ${kreis}: all local services end by ${date}`,
			toRadar: "To the end-of-funding radar",
			otherKreise: "Other districts",
			similarTitle: "Similar offerings",
			similarIntro: "Offerings with similar words in title, summary and description, elsewhere too: to learn from each other. Found from the text, not by the overlap rule.",
			similarNone: "No other offering shares enough terms with this one.",
			sharedTerms: "Shared terms",
			similarity: "Similarity",
			similarHow: "How similarity is computed",
			similarRule: "Title (counted twice), summary and description become terms: words without filler words and place names, reduced to their stem (Snowball stemmer for German), plus the parts of compound words. Each term is weighted by BM25: frequent in this text, rare in the catalogue. Similarity is the cosine of the two weightings (0 to 1). Up to five offerings with at least two shared words are shown.",
			chainTitle: "Funding chain",
			chainIntro: "Where the money of the running local services comes from – EU, federal government, Land, municipality, foundations – according to the funding the projects name.",
			chainChart: "Funded local services per level: EU, federal, Land, municipality, foundation",
			chainRule: "Counted is the funding of running local projects from programmes that have not ended. Amounts appear only where a funding entry names one; per 1,000 inhabitants only where the population is known too.",
			level: "Level",
			programme: "Programme",
			offerings: "Local services",
			amount: "Amount",
			per1000: "Per 1,000 inhabitants",
			unknown: "unknown",
			atLeast: (amount, known, links) => `at least ${amount} (amount known for ${known} of ${links} funding entries)`,
			populationUnknown: "The population is unknown, so there is no amount per 1,000 inhabitants.",
			leftOutProjects: (n) => plural("en", n, {
				one: "1 funding entry of an ended project is not counted.",
				other: "{n} funding entries of ended projects are not counted."
			}),
			leftOutProgrammes: (n) => plural("en", n, {
				one: "1 funding entry from an ended programme is not counted.",
				other: "{n} funding entries from ended programmes are not counted."
			}),
			chainNone: "No running local service names funding from a running programme.",
			chainsTitle: "Funding chains of the districts",
			chainsIntro: "How many running local services each district has funded from which level; the programmes are on the district pages and in foerderketten.csv.",
			chainsByLevel: "Funded local services by level, all districts",
			chainsTableCaption: "Funded local services per district and level",
			funded: "Funded services",
			data: {
				similar: {
					title: "Similar offerings",
					keywords: [
						"Integration",
						"Similarity",
						"Hesse"
					]
				},
				chains: {
					title: "Funding chains per district",
					keywords: [
						"Integration",
						"Funding",
						"Districts",
						"Hesse"
					]
				},
				radar: {
					title: "End-of-funding radar",
					keywords: [
						"Integration",
						"End of funding",
						"Districts",
						"Hesse"
					]
				},
				similarFile: "For every offering (key \"programs/<id>\" or \"projects/<id>\") up to five offerings similar by text: key, score (cosine of the BM25 weights, 0 to 1) and terms (the shared terms, weightiest first).",
				chainsFile: "One row per district and programme: kreis, kreisName, population, populationYear, level, program, programTitle, offerings (number of running local services the programme funds), offeringKeys, links, linksWithAmount, amount (sum of the named amounts), amountPer1000 (euros per 1,000 inhabitants), years, note (why a value is empty). UTF-8 with BOM, RFC 4180.",
				radarFile: "Per district, the fields of action whose local services all end within the next 24 months (Atom)."
			}
		},
		admin: {
			title: "Editors: edit entries in the browser",
			noscript: "The browser editor needs JavaScript. Without JavaScript you can report entries by e-mail or with the spreadsheet template:",
			contributeLink: "Contribute"
		}
	},
	ar: {
		site: {
			name: "Förderatlas",
			tagline: "برامج الدعم والعروض للاندماج في هيسن",
			skipLink: "انتقل إلى المحتوى",
			searchLabel: "البحث في Förderatlas",
			searchPlaceholder: "مثلًا: دورة لغة ألمانية، استشارة أوفنباخ",
			searchButton: "بحث",
			mainNav: "القائمة الرئيسية",
			footerNav: "صفحات أخرى",
			breadcrumb: "أنتم هنا",
			home: "الصفحة الرئيسية",
			example: "مثال",
			exampleNote: "هذا الإدخال مثال مُختلَق. يوضّح كيف يعمل الكتالوج، ولا يصف عرضًا حقيقيًا.",
			imprint: "بيانات الناشر",
			privacy: "حماية البيانات",
			footerNote: "كتالوج مفتوح نشأ من برنامج ولاية هيسن «Modellregionen Integration» («المناطق النموذجية للاندماج»). بلا تتبّع، وبلا ملفات تعريف الارتباط (كوكيز)، وبلا محتوى من خوادم خارجية."
		},
		nav: {
			offerings: "العروض",
			programs: "البرامج",
			projects: "المشاريع",
			actionFields: "مجالات العمل",
			targetGroups: "الفئات المستهدفة",
			regions: "المناطق",
			organizations: "الجهات المنفّذة والمموّلة",
			compare: "المقارنة",
			overlaps: "التداخلات",
			coverage: "التغطية",
			monitoring: "الرصد",
			data: "البيانات",
			contribute: "شاركوا معنا",
			accessibility: "إمكانية الوصول",
			search: "البحث"
		},
		kind: {
			program: "برنامج",
			project: "مشروع"
		},
		kindPlural: {
			program: "برامج",
			project: "مشاريع"
		},
		status: {
			laufend: "جارٍ",
			beendet: "منتهٍ",
			geplant: "مُخطَّط له"
		},
		regionKind: {
			eu: "الاتحاد الأوروبي",
			bund: "المستوى الاتحادي",
			land: "ولاية",
			regierungsbezirk: "مقاطعة إدارية",
			landkreis: "دائرة",
			"kreisfreie-stadt": "مدينة مستقلة إداريًا",
			sonderstatusstadt: "مدينة ذات وضع خاص",
			gemeinde: "بلدية"
		},
		organizationKind: {
			"eu-institution": "مؤسسة تابعة للاتحاد الأوروبي",
			bundesbehoerde: "هيئة اتحادية",
			landesbehoerde: "هيئة تابعة للولاية",
			kommune: "سلطة محلية",
			wohlfahrtsverband: "جمعية رعاية اجتماعية",
			verein: "جمعية",
			migrantenorganisation: "منظمة مهاجرين",
			stiftung: "مؤسسة خيرية",
			bildungstraeger: "جهة تعليمية",
			unternehmen: "شركة",
			sonstige: "أخرى"
		},
		level: {
			eu: "الاتحاد الأوروبي",
			bund: "الحكومة الاتحادية",
			land: "ولاية هيسن",
			kommune: "السلطات المحلية",
			stiftung: "مؤسسة خيرية",
			sonstige: "أخرى"
		},
		fundingType: {
			zuschuss: "منحة مالية",
			darlehen: "قرض",
			buergschaft: "كفالة",
			sachleistung: "دعم عيني",
			beratung: "استشارة",
			kursangebot: "دورات",
			personalfoerderung: "دعم تكاليف الموظفين",
			preis: "جائزة",
			sonstige: "أخرى"
		},
		eligible: {
			privatpersonen: "أفراد",
			kommunen: "سلطات محلية",
			vereine: "جمعيات",
			migrantenorganisationen: "منظمات المهاجرين",
			bildungstraeger: "جهات تعليمية",
			unternehmen: "شركات",
			schulen: "مدارس",
			kitas: "دور حضانة",
			wohlfahrtsverbaende: "جمعيات الرعاية الاجتماعية",
			sonstige: "أخرى"
		},
		format: {
			kurs: "دورة",
			beratung: "استشارة",
			treffpunkt: "مكان لقاء",
			qualifizierung: "تأهيل",
			netzwerk: "شبكة",
			veranstaltung: "فعالية",
			"lotsen-mentoring": "مرافقة وإرشاد",
			sonstige: "أخرى"
		},
		cost: {
			kostenlos: "مجاني",
			"geringe-gebuehr": "رسوم قليلة",
			kostenpflichtig: "مدفوع",
			unbekannt: "غير معروف"
		},
		budgetPer: {
			gesamt: "إجمالًا",
			jahr: "سنويًا"
		},
		field: {
			summary: "باختصار",
			period: "الفترة",
			status: "الحالة",
			area: "المكان",
			actionFields: "مجالات العمل",
			targetGroups: "لمن",
			funder: "الجهة المموّلة",
			carrier: "الجهة المنفّذة",
			level: "المستوى",
			fundingTypes: "نوع الدعم",
			eligible: "من يمكنه طلب الدعم",
			deadlines: "المواعيد النهائية",
			budget: "الميزانية",
			format: "شكل العرض",
			cost: "التكلفة",
			languages: "اللغات",
			address: "العنوان",
			contact: "التواصل",
			url: "الصفحة الرسمية",
			sources: "المصادر",
			noSources: "لا توجد مصادر: هذا مثال مُختلَق.",
			accessed: "تاريخ الاطلاع:",
			reviewed: "آخر مراجعة",
			funding: "بدعم من",
			fundedProjects: "المشاريع المدعومة",
			description: "الوصف",
			ags: "الرمز الرسمي للبلدية (AGS)",
			population: "عدد السكان",
			parent: "تقع في",
			officialName: "الاسم الرسمي",
			coordination: "مكتب التنسيق",
			modelRegion: "منطقة نموذجية للاندماج (2009–2013)",
			keywords: "كلمات بحث أخرى",
			region: "المنطقة",
			kind: "النوع",
			eligibility: "من يمكنه الحضور",
			ageRange: "العمر",
			hours: "مواعيد الاستقبال",
			accessibility: "إمكانية الوصول",
			howTo: "الخطوات التالية",
			byAppointment: "بموعد مسبق",
			stepFree: "مدخل بلا درجات",
			notStepFree: "المدخل فيه درجات",
			accessibleToilet: "مرحاض مهيأ لذوي الإعاقة",
			noAccessibleToilet: "لا يوجد مرحاض مهيأ لذوي الإعاقة",
			hearingLoop: "نظام حلقة سمعية",
			noHearingLoop: "لا يوجد نظام حلقة سمعية",
			ageFrom: (n) => `من ${n} عامًا`,
			ageTo: (n) => `حتى ${n} عامًا`,
			ageBetween: (min, max) => `من ${min} إلى ${max} عامًا`,
			clock: (from, to) => `${from}–${to}`
		},
		page: {
			homeTitle: "ابحثوا عن دعم للاندماج في هيسن",
			homeIntro: "تجدون هنا برامج الدعم والعروض المحلية للأشخاص ذوي الخلفية المهاجرة في هيسن: دورات لغة، واستشارات، ومساعدة في التدريب المهني والعمل، وغير ذلك الكثير. ويبيّن الأطلس أيضًا أي العروض موجودة وأين، وأين تتداخل، وأين توجد ثغرات.",
			homeByField: "البحث حسب الموضوع",
			homeModelRegions: "المناطق النموذجية للاندماج (Modellregionen Integration)",
			homeModelRegionsIntro: "في أكتوبر 2009 حدّدت ولاية هيسن ست مناطق نموذجية لبرنامج «Modellregionen Integration» («المناطق النموذجية للاندماج»)، واستمر البرنامج حتى عام 2013.",
			homeFigures: "الكتالوج بالأرقام",
			programsIntro: "برامج الدعم من الاتحاد الأوروبي والحكومة الاتحادية وولاية هيسن والمؤسسات الخيرية: من يدعم ماذا، ولمن، وأين.",
			projectsIntro: "مشاريع وعروض محلية: دورات، واستشارات، وأماكن لقاء، وغير ذلك.",
			actionFieldsIntro: "مجالات العمل هي مواضيع العمل في مجال الاندماج. ينتمي كل عرض إلى مجال واحد على الأقل.",
			targetGroupsIntro: "لمن صُمّم العرض؟ هنا تجدون العروض مرتّبة حسب الفئات المستهدفة.",
			regionsIntro: "من الاتحاد الأوروبي إلى المدينة: تعرض كل منطقة ما يوجد فيها محليًا، وما هو متاح على مستوى الولاية أو على المستوى الاتحادي.",
			organizationsIntro: "من يقدّم الدعم، ومن ينفّذ العروض؟ وزارات، وسلطات محلية، وجمعيات، ومنظمات أخرى.",
			sortedBy: "الترتيب",
			sortByField: "حسب مجال العمل",
			sortByTitle: "أبجديًا (A–Z)",
			sortByStart: "حسب تاريخ البدء (الأحدث أولًا)",
			sortByLevel: "حسب المستوى",
			count: (n, one, many) => plural("ar", n, {
				one: `{n} ${one}`,
				few: `{n} ${many}`,
				other: `${many}: {n}`
			}),
			local: "محليًا",
			localIntro: "عروض تُقام في هذه المنطقة أو في إحدى بلداتها.",
			viaAncestor: "متاح على مستوى الولاية والمستوى الاتحادي",
			viaAncestorIntro: "عروض تشمل منطقة أكبر، ولذلك يمكن الاستفادة منها هنا أيضًا.",
			via: "عبر",
			subRegions: "المناطق في",
			organizationsHere: "منظمات مقرّها هنا",
			noneLocal: "لم يُسجَّل بعد أي عرض محلي لهذه المنطقة.",
			noneYet: "لا توجد إدخالات بعد.",
			moreHidden: (n) => plural("ar", n, {
				one: "… وعرض آخر.",
				two: "… وعرضان آخران.",
				few: "… و{n} عروض أخرى.",
				many: "… و{n} عرضًا آخر.",
				other: "… وعروض أخرى عددها {n}."
			}),
			showAllInSearch: "عرض الكل في البحث",
			pageOf: (page, pages) => `الصفحة ${page} من ${pages}`,
			previous: "الصفحة السابقة",
			next: "الصفحة التالية",
			pagination: "الصفحات",
			offeringsInField: "العروض في مجال العمل هذا",
			offeringsForGroup: "العروض لهذه الفئة المستهدفة",
			funds: "يدعم",
			carries: "ينفّذ",
			relatedProgramme: "البرنامج",
			seeAlso: "انظروا أيضًا",
			notFoundTitle: "الصفحة غير موجودة",
			notFoundAnd: "و",
			notFoundText: "هذه الصفحة غير موجودة (أو لم تعد موجودة). قد يساعدكم البحث أو قائمة جميع العروض.",
			placeholderNote: "هذه الصفحة قيد الإنشاء.",
			onlyPlanned: "مُخطَّط له ابتداءً من",
			expired: "انتهى الموعد",
			offeringOne: "عرض",
			offeringMany: "عروض",
			contents: "المحتوى",
			moreAboutField: (field) => `المزيد عن مجال العمل «${field}»`
		},
		i18n: {
			switcher: "اختر اللغة",
			onlyGerman: "متوفر باللغة الألمانية فقط.",
			onlyGermanPage: "هذه الصفحة متوفرة باللغة الألمانية فقط.",
			machineTranslated: "هذه الترجمة آلية، ولم يراجعها بعد شخص لغته الأم العربية.",
			interfaceUnchecked: "نصوص هذه الصفحة مترجمة، ولم يراجعها بعد شخص لغته الأم العربية.",
			improveTranslation: "حسّن هذه الترجمة",
			germanOriginal: "الاسم الألماني الرسمي"
		},
		period: {
			since: "منذ",
			from: "ابتداءً من",
			to: "حتى",
			documented: "موثّق منذ"
		},
		maps: {
			basis: "أساس الخريطة",
			changed: "البيانات معدّلة",
			licence: "ترخيص البيانات لألمانيا مع ذكر المصدر، الإصدار 2.0"
		},
		home: {
			searchLabel: "عمّ تبحثون؟",
			moreAboutProgramme: "المزيد عن البرنامج",
			running: "عروض جارية حاليًا"
		},
		easy: {
			heading: "بالألمانية المبسّطة (Leichte Sprache)",
			more: "المزيد عن هذه الصفحة بالألمانية المبسّطة",
			headerLink: "الألمانية المبسّطة",
			pageDescription: "Förderatlas بالألمانية المبسّطة: ماذا يوجد هنا؟ وكيف تجدون عرضًا؟"
		},
		regions: {
			ended: "انتهت",
			mapCaption: "الدوائر والمدن المستقلة إداريًا في هيسن، وعددها 27. اختاروا دائرة لتروا ما يوجد فيها.",
			legendModel: "منطقة نموذجية للاندماج (مظلّلة بخطوط)",
			legendOther: "دائرة أخرى",
			modelRegion: "منطقة نموذجية للاندماج",
			localCount: (n) => plural("ar", n, {
				zero: "لا توجد عروض محلية",
				one: "عرض محلي واحد",
				two: "عرضان محليان",
				few: "{n} عروض محلية",
				many: "{n} عرضًا محليًا",
				other: "{n} عرض محلي"
			}),
			above: "الاتحاد الأوروبي والحكومة الاتحادية والولاية والمقاطعات الإدارية",
			azTitle: "جميع المدن والبلديات حسب الدائرة",
			azIntro: "ابحثوا عن مكان سكنكم: المدن والبلديات مدرجة تحت دائرتها، مرتّبة أبجديًا.",
			kreisfrei: "مدينة مستقلة إداريًا: هي دائرة وبلدية في الوقت نفسه.",
			locatorKreis: (place, kreis) => `الموقع: ${place} في ${kreis}`,
			locatorSelf: (place) => `الموقع: ${place} في هيسن`,
			locatorAll: "يسري في كل أنحاء هيسن",
			locatorArea: "أين يسري العرض",
			reachKreis: "على مستوى الدائرة",
			reachBezirk: "على مستوى المقاطعة الإدارية",
			reachLand: "على مستوى الولاية",
			reachBund: "على مستوى ألمانيا",
			reachEu: "على مستوى الاتحاد الأوروبي",
			description: (name) => `برامج الدعم والعروض للاندماج في ${name}: متاحة محليًا وعلى مستوى الولاية أو على المستوى الاتحادي.`,
			populationSource: (year) => `بيانات عام ${year}؛ مصدر البيانات: المكتب الاتحادي للإحصاء (Destatis)، GV-ISys؛ ترخيص البيانات by-2-0`,
			surveyTitle: "حالة البيانات",
			surveyed: (date, count, total) => `جرى المسح في ${date}: بُحث هنا عن عروض محلية في ${count} من ${total} مجالات عمل.`,
			surveyedFields: "مجالات العمل التي مُسحت",
			surveySources: "المصادر التي رُوجعت",
			notSurveyed: "لم تُمسح هذه المنطقة بعد. حيث لا يظهر عرض هنا، فالمعنى «لم يُمسح»، لا «ثغرة»."
		},
		contribute: {
			title: "شاركوا معنا",
			intro: "يعتمد Förderatlas على أشخاص محليين يشاركون معرفتهم: السلطات المحلية، والجمعيات، ومنظمات المهاجرين، ومراكز الاستشارة، والمواطنات والمواطنون.",
			withoutGit: "من دون معرفة تقنية",
			reportOffering: "الإبلاغ عن عرض",
			reportOfferingText: "نموذج لإضافة برنامج أو مشروع غير موجود هنا. يُرجى ذكر مصدر، مثل الموقع الإلكتروني للعرض.",
			reportError: "الإبلاغ عن خطأ",
			reportErrorText: "نموذج للإبلاغ عندما تكون معلومة ما غير صحيحة. في كل صفحة يوصلكم رابط «الإبلاغ عن خطأ» إليه مباشرة.",
			stepsTitle: "أضيفوا الإدخال بأنفسكم: في ست خطوات",
			steps: [
				"تأكدوا أولًا عبر البحث مما إذا كان الإدخال موجودًا بالفعل.",
				"أنشئوا ملفًا: الأمر <code>npm run new -- programs mein-programm</code> يكتب قالبًا فيه جميع الحقول الإلزامية. اسم الملف هو المعرّف: أحرف لاتينية صغيرة وأرقام وشرطات، وتُكتب الأحرف الألمانية الخاصة بطريقة أخرى (ä → ae، ß → ss).",
				"املؤوا الحقول. تشرح الجداول أدناه كل حقل. تعرض برامج التحرير مثل VS Code مع إضافة YAML اقتراحات وأخطاء أثناء الكتابة.",
				"اذكروا المصادر وتاريخ مراجعتكم. اكتبوا فقط ما يقوله المصدر.",
				"تحقّقوا باستخدام <code>npm run validate</code>: يظهر كل خطأ مع اسم الملف ورقم السطر والعمود، باللغة الألمانية، ومع القيمة المتوقعة.",
				"افتحوا طلب دمج (Pull Request). يجري التحقق تلقائيًا، وتظهر الأخطاء مباشرة عند السطر الذي غيّرتموه."
			],
			review: "الإدخالات التي لم تُراجَع منذ مدة طويلة مدرجة في قائمة خاصة:",
			reviewLink: "إدخالات تحتاج إلى مراجعة",
			honestTitle: "بيانات صادقة",
			honest: "تذكر البرامج والمشاريع الحقيقية دائمًا مصدرًا وتاريخ آخر مراجعة. أما الإدخالات المختلَقة، التي تُظهر فقط كيف يعمل الكتالوج، فتحمل علامة «مثال» بشكل واضح.",
			translationsTitle: "تحسين الترجمات",
			translations: [
				"الصفحات متوفرة بالألمانية والإنجليزية والعربية. نصوص الواجهة موجودة في <code>src/i18n/en.ts</code> و <code>src/i18n/ar.ts</code>؛ أما ترجمات البرامج ومجالات العمل والفئات المستهدفة فموجودة في الحقل <code>translations</code> في ملف كل منها.",
				"كثير من الترجمات آلية، أو لم يراجعها بعد شخص لغته الأم هي لغة الترجمة. تحمل هذه الترجمات العلامة <code>machineTranslated: true</code>، وتذكر الصفحة ذلك باللغة المعنية.",
				"هل لغتكم الأم الإنجليزية أو العربية؟ راجعوا الترجمة، وحسّنوها في الملف، واحذفوا <code>machineTranslated: true</code>. ثم افتحوا طلب دمج (Pull Request). لكل ترجمة في صفحتها رابط «حسّن هذه الترجمة» يقود مباشرة إلى الملف.",
				"إذا كانت الترجمة ناقصة، تعرض الصفحة النص الألماني مع الملاحظة «متوفر باللغة الألمانية فقط». الترجمات الجديدة مرحّب بها: <code>title</code> (اختياري)، و <code>summary</code>، و <code>body</code> (اختياري) تحت <code>translations.en</code> أو <code>translations.ar</code>."
			],
			fieldsGerman: "أوصاف الحقول باللغة الألمانية، مثل رسائل الخطأ في التحقق.",
			fieldsTitle: "جميع الحقول",
			fieldsIntro: "تُنشأ هذه الجداول من القواعد نفسها التي يعمل بها التحقق. وتتوفر لبرامج التحرير أيضًا بصيغة JSON Schema، مثلًا",
			field: "الحقل",
			required: "إلزامي",
			type: "النوع",
			meaning: "المعنى",
			yes: "نعم",
			no: "لا",
			reviewTitle: "إدخالات تحتاج إلى مراجعة",
			reviewIntro: (months) => {
				return `لم تُراجَع هذه العروض منذ أكثر من ${plural("ar", months, {
					one: "شهر",
					two: "شهرين",
					few: "{n} أشهر",
					many: "{n} شهرًا",
					other: "{n} شهر"
				})}. يُرجى التحقق من المعلومات والمصادر، ثم كتابة تاريخ اليوم في الحقل «reviewed».`;
			},
			reviewNone: "جميع الإدخالات مراجَعة حاليًا.",
			reviewCount: (n) => plural("ar", n, {
				one: "إدخال واحد يحتاج إلى مراجعة.",
				two: "إدخالان يحتاجان إلى مراجعة.",
				few: "{n} إدخالات تحتاج إلى مراجعة.",
				other: "عدد الإدخالات التي تحتاج إلى مراجعة: {n}."
			}),
			secondaryTitle: "إدخالات بمصادر ثانوية فقط",
			secondaryIntro: "تعتمد هذه الإدخالات على الصحافة أو صفحات أخرى فقط (أو لا تذكر مصادرها نوعها). يُرجى إضافة صفحة للجهة المموّلة أو لجهة رسمية (kind: amtlich) أو للجهة المنفّذة (kind: traeger).",
			secondaryNone: "كل الإدخالات تذكر مصدرًا رسميًا أو مصدرًا من الجهة المنفّذة.",
			secondaryCount: (n) => plural("ar", n, {
				one: "إدخال واحد يعتمد على مصادر ثانوية فقط.",
				two: "إدخالان يعتمدان على مصادر ثانوية فقط.",
				few: "{n} إدخالات تعتمد على مصادر ثانوية فقط.",
				other: "عدد الإدخالات التي تعتمد على مصادر ثانوية فقط: {n}."
			}),
			entry: "الإدخال",
			file: "الملف"
		},
		entry: {
			label: "عن هذا الإدخال",
			reviewed: "آخر مراجعة",
			changed: "آخر تعديل",
			edit: "تعديل هذه الصفحة",
			report: "الإبلاغ عن خطأ"
		},
		overlap: {
			professionals: (n) => `للمختصين: التداخلات مع عروض أخرى (${n})`,
			title: "التداخلات",
			intro: "هنا تجدون العروض التي تتداخل: تعمل في مجال العمل نفسه، وللفئة المستهدفة نفسها، وفي المكان نفسه، وفي الوقت نفسه. هذا ليس أمرًا سيئًا – لكنه سبب للتنسيق فيما بينها.",
			offeringIntro: "عروض أخرى تصل إلى الفئة المستهدفة نفسها في مجال العمل نفسه، وفي المكان نفسه، وفي الوقت نفسه.",
			howRule: "كيف تُحدَّد التداخلات",
			none: "لا توجد تداخلات مع عروض أخرى في الكتالوج.",
			sharedFields: "مجالات العمل المشتركة",
			sharedGroups: "الفئات المستهدفة المشتركة",
			meetIn: "تلتقي في",
			commonPeriod: "الفترة المشتركة",
			score: "النقاط",
			showAll: (n) => plural("ar", n, {
				one: "هذا التداخل في القائمة الكاملة",
				other: "جميع تداخلات هذا العرض ({n})"
			}),
			pageHeading: "جميع تداخلات",
			pageIntro: (n) => plural("ar", n, {
				one: "تداخل واحد مع عرض آخر.",
				two: "تداخلان مع عرضين آخرين.",
				other: "التداخلات مع عروض أخرى: {n}، الأقوى أولاً."
			}),
			backToOffering: "العودة إلى العرض",
			ruleTitle: "القاعدة",
			rule: [
				"يشترك العرضان في مجال عمل واحد على الأقل.",
				"يشتركان في فئة مستهدفة واحدة على الأقل.",
				"تلتقي منطقتاهما: منطقة أحد العرضين هي منطقة العرض الآخر نفسها، أو تقع داخلها، أو تشملها. لذلك يلتقي برنامج على مستوى الولاية مع مشروع في فيتسلار (Wetzlar)؛ أما مشروعان في دائرتين متجاورتين فلا يلتقيان.",
				"تتداخل فترتاهما الزمنيتان (العرض الذي ليس له تاريخ انتهاء يُعدّ مستمرًا).",
				"إذا موّل أحدهما الآخر (يذكر مشروع البرنامج تحت „التمويل“) فالتداخل طريق تمويل لا عرض مكرّر (انظر „عرض مكرّر أم طريق تمويل؟“)."
			],
			scoreTitle: "النقاط",
			scoreText: "ترتّب النقاط (من 0 إلى 100) التداخلات: حتى 40 نقطة لمجالات العمل المشتركة (ثلث هذه النقاط لكل مجال، وثلاثة مجالات كحد أقصى)، وحتى 30 نقطة للفئات المستهدفة المشتركة (بالطريقة نفسها)، وحتى 20 نقطة بحسب مدى محلية مكان الالتقاء (الاتحاد الأوروبي 0، المستوى الاتحادي 4، الولاية 8، المقاطعة الإدارية 12، الدائرة 16، البلدية 20)، وحتى 10 نقاط لطول الفترة المشتركة (النقاط كاملة ابتداءً من خمس سنوات).",
			filterRegion: "المنطقة",
			filterField: "مجال العمل",
			filterAll: "الكل",
			filterOffering: "فقط تداخلات العرض",
			filterApply: "عرض",
			filterReset: "إلغاء التصفية",
			shown: (n, total) => `التداخلات المعروضة: ${n} من ${total}.`,
			showGroup: (n) => plural("ar", n, {
				one: "عرض تداخل واحد",
				two: "عرض تداخلين",
				few: "عرض {n} تداخلات",
				other: "عرض التداخلات ({n})"
			}),
			groupCapped: (n) => `تُعرض هنا فقط أقوى التداخلات في هذه المجموعة (${n})؛ والقائمة الكاملة لكل عرض موجودة على صفحته.`,
			columns: {
				pair: "العروض",
				reasons: "الأسباب",
				score: "النقاط"
			},
			totals: (overlaps, offerings) => `عدد التداخلات: ${overlaps}، بين ${offerings} من العروض.`,
			ruleAndScore: "القاعدة والنقاط",
			ruleIntro: "يتداخل عرضان إذا تحقّقت جميع الشروط التالية:",
			and: "و",
			withExample: "يتضمن مثالًا",
			filterStatus: "التداخلات المعروضة: {n}، في مجموعات عددها {g}."
		},
		coverage: {
			title: "التغطية",
			intro: "ما مجالات العمل المغطّاة محليًا في كل منطقة، وأين ينقص عرض ما؟ يحصي الجدول العروض لكل منطقة ولكل مجال عمل.",
			explainLocal: "الرقم الكبير: العروض المحلية – تُقام في المنطقة أو في إحدى بلداتها.",
			explainAvailable: "«متاح»: جميع العروض التي يمكن الاستفادة منها هناك، بما فيها برامج الولاية والحكومة الاتحادية والاتحاد الأوروبي.",
			explainGap: "«ثغرة» (مظلّلة بخطوط): جرى البحث في هذه المنطقة عن عروض في مجال العمل هذا (تاريخ المسح في صفحة المنطقة) ولم يُعثر على عرض محلي. ومع ذلك قد تكون برامج الولاية أو البرامج الاتحادية متاحة.",
			explainUnsurveyed: "«لم يُمسح» (منقّطة): لا يعرف الدليل عرضًا محليًا، لكن لم يبحث أحد هناك بعد. هذا يخبر عن الدليل، لا عن المنطقة.",
			summary: (regions, fields, present, gaps, unsurveyed) => `عدد المناطق: ${regions}، عدد مجالات العمل: ${fields}؛ فيها عرض محلي: ${present}، ثغرات (بعد المسح): ${gaps}، لم يُمسح: ${unsurveyed}.`,
			unsurveyed: "لم يُمسح",
			unsurveyedLabel: "لا يُعرف عرض، لم يُمسح",
			caption: "العروض المحلية حسب المنطقة ومجال العمل",
			region: "المنطقة",
			modelRegions: "المناطق النموذجية للاندماج",
			landAndKreise: "الولاية والدوائر والمدن المستقلة إداريًا",
			present: "فيها عرض محلي",
			gap: "ثغرة",
			availableShort: (n) => `متاح: ${n}`,
			mapsTitle: "خرائط حسب مجال العمل",
			mapIntro: (field) => `كم عرضًا محليًا في مجال العمل «${field}» يوجد في كل دائرة؟ المظلّلة بخطوط: جرى المسح ولم يوجد عرض (ثغرة). المنقّطة: لم تُمسح بعد.`,
			mapCaption: (field) => `العروض المحلية في مجال العمل «${field}» حسب الدائرة`,
			mapLabel: (n, surveyed) => {
				if (n === 0) return surveyed ? "لا توجد عروض محلية (ثغرة، بعد المسح)" : "لا تُعرف عروض محلية (لم يُمسح)";
				return plural("ar", n, {
					one: "عرض محلي واحد",
					two: "عرضان محليان",
					few: "{n} عروض محلية",
					many: "{n} عرضًا محليًا",
					other: "{n} عرض محلي"
				});
			},
			toField: (field) => `جميع العروض في مجال العمل «${field}»`,
			toMatrix: "إلى جدول جميع مجالات العمل",
			tableTitle: "الأرقام في جدول",
			localHeading: "محليًا",
			availableHeading: "متاح (بما في ذلك على مستوى الولاية والمستوى الاتحادي)",
			otherFields: "مجالات عمل أخرى",
			classLabels: [
				"لا يوجد (ثغرة)",
				"1",
				"2–3",
				"4 أو أكثر"
			],
			kreisCount: (n) => plural("ar", n, {
				zero: "لا توجد دوائر",
				one: "دائرة واحدة",
				two: "دائرتان",
				few: "{n} دوائر",
				many: "{n} دائرةً",
				other: "{n} دائرة"
			})
		},
		compare: {
			title: "مقارنة المناطق",
			intro: "ضعوا من منطقتين إلى أربع مناطق جنبًا إلى جنب: كم عرضًا محليًا يوجد، وفي أي مجالات عمل، ولأي فئات مستهدفة، وأين توجد ثغرات؟",
			pick: "اختيار المناطق (من 2 إلى 4)",
			apply: "مقارنة",
			pickHint: "يُحفظ اختياركم في عنوان الصفحة؛ يمكنكم مشاركته أو حفظه كإشارة مرجعية.",
			tooMany: "يُرجى اختيار أربع مناطق كحد أقصى.",
			tooFew: "يُرجى اختيار منطقتين على الأقل.",
			showing: (names) => `تجري المقارنة بين: ${names}.`,
			noScript: "من دون JavaScript يعرض الجدول جميع المناطق؛ مرّروا الجدول أفقيًا.",
			caption: "مقارنة المناطق",
			measure: "المؤشر",
			population: "عدد السكان",
			local: "العروض المحلية",
			perCapita: "العروض المحلية لكل 100,000 نسمة",
			available: "إجمالي العروض المتاحة",
			gaps: "ثغرات: بعد المسح، بلا عرض محلي",
			unsurveyed: "مجالات عمل بلا عرض معروف، لم تُمسح",
			byField: "العروض المحلية حسب مجال العمل",
			byGroup: "العروض المحلية حسب الفئة المستهدفة",
			modelRegion: "منطقة نموذجية للاندماج",
			yes: "نعم",
			no: "لا"
		},
		monitoring: {
			title: "الرصد",
			intro: "أرقام ورسوم بيانية عن الكتالوج: كم عرضًا يوجد في كل مجال عمل، ولأي فئات مستهدفة، ومنذ متى، وما مبالغ الدعم التي تذكرها المشاريع؟",
			byField: "العروض حسب مجال العمل (هيسن كلها وعلى مستوى ألمانيا)",
			byGroup: "العروض حسب الفئة المستهدفة",
			byYear: "العروض الجارية في كل سنة",
			funding: "مبالغ الدعم التي تذكرها المشاريع حسب البرنامج والسنة",
			fundingNote: "إذا ذكر مشروع مبلغًا لعدة سنوات، يُوزَّع المبلغ بالتساوي على هذه السنوات.",
			noFunding: "لم يذكر أي مشروع مبلغ دعم بعد.",
			perRegion: "العروض المحلية في المناطق النموذجية حسب مجال العمل",
			asTable: "كجدول",
			count: "العدد",
			year: "السنة",
			program: "البرنامج",
			amount: "المبلغ",
			fundingPerYear: "المجموع في كل سنة",
			localTotal: "إجمالي العروض المحلية",
			exampleNote: "بعض المشاريع أمثلة مختلَقة؛ وأرقامها تُظهر فقط كيف يعمل الرصد.",
			surveyTitle: "حالة المسح",
			surveyIntro: (surveyed, total) => `جرى مسح ${surveyed} من أصل ${total} منطقة في جدول التغطية: فقط هناك يمكن أن يُسمّى مجال عمل بلا عرض محلي ثغرة.`,
			surveyChart: "خلايا جدول التغطية حسب الحالة",
			surveyState: "الحالة",
			undated: "بلا سنة"
		},
		data: {
			title: "البيانات المفتوحة",
			intro: "جميع محتويات Förderatlas متاحة للتنزيل كبيانات مفتوحة، ليتمكّن الآخرون من إعادة استخدامها: السلطات المحلية، والباحثون، والصحافة، والبوابات الأخرى.",
			files: "الملفات",
			portalTitle: "الوصف لبوابات البيانات",
			subscribeIntro: "تُبقيكم الخلاصات (Feeds) والتقويمات على اطّلاع: يُعلمكم قارئ الخلاصات بالعروض الجديدة والمعدّلة، ويعرض برنامج التقويم المواعيد النهائية لبرامج الدعم.",
			licenceTitle: "الترخيص",
			licence: (name) => `بيانات Förderatlas منشورة بموجب الترخيص ${name}. يُرجى ذكر «Förderatlas» مصدرًا.`,
			licenceLink: "قراءة نص الترخيص",
			licenceOf: "الترخيص",
			format: "الصيغة",
			example: "مثال",
			sourcesTitle: "مصادر البيانات المرجعية",
			regionSource: "المناطق والرموز وأعداد السكان: مصدر البيانات: المكتب الاتحادي للإحصاء (Destatis)، نظام معلومات دليل البلديات GV-ISys، الحالة في 31.12.2019؛",
			ownRendering: "عرض من إعدادنا.",
			licenceShort: "ترخيص البيانات by-2-0",
			maps: "الخرائط:",
			germanOnly: "الملفات باللغة الألمانية: أسماء الحقول والقيم تبقى كما هي، والترجمات موجودة في الحقل translations وفي الأعمدة titleEn و summaryEn و titleAr و summaryAr.",
			catalogueDescription: "برامج الدعم ومشاريع العمل في مجال الاندماج في هيسن، مع مجالات عملها وفئاتها المستهدفة والجهات المموّلة والمنفّذة ومناطقها.",
			feedTitle: "Förderatlas: عروض جديدة ومعدّلة",
			feedSubtitle: "برامج دعم ومشاريع جديدة ومعدّلة، الأحدث تعديلًا أولًا.",
			fieldFeedTitle: (field) => `Förderatlas: ${field}`,
			fieldFeedSubtitle: (field) => `عروض جديدة ومعدّلة في مجال العمل «${field}».`,
			regionFeedTitle: (region) => `Förderatlas: العروض في ${region}`,
			regionFeedSubtitle: (region) => `عروض جديدة ومعدّلة متاحة في ${region}: محليًا وعبر منطقة أعلى (الدائرة، الولاية، الحكومة الاتحادية، الاتحاد الأوروبي).`,
			calendarName: "Förderatlas: المواعيد النهائية",
			calendarDescription: "جميع المواعيد النهائية لبرامج الدعم في Förderatlas كمواعيد تستغرق اليوم كله.",
			regionCalendarName: (region) => `Förderatlas: المواعيد النهائية في ${region}`,
			regionCalendarDescription: (region) => `المواعيد النهائية لبرامج الدعم المتاحة في ${region}.`,
			deadline: (program) => `موعد نهائي: ${program}`,
			datasets: {
				katalog: {
					title: "كتالوج Förderatlas",
					keywords: [
						"الاندماج",
						"برامج الدعم",
						"المشاريع",
						"هيسن"
					]
				},
				ueberschneidungen: {
					title: "التداخلات بين العروض",
					keywords: [
						"الاندماج",
						"التداخلات",
						"هيسن"
					]
				},
				abdeckung: {
					title: "تغطية مجالات العمل حسب المنطقة",
					keywords: [
						"الاندماج",
						"التغطية",
						"ثغرات الخدمات",
						"هيسن"
					]
				},
				aenderungen: {
					title: "عروض جديدة ومعدّلة",
					keywords: [
						"الاندماج",
						"الخلاصات",
						"هيسن"
					]
				},
				fristen: {
					title: "المواعيد النهائية لبرامج الدعم",
					keywords: [
						"الاندماج",
						"المواعيد النهائية",
						"برامج الدعم",
						"هيسن"
					]
				},
				foerderungen: {
					title: "تمويل المشاريع (360Giving)",
					keywords: [
						"الاندماج",
						"التمويل",
						"المنح",
						"هيسن"
					]
				}
			},
			file: {
				catalogue: (columns) => `الكتالوج كاملًا في ملف واحد: meta (تاريخ الإنشاء، وعدد الإدخالات في كل مجموعة، والترخيص، والمصدر)، وقائمة لكلٍّ من regions و actionFields و targetGroups و organizations و programs و projects. لكل إدخال id خاص به، و file (ملفه في المستودع)، وحقول نموذج المحتوى؛ والإحالات إلى إدخالات أخرى مكتوبة كقيم id. ويُضاف إلى ذلك حقول محسوبة: للمناطق ancestors (المناطق الأعلى، الأقرب أولًا)، وللعروض ${columns}. يكون العرض متاحًا في منطقة R إذا احتوى area على R أو على منطقة من ancestors الخاصة بـ R؛ ويقع العرض في R إذا احتوى area أو regionAncestors على R.`,
				catalogueComputed: "key (\"programs/<id>\" أو \"projects/<id>\")، و status (laufend أو beendet أو geplant في يوم الإنشاء)، و regionAncestors (المناطق التي تقع فوق المنطقة area)",
				schema: "JSON Schema (المسودة 2020-12) للملف catalogue.json. وهو مشتق من المخططات نفسها التي يُتحقَّق بها من كل إدخال، ويصف كل حقل مع نوعه وقيمه المسموح بها.",
				csv: (columns) => `جميع البرامج والمشاريع كجدول، صف واحد لكل عرض، لفتحه في برنامج جداول بيانات: UTF-8 مع BOM، والفاصلة (,) فاصلًا بين الأعمدة، وعلامات الاقتباس وفق RFC 4180. الأعمدة: ${columns}. تُكتب المناطق ومجالات العمل والفئات المستهدفة والجهات المموّلة والمنفّذة بأسمائها، والقيم الثابتة ككلمة مفتاحية (مثلًا zuschuss أو kostenlos)؛ وتُفصل القيم المتعددة بفاصلة منقوطة (;). page هو عنوان الصفحة في Förderatlas.`,
				overlaps: (n) => `جميع التداخلات ككائن { counts, doppelangebote, foerderwege }: العروض المكرّرة أولًا وطرق التمويل منفصلة، كل منها قائمة من الكائنات { a, b, score, actionFields, targetGroups, regions, period, kind, via, funded } (via: البرنامج الذي يموّل أو قد يموّل؛ funded: true إذا كان يموّل بالفعل)؛ وcounts يعدّ كل الأزواج. a و b مفتاحان بالشكل "programs/<id>" أو "projects/<id>"، و period هو { start, end } (وقيمة end هي null إذا كانت الفترة مفتوحة). يَرِد كل زوج مرة واحدة، الأقوى أولًا. ولكل عرض تُدرَج أقوى شركائه (حتى ${n}).`,
				coverage: "التغطية كقائمة من الكائنات { region, actionField, local, available, state, surveyed, gap } لكل منطقة ولكل مجال عمل: local هي العروض المحلية، و available جميع العروض المتاحة هناك. state قيمته vorhanden (يوجد عرض محلي) أو luecke (بعد المسح، لم يُعثر على عرض محلي) أو nicht-erhoben (لم يُمسح بعد)؛ و surveyed يوم المسح إن وُجد. و gap قيمته true فقط عندما تكون state هي luecke. وfundablePrograms يذكر للفجوة معرّفات البرامج التي قد تسدّها (وإلا null)؛ وendsWithinMonths قيمته 6 أو 12 أو 24 إذا انتهت كل الخدمات المحلية الجارية خلال هذا العدد من الأشهر، وإلا null.",
				feed: (n) => `خلاصة Atom للبرامج والمشاريع الجديدة والمعدّلة، الأحدث تعديلًا أولًا، وعدد الإدخالات فيها ${n} على الأكثر. المعتمد هو التاريخ الأحدث من بين آخر مراجعة تحريرية (reviewed) وآخر تعديل للملف في المستودع. للاشتراك بها في قارئ خلاصات.`,
				fieldFeed: "لكل مجال عمل خلاصة Atom بالعروض الجديدة والمعدّلة في هذا المجال، على العنوان /handlungsfelder/<id>/feed.xml.",
				regionFeed: "لكل منطقة خلاصة Atom على العنوان /regionen/<id>/feed.xml بالعروض المتاحة هناك: محليًا وعبر منطقة أعلى (مثلًا برنامج على مستوى الولاية في كل مدينة في هيسن). هذا ما يمكن للناس في هذه المنطقة الاستفادة منه.",
				calendar: "جميع المواعيد النهائية لبرامج الدعم (مثل آخر موعد لتقديم الطلبات) كمواعيد تستغرق اليوم كله بصيغة iCalendar، للاشتراك بها في برنامج تقويم. يحتفظ كل موعد بالمعرّف نفسه (UID)، حتى عند إعادة إنشاء الكتالوج.",
				regionCalendar: "لكل منطقة، على العنوان /regionen/<id>/fristen.ics، المواعيد النهائية لبرامج الدعم المتاحة هناك.",
				dcat: "وصف مجموعات البيانات هذه وفق DCAT-AP.de بصيغة JSON-LD: الاسم والوصف والترخيص والصيغة ورابط كل ملف، لبوابات البيانات مثل GovData.",
				grants: "التمويلات التي يذكر لها مشروع ما مبلغًا، وفق معيار 360Giving Data Standard: لكل تمويل المبلغ باليورو، والتاريخ (1 يناير من أول سنة تمويل)، والجهة المستفيدة (الجهة المنفّذة للمشروع)، والجهة المموّلة، والبرنامج، والمكان. الأمثلة المختلَقة مُعلَّمة بوضوح."
			}
		},
		accessibility: {
			title: "بيان إمكانية الوصول",
			description: "إلى أي مدى يسهل الوصول إلى Förderatlas، وما الذي ما زال ناقصًا، وكيف تبلغوننا عن العوائق.",
			intro: "نريد أن يتمكّن جميع الناس من استخدام Förderatlas بسهولة. ينطبق هذا البيان على موقع Förderatlas. والمعيار هو لائحة تقنية المعلومات الخالية من العوائق (BITV 2.0) وإرشادات إمكانية الوصول إلى محتوى الويب (WCAG) 2.1 على المستوى AA.",
			statusTitle: "مدى التوافق",
			status: "وفقًا لتقييمنا الذاتي، يتوافق الموقع <strong>إلى حد كبير</strong> مع المتطلبات. ولم تُجرِ جهة فحص مستقلة أي تقييم بعد.",
			doTitle: "ما نقوم به",
			do: [
				"تعمل جميع الصفحات من دون JavaScript؛ فقط البحث والمقارنة يحتاجان إليه.",
				"يمكن استخدام الصفحات بالكامل بلوحة المفاتيح. ويكون موضع التركيز (Focus) ظاهرًا بوضوح دائمًا.",
				"للنصوص تباين عالٍ، وتبقى مقروءة عند التكبير بنسبة 200%.",
				"تُفحص كل نسخة جديدة من الموقع تلقائيًا بأداة الفحص axe-core وفق قواعد WCAG 2.1 للمستويين A و AA، باللغات الألمانية والإنجليزية والعربية.",
				"لا تُنقل المعلومات بالألوان وحدها أبدًا: الحالة والأمثلة مكتوبة دائمًا نصًّا أيضًا.",
				"الواجهة متوفرة بالألمانية والإنجليزية والعربية (من اليمين إلى اليسار). والنصوص المكتوبة بلغة غير لغة الصفحة مُعلَّمة، كي تنطقها برامج قراءة الشاشة نطقًا صحيحًا."
			],
			notYetTitle: "ما لم يصبح خاليًا من العوائق بعد",
			notYet: ["كثير من المحتويات متوفر بالألمانية فقط. الترجمات إلى الإنجليزية والعربية آلية، ولم يراجعها بعد متحدثون أصليون. ويتوفر <a href=\"{easy}\">شرح بالألمانية المبسّطة (Leichte Sprache)</a>.", "الصفحات المرتبطة التابعة لجهات أخرى (مثل الصفحات الرسمية للبرامج) ليست من مسؤوليتنا، وليست دائمًا خالية من العوائق."],
			createdTitle: "إعداد هذا البيان",
			created: "أُعدّ هذا البيان في 26 نوفمبر 2026. وهو يستند إلى تقييم ذاتي باختبارات تلقائية (axe-core) وإلى فحص يدوي باستخدام لوحة المفاتيح والتكبير.",
			reportTitle: "الإبلاغ عن العوائق",
			report: "هل واجهتم عائقًا؟ يُرجى إخبارنا. تجدون طريقة ذلك في صفحة <a href=\"{contribute}\">شاركوا معنا</a>. سنرد بأسرع ما يمكن.",
			mediationTitle: "إجراء التسوية",
			mediation: "إذا لم تتلقوا ردًّا مُرضيًا على بلاغكم، يمكنكم التوجّه إلى جهة التسوية أو جهة الإنفاذ المختصة. سيضيف المشغّلون اسم هذه الجهة وبيانات الاتصال بها حين يبدأ تشغيل Förderatlas للجمهور (<a href=\"{imprint}\">بيانات الناشر</a>)."
		},
		imprint: {
			title: "بيانات الناشر",
			description: "من يشغّل Förderatlas.",
			placeholder: "<strong>نص مؤقت:</strong> Förderatlas مشروع مفتوح قيد الإنشاء. سيُضاف هنا اسم المشغّلين وعنوانهم، وشخص مسؤول، وبيانات الاتصال، قبل أن يبدأ تشغيل الموقع للجمهور.",
			privacyTitle: "حماية البيانات",
			privacy: "لا يستخدم هذا الموقع ملفات تعريف الارتباط (كوكيز)، ولا يحصي الزيارات، ولا يحمّل أي شيء من خوادم خارجية: لا خطوط، ولا خرائط، ولا خدمات إحصاء. ويجري البحث بالكامل داخل متصفحكم.",
			dataTitle: "البيانات والخرائط"
		},
		search: {
			title: "البحث",
			intro: "ابحثوا في جميع البرامج والمشاريع والمناطق، وضيّقوا النتائج باستخدام عوامل التصفية.",
			queryLabel: "عمّ تبحثون؟",
			queryHint: "مثلًا: دورة لغة ألمانية للأمهات، استشارة أوفنباخ، تدريب مهني",
			filters: "التصفية",
			clearFilters: "إزالة كل عوامل التصفية",
			results: "النتائج",
			startHint: "أدخلوا كلمة بحث أو اختاروا عامل تصفية.",
			searching: "جارٍ البحث …",
			resultCount: "عدد النتائج: {n}",
			resultCountOne: "نتيجة واحدة",
			forQuery: "للبحث عن «{q}»",
			withFilters: "باستخدام {n} من عوامل التصفية",
			withFilter: "باستخدام عامل تصفية واحد",
			showing: "المعروض: {n}",
			sortRelevance: "حسب الأهمية",
			sortTitle: "حسب العنوان (أبجديًا)",
			sortStart: "حسب تاريخ البدء (الأحدث أولًا)",
			more: "عرض مزيد من النتائج",
			noResultsTitle: "لا توجد نتائج. قد يساعدكم ما يلي:",
			noResultsTips: [
				"تحقّقوا من الإملاء أو استخدموا كلمة أقصر، مثلًا «Kurs» بدلًا من «Sprachkurse».",
				"أزيلوا بعض عوامل التصفية.",
				"ابحثوا باسم المكان: عروض الولاية والحكومة الاتحادية تسري هناك أيضًا."
			],
			browse: "أو تصفّحوا القوائم:",
			error: "تعذّر تحميل البحث. يُرجى إعادة تحميل الصفحة.",
			facets: {
				art: "النوع",
				region: "المنطقة",
				handlungsfeld: "مجال العمل",
				zielgruppe: "الفئة المستهدفة",
				ebene: "المستوى",
				foerderart: "نوع الدعم",
				antragsberechtigte: "من يمكنه تقديم الطلب",
				status: "الحالة",
				sprache: "اللغات",
				kosten: "التكلفة"
			},
			organizationSummary: (kind, funds, carries) => `${kind}: البرامج التي يدعمها ${funds}، والمشاريع التي ينفّذها ${carries}`,
			regionSummary: (kind, parent, local, via) => `${kind}${parent ? ` في ${parent}` : ""}: العروض المحلية ${local}، والعروض على مستوى الولاية أو المستوى الاتحادي ${via}`,
			kinds: {
				region: "منطقة",
				actionField: "مجال عمل",
				targetGroup: "فئة مستهدفة",
				organization: "جهة منفّذة"
			},
			noScript: "يحتاج البحث إلى JavaScript. من دون JavaScript تجدون جميع الإدخالات في القوائم:"
		},
		finder: {
			title: "ابحث عن مساعدة قريبة منك",
			navLabel: "ابحث عن مساعدة",
			intro: "في ثلاث خطوات قصيرة: أين تسكن؟ ماذا تحتاج؟ لمن؟ لا تحتاج إلى حساب، ولا أحد يحفظ ما تبحث عنه.",
			step: (n, of) => `الخطوة ${n} من ${of}`,
			whereTitle: "أين تسكن؟",
			whereLabel: "مدينتك أو بلديتك",
			whereHint: "اكتب الحروف الأولى، مثلاً „Kassel“ أو „Herborn“.",
			whereButton: "متابعة",
			whereListTitle: "الأماكن من الألف إلى الياء حسب الدائرة",
			whereListIntro: "اختر دائرتك ثم مدينتك أو بلديتك.",
			wholeKreis: (kreis) => `لست متأكداً: كل ${kreis}`,
			suggestions: "اقتراحات",
			noPlace: (q) => `لم نجد „${q}“. تحقق من الكتابة أو اختر مكانك من القائمة أدناه.`,
			didYouMean: "هل تقصد",
			noPostcodes: "لا يعرف الباحث الرموز البريدية بعد. من فضلك اكتب اسم مدينتك أو بلديتك.",
			notInHessen: "يعرف Förderatlas الأماكن في ولاية هسن. هل تسكن في مكان آخر؟ عندها تساعدك العروض المتاحة في كل ألمانيا، مثل دورة الاندماج.",
			placeCount: (n) => `${n} مكاناً`,
			needTitle: "ماذا تحتاج؟",
			needIntro: (place) => `اختر موضوعاً. سترى بعدها ما هو متاح في ${place} وفي الدائرة وفي كل ولاية هسن.`,
			needCount: (n) => plural("ar", n, {
				zero: "لا عروض",
				one: "عرض واحد",
				two: "عرضان",
				few: "{n} عروض",
				many: "{n} عرضاً",
				other: "{n} عرض"
			}),
			changePlace: "اختر مكاناً آخر",
			answerTitle: (need, place) => `${need} – ${place}`,
			yourChoice: "اختيارك",
			choicePlace: "المكان",
			choiceNeed: "الموضوع",
			choiceGroup: "لمن",
			change: "تغيير",
			groupTitle: "لمن؟",
			groupIntro: "إن أردت: اعرض العروض لفئة واحدة فقط.",
			groupAll: "للجميع",
			groupEmpty: "لا يوجد هنا شيء لهذه الفئة. اختر „للجميع“.",
			sectionPlace: (place) => `في ${place}`,
			sectionKreis: (kreis) => `في الدائرة: ${kreis}`,
			sectionLand: "في كل ولاية هسن",
			sectionBund: "في كل ألمانيا",
			sectionEu: "في كل الاتحاد الأوروبي",
			sectionKreisIntro: "أولاً العروض للدائرة كلها، ثم العروض في مدن أخرى من الدائرة.",
			sectionAboveIntro: "هذه العروض متاحة في كل مكان هنا. غالباً يوجد مكتب قريب منك: اسأل عنه.",
			nothingHere: (place) => `لا يوجد بعد شيء مسجل لهذا الموضوع في ${place} نفسها. أدناه ما هو متاح في الدائرة وفي كل ولاية هسن.`,
			nothingAtAll: "لا يوجد بعد شيء مسجل لهذا الموضوع هنا. ربما يساعدك مركز استشارة.",
			showAll: (n) => `عرض الكل (${n})`,
			more: "المزيد عن هذا العرض",
			phone: "الهاتف",
			email: "البريد الإلكتروني",
			website: "الموقع",
			nextDeadline: "الموعد النهائي القادم",
			notForFunds: "يعرض الباحث العروض التي يمكن للناس استخدامها بأنفسهم. برامج التمويل للجمعيات والبلديات والجهات المنفذة موجودة تحت „البرامج“.",
			printTitle: "للطباعة",
			printIntro: "يمكنك طباعة هذه الصفحة وأخذها معك. في الاستشارة: اطبعها بلغة الشخص الذي تساعده وبالألمانية.",
			printButton: "اطبع هذه الصفحة",
			printIn: "هذه الصفحة باللغة",
			printedFrom: "مطبوع من Förderatlas",
			asOf: (date) => `المعلومات بتاريخ ${date}`,
			qrCaption: "هذه الصفحة على الإنترنت",
			regionLink: (place) => `ابحث عن عروض في ${place}: حسب الموضوع مع العنوان والمواعيد`,
			offlineSaved: "محفوظ للاستخدام دون اتصال: يمكنك مشاهدة الصفحات التي تفتحها هنا مرة أخرى من دون إنترنت.",
			backToNeed: "رجوع: اختر موضوعاً",
			backToPlace: "رجوع: اختر مكاناً",
			homeTitle: "ما المتاح قريباً منك؟",
			homeIntro: "اختر مكانك. يعرض لك الباحث بعدها الدورات والاستشارة والمساعدة قريباً منك، بلغتك ومن دون تسجيل.",
			unknownStart: "ابدأ البحث من جديد"
		},
		editors: {
			sheetTitle: "الإبلاغ عبر جدول بيانات",
			sheetIntro: "هل تديرون عروضكم في Excel أو LibreOffice؟ نزّلوا القالب: ورقة للمشاريع وأخرى للبرامج وأخرى للمنظمات، مع شرح لكل عمود في ملاحظة وقوائم اختيار للقيم الثابتة. أرسلوا الجدول بعد ملئه إلى فريق التحرير بالبريد الإلكتروني. يستورده فريق التحرير مع فحص يذكر كل مشكلة بالورقة والسطر والعمود. عناوين الأعمدة والملاحظات باللغة الألمانية.",
			sheetLink: "تنزيل القالب (Excel، ‎.xlsx)",
			hsdsDataset: {
				title: "العروض المحلية بتنسيق Open Referral HSDS 3",
				keywords: [
					"الاندماج",
					"العروض المحلية",
					"HSDS",
					"معيار Open Referral",
					"هيسن"
				]
			},
			hsdsServices: "المشاريع المحلية كخدمات (services) وفق Open Referral HSDS 3: الوصف والحالة والتكاليف واللغات والفئة العمرية ومواعيد الاستقبال كجداول زمنية ومناطق الخدمة مع المفتاح الرسمي للبلديات (AGS) والأماكن مع العنوان وإمكانية الوصول والتمويل. برامج التمويل ليست خدمات بهذا المعنى، ولذلك تظهر فقط كتمويل للمشاريع. كل معرّف هو UUID (الإصدار 5) مشتق من معرّف الإدخال، فيبقى ثابتًا.",
			hsdsOrganizations: "الجهات المنفّذة للمشاريع كمنظمات (organizations) وفق HSDS 3.",
			hsdsLocations: "أماكن المشاريع التي لها عنوان (locations) وفق HSDS 3، مع بيانات إمكانية الوصول واللغات.",
			emailTitle: "الإبلاغ عبر البريد الإلكتروني",
			emailIntro: "من دون أي حساب: يفتح برنامج البريد الإلكتروني رسالة جاهزة إلى فريق التحرير تتضمن كل البيانات التي نحتاجها للإدخال. املؤوا ما تعرفونه. يساعدنا المصدر أكثر من أي شيء، مثل صفحة الإنترنت الخاصة بالعرض.",
			emailLink: "كتابة بريد إلكتروني إلى فريق التحرير",
			emailAddress: "عنوان فريق التحرير:",
			emailSubject: "Förderatlas: الإبلاغ عن عرض أو تصحيح",
			emailFields: [
				"عرض جديد أو تصحيح (عند التصحيح: رابط الصفحة في Förderatlas)",
				"اسم العرض",
				"الجهة المنفّذة أو الممولة",
				"المكان أو المدينة أو المقاطعة",
				"لمن (الفئة المستهدفة، العمر)",
				"ما الذي يُقدَّم (دورة، استشارة، ملتقى …)",
				"العنوان والمواعيد",
				"التكاليف",
				"اللغات",
				"جهة الاتصال (المكتب، البريد الوظيفي، هاتف المكتب)",
				"المصدر (صفحة إنترنت أو وثيقة تثبت البيانات)",
				"ما الذي يجب تغييره؟"
			],
			emailClosing: "يُرجى ذكر جهات اتصال المكاتب فقط، وليس أشخاصًا بعينهم."
		},
		searchHelp: {
			relaxed: "لا توجد نتائج لكل الكلمات – {count} للبحث عن «{q}».",
			fewRelaxed: "فقط {n} لكل الكلمات، وإليكم نتائج للبحث عن «{q}».",
			inPlace: "العروض المتاحة في {place}",
			didYouMeanBefore: "هل تقصدون «",
			didYouMeanAfter: "»؟",
			onlyStopWords: "لا يحتوي بحثكم على كلمة مفتاحية. يُرجى إدخال كلمة، مثلًا «دورة لغة» أو اسم مكان.",
			shortened: "كان البحث طويلًا جدًا؛ بحثنا عن كلماته الأولى.",
			arabicScript: "هل تكتبون بالعربية؟ انتقلوا إلى البحث العربي"
		},
		gapToAction: {
			kind: {
				doppelangebot: "عرض مكرّر",
				foerderweg: "طريق تمويل"
			},
			kindPlural: {
				doppelangebot: "عروض مكرّرة",
				foerderweg: "طرق تمويل"
			},
			fundedNow: "يموّل بالفعل",
			fundingProgramme: "برنامج تمويل",
			overlapTotals: (doubles, routes, offerings) => `${doubles} عروض مكرّرة و${routes} طرق تمويل بين ${offerings} عرضًا.`,
			offeringSplit: (doubles, routes) => `منها ${doubles} عروض مكرّرة و${routes} طرق تمويل؛ العروض المكرّرة أولًا.`,
			doublesIntro: "خدمات للأشخاص أنفسهم في المكان نفسه وفي الوقت نفسه: التداخلات التي يستحق فيها التنسيق.",
			routesIntro: "برنامج تمويل للمنظمات يلتقي بخدمة يمكنه تمويلها أو يموّلها بالفعل. هذا ليس ازدواجًا بل طريق إلى التمويل.",
			noneOfKind: "لا يوجد.",
			kindRuleTitle: "عرض مكرّر أم طريق تمويل؟",
			kindRule: [
				"يكون البرنامج برنامج تمويل للمنظمات إذا كانت المنظمات وحدها تستطيع التقدّم إليه (لا أفراد تحت „من يحق له التقديم“) ويقدّم مالًا أو موظفين (منحة أو قرض أو كفالة أو تمويل موظفين)، مثل AMIF أو ESF Plus.",
				"كل البرامج الأخرى وكل المشاريع خدمات للناس، مثل دورة الاندماج التي يحضرها الناس بأنفسهم.",
				"إذا التقت خدمتان للناس فذلك عرض مكرّر.",
				"إذا كان أحدهما برنامج تمويل للمنظمات، أو ذكر مشروع البرنامج الآخر بوصفه تمويله، فذلك طريق تمويل."
			],
			fundableTitle: "الفجوات وبرامج التمويل",
			fundableIntro: "لكل فجوة تم مسحها: برامج التمويل المتاحة هناك التي تموّل مجال العمل هذا ويمكن للمنظمات بها إنشاء خدمة.",
			fundableRule: "تُحسب البرامج التي لا يتقدّم إليها إلا المنظمات وتقدّم مالًا أو موظفين (كما في طرق التمويل)، والمتاحة في المنطقة وغير المنتهية. الدورات التي يحضرها الناس بأنفسهم لا تسدّ فجوة في العرض المحلي ولا تُحسب هنا. المواعيد الماضية تاريخ وليست دعوات.",
			gapsIn: "فجوة في",
			noneFundable: "لا يوجد في الفهرس برنامج تمويل يمكنه سدّ هذه الفجوة: نتيجة تخصّ الولاية.",
			noGaps: "لا توجد فجوة ممسوحة في مجال العمل هذا.",
			eligible: "من يحق له التقديم",
			fundingTypes: "نوع التمويل",
			nextDeadline: "الموعد النهائي التالي",
			noDeadline: "لا يوجد موعد مذكور",
			pastDeadline: (date) => `لا يوجد موعد قادم (آخره ${date})`,
			moreProgrammes: (n) => plural("ar", n, {
				one: "برنامج آخر مذكور في coverage.json (fundablePrograms).",
				other: "{n} برامج أخرى مذكورة في coverage.json (fundablePrograms)."
			}),
			programmeCount: (n) => plural("ar", n, {
				zero: "لا برامج تمويل",
				one: "برنامج تمويل واحد",
				two: "برنامجا تمويل",
				few: "{n} برامج تمويل",
				many: "{n} برنامج تمويل",
				other: "{n} برنامج تمويل"
			}),
			regionGapsTitle: "الفجوات ومن يمكنه سدّها",
			regionNoGaps: "لم تُمسح هنا أي فجوة.",
			toFieldPage: "كل الفجوات في مجال العمل هذا",
			radarTitle: "رادار انتهاء التمويل",
			radarIntro: "في أي دوائر تنتهي قريبًا كل الخدمات المحلية لمجال عمل ما؟ عندها يصبح هذا المجال فجوة هناك.",
			radarRuleTitle: "القاعدة",
			radarRule: [
				"تنتهي الخدمة بانتهاء فترتها. إن لم يكن لها تاريخ انتهاء فإنها تنتهي مع آخر سنة يذكرها تمويلها (31 ديسمبر) – فقط إذا ذكر كل تمويل سنواته وكان ذلك اليوم لم يأتِ بعد.",
				"وإلا فنهايتها غير معروفة، ولا يظهر مجال العمل على الرادار: لا أحد يعلم أنه ينتهي.",
				"تُحسب الخدمات المحلية التي لم تنتهِ يوم إنشاء الموقع (والمخطّط لها أيضًا).",
				"إذا انتهت كلها انتهى المجال بانتهاء آخرها: خلال 6 أشهر، أو بعد 7 إلى 12 شهرًا، أو بعد 13 إلى 24 شهرًا من يوم إنشاء الموقع."
			],
			horizon: {
				m6: "حتى 6 أشهر",
				m12: "من 7 إلى 12 شهرًا",
				m24: "من 13 إلى 24 شهرًا"
			},
			asOf: (date) => `الحالة: ${date}.`,
			kreis: "الدائرة",
			radarTableCaption: "مجالات العمل التي تنتهي كل خدماتها المحلية، حسب الدائرة",
			notOnRadar: "ليست على الرادار",
			fieldsEnding: "مجالات عمل تنتهي",
			radarNone: "لا يوجد مجال عمل تنتهي كل خدماته المحلية خلال الأشهر الـ24 القادمة.",
			openFields: (n) => plural("ar", n, {
				one: "لمجال عمل واحد خدمة واحدة على الأقل بلا نهاية معروفة، لذلك ليس على الرادار.",
				other: "لـ{n} من مجالات العمل خدمة واحدة على الأقل بلا نهاية معروفة، لذلك ليست على الرادار."
			}),
			endedFields: (n) => plural("ar", n, {
				one: "في مجال عمل واحد انتهت كل الخدمات المحلية بالفعل:",
				other: "في {n} من مجالات العمل انتهت كل الخدمات المحلية بالفعل:"
			}),
			laterFields: (n) => plural("ar", n, {
				one: "في مجال عمل واحد تنتهي كل الخدمات، لكن بعد 24 شهرًا.",
				other: "في {n} من مجالات العمل تنتهي كل الخدمات، لكن بعد 24 شهرًا."
			}),
			townsTitle: "المدن والبلديات في الدائرة",
			townsIntro: "القاعدة نفسها لكل مكان في الدائرة: هنا قد يفقد مكان آخر خدمة له في مجال عمل ما.",
			place: "المكان",
			field: "مجال العمل",
			inTowns: "في المدن والبلديات",
			moreCells: (n) => plural("ar", n, {
				one: "… وواحد آخر.",
				other: "… و{n} أخرى."
			}),
			endsIn: "ينتهي خلال",
			lastEnd: "آخر انتهاء",
			endBasis: {
				zeitraum: "نهاية الفترة",
				foerderung: "آخر سنة ممولة",
				offen: "النهاية غير معروفة"
			},
			moreOfferings: (n) => plural("ar", n, {
				one: "… وخدمة أخرى.",
				other: "… و{n} خدمات أخرى."
			}),
			radarFeed: "خلاصة Atom للرادار لهذه الدائرة",
			feedTitle: (kreis) => `رادار انتهاء التمويل: ${kreis}`,
			feedSubtitle: (kreis) => `مجالات العمل في ${kreis} التي تنتهي كل خدماتها المحلية خلال 24 شهرًا`,
			feedEntry: (field, kreis, date) => `${field} في ${kreis}: تنتهي كل الخدمات المحلية حتى ${date}`,
			toRadar: "إلى رادار انتهاء التمويل",
			otherKreise: "دوائر أخرى",
			similarTitle: "عروض مشابهة",
			similarIntro: "عروض بكلمات مشابهة في العنوان والملخص والوصف، في أماكن أخرى أيضًا: للتعلّم من بعضها. مستخرجة من النص، لا بقاعدة التداخلات.",
			similarNone: "لا يشارك أي عرض آخر هذا العرض بما يكفي من المصطلحات.",
			sharedTerms: "مصطلحات مشتركة",
			similarity: "التشابه",
			similarHow: "كيف يُحسب التشابه",
			similarRule: "يتحوّل العنوان (يُحسب مرتين) والملخص والوصف إلى مصطلحات: كلمات دون كلمات الحشو وأسماء الأماكن، مردودة إلى جذرها (مجذّع Snowball للألمانية)، إضافة إلى أجزاء الكلمات المركّبة. يُوزن كل مصطلح وفق BM25: متكرّر في هذا النص، نادر في الفهرس. التشابه هو جيب تمام الزاوية بين الوزنين (من 0 إلى 1). تُعرض حتى خمسة عروض تشترك في كلمتين على الأقل.",
			chainTitle: "سلسلة التمويل",
			chainIntro: "من أين تأتي أموال الخدمات المحلية الجارية – الاتحاد الأوروبي، الاتحاد، الولاية، البلدية، المؤسسات – بحسب التمويل الذي تذكره المشاريع.",
			chainChart: "الخدمات المحلية الممولة لكل مستوى: الاتحاد الأوروبي، الاتحاد، الولاية، البلدية، المؤسسة",
			chainRule: "يُحسب تمويل المشاريع المحلية الجارية من برامج لم تنتهِ. تظهر المبالغ فقط حيث يذكر التمويل مبلغًا؛ ولكل 1,000 نسمة فقط حيث يُعرف عدد السكان أيضًا.",
			level: "المستوى",
			programme: "البرنامج",
			offerings: "الخدمات المحلية",
			amount: "المبلغ",
			per1000: "لكل 1,000 نسمة",
			unknown: "غير معروف",
			atLeast: (amount, known, links) => `على الأقل ${amount} (المبلغ معروف لـ${known} من ${links} تمويلات)`,
			populationUnknown: "عدد السكان غير معروف، لذلك لا مبلغ لكل 1,000 نسمة.",
			leftOutProjects: (n) => plural("ar", n, {
				one: "تمويل واحد لمشروع منتهٍ غير محسوب.",
				other: "{n} تمويلات لمشاريع منتهية غير محسوبة."
			}),
			leftOutProgrammes: (n) => plural("ar", n, {
				one: "تمويل واحد من برنامج منتهٍ غير محسوب.",
				other: "{n} تمويلات من برامج منتهية غير محسوبة."
			}),
			chainNone: "لا تذكر أي خدمة محلية جارية تمويلًا من برنامج جارٍ.",
			chainsTitle: "سلاسل التمويل في الدوائر",
			chainsIntro: "كم خدمة محلية جارية تحصل كل دائرة على تمويلها ومن أي مستوى؛ البرامج مذكورة في صفحات الدوائر وفي foerderketten.csv.",
			chainsByLevel: "الخدمات المحلية الممولة حسب المستوى، كل الدوائر",
			chainsTableCaption: "الخدمات المحلية الممولة لكل دائرة ومستوى",
			funded: "خدمات ممولة",
			data: {
				similar: {
					title: "عروض مشابهة",
					keywords: [
						"الاندماج",
						"التشابه",
						"هيسن"
					]
				},
				chains: {
					title: "سلاسل التمويل لكل دائرة",
					keywords: [
						"الاندماج",
						"التمويل",
						"الدوائر",
						"هيسن"
					]
				},
				radar: {
					title: "رادار انتهاء التمويل",
					keywords: [
						"الاندماج",
						"انتهاء التمويل",
						"الدوائر",
						"هيسن"
					]
				},
				similarFile: "لكل عرض (المفتاح \"programs/<id>\" أو \"projects/<id>\") حتى خمسة عروض مشابهة نصيًا: key وscore (جيب تمام أوزان BM25، من 0 إلى 1) وterms (المصطلحات المشتركة، الأثقل أولًا).",
				chainsFile: "صف لكل دائرة وبرنامج: kreis، kreisName، population، populationYear، level، program، programTitle، offerings (عدد الخدمات المحلية الجارية التي يموّلها البرنامج)، offeringKeys، links، linksWithAmount، amount (مجموع المبالغ المذكورة)، amountPer1000 (يورو لكل 1,000 نسمة)، years، note (سبب خلوّ قيمة). UTF-8 مع BOM، RFC 4180.",
				radarFile: "لكل دائرة مجالات العمل التي تنتهي كل خدماتها المحلية خلال الأشهر الـ24 القادمة (Atom)."
			}
		},
		admin: {
			title: "التحرير: تعديل الإدخالات في المتصفح",
			noscript: "يحتاج محرر المتصفح إلى JavaScript. بدون JavaScript يمكنك الإبلاغ عن الإدخالات بالبريد الإلكتروني أو باستخدام نموذج الجدول:",
			contributeLink: "المشاركة"
		}
	}
};
/**
* Dictionaries whose text has not been checked by a native speaker yet. Their pages say so in the
* footer and invite a correction (see /mitmachen/).
*/
var UNCHECKED_DICTIONARIES = /* @__PURE__ */ new Set(["en", "ar"]);
// src/lib/localized.ts
/**
* An entry's texts in a page's language: the translation when there is one, otherwise the German
* original, and in either case the language the text is really in, so a page can mark it.
*/
function translationOf(entry, locale) {
	return locale === "de" ? void 0 : entry.translations?.[locale];
}
function localizeEntry(entry, locale) {
	const translation = translationOf(entry, locale);
	const german = (text) => ({
		text,
		lang: "de"
	});
	if (!translation) return {
		title: german(entry.title),
		summary: entry.summary === void 0 ? void 0 : german(entry.summary),
		translated: locale === "de",
		machineTranslated: false
	};
	return {
		title: translation.title ? {
			text: translation.title,
			lang: locale
		} : german(entry.title),
		summary: {
			text: translation.summary,
			lang: locale
		},
		body: translation.body ? {
			text: translation.body,
			lang: locale,
			paragraphs: translation.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
		} : void 0,
		translated: true,
		machineTranslated: translation.machineTranslated === true
	};
}
/** Just the title in the page's language (or German), e.g. for facet labels and sorting. */
function localTitle(entry, locale) {
	return localizeEntry(entry, locale).title;
}
/** An action field as a need in everyday words, in the page's language where translated; its title otherwise. */
function localNeed(field, locale) {
	const translation = translationOf(field, locale);
	return {
		label: translation?.need ? {
			text: translation.need,
			lang: locale
		} : field.need ? {
			text: field.need,
			lang: "de"
		} : localTitle(field, locale),
		hint: translation?.needHint ? {
			text: translation.needHint,
			lang: locale
		} : field.needHint ? {
			text: field.needHint,
			lang: "de"
		} : localizeEntry(field, locale).summary
	};
}
export { dictionaries as a, UNCHECKED_DICTIONARIES as i, localTitle as n, localizeEntry as r, localNeed as t };
