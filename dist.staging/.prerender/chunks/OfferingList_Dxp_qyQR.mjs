import { S as maybeRenderHead, h as Fragment, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
// src/components/OfferingBadges.astro
createAstro("https://foerderatlas.example.org");
var $$OfferingBadges = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$OfferingBadges;
	const { t: ui } = kit(Astro.currentLocale);
	const { offering, status, showKind = true } = Astro.props;
	return renderTemplate`${showKind && renderTemplate`${maybeRenderHead($$result)}<span class="badge badge--kind">${ui.kind[offering.kind]}</span>`}
<span${addAttribute(`badge badge--${status}`, "class")}>${ui.status[status]}</span>
${offering.example && renderTemplate`<span class="badge badge--example">${ui.site.example}</span>`}`;
}, "/work/main/src/components/OfferingBadges.astro", void 0);
// src/components/OfferingCard.astro
createAstro("https://foerderatlas.example.org");
var $$OfferingCard = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$OfferingCard;
	const { offeringUrl, periodLabel, entry } = kit(Astro.currentLocale);
	const { offering, catalogue, level = 3, note } = Astro.props;
	const Heading = `h${level}`;
	const local = entry(offering);
	const where = offering.area.map((id) => catalogue.region(id).name).join(", ");
	return renderTemplate`${maybeRenderHead($$result)}<li${addAttribute(["card", { "card--example": offering.example }], "class:list")}>
  ${renderComponent($$result, "Heading", Heading, {}, { "default": ($$result) => renderTemplate`<a${addAttribute(offeringUrl(offering), "href")}>${renderComponent($$result, "Text", $$Text, { "value": local.title })}</a>` })}
  <div>${renderComponent($$result, "OfferingBadges", $$OfferingBadges, {
		"offering": offering,
		"status": catalogue.status(offering)
	})}</div>
  <p class="meta">${where} · ${periodLabel(offering.period, catalogue.today)}${note ? ` · ${note}` : ""}</p>
  <p>${renderComponent($$result, "Text", $$Text, { "value": local.summary })}</p>
</li>`;
}, "/work/main/src/components/OfferingCard.astro", void 0);
// src/components/OfferingList.astro
createAstro("https://foerderatlas.example.org");
var $$OfferingList = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$OfferingList;
	const { t: ui } = kit(Astro.currentLocale);
	const { offerings, catalogue, level = 3, notes, limit = Infinity, more } = Astro.props;
	const shown = offerings.slice(0, limit);
	const hidden = offerings.length - shown.length;
	return renderTemplate`${offerings.length === 0 ? renderTemplate`${maybeRenderHead($$result)}<p>${ui.page.noneYet}</p>` : renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
      <ul class="cards" data-pagefind-ignore="all">
        ${shown.map((o) => renderTemplate`${renderComponent($$result, "OfferingCard", $$OfferingCard, {
		"offering": o,
		"catalogue": catalogue,
		"level": level,
		"note": notes?.get(o)
	})}`)}
      </ul>
      ${hidden > 0 && renderTemplate`<p class="more">${ui.page.moreHidden(hidden)} ${more && renderTemplate`<a${addAttribute(more, "href")}>${ui.page.showAllInSearch}</a>`}</p>`}
    ` })}`}`;
}, "/work/main/src/components/OfferingList.astro", void 0);
export { $$OfferingBadges as n, $$OfferingList as t };
