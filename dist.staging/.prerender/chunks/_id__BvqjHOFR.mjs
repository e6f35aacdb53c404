import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, h as Fragment, i as spreadAttributes, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { n as $$LinkList, t as $$LocatorMap } from "./LocatorMap_C_nK-KGI.mjs";
import { n as $$SearchData, t as $$EntryMeta } from "./EntryMeta_CgkswYiB.mjs";
import { t as $$OfferingList } from "./OfferingList_Dxp_qyQR.mjs";
import { r as kreisOf, t as highlightFor } from "./maps_RID10mea.mjs";
import { c as offeringsForRegion, n as groupByActionField, o as groupByReach } from "./catalogue_CglcCxyV.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { a as isFacetRegion } from "./search-index_hKE0gldX.mjs";
import { n as finderPaths, r as getFinder } from "./finder_D_f05XYM.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
import { t as $$FundablePrograms } from "./FundablePrograms_DsDAsi0P.mjs";
import { t as $$BarChart } from "./BarChart_CGt-3X37.mjs";
import { a as offeringsPerLevel, t as getAnalysis } from "./analysis_BuD-qnz-.mjs";
// src/components/FundingChain.astro
createAstro("https://foerderatlas.example.org");
var $$FundingChain = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$FundingChain;
	const { t: ui, programUrl, entry, formatMoney } = kit(Astro.currentLocale);
	const { chain, catalogue, id } = Astro.props;
	const t = ui.gapToAction;
	const rows = chain.levels.flatMap((l) => l.rows);
	const title = (program) => entry(catalogue.program(program)).title;
	const data = offeringsPerLevel(chain).map((l) => ({
		label: ui.level[l.level],
		value: l.offerings
	}));
	const amount = (r) => r.amount === null ? t.unknown : r.linksWithAmount < r.links ? t.atLeast(formatMoney(r.amount), r.linksWithAmount, r.links) : formatMoney(r.amount);
	return renderTemplate`${maybeRenderHead($$result)}<p>${t.chainRule}</p>
${rows.length === 0 && renderTemplate`<p>${t.chainNone}</p>`}
${rows.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
      ${renderComponent($$result, "BarChart", $$BarChart, {
		"id": id,
		"title": t.chainChart,
		"labelHeading": t.level,
		"valueLabel": t.offerings,
		"data": data
	})}
      <div class="table-scroll">
        <table>
          <caption>${t.chainTitle}</caption>
          <thead><tr><th scope="col">${t.level}</th><th scope="col">${t.programme}</th><th scope="col">${t.offerings}</th><th scope="col">${t.amount}</th><th scope="col">${t.per1000}</th></tr></thead>
          <tbody>
            ${rows.map((r) => renderTemplate`<tr>
                <td>${ui.level[r.level]}</td>
                <th scope="row"><a${addAttribute(programUrl(r.program), "href")}>${renderComponent($$result, "Text", $$Text, { "value": title(r.program) })}</a></th>
                <td>${r.offerings.length}</td>
                <td>${amount(r)}</td>
                <td>${r.amountPer1000 === null ? t.unknown : `${r.linksWithAmount < r.links ? "≥ " : ""}${formatMoney(r.amountPer1000)}`}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>
    ` })}`}
