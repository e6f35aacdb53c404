import { S as maybeRenderHead, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { n as siteConfig, t as editUrl } from "./config_hLSECLeZ.mjs";
import { t as contentDir } from "./content-dir_DBK-QJkv.mjs";
import { t as lastChanged } from "./git-dates_CLKbT4O3.mjs";
import { resolve } from "node:path";
// src/components/SearchData.astro
createAstro("https://foerderatlas.example.org");
var $$SearchData = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SearchData;
	const { facets = {}, meta = {}, sort = {}, terms = [], localTerms = [], strongTerms = [], localStrongTerms = [] } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<div hidden>
  ${Object.entries(facets).flatMap(([key, values]) => values.map((v) => renderTemplate`<span${addAttribute(key, "data-pagefind-filter")}>${v}</span>`))}
  ${Object.entries(sort).map(([key, value]) => renderTemplate`<span${addAttribute(key, "data-pagefind-sort")}>${value}</span>`)}
  ${Object.entries(meta).map(([key, value]) => renderTemplate`<span${addAttribute(key, "data-pagefind-meta")}>${value}</span>`)}
  ${terms.length > 0 && renderTemplate`<p lang="de" data-pagefind-weight="0.3">${terms.join(" ")}</p>`}
  ${localTerms.length > 0 && renderTemplate`<p data-pagefind-weight="0.3">${localTerms.join(" ")}</p>`}
  ${strongTerms.length > 0 && renderTemplate`<p lang="de" data-pagefind-weight="7">${strongTerms.join(" ")}</p>`}
  ${localStrongTerms.length > 0 && renderTemplate`<p data-pagefind-weight="7">${localStrongTerms.join(" ")}</p>`}
</div>`;
}, "/work/main/src/components/SearchData.astro", void 0);
// src/site/git.ts
/** "Zuletzt geändert" per content file, from one git log pass per build. */
var cached;
function lastChangedDate(file) {
	if (!file) return void 0;
	cached ??= lastChanged(contentDir());
	return cached.get(resolve(process.cwd(), file));
}
// src/components/EntryMeta.astro
createAstro("https://foerderatlas.example.org");
var $$EntryMeta = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$EntryMeta;
	const { t: ui, formatDate, selfPath } = kit(Astro.currentLocale);
	const { title, file, reviewed } = Astro.props;
	const config = siteConfig();
	const changed = lastChangedDate(file);
	const page = new URL(selfPath(Astro.url.pathname), Astro.site).href;
	const editUrl$1 = editUrl(config, file);
	const issue = new URLSearchParams({
		template: "fehler-melden.yml",
		title: `Fehler: ${title}`,
		seite: page
	});
	const t = ui.entry;
	return renderTemplate`${maybeRenderHead($$result)}<aside class="entry-meta"${addAttribute(t.label, "aria-label")} data-pagefind-ignore="all">
  <ul>
    ${reviewed && renderTemplate`<li>${t.reviewed}: <time${addAttribute(reviewed, "datetime")}>${formatDate(reviewed)}</time></li>`}
    ${changed && renderTemplate`<li>${t.changed}: <time${addAttribute(changed, "datetime")}>${formatDate(changed)}</time></li>`}
    ${editUrl$1 && renderTemplate`<li><a${addAttribute(editUrl$1, "href")} rel="noreferrer">${t.edit}</a></li>`}
    <li><a${addAttribute(`${config.repository}/issues/new?${issue.toString()}`, "href")} rel="noreferrer">${t.report}</a></li>
  </ul>
</aside>`;
}, "/work/main/src/components/EntryMeta.astro", void 0);
export { $$SearchData as n, $$EntryMeta as t };
