import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, i as spreadAttributes, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { i as url } from "./urls_BwtU2Fbu.mjs";
// src/pages/leichte-sprache.astro
var leichte_sprache_exports = /* @__PURE__ */ __exportAll({
	default: () => $$LeichteSprache,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$LeichteSprache = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$LeichteSprache;
	const { t: ui, german, lang } = kit(Astro.currentLocale);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": ui.easy.headerLink,
		"description": ui.easy.pageDescription,
		"crumbs": [{ label: ui.easy.headerLink }]
	}, { "default": ($$result) => renderTemplate`${lang !== "de" && renderTemplate`${maybeRenderHead($$result)}<p class="only-german">${ui.i18n.onlyGermanPage}</p>`}<div class="easy-page"${spreadAttributes(german)}>
    <h1>Der Förderatlas in Leichter Sprache</h1>

    <h2>Was ist der Förderatlas?</h2>
    <p>Der Förderatlas ist eine Internet-Seite.</p>
    <p>Hier finden Sie Hilfe für Menschen aus anderen Ländern.</p>
    <p>Die Hilfe gibt es in Hessen.</p>
    <p>Die Hilfe nennen wir hier: <dfn>Angebot</dfn>.</p>
    <p>Zum Beispiel: ein Deutsch-Kurs.</p>
    <p>Oder eine Beratung.</p>
    <p><dfn>Beratung</dfn> heißt: Jemand hilft Ihnen bei Fragen.</p>

    <h2>Welche Angebote gibt es?</h2>
    <p>Es gibt 2 Arten von Angeboten.</p>
    <p>1. <dfn>Programme</dfn>.</p>
    <p>Ein Programm gibt Geld für Hilfe.</p>
    <p>Das Geld kommt zum Beispiel vom Land Hessen.</p>
    <p>Oder von Deutschland.</p>
    <p>2. <dfn>Projekte</dfn>.</p>
    <p>Ein Projekt ist Hilfe in Ihrer Stadt.</p>
    <p>Zum Beispiel ein Treff-Punkt für Eltern.</p>

    <h2>Wie finden Sie ein Angebot?</h2>
    <p>Oben auf jeder Seite ist ein Such-Feld.</p>
    <p>Schreiben Sie ein Wort in das Such-Feld.</p>
    <p>Zum Beispiel: Deutsch-Kurs.</p>
    <p>Dann klicken Sie auf: Suchen.</p>
    <p>Sie sehen dann eine Liste mit Angeboten.</p>
    <p>Sie können die Liste kleiner machen.</p>
    <p>Zum Beispiel: nur Angebote in Ihrer Stadt.</p>
    <p>Dafür gibt es <dfn>Filter</dfn>.</p>
    <p>Ein Filter sortiert Angebote aus.</p>
    <p><a${addAttribute(url("/suche/"), "href")}>Hier geht es zur Suche.</a></p>

    <h2>Angebote in Ihrer Stadt</h2>
    <p>Sie können auch Ihre Stadt suchen.</p>
    <p>Dann sehen Sie alle Angebote für Ihre Stadt.</p>
    <p>Manche Angebote sind direkt in Ihrer Stadt.</p>
    <p>Manche Angebote gelten in ganz Hessen.</p>
    <p>Die können Sie auch nutzen.</p>
    <p><a${addAttribute(url("/regionen/"), "href")}>Hier finden Sie alle Städte und Gemeinden.</a></p>

    <h2>Angebote nach Themen</h2>
    <p>Die Angebote haben Themen.</p>
    <p>Zum Beispiel: Sprache. Arbeit. Gesundheit.</p>
    <p>Die Themen heißen hier: <dfn>Handlungs-Felder</dfn>.</p>
    <p><a${addAttribute(url("/handlungsfelder/"), "href")}>Hier finden Sie alle Themen.</a></p>

    <h2>So benutzen Sie die Seite</h2>
    <p>Oben ist immer das Menü.</p>
    <p>Im Menü sind Links zu allen Teilen der Seite.</p>
    <p>Sie können die Seite auch nur mit der Tastatur benutzen.</p>
    <p>Mit der Taste Tab springen Sie zum nächsten Link.</p>
    <p>Mit der Taste Enter öffnen Sie den Link.</p>
    <p>Sie können die Schrift größer machen.</p>
    <p>Drücken Sie dafür die Taste Strg und die Taste Plus.</p>

    <h2>Ist die Seite barriere-frei?</h2>
    <p><dfn>Barriere-frei</dfn> heißt: Alle Menschen können die Seite gut benutzen.</p>
    <p>Auch Menschen mit Behinderung.</p>
    <p>Wir prüfen die Seite mit einem Computer-Programm.</p>
    <p>Die meisten Teile sind barriere-frei.</p>
    <p>Manche Teile sind noch nicht fertig.</p>
    <p>Zum Beispiel sind viele Texte nur auf Deutsch.</p>
    <p>Die Seite gibt es auch auf Englisch und auf Arabisch.</p>
    <p>Oben auf jeder Seite können Sie die Sprache wählen.</p>
    <p>Ein Computer hat die Texte übersetzt.</p>
    <p>Manche Übersetzungen haben vielleicht Fehler.</p>
    <p><a${addAttribute(url("/barrierefreiheit/"), "href")}>Hier steht die ganze Erklärung in schwerer Sprache.</a></p>

    <h2>Die Seite sammelt keine Daten über Sie</h2>
    <p>Wir speichern nicht, was Sie hier anschauen.</p>
    <p>Die Suche funktioniert nur auf Ihrem Gerät.</p>

    <h2>Sie wollen uns etwas sagen?</h2>
    <p>Vielleicht fehlt ein Angebot.</p>
    <p>Oder etwas ist falsch.</p>
    <p>Oder Sie können etwas nicht gut benutzen.</p>
    <p>Dann schreiben Sie uns bitte.</p>
    <p><a${addAttribute(url("/mitmachen/"), "href")}>Hier steht, wie Sie uns schreiben können.</a></p>
  </div>
` })}`;
}, "/work/main/src/pages/leichte-sprache.astro", void 0);
var $$file = "/work/main/src/pages/leichte-sprache.astro";
var $$url = "/leichte-sprache/";
// \0virtual:astro:page:src/pages/leichte-sprache@_@astro
var page = () => leichte_sprache_exports;
export { page };
