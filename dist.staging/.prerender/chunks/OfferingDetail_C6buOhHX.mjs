import { S as maybeRenderHead, h as Fragment, i as spreadAttributes, p as renderComponent, v as renderSlot, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { n as $$LinkList, t as $$LocatorMap } from "./LocatorMap_C_nK-KGI.mjs";
import { n as $$OfferingBadges, t as $$OfferingList } from "./OfferingList_Dxp_qyQR.mjs";
import { n as $$OverlapReasons, t as $$OverlapKindBadge } from "./OverlapKindBadge_B-mw7jK8.mjs";
import { r as offeringKey } from "./catalogue_CglcCxyV.mjs";
import { o as partnerOf } from "./overlap_CTCoxTgV.mjs";
import { n as overlapListPath, t as needsOverlapList } from "./overlap-pages_D4aPNeHG.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
import { n as $$SearchData, t as $$EntryMeta } from "./EntryMeta_CgkswYiB.mjs";
import { n as $$EasyText, t as $$TranslationNote } from "./TranslationNote_Bcvb5Aqr.mjs";
import { t as $$PracticalFacts } from "./PracticalFacts_CMhmqNPJ.mjs";
import { t as highlightFor } from "./maps_RID10mea.mjs";
import { n as localTitle, r as localizeEntry } from "./localized_7lRDKflb.mjs";
import { n as searchDataFor } from "./search_DQyweJql.mjs";
import { t as getAnalysis } from "./analysis_BuD-qnz-.mjs";
// src/components/OfferingOverlaps.astro
createAstro("https://foerderatlas.example.org");
var $$OfferingOverlaps = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$OfferingOverlaps;
	const { t: ui, offeringUrl, url, entry, formatNumber } = kit(Astro.currentLocale);
	const { offering, catalogue, overlaps } = Astro.props;
	const key = offeringKey(offering);
	const t = ui.overlap;
	const top = overlaps.slice(0, 5).map((o) => ({
		overlap: o,
		partner: catalogue.offering(partnerOf(o, key))
	}));
	const doubles = overlaps.filter((o) => o.kind === "doppelangebot").length;
	return renderTemplate`${maybeRenderHead($$result)}<section class="section" aria-labelledby="ueberschneidungen" data-pagefind-ignore="all">
  <h2 id="ueberschneidungen">${ui.nav.overlaps} (${overlaps.length})</h2>
  <p>${t.offeringIntro} <a${addAttribute(url("/ueberschneidungen/#regel"), "href")}>${t.howRule}</a></p>
  ${overlaps.length === 0 && renderTemplate`<p>${t.none}</p>`}
  ${overlaps.length > 0 && renderTemplate`<p>${ui.gapToAction.offeringSplit(doubles, overlaps.length - doubles)} <a${addAttribute(url("/ueberschneidungen/#art"), "href")}>${ui.gapToAction.kindRuleTitle}</a></p>`}
  ${top.length > 0 && renderTemplate`<ol class="cards">
        ${top.map(({ overlap, partner }) => renderTemplate`<li${addAttribute(["card", { "card--example": partner.example }], "class:list")}>
            <h3><a${addAttribute(offeringUrl(partner), "href")}>${renderComponent($$result, "Text", $$Text, { "value": entry(partner).title })}</a></h3>
            <p>${renderComponent($$result, "OverlapKindBadge", $$OverlapKindBadge, { "overlap": overlap })}</p>
            <p class="meta">
              ${ui.kind[partner.kind]}${partner.example ? ` · ${ui.site.example}` : ""} · ${t.score}: ${formatNumber(overlap.score)}
            </p>
            ${renderComponent($$result, "OverlapReasons", $$OverlapReasons, {
		"overlap": overlap,
		"catalogue": catalogue
	})}
          </li>`)}
      </ol>`}
  ${needsOverlapList(overlaps.length) && renderTemplate`<p><a${addAttribute(overlapListPath(offeringUrl(offering)), "href")}>${t.showAll(overlaps.length)}</a></p>`}
</section>`;
}, "/work/main/src/components/OfferingOverlaps.astro", void 0);
// src/components/Sources.astro
createAstro("https://foerderatlas.example.org");
var $$Sources = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Sources;
	const { t: ui, formatDate, german } = kit(Astro.currentLocale);
	const { sources = [], reviewed } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<section class="section" aria-labelledby="quellen">
  <h2 id="quellen">${ui.field.sources}</h2>
  ${sources.length > 0 ? renderTemplate`<ol>
        ${sources.map((s) => renderTemplate`<li>
            <a${addAttribute(s.url, "href")} rel="noreferrer"${spreadAttributes(s.title ? german : {})}>${s.title ?? s.url}</a>
            ${s.accessed && renderTemplate`<span> (${ui.field.accessed} ${formatDate(s.accessed)})</span>`}
          </li>`)}
      </ol>` : renderTemplate`<p>${ui.field.noSources}</p>`}
  ${reviewed && renderTemplate`<p><strong>${ui.field.reviewed}:</strong> <time${addAttribute(reviewed, "datetime")}>${formatDate(reviewed)}</time></p>`}
