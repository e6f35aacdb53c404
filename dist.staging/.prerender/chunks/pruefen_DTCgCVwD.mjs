import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as maybeRenderHead, h as Fragment, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { n as siteConfig } from "./config_hLSECLeZ.mjs";
import { n as secondaryOnly } from "./source-kinds_CJtOjBFF.mjs";
import { t as getCatalogue } from "./catalogue_DT8LN15w.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
// src/lib/freshness.ts
/** Review freshness: an entry whose `reviewed` date is older than the allowed age is due for a check. */
/** The day `months` months before `today` (YYYY-MM-DD), clamped to the month's last day. */
function monthsBefore(today, months) {
	const [y, m, d] = today.split("-").map(Number);
	const total = y * 12 + (m - 1) - months;
	const year = Math.floor(total / 12);
	const month = total % 12 + 1;
	const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}
function isStale(reviewed, today, maxAgeMonths) {
	return reviewed < monthsBefore(today, maxAgeMonths);
}
/** Entries due for review, the longest unchecked first. */
function staleEntries(entries, today, maxAgeMonths) {
	return entries.filter((e) => isStale(e.reviewed, today, maxAgeMonths)).sort((a, b) => a.reviewed.localeCompare(b.reviewed));
}
// src/pages/mitmachen/pruefen.astro
var pruefen_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Pruefen,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Pruefen = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Pruefen;
	const { t: ui, formatDate, offeringUrl, url, entry } = kit(Astro.currentLocale);
	const catalogue = await getCatalogue();
	const config = siteConfig();
	const stale = staleEntries(catalogue.offerings, catalogue.today, config.reviewMaxAgeMonths);
	const secondary = secondaryOnly(catalogue.offerings);
	const t = ui.contribute;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": t.reviewTitle,
		"section": "contribute",
		"crumbs": [{
			label: t.title,
			href: url("/mitmachen/")
		}, { label: t.reviewTitle }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<h1>${t.reviewTitle}</h1>
  <p class="lead">${t.reviewIntro(config.reviewMaxAgeMonths)}</p>
  <p>${stale.length === 0 ? t.reviewNone : t.reviewCount(stale.length)}</p>
  ${stale.length > 0 && renderTemplate`<div class="table-scroll">
        <table>
          <thead><tr><th scope="col">${t.entry}</th><th scope="col">${ui.field.reviewed}</th><th scope="col">${t.file}</th></tr></thead>
          <tbody>
            ${stale.map((o) => renderTemplate`<tr>
                <td><a${addAttribute(offeringUrl(o), "href")}>${renderComponent($$result, "Text", $$Text, { "value": entry(o).title })}</a>${o.example && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <span class="badge badge--example">${ui.site.example}</span>` })}`}</td>
                <td><time${addAttribute(o.reviewed, "datetime")}>${formatDate(o.reviewed)}</time></td>
                <td>${o.file ? renderTemplate`<a${addAttribute(`${config.repository}/edit/${config.branch}/${o.file}`, "href")} rel="noreferrer"><code>${o.file}</code></a>` : "–"}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>`}<h2 id="sekundaerquellen">${t.secondaryTitle}</h2>
  <p>${t.secondaryIntro}</p>
  <p>${secondary.length === 0 ? t.secondaryNone : t.secondaryCount(secondary.length)}</p>
  ${secondary.length > 0 && renderTemplate`<ul>
        ${secondary.map((o) => renderTemplate`<li>
            <a${addAttribute(offeringUrl(o), "href")}>${renderComponent($$result, "Text", $$Text, { "value": entry(o).title })}</a>
            ${o.file && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` · <a${addAttribute(`${config.repository}/edit/${config.branch}/${o.file}`, "href")} rel="noreferrer"><code>${o.file}</code></a>` })}`}
          </li>`)}
      </ul>`}` })}`;
}, "/work/main/src/pages/mitmachen/pruefen.astro", void 0);
var $$file = "/work/main/src/pages/mitmachen/pruefen.astro";
var $$url = "/mitmachen/pruefen/";
// \0virtual:astro:page:src/pages/mitmachen/pruefen@_@astro
var page = () => pruefen_exports;
export { page };
