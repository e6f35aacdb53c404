import { h as Fragment, n as createVNode, r as __astro_tag_component__ } from "./jsx-runtime_u1I4qVac.mjs";
// content/projects/mbe-jmd-sprechstunde-buergerbuero-offenbach.mdx
function _createMdxContent(props) {
	const _components = Object.assign({ p: "p" }, props.components);
	return createVNode(Fragment, { children: [
		createVNode(_components.p, { children: "Die Sprechstunde im Bürgerbüro gibt es seit 2007: Wer sich in Offenbach anmeldet, findet die Migrationsberatung\ngleich dort. In der Corona-Zeit fiel sie aus; seit Mai 2023 wird sie in einer Erprobungsphase wieder angeboten." }),
		"\n",
		createVNode(_components.p, { children: "Die Beraterinnen und Berater klären erste Fragen, etwa zu Deutsch- und Integrationskursen, Arbeit, Wohnung und\nKinderbetreuung, und vermitteln dann an die passende Stelle, zum Beispiel an Kursanbieter, das Jobcenter oder die\nAusländerbehörde. Vertiefte und vertrauliche Beratungen finden in den Büros der Träger statt." })
	] });
}
function MDXContent(props = {}) {
	const { wrapper: MDXLayout } = props.components || {};
	return MDXLayout ? createVNode(MDXLayout, Object.assign({}, props, { children: createVNode(_createMdxContent, props) })) : _createMdxContent(props);
}
var frontmatter = {
	"title": "Migrationsberatung (MBE) und Jugendmigrationsdienst (JMD) im Bürgerbüro Offenbach",
	"summary": "Trägerübergreifende Sprechstunde der Wohlfahrtsverbände im Bürgerbüro. Beraterinnen und Berater helfen neu Zugewanderten kostenlos bei Fragen zu Deutschkursen, Arbeit, Wohnung, Kinderbetreuung und Behörden und vermitteln an passende Stellen.",
	"carrier": "liga-der-wohlfahrtspflege-offenbach",
	"format": ["beratung"],
	"funding": [{ "program": "migrationsberatung-fuer-erwachsene-zuwanderer" }, { "program": "jugendmigrationsdienste" }],
	"cost": "kostenlos",
	"actionFields": ["beratung-orientierung"],
	"targetGroups": [
		"neuzugewanderte",
		"erwachsene-zugewanderte",
		"jugendliche"
	],
	"area": ["offenbach-am-main"],
	"period": { "start": "2023-05-01T00:00:00.000Z" },
	"url": "https://www.offenbach.de/buerger_innen/familie_soziales/integration_und_zusammenleben/meldungen/buergerbuero-beratung-zugewanderte28.07.2023.php",
	"address": {
		"street": "Kaiserstraße 39",
		"postalCode": "63065",
		"city": "Offenbach am Main"
	},
	"hours": {
		"slots": [{
			"days": ["mi"],
			"from": "08:00",
			"to": "13:00"
		}],
		"note": "Zeiten laut Meldung der Stadt vom 28.07.2023 (Erprobungsphase)"
	},
	"sources": [
		{
			"url": "https://www.offenbach.de/buerger_innen/familie_soziales/integration_und_zusammenleben/meldungen/buergerbuero-beratung-zugewanderte28.07.2023.php",
			"title": "Stadt Offenbach: Beratung für Zugewanderte im Bürgerbüro geht in eine neue Probephase (28.07.2023)",
			"accessed": "2026-12-02T00:00:00.000Z",
			"kind": "amtlich"
		},
		{
			"url": "https://www.offenbach.de/rathaus/buerger-service/buergerbuero/migrationsberatung-buergerbuero21.02.2020.php",
			"title": "Stadt Offenbach: Migrationsberatung im Bürgerbüro (21.02.2020)",
			"accessed": "2026-12-02T00:00:00.000Z",
			"kind": "amtlich"
		},
		{
			"url": "https://www.caritas-offenbach.de/presse/migrationsberatung-im-offenbacher-buergerbuero-wieder-aktiv--traeger-der-liga-reaktivieren-die-kostenlose-mbe-und-jmd-3cafaed2-4378-4037-aad6-ce00d946d75a",
			"title": "Caritasverband Offenbach: Migrationsberatung im Offenbacher Bürgerbüro wieder aktiv",
			"accessed": "2026-12-02T00:00:00.000Z",
			"kind": "traeger"
		},
		{
			"url": "https://offenbach.de/rathaus/rathaus-aktuell/archiv/jahr_2012/news_1441195341888.php",
			"title": "Stadt Offenbach: Neuorganisation der Migrationsberatung als Anlaufstelle für Zuwanderer im Bürgerbüro (12.06.2012)",
			"accessed": "2026-12-02T00:00:00.000Z",
			"kind": "amtlich"
		}
	],
	"reviewed": "2026-12-02T00:00:00.000Z"
};
function getHeadings() {
	return [];
}
var url = "content/projects/mbe-jmd-sprechstunde-buergerbuero-offenbach.mdx/";
var file = "/work/main/content/projects/mbe-jmd-sprechstunde-buergerbuero-offenbach.mdx";
var Content = (props = {}) => MDXContent({
	...props,
	components: {
		Fragment,
		...props.components
	}
});
Content[Symbol.for("mdx-component")] = true;
Content[Symbol.for("astro.needsHeadRendering")] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/main/content/projects/mbe-jmd-sprechstunde-buergerbuero-offenbach.mdx";
__astro_tag_component__(Content, "astro:jsx");
export { Content, Content as default, file, frontmatter, getHeadings, url };
