import { S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { r as offeringKey } from "./catalogue_CglcCxyV.mjs";
import { t as getAnalysis } from "./analysis_BuD-qnz-.mjs";
import { o as partnerOf } from "./overlap_CTCoxTgV.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
import { t as $$Pagination } from "./Pagination_lHu8GBkW.mjs";
import { n as $$OverlapReasons, t as $$OverlapKindBadge } from "./OverlapKindBadge_B-mw7jK8.mjs";
import { n as overlapListPath, t as needsOverlapList } from "./overlap-pages_D4aPNeHG.mjs";
// src/components/OfferingOverlapList.astro
createAstro("https://foerderatlas.example.org");
var $$OfferingOverlapList = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$OfferingOverlapList;
	const { t: ui, offeringUrl, url, entry, textAttrs, formatNumber } = kit(Astro.currentLocale);
	const { offering, page } = Astro.props;
	const catalogue = await getCatalogue();
	const t = ui.overlap;
	const key = offeringKey(offering);
	const title = entry(offering).title;
	const home = offeringUrl(offering);
	const listTitle = ui.kindPlural[offering.kind];
	const listHref = url(offering.kind === "program" ? "/programme/" : "/projekte/");
	const pageHref = (n) => overlapListPath(home, n);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": `${t.pageHeading} ${title.text}`,
		"section": "overlaps",
		"crumbs": [
			{
				label: listTitle,
				href: listHref
			},
			{
				label: title.text,
				href: home,
				attrs: textAttrs(title)
			},
			{ label: t.title }
		]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<h1>${t.pageHeading} ${renderComponent($$result, "Text", $$Text, { "value": title })}</h1>
  <p class="lead">${t.pageIntro(page.total)} <a${addAttribute(url("/ueberschneidungen/#regel"), "href")}>${t.howRule}</a></p>
  <p><a${addAttribute(home, "href")}>${t.backToOffering}</a></p>
  <ol class="cards"${addAttribute(page.start + 1, "start")}>
    ${page.data.map((overlap) => {
		const partner = catalogue.offering(partnerOf(overlap, key));
		return renderTemplate`<li class="card"${addAttribute(offeringKey(partner), "data-partner")}>
            <h2 class="h3"><a${addAttribute(offeringUrl(partner), "href")}>${renderComponent($$result, "Text", $$Text, { "value": entry(partner).title })}</a></h2>
            <p>${renderComponent($$result, "OverlapKindBadge", $$OverlapKindBadge, { "overlap": overlap })}</p>
            <p class="meta">${ui.kind[partner.kind]} · ${t.score}: ${formatNumber(overlap.score)}</p>
            ${renderComponent($$result, "OverlapReasons", $$OverlapReasons, {
			"overlap": overlap,
			"catalogue": catalogue
		})}
          </li>`;
	})}
  </ol>
  ${renderComponent($$result, "Pagination", $$Pagination, {
		"current": page.currentPage,
		"last": page.lastPage,
		"href": pageHref
	})}
` })}`;
}, "/work/main/src/components/OfferingOverlapList.astro", void 0);
// src/site/overlap-lists.ts
async function overlapListPaths(kind, paginate) {
	const [catalogue, analysis] = await Promise.all([getCatalogue(), getAnalysis()]);
	return (kind === "program" ? catalogue.programs : catalogue.projects).flatMap((offering) => {
		const overlaps = analysis.overlapsOf(offeringKey(offering));
		if (!needsOverlapList(overlaps.length)) return [];
		return paginate(overlaps, {
			pageSize: 100,
			params: { id: offering.id },
			props: { offering }
		});
	});
}
export { $$OfferingOverlapList as n, overlapListPaths as t };