${chain.population === null && rows.length > 0 && renderTemplate`<p class="meta">${t.populationUnknown}</p>`}
${chain.leftOut.projectEnded > 0 && renderTemplate`<p class="meta">${t.leftOutProjects(chain.leftOut.projectEnded)}</p>`}
${chain.leftOut.programmeEnded > 0 && renderTemplate`<p class="meta">${t.leftOutProgrammes(chain.leftOut.programmeEnded)}</p>`}`;
}, "/work/main/src/components/FundingChain.astro", void 0);
// src/components/RegionFunding.astro
createAstro("https://foerderatlas.example.org");
var $$RegionFunding = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$RegionFunding;
	const { t: ui, url, entry } = kit(Astro.currentLocale);
	const { region, catalogue } = Astro.props;
	const t = ui.gapToAction;
	const analysis = await getAnalysis();
	const survey = catalogue.survey(region.id);
	const gaps = catalogue.actionFields.map((f) => ({
		field: f,
		cell: analysis.coverage.cell(region.id, f.id)
	})).filter((g) => g.cell.state === "luecke").map((g) => ({
		...g,
		programmes: analysis.fundable(g.cell) ?? []
	}));
	const chain = analysis.fundingChain(region.id);
	const isKreis = region.kind === "landkreis" || region.kind === "kreisfreie-stadt";
	const showChain = isKreis || region.kind === "sonderstatusstadt" || region.kind === "land" || region.modelRegion === true || chain.levels.length > 0;
	return renderTemplate`${survey && renderTemplate`${maybeRenderHead($$result)}<section class="section" aria-labelledby="luecken-foerderung">
      <h2 id="luecken-foerderung">${t.regionGapsTitle} (${gaps.length})</h2>
      ${gaps.length === 0 ? renderTemplate`<p>${t.regionNoGaps}</p>` : renderTemplate`<p>${t.fundableIntro}</p>`}
      ${gaps.map((g) => renderTemplate`<section${addAttribute(`luecke-${g.field.id}`, "aria-labelledby")}>
          <h3${addAttribute(`luecke-${g.field.id}`, "id")}>${renderComponent($$result, "Text", $$Text, { "value": entry(g.field).title })}: ${t.programmeCount(g.programmes.length)}</h3>
          ${renderComponent($$result, "FundablePrograms", $$FundablePrograms, {
		"programmes": g.programmes,
		"catalogue": catalogue,
		"limit": 5,
		"level": 4
	})}
          <p><a${addAttribute(url(`/abdeckung/${g.field.id}/#luecken`), "href")}>${t.toFieldPage}</a></p>
        </section>`)}
    </section>`}
