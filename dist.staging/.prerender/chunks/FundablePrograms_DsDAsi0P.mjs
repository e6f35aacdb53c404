import { S as maybeRenderHead, h as Fragment, i as spreadAttributes, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
import { t as $$Text } from "./Text_C45EAeV4.mjs";
// src/components/FundablePrograms.astro
createAstro("https://foerderatlas.example.org");
var $$FundablePrograms = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$FundablePrograms;
	const { t: ui, programUrl, entry, formatDate, german } = kit(Astro.currentLocale);
	const { programmes, catalogue, limit = 10, level = 3 } = Astro.props;
	const t = ui.gapToAction;
	const Heading = `h${level}`;
	const shown = programmes.slice(0, limit);
	return renderTemplate`${programmes.length === 0 && renderTemplate`${maybeRenderHead($$result)}<p class="finding"><strong>${t.noneFundable}</strong></p>`}
${shown.length > 0 && renderTemplate`<ul class="cards">
      ${shown.map((p) => renderTemplate`<li class="card">
          ${renderComponent($$result, "Heading", Heading, { "class": "h3" }, { "default": ($$result) => renderTemplate`<a${addAttribute(programUrl(p.id), "href")}>${renderComponent($$result, "Text", $$Text, { "value": entry(catalogue.program(p.id)).title })}</a>` })}
          <dl class="reasons">
            <dt>${ui.field.level}</dt>
            <dd>${ui.level[p.level] ?? p.level}</dd>
            <dt>${t.eligible}</dt>
            <dd>${p.eligible.map((e) => ui.eligible[e] ?? e).join(", ")}</dd>
            <dt>${t.fundingTypes}</dt>
            <dd>${p.fundingTypes.map((f) => ui.fundingType[f] ?? f).join(", ")}</dd>
            <dt>${t.nextDeadline}</dt>
            <dd>
              ${p.nextDeadline ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<time${addAttribute(p.nextDeadline.date, "datetime")}>${formatDate(p.nextDeadline.date)}</time>: <span${spreadAttributes(german)}>${p.nextDeadline.label}</span>` })}` : p.lastDeadline ? t.pastDeadline(formatDate(p.lastDeadline.date)) : t.noDeadline}
            </dd>
          </dl>
        </li>`)}
    </ul>`}
${programmes.length > shown.length && renderTemplate`<p class="meta">${t.moreProgrammes(programmes.length - shown.length)}</p>`}`;
}, "/work/main/src/components/FundablePrograms.astro", void 0);
export { $$FundablePrograms as t };
