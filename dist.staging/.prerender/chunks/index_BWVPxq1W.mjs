import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { M as unescapeHTML, S as maybeRenderHead, i as spreadAttributes, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Base } from "./Base_dVu_Wg_W.mjs";
import { n as siteConfig } from "./config_hLSECLeZ.mjs";
import { t as COLLECTIONS } from "./common_CfGszbeE.mjs";
import { n as allJsonSchemas, t as COLLECTION_TITLES } from "./json-schema_D5-T6Rek.mjs";
import { i as url } from "./urls_BwtU2Fbu.mjs";
// src/lib/field-docs.ts
function typeLabel(schema) {
	if (schema.enum) return `einer von: ${schema.enum.join(", ")}`;
	if (schema.format === "date") return "Datum JJJJ-MM-TT";
	if (schema.type === "array") return schema.items ? `Liste (${typeLabel(schema.items)})` : "Liste";
	if (schema.type === "object") return "Gruppe von Feldern";
	if (schema.type === "string") return schema.maxLength ? `Text (bis ${schema.maxLength} Zeichen)` : "Text";
	if (schema.type === "integer") return "ganze Zahl";
	if (schema.type === "number") return "Zahl";
	if (schema.type === "boolean") return "true oder false";
	if (schema.anyOf) return schema.anyOf.map(typeLabel).join(" oder ");
	return "Wert";
}
function fieldRows(schema, prefix = "") {
	const rows = [];
	const required = new Set(schema.required ?? []);
	for (const [key, child] of Object.entries(schema.properties ?? {})) {
		const name = `${prefix}${key}`;
		rows.push({
			name,
			required: required.has(key),
			type: typeLabel(child),
			description: child.description ?? ""
		});
		if (child.type === "object") rows.push(...fieldRows(child, `${name}.`));
		if (child.type === "array" && child.items?.type === "object") rows.push(...fieldRows(child.items, `${name}[].`));
	}
	return rows;
}
// src/lib/mailto.ts
/**
* A prefilled e-mail (RFC 6068 mailto URI): subject and a body with one "Feld: " line per field an
* editor needs, so people without any account can report an offering or a correction.
*/
function mailtoHref(address, subject, fields, closing) {
	const body = [
		...fields.map((field) => `${field}: `),
		"",
		...closing ? [closing] : []
	].join("\r\n");
	return `mailto:${encodeURIComponent(address).replace("%40", "@")}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
// src/pages/mitmachen/index.astro
var mitmachen_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
createAstro("https://foerderatlas.example.org");
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { t: ui, german, url: url$1, lang } = kit(Astro.currentLocale);
	const config = siteConfig();
	const schemas = allJsonSchemas();
	const t = ui.contribute;
	const e = ui.editors;
	const mailto = mailtoHref(config.editorsEmail, e.emailSubject, e.emailFields, e.emailClosing);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": t.title,
		"section": "contribute",
		"description": t.intro,
		"crumbs": [{ label: t.title }]
	}, { "default": ($$result) => renderTemplate`
  ${maybeRenderHead($$result)}<div class="prose">
    <h1>${t.title}</h1>
    <p class="lead">${t.intro}</p>
    <h2>${t.withoutGit}</h2>
    <ul>
      <li><a${addAttribute(`${config.repository}/issues/new?template=angebot-melden.yml`, "href")} rel="noreferrer">${t.reportOffering}</a>: ${t.reportOfferingText}</li>
      <li><a${addAttribute(`${config.repository}/issues/new?template=fehler-melden.yml`, "href")} rel="noreferrer">${t.reportError}</a>: ${t.reportErrorText}</li>
    </ul>
    <h3 id="per-e-mail">${e.emailTitle}</h3>
    <p>${e.emailIntro}</p>
    <p><a${addAttribute(mailto, "href")} class="mail-report">${e.emailLink}</a></p>
    <p>${e.emailAddress} <span dir="ltr">${config.editorsEmail}</span></p>
    <h3 id="tabelle">${e.sheetTitle}</h3>
    <p>${e.sheetIntro}</p>
    <p><a${addAttribute(url("/vorlage.xlsx"), "href")} download="vorlage.xlsx" type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">${e.sheetLink}</a></p>
    <h2>${t.stepsTitle}</h2>
    <ol>${t.steps.map((step) => renderTemplate`<li>${unescapeHTML(step)}</li>`)}</ol>
    <p>${t.review} <a${addAttribute(url$1("/mitmachen/pruefen/"), "href")}>${t.reviewLink}</a></p>
    <h2>${t.honestTitle}</h2>
    <p>${t.honest}</p>
    <h2 id="uebersetzungen">${t.translationsTitle}</h2>
    ${t.translations.map((p) => renderTemplate`<p>${unescapeHTML(p)}</p>`)}
    <h2>${t.fieldsTitle}</h2>
    <p>${t.fieldsIntro} <a${addAttribute(url("/schema/programs.json"), "href")}>programs.json</a></p>
    ${lang !== "de" && renderTemplate`<p class="only-german">${t.fieldsGerman}</p>`}
  </div>
  ${COLLECTIONS.map((c) => renderTemplate`<section class="section"${addAttribute(`felder-${c}`, "aria-labelledby")}>
        <h3${addAttribute(`felder-${c}`, "id")}><span${spreadAttributes(german)}>${COLLECTION_TITLES[c]}</span> (<code>content/${c}/</code>)</h3>
        <div class="table-scroll">
          <table>
            <thead><tr><th scope="col">${t.field}</th><th scope="col">${t.required}</th><th scope="col">${t.type}</th><th scope="col">${t.meaning}</th></tr></thead>
            <tbody>
              ${fieldRows(schemas[c]).map((row) => renderTemplate`<tr><td><code>${row.name}</code></td><td>${row.required ? t.yes : t.no}</td><td${spreadAttributes(german)}>${row.type}</td><td${spreadAttributes(german)}>${row.description}</td></tr>`)}
            </tbody>
          </table>
        </div>
      </section>`)}` })}`;
}, "/work/main/src/pages/mitmachen/index.astro", void 0);
var $$file = "/work/main/src/pages/mitmachen/index.astro";
var $$url = "/mitmachen/";
// \0virtual:astro:page:src/pages/mitmachen/index@_@astro
var page = () => mitmachen_exports;
export { page };
