import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { M as unescapeHTML, S as maybeRenderHead, h as Fragment, i as spreadAttributes, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as renderScript } from "./script_AYbnjuyK.mjs";
import { t as $$OfflineHint } from "./OfflineHint_DHPKPL4P.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { n as nextDeadline } from "./programme-roles_Bf4MlgQD.mjs";
import { t as $$PracticalFacts } from "./PracticalFacts_CMhmqNPJ.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
import { a as LOCALE_NAMES, i as LOCALES, s as dirOf } from "./de_BWFUOdWk.mjs";
import { n as localTitle, t as localNeed } from "./localized_7lRDKflb.mjs";
import { f as buildDate } from "./catalogue_CglcCxyV.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { n as finderPaths, r as getFinder, t as finderPagesBuilt } from "./finder_D_f05XYM.mjs";
import { t as NOT_PEOPLE } from "./finder_vwtDW5Zv.mjs";
import { r as pagePathIn } from "./urls_BwtU2Fbu.mjs";
import QRCode from "qrcode";
// src/components/finder/FinderCard.astro
createAstro("https://foerderatlas.example.org");
var $$FinderCard = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$FinderCard;
	const { t: ui, entry, offeringUrl, periodLabel, formatDate, languageName, german } = kit(Astro.currentLocale);
	const { offering, catalogue } = Astro.props;
	const t = ui.finder;
	const local = entry(offering);
	const where = offering.area.map((id) => catalogue.region(id).name).join(", ");
	const project = offering.kind === "project" ? offering : void 0;
	const address = project?.address ? [project.address.street, [project.address.postalCode, project.address.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") : void 0;
	const next = offering.kind === "program" ? nextDeadline(offering.deadlines, catalogue.today).next : void 0;
	const phone = offering.contact?.phone;
	return renderTemplate`${maybeRenderHead($$result)}<li class="card finder-card"${addAttribute(offering.targetGroups.join(" "), "data-groups")}>
  <h3><a${addAttribute(offeringUrl(offering), "href")}>${renderComponent($$result, "Text", $$Text, { "value": local.title })}</a></h3>
  <p class="meta">${ui.kind[offering.kind]} · ${where} · ${periodLabel(offering.period, catalogue.today)}${catalogue.status(offering) === "geplant" ? ` · ${ui.status.geplant}` : ""}</p>
  <p class="summary">${renderComponent($$result, "Text", $$Text, { "value": local.summary })}</p>
  <dl class="facts facts--compact">
    ${address && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt class="fact-contact">${ui.field.address}</dt><dd class="fact-contact">${address}</dd>` })}`}
    ${renderComponent($$result, "PracticalFacts", $$PracticalFacts, { "offering": offering })}
    ${phone && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt class="fact-contact">${t.phone}</dt><dd class="fact-contact"><a${addAttribute(`tel:${phone.replace(/[^+0-9]/g, "")}`, "href")}>${phone.replace(/ /g, "\xA0").replace(/-/g, "‑")}</a></dd>` })}`}
    ${offering.contact?.email && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt class="fact-contact">${t.email}</dt><dd class="fact-contact"><a${addAttribute(`mailto:${offering.contact.email}`, "href")}>${offering.contact.email}</a></dd>` })}`}
    ${project && project.cost !== "unbekannt" && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${ui.field.cost}</dt><dd>${ui.cost[project.cost]}</dd>` })}`}
    ${offering.languages && offering.languages.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${ui.field.languages}</dt><dd>${offering.languages.map(languageName).join(", ")}</dd>` })}`}
    ${next && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt class="fact-contact">${t.nextDeadline}</dt><dd class="fact-contact"><time${addAttribute(next.date, "datetime")}>${formatDate(next.date)}</time>: <span${spreadAttributes(german)}>${next.label}</span></dd>` })}`}
    ${(offering.url ?? offering.contact?.url) && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt class="fact-contact">${t.website}</dt><dd class="fact-contact"><a${addAttribute(offering.url ?? offering.contact?.url, "href")} rel="noreferrer">${new URL(offering.url ?? offering.contact?.url).hostname}</a></dd>` })}`}
  </dl>
  <p class="no-print"><a${addAttribute(offeringUrl(offering), "href")}>${t.more}<span class="visually-hidden">: ${renderComponent($$result, "Text", $$Text, { "value": local.title })}</span></a></p>
</li>`;
}, "/work/main/src/components/finder/FinderCard.astro", void 0);
// src/site/qr.ts
/** QR codes of page addresses for the printed handout: an SVG string made at build time, no script on the page. */
function qrSvg(address) {
	return QRCode.toString(address, {
		type: "svg",
		margin: 0,
		errorCorrectionLevel: "M"
	});
}
// src/pages/finden/[ort]/[bedarf].astro
var _bedarf__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Bedarf,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
async function getStaticPaths() {
	if (!finderPagesBuilt) return [];
	const catalogue = await getCatalogue();
	const finder = await getFinder();
	return finder.places.flatMap((p) => catalogue.actionFields.filter((f) => finder.hasOwnAnswer(p.id, f.id)).map((f) => ({ params: {
		ort: p.id,
		bedarf: f.id
	} })));
}
var $$Bedarf = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Bedarf;
	const { t: ui, url, assetUrl, lang, selfPath, formatDate, regionUrl, searchUrl, fieldTitle } = kit(Astro.currentLocale);
	const t = ui.finder;
	const catalogue = await getCatalogue();
	const finder = await getFinder();
	const place = catalogue.region(Astro.params.ort);
	const field = catalogue.actionField(Astro.params.bedarf);
	const need = localNeed(field, lang);
	const sections = finder.answer(place.id, field.id);
	const LIMIT = 20;
	const heading = (key, region) => key === "place" ? t.sectionPlace(catalogue.region(region).name) : key === "kreis" ? t.sectionKreis(catalogue.region(region).name) : key === "land" ? t.sectionLand : key === "bund" ? t.sectionBund : t.sectionEu;
	const allHref = (key, region) => key === "place" || key === "kreis" ? regionUrl(region) : searchUrl({ handlungsfeld: fieldTitle(catalogue, field.id) });
	const groups = catalogue.targetGroups.filter((g) => !NOT_PEOPLE.has(g.id) && sections.some((s) => s.items.some((o) => o.targetGroups.includes(g.id))));
	const address = new URL(selfPath(Astro.url.pathname), Astro.site).href;
	const qr = await qrSvg(address);
	const title = t.answerTitle(need.label.text, place.name);
	const hasPlace = sections.some((s) => s.key === "place");
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": title,
		"description": need.hint?.text,
		"section": "finder",
		"crumbs": [
			{
				label: t.title,
				href: url(finderPaths.start)
			},
			{
				label: place.name,
				href: url(finderPaths.place(place.id))
			},
			{ label: need.label.text }
		]
	}, {
		"default": ($$result) => renderTemplate`
  
  ${maybeRenderHead($$result)}<p class="step no-print">${t.step(3, 3)}</p>
  <h1>${renderComponent($$result, "Text", $$Text, { "value": need.label })} – ${place.name}</h1>
  <div class="finder-choices">
    <p><strong>${t.yourChoice}:</strong> ${t.choicePlace}: ${place.name} <a class="no-print"${addAttribute(url(finderPaths.start), "href")}>(${t.change})</a> · ${t.choiceNeed}: ${renderComponent($$result, "Text", $$Text, { "value": need.label })} <a class="no-print"${addAttribute(url(finderPaths.place(place.id)), "href")}>(${t.change})</a><span class="print-group"></span></p>
  </div>
  ${renderComponent($$result, "OfflineHint", $$OfflineHint, {})}
  <div class="finder-answer">
    ${groups.length > 1 && renderTemplate`<fieldset class="group-filter no-print" id="fuer">
          <legend>${t.groupTitle}</legend>
          <p class="meta">${t.groupIntro}</p>
          <ul>
            <li><input type="radio" name="fuer" id="fuer-alle" value="" checked> <label for="fuer-alle">${t.groupAll}</label></li>
            ${groups.map((g) => renderTemplate`<li><input type="radio" name="fuer"${addAttribute(`fuer-${g.id}`, "id")}${addAttribute(g.id, "value")}> <label${addAttribute(`fuer-${g.id}`, "for")}>${renderComponent($$result, "Text", $$Text, { "value": localTitle(g, lang) })}</label></li>`)}
          </ul>
          <p class="group-empty">${t.groupEmpty}</p>
        </fieldset>`}
    ${sections.length === 0 && renderTemplate`<p>${t.nothingAtAll}</p>`}
    ${!hasPlace && sections.length > 0 && place.kind !== "landkreis" && renderTemplate`<p>${t.nothingHere(place.name)}</p>`}
    ${sections.map((s) => renderTemplate`<section${addAttribute(["finder-section", { "finder-section--above": s.key === "land" || s.key === "bund" || s.key === "eu" }], "class:list")}${addAttribute(`abschnitt-${s.key}`, "aria-labelledby")}>
          <h2${addAttribute(`abschnitt-${s.key}`, "id")}>${heading(s.key, s.region)} <span class="count">(${s.items.length})</span></h2>
          ${s.key === "kreis" && renderTemplate`<p class="meta">${t.sectionKreisIntro}</p>`}
          ${(s.key === "land" || s.key === "bund" || s.key === "eu") && renderTemplate`<p class="meta">${t.sectionAboveIntro}</p>`}
          <ul class="cards">
            ${s.items.slice(0, LIMIT).map((o) => renderTemplate`${renderComponent($$result, "FinderCard", $$FinderCard, {
			"offering": o,
			"catalogue": catalogue
		})}`)}
          </ul>
          ${s.items.length > LIMIT && renderTemplate`<p class="more no-print"><a${addAttribute(allHref(s.key, s.region), "href")}>${t.showAll(s.items.length)}</a></p>`}
        </section>`)}
  </div>
  <p class="meta">${t.notForFunds}</p>
  <section class="print-box" aria-labelledby="drucken">
    <h2 id="drucken" class="h3 no-print">${t.printTitle}</h2>
    <p class="no-print">${t.printIntro}</p>
    <p class="no-print"><button type="button" class="button" id="print-page" hidden>${t.printButton}</button></p>
    <p class="no-print">${t.printIn}: ${LOCALES.map((code, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && " · "}<a${addAttribute(pagePathIn(Astro.url.pathname, code), "href")}${addAttribute(code, "lang")}${addAttribute(code, "hreflang")}${addAttribute(dirOf(code) === "rtl" ? "rtl" : void 0, "dir")}>${LOCALE_NAMES[code]}</a>` })}`)}</p>
    <figure class="print-only qr">
      ${renderComponent($$result, "Fragment", Fragment, {}, { "default": async ($$result) => renderTemplate`${unescapeHTML(qr)}` })}
      <figcaption>${t.qrCaption}: <span dir="ltr">${address}</span></figcaption>
    </figure>
    <p class="print-only">${t.printedFrom} · ${t.asOf(formatDate(buildDate()))}</p>
  </section>
  <p class="no-print"><a${addAttribute(url(finderPaths.place(place.id)), "href")}>${t.backToNeed}</a> · <a${addAttribute(url(finderPaths.start), "href")}>${t.backToPlace}</a></p>
  ${renderScript($$result, "/work/main/src/pages/finden/[ort]/[bedarf].astro?astro&type=script&index=0&lang.ts")}`,
		"head": ($$result) => renderTemplate`<link rel="stylesheet"${addAttribute(assetUrl("/finden/filter.css"), "href")}>`
	})}`;
}, "/work/main/src/pages/finden/[ort]/[bedarf].astro", void 0);
var $$file = "/work/main/src/pages/finden/[ort]/[bedarf].astro";
var $$url = "/finden/[ort]/[bedarf]/";
// \0virtual:astro:page:src/pages/finden/[ort]/[bedarf]@_@astro
var page = () => _bedarf__exports;
export { page };