${showChain && renderTemplate`<section class="section" aria-labelledby="foerderkette">
      <h2 id="foerderkette">${t.chainTitle}</h2>
      <p>${t.chainIntro}</p>
      ${renderComponent($$result, "FundingChain", $$FundingChain, {
		"chain": chain,
		"catalogue": catalogue,
		"id": `kette-${region.id}`
	})}
      ${isKreis && renderTemplate`<p><a${addAttribute(url(`/foerderende/${region.id}/`), "href")}>${t.radarTitle}: ${region.name}</a></p>`}
    </section>`}`;
}, "/work/main/src/components/RegionFunding.astro", void 0);
// src/pages/regionen/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
async function getStaticPaths() {
	return (await getCatalogue()).regions.map((r) => ({ params: { id: r.id } }));
}
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { t: ui, assetUrl, entry, fieldTitle, formatDate, german, programUrl, formatNumber, organizationUrl, regionUrl, searchUrl, url } = kit(Astro.currentLocale);
	const catalogue = await getCatalogue();
	const region = catalogue.region(Astro.params.id);
	const { tree } = catalogue;
	const { local, viaAncestor } = offeringsForRegion(tree, region.id, catalogue.offerings);
	const ended = local.filter((o) => catalogue.status(o) === "beendet");
	const current = local.filter((o) => catalogue.status(o) !== "beendet");
	const localByField = groupByActionField(catalogue, current);
	const viaGroups = groupByReach(tree, region.id, viaAncestor);
	const children = [...tree.childrenOf(region.id)].map((id) => catalogue.region(id)).sort((a, b) => a.name.localeCompare(b.name, "de"));
	const organizations = catalogue.organizationsIn(region.id);
	const survey = catalogue.survey(region.id);
	const surveyable = region.modelRegion === true || [
		"landkreis",
		"kreisfreie-stadt",
		"sonderstatusstadt"
	].includes(region.kind);
	const modelProgramme = catalogue.programs.find((p) => p.id === "modellregionen-integration");
	const finderPlace = (await getFinder()).places.some((p) => p.id === region.id);
	const crumbs = [
		{
			label: ui.nav.regions,
			href: url("/regionen/")
		},
		...tree.ancestors(region.id).slice().reverse().map((id) => ({
			label: catalogue.region(id).name,
			href: regionUrl(id)
		})),
		{ label: region.name }
	];
	const parent = region.parent ? catalogue.region(region.parent) : void 0;
	const facet = isFacetRegion(region) ? region.name : void 0;
	const LIMIT = 10;
	const highlight = region.id === "hessen" || tree.ancestors(region.id).includes("hessen") ? highlightFor(catalogue, [region.id]) : void 0;
	const kreis = kreisOf(catalogue, region.id);
	const locatorCaption = region.id === "hessen" ? ui.regions.locatorAll : kreis && kreis !== region.id ? ui.regions.locatorKreis(region.name, catalogue.region(kreis).name) : ui.regions.locatorSelf(region.name);
	const reachLabel = (via) => {
		const kind = catalogue.region(via).kind;
		return `${kind === "eu" ? ui.regions.reachEu : kind === "bund" ? ui.regions.reachBund : kind === "land" ? ui.regions.reachLand : kind === "regierungsbezirk" ? ui.regions.reachBezirk : ui.regions.reachKreis}: ${catalogue.region(via).name}`;
	};
	const jsonLd = {
		"@context": "https://schema.org",
		"@type": "AdministrativeArea",
		name: region.name,
		...parent ? { containedInPlace: {
			"@type": "AdministrativeArea",
			name: parent.name
		} } : {}
	};
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": region.name,
		"description": ui.regions.description(region.name),
		"section": "regions",
		"crumbs": crumbs,
		"jsonLd": jsonLd,
		"indexed": true
	}, {
		"default": ($$result) => renderTemplate`
  
  ${renderComponent($$result, "SearchData", $$SearchData, {
			"facets": { art: [ui.search.kinds.region] },
			"meta": {
				title: region.name,
				art: ui.search.kinds.region,
				summary: ui.search.regionSummary(ui.regionKind[region.kind], parent?.name, local.length, viaAncestor.length)
			},
			"sort": { titel: region.name.toLocaleLowerCase("de") }
		})}
  ${maybeRenderHead($$result)}<h1>${region.name}</h1>
  ${finderPlace && renderTemplate`<p class="finder-link"><a${addAttribute(url(finderPaths.place(region.id)), "href")}>${ui.finder.regionLink(region.name)}</a></p>`}${highlight && renderTemplate`${renderComponent($$result, "LocatorMap", $$LocatorMap, {
			"ags": highlight.ags,
			"all": highlight.all,
			"caption": locatorCaption
		})}`}<dl class="facts">
    <dt>${ui.field.kind}</dt>
    <dd>${ui.regionKind[region.kind]}</dd>
    ${parent && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${ui.field.parent}</dt><dd><a${addAttribute(regionUrl(parent.id), "href")}>${parent.name}</a></dd>` })}`}
    ${region.officialName && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${ui.field.officialName}</dt><dd>${region.officialName}</dd>` })}`}
    ${region.ags && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${ui.field.ags}</dt><dd>${region.ags}</dd>` })}`}
    ${region.population !== void 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${ui.field.population}</dt><dd>${formatNumber(region.population)}${region.populationYear ? ` (${ui.regions.populationSource(region.populationYear)})` : ""}</dd>` })}`}
    ${region.modelRegion && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${ui.field.modelRegion}</dt><dd>${ui.compare.yes}${modelProgramme && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`: <a${addAttribute(programUrl(modelProgramme.id), "href")}>${renderComponent($$result, "Text", $$Text, { "value": entry(modelProgramme).title })}</a>` })}`}</dd>` })}`}
    ${region.coordination && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
          <dt>${ui.field.coordination}</dt>
          <dd>
            ${region.coordination.name}
            ${region.coordination.address && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<br>${region.coordination.address}` })}`}
            ${region.coordination.email && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<br><a${addAttribute(`mailto:${region.coordination.email}`, "href")}>${region.coordination.email}</a>` })}`}
            ${region.coordination.phone && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<br>${region.coordination.phone}` })}`}
            ${region.coordination.url && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<br><a${addAttribute(region.coordination.url, "href")} rel="noreferrer">${region.coordination.url}</a>` })}`}
          </dd>
        ` })}`}
  </dl>

  ${(survey || surveyable) && renderTemplate`<section class="section" aria-labelledby="datenstand">
        <h2 id="datenstand">${ui.regions.surveyTitle}</h2>
        ${survey ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
            <p>${ui.regions.surveyed(formatDate(survey.date), survey.fields.length, catalogue.actionFields.length)}</p>
            <div>${ui.regions.surveyedFields}: ${renderComponent($$result, "LinkList", $$LinkList, { "items": survey.fields.map((f) => ({
			label: fieldTitle(catalogue, f),
			href: url(`/abdeckung/${f}/`)
		})) })}</div>
            <details>
              <summary>${ui.regions.surveySources} (${survey.sources.length})</summary>
              <ul>${survey.sources.map((s) => renderTemplate`<li><a${addAttribute(s.url, "href")} rel="noreferrer"${spreadAttributes(s.title ? german : {})}>${s.title ?? new URL(s.url).hostname}</a></li>`)}</ul>
              ${survey.notes && renderTemplate`<p${spreadAttributes(german)}>${survey.notes}</p>`}
            </details>
          ` })}` : renderTemplate`<p>${ui.regions.notSurveyed}</p>`}
      </section>`}<section class="section" aria-labelledby="vor-ort">
    <h2 id="vor-ort">${ui.page.local} (${local.length})</h2>
    <p>${ui.page.localIntro}</p>
    ${local.length === 0 && renderTemplate`<p>${ui.page.noneLocal}</p>`}
    ${localByField.map((g, i) => renderTemplate`<details class="region-group"${addAttribute(i < 2 || g.items.length <= 3, "open")}>
          <summary><h3${addAttribute(`vo-${g.field.id}`, "id")}>${renderComponent($$result, "Text", $$Text, { "value": entry(g.field).title })} (${g.items.length})</h3></summary>
          ${renderComponent($$result, "OfferingList", $$OfferingList, {
			"offerings": g.items,
			"catalogue": catalogue,
			"level": 4,
			"limit": LIMIT,
			"more": searchUrl({
				region: facet,
				handlungsfeld: fieldTitle(catalogue, g.field.id)
			})
		})}
        </details>`)}
    ${ended.length > 0 && renderTemplate`<details class="region-group region-ended">
          <summary><h3 id="beendet">${ui.regions.ended} (${ended.length})</h3></summary>
          ${renderComponent($$result, "OfferingList", $$OfferingList, {
			"offerings": ended,
			"catalogue": catalogue,
			"level": 4,
			"limit": LIMIT,
			"more": searchUrl({
				region: facet,
				status: ui.status.beendet
			})
		})}
        </details>`}
  </section>

  ${viaAncestor.length > 0 && renderTemplate`<section class="section" aria-labelledby="verfuegbar">
        <h2 id="verfuegbar">${ui.page.viaAncestor} (${viaAncestor.length})</h2>
        <p>${ui.page.viaAncestorIntro}</p>
        ${viaGroups.map((g) => renderTemplate`<details class="region-group">
            <summary><h3${addAttribute(`ueber-${g.via}`, "id")}>${reachLabel(g.via)} (${g.items.length})</h3></summary>
            ${renderComponent($$result, "OfferingList", $$OfferingList, {
			"offerings": g.items,
			"catalogue": catalogue,
			"level": 4,
			"limit": LIMIT,
			"more": searchUrl({ region: facet })
		})}
          </details>`)}
      </section>`}${children.length > 0 && renderTemplate`<section class="section" aria-labelledby="unterregionen" data-pagefind-ignore="all">
        <h2 id="unterregionen">${ui.page.subRegions} ${region.name} (${children.length})</h2>
        ${renderComponent($$result, "LinkList", $$LinkList, { "items": children.map((c) => ({
			label: c.name,
			href: regionUrl(c.id)
		})) })}
      </section>`}${organizations.length > 0 && renderTemplate`<section class="section" aria-labelledby="organisationen" data-pagefind-ignore="all">
        <h2 id="organisationen">${ui.page.organizationsHere}</h2>
        ${renderComponent($$result, "LinkList", $$LinkList, { "items": organizations.map((o) => ({
			label: o.name,
			href: organizationUrl(o.id)
		})) })}
      </section>`}${renderComponent($$result, "RegionFunding", $$RegionFunding, {
			"region": region,
			"catalogue": catalogue
		})}
  ${renderComponent($$result, "EntryMeta", $$EntryMeta, {
			"title": region.name,
			"file": region.file
		})}
`,
		"head": ($$result) => renderTemplate`<link rel="alternate" type="application/atom+xml"${addAttribute(ui.data.regionFeedTitle(region.name), "title")}${addAttribute(assetUrl(`/regionen/${region.id}/feed.xml`), "href")} hreflang="de">`
	})}`;
}, "/work/main/src/pages/regionen/[id].astro", void 0);
var $$file = "/work/main/src/pages/regionen/[id].astro";
var $$url = "/regionen/[id]/";
// \0virtual:astro:page:src/pages/regionen/[id]@_@astro
var page = () => _id__exports;
export { page };