</section>`;
}, "/work/main/src/components/Sources.astro", void 0);
// src/site/json-ld.ts
var SCHEMA_DAYS = {
	mo: "Monday",
	di: "Tuesday",
	mi: "Wednesday",
	do: "Thursday",
	fr: "Friday",
	sa: "Saturday",
	so: "Sunday"
};
function offeringJsonLd(offering, catalogue, pageUrl, lang) {
	const local = localizeEntry(offering, lang);
	const providerId = offering.kind === "program" ? offering.funder : offering.carrier;
	const provider = catalogue.organization(providerId);
	return {
		"@context": "https://schema.org",
		"@type": offering.kind === "program" && [
			"eu",
			"bund",
			"land",
			"kommune"
		].includes(offering.level) ? "GovernmentService" : "Service",
		name: local.title.text,
		description: local.summary?.text ?? offering.summary,
		inLanguage: local.summary?.lang ?? local.title.lang,
		url: pageUrl,
		...offering.url ? { sameAs: offering.url } : {},
		provider: {
			"@type": "Organization",
			name: provider.name,
			...provider.url ? { url: provider.url } : {}
		},
		areaServed: offering.area.map((id) => ({
			"@type": "AdministrativeArea",
			name: catalogue.region(id).name
		})),
		audience: offering.targetGroups.map((id) => ({
			"@type": "Audience",
			audienceType: localTitle(catalogue.targetGroup(id), lang).text
		})),
		...offering.languages ? { availableLanguage: offering.languages } : {},
		...offering.kind === "project" && offering.hours?.slots?.length ? { hoursAvailable: offering.hours.slots.map((s) => ({
			"@type": "OpeningHoursSpecification",
			dayOfWeek: s.days.map((d) => `https://schema.org/${SCHEMA_DAYS[d]}`),
			opens: s.from,
			closes: s.to
		})) } : {},
		dateModified: offering.reviewed
	};
}
// src/components/SimilarOfferings.astro
createAstro("https://foerderatlas.example.org");
var $$SimilarOfferings = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SimilarOfferings;
	const { t: ui, offeringUrl, entry, german, formatNumber } = kit(Astro.currentLocale);
	const { offering, catalogue } = Astro.props;
	const t = ui.gapToAction;
	const similar = (await getAnalysis()).similar(offeringKey(offering)).map((s) => ({
		...s,
		offering: catalogue.offering(s.key)
	}));
	return renderTemplate`${maybeRenderHead($$result)}<section class="section" aria-labelledby="aehnliche-angebote" data-pagefind-ignore="all">
  <h2 id="aehnliche-angebote">${t.similarTitle} (${similar.length})</h2>
  <p>${t.similarIntro}</p>
  ${similar.length === 0 && renderTemplate`<p>${t.similarNone}</p>`}
  ${similar.length > 0 && renderTemplate`<ol class="cards">
        ${similar.map((s) => renderTemplate`<li${addAttribute(["card", { "card--example": s.offering.example }], "class:list")}${addAttribute(s.key, "data-similar")}>
            <h3><a${addAttribute(offeringUrl(s.offering), "href")}>${renderComponent($$result, "Text", $$Text, { "value": entry(s.offering).title })}</a></h3>
            <p class="meta">${ui.kind[s.offering.kind]} · ${t.similarity}: ${formatNumber(s.score)}</p>
            <p>${t.sharedTerms}: <span${spreadAttributes(german)}>${s.terms.join(", ")}</span></p>
          </li>`)}
      </ol>`}
  <details class="explain">
    <summary>${t.similarHow}</summary>
    <p>${t.similarRule}</p>
  </details>
</section>`;
}, "/work/main/src/components/SimilarOfferings.astro", void 0);
// src/components/OfferingDetail.astro
createAstro("https://foerderatlas.example.org");
var $$OfferingDetail = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$OfferingDetail;
	const { t: ui, german, textAttrs, lang, entry, selfPath, fieldTitle, groupTitle, actionFieldUrl, formatDate, formatMoney, formatPeriod, languageName, organizationUrl, programUrl, regionUrl, targetGroupUrl, url } = kit(Astro.currentLocale);
	const { offering, catalogue, hasBody = false } = Astro.props;
	const status = catalogue.status(offering);
	const local = entry(offering);
	const listTitle = ui.kindPlural[offering.kind];
	const listHref = url(offering.kind === "program" ? "/programme/" : "/projekte/");
	const fields = offering.actionFields.map((id) => ({
		label: fieldTitle(catalogue, id),
		href: actionFieldUrl(id)
	}));
	const groups = offering.targetGroups.map((id) => ({
		label: groupTitle(catalogue, id),
		href: targetGroupUrl(id)
	}));
	const area = offering.area.map((id) => ({
		label: catalogue.region(id).name,
		href: regionUrl(id)
	}));
	const funded = offering.kind === "program" ? catalogue.projectsFundedBy(offering.id) : [];
	const fundingDetail = (f) => [f.amount !== void 0 ? `: ${formatMoney(f.amount)}` : "", f.years?.length ? ` (${f.years.join(", ")})` : ""].join("");
	const highlight = highlightFor(catalogue, offering.area);
	const overlaps = (await getAnalysis()).overlapsOf(offeringKey(offering));
	const jsonLd = offeringJsonLd(offering, catalogue, new URL(selfPath(Astro.url.pathname), Astro.site).href, lang);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": local.title.text,
		"description": local.summary?.text,
		"section": "offerings",
		"crumbs": [{
			label: listTitle,
			href: listHref
		}, {
			label: local.title.text,
			attrs: textAttrs(local.title)
		}],
		"jsonLd": jsonLd,
		"indexed": true
	}, { "default": ($$result) => renderTemplate`
  ${renderComponent($$result, "SearchData", $$SearchData, { ...searchDataFor(offering, catalogue, lang) })}
  ${maybeRenderHead($$result)}<h1>${renderComponent($$result, "Text", $$Text, { "value": local.title })}</h1>
  ${renderComponent($$result, "TranslationNote", $$TranslationNote, {
		"localized": local,
		"file": offering.file,
		"germanTitle": offering.title
	})}
  <p>${renderComponent($$result, "OfferingBadges", $$OfferingBadges, {
		"offering": offering,
		"status": status
	})}</p>
  ${offering.example && renderTemplate`<p class="example-note"><strong>${ui.site.example}:</strong> ${ui.site.exampleNote}</p>`}${(highlight.all || highlight.ags.size > 0) && renderTemplate`${renderComponent($$result, "LocatorMap", $$LocatorMap, {
		"ags": highlight.ags,
		"all": highlight.all,
		"caption": highlight.all ? ui.regions.locatorAll : `${ui.regions.locatorArea}: ${offering.area.map((id) => catalogue.region(id).name).join(", ")}`
	})}`}<p class="lead">${renderComponent($$result, "Text", $$Text, { "value": local.summary })}</p>
  ${renderComponent($$result, "EasyText", $$EasyText, { "text": offering.easy })}

  <dl class="facts">
    <dt>${ui.field.targetGroups}</dt>
    <dd>${renderComponent($$result, "LinkList", $$LinkList, { "items": groups })}</dd>
    <dt>${ui.field.actionFields}</dt>
    <dd>${renderComponent($$result, "LinkList", $$LinkList, { "items": fields })}</dd>
    <dt>${ui.field.area}</dt>
    <dd>${renderComponent($$result, "LinkList", $$LinkList, { "items": area })}</dd>
    <dt>${ui.field.period}</dt>
    <dd>${formatPeriod(offering.period, catalogue.today)} (${ui.status[status]})</dd>
    ${renderComponent($$result, "PracticalFacts", $$PracticalFacts, { "offering": offering })}
    ${offering.kind === "program" && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
          <dt>${ui.field.funder}</dt>
          <dd><a${addAttribute(organizationUrl(offering.funder), "href")}>${catalogue.organization(offering.funder).name}</a></dd>
          <dt>${ui.field.level}</dt>
          <dd>${ui.level[offering.level]}</dd>
          <dt>${ui.field.fundingTypes}</dt>
          <dd>${renderComponent($$result, "LinkList", $$LinkList, { "items": offering.fundingTypes.map((t) => ({ label: ui.fundingType[t] })) })}</dd>
          <dt>${ui.field.eligible}</dt>
          <dd>${renderComponent($$result, "LinkList", $$LinkList, { "items": offering.eligible.map((e) => ({ label: ui.eligible[e] })) })}</dd>
          ${offering.deadlines && offering.deadlines.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
              <dt>${ui.field.deadlines}</dt>
              <dd>
                <ul>
                  ${offering.deadlines.map((d) => renderTemplate`<li><time${addAttribute(d.date, "datetime")}>${formatDate(d.date)}</time>: <span${spreadAttributes(german)}>${d.label}</span>${d.date < catalogue.today ? ` (${ui.page.expired})` : ""}</li>`)}
                </ul>
              </dd>
            ` })}`}
          ${offering.budget && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
              <dt>${ui.field.budget}</dt>
              <dd>
                ${formatMoney(offering.budget.amount)}${offering.budget.per ? ` ${ui.budgetPer[offering.budget.per]}` : ""}
                ${offering.budget.note && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<br><small${spreadAttributes(german)}>${offering.budget.note}</small>` })}`}
              </dd>
            ` })}`}
        ` })}`}
    ${offering.kind === "project" && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
          <dt>${ui.field.carrier}</dt>
          <dd><a${addAttribute(organizationUrl(offering.carrier), "href")}>${catalogue.organization(offering.carrier).name}</a></dd>
          <dt>${ui.field.format}</dt>
          <dd>${renderComponent($$result, "LinkList", $$LinkList, { "items": offering.format.map((f) => ({ label: ui.format[f] })) })}</dd>
          <dt>${ui.field.cost}</dt>
          <dd>${ui.cost[offering.cost]}</dd>
          ${offering.funding && offering.funding.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
              <dt>${ui.field.funding}</dt>
              <dd>
                <ul>
                  ${offering.funding.map((f) => renderTemplate`<li>
                      <a${addAttribute(programUrl(f.program), "href")}>${renderComponent($$result, "Text", $$Text, { "value": entry(catalogue.program(f.program)).title })}</a>${fundingDetail(f)}
                    </li>`)}
                </ul>
              </dd>
            ` })}`}
          ${offering.address && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
              <dt>${ui.field.address}</dt>
              <dd>${[offering.address.street, [offering.address.postalCode, offering.address.city].filter(Boolean).join(" ")].filter(Boolean).join(", ")}</dd>
            ` })}`}
        ` })}`}
    ${offering.languages && offering.languages.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
          <dt>${ui.field.languages}</dt>
          <dd>${renderComponent($$result, "LinkList", $$LinkList, { "items": offering.languages.map((l) => ({ label: languageName(l) })) })}</dd>
        ` })}`}
    ${offering.contact && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
          <dt>${ui.field.contact}</dt>
          <dd>
            ${offering.contact.name && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<span${spreadAttributes(german)}>${offering.contact.name}</span><br>` })}`}
            ${offering.contact.email && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<a${addAttribute(`mailto:${offering.contact.email}`, "href")}>${offering.contact.email}</a><br>` })}`}
            ${offering.contact.phone && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<a${addAttribute(`tel:${offering.contact.phone.replace(/[^+0-9]/g, "")}`, "href")}>${offering.contact.phone.replace(/ /g, "\xA0").replace(/-/g, "‑")}</a><br>` })}`}
            ${offering.contact.url && renderTemplate`<a${addAttribute(offering.contact.url, "href")} rel="noreferrer">${offering.contact.url}</a>`}
          </dd>
        ` })}`}
    ${offering.url && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
          <dt>${ui.field.url}</dt>
          <dd><a${addAttribute(offering.url, "href")} rel="noreferrer">${new URL(offering.url).hostname}</a></dd>
        ` })}`}
  </dl>

  ${local.body ? renderTemplate`<section class="section prose" aria-labelledby="beschreibung">
        <h2 id="beschreibung">${ui.field.description}</h2>
        ${local.body.paragraphs.map((p) => renderTemplate`<p>${p}</p>`)}
      </section>` : hasBody && renderTemplate`<section class="section prose" aria-labelledby="beschreibung">
        <h2 id="beschreibung">${ui.field.description}</h2>
        ${lang !== "de" && renderTemplate`<p class="only-german">${ui.i18n.onlyGerman}</p>`}
        <div${spreadAttributes(german)}>${renderSlot($$result, $$slots["default"])}</div>
      </section>`}${offering.kind === "program" && renderTemplate`<section class="section" aria-labelledby="gefoerdert">
        <h2 id="gefoerdert">${ui.field.fundedProjects} (${funded.length})</h2>
        ${renderComponent($$result, "OfferingList", $$OfferingList, {
		"offerings": funded,
		"catalogue": catalogue,
		"limit": 20
	})}
      </section>`}${renderComponent($$result, "SimilarOfferings", $$SimilarOfferings, {
		"offering": offering,
		"catalogue": catalogue
	})}
  <details class="for-professionals">
    <summary>${ui.overlap.professionals(overlaps.length)}</summary>
    ${renderComponent($$result, "OfferingOverlaps", $$OfferingOverlaps, {
		"offering": offering,
		"catalogue": catalogue,
		"overlaps": overlaps
	})}
  </details>
  ${renderComponent($$result, "Sources", $$Sources, { "sources": offering.sources })}
  ${renderComponent($$result, "EntryMeta", $$EntryMeta, {
		"title": offering.title,
		"file": offering.file,
		"reviewed": offering.reviewed
	})}
` })}`;
}, "/work/main/src/components/OfferingDetail.astro", void 0);
export { $$OfferingDetail as t };
