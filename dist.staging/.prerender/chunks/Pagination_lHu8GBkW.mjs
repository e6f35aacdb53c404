import { S as maybeRenderHead, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
// src/components/Pagination.astro
createAstro("https://foerderatlas.example.org");
var $$Pagination = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Pagination;
	const { t: ui } = kit(Astro.currentLocale);
	const { current, last, href } = Astro.props;
	return renderTemplate`${last > 1 && renderTemplate`${maybeRenderHead($$result)}<nav class="pagination"${addAttribute(ui.page.pagination, "aria-label")}>
      <p>${ui.page.pageOf(current, last)}</p>
      <ul>
        ${current > 1 && renderTemplate`<li><a${addAttribute(href(current - 1), "href")} rel="prev">${ui.page.previous}</a></li>`}
        ${Array.from({ length: last }, (_, i) => i + 1).map((n) => renderTemplate`<li>${n === current ? renderTemplate`<span aria-current="page">${n}</span>` : renderTemplate`<a${addAttribute(href(n), "href")}>${n}</a>`}</li>`)}
        ${current < last && renderTemplate`<li><a${addAttribute(href(current + 1), "href")} rel="next">${ui.page.next}</a></li>`}
      </ul>
    </nav>`}`;
}, "/work/main/src/components/Pagination.astro", void 0);
export { $$Pagination as t };
