import { S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro } from "./i18n_B4XzFggp.mjs";
import { t as $$MapAttribution } from "./MapAttribution_DKOghjUB.mjs";
import { i as locatorBase } from "./maps_RID10mea.mjs";
// src/components/LinkList.astro
createAstro("https://foerderatlas.example.org");
var $$LinkList = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$LinkList;
	const { items } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<ul class="inline-list">${items.map((i) => renderTemplate`<li${addAttribute(i.lang, "lang")}>${i.href ? renderTemplate`<a${addAttribute(i.href, "href")}>${i.label}</a>` : i.label}</li>`)}</ul>`;
}, "/work/main/src/components/LinkList.astro", void 0);
// src/components/LocatorMap.astro
createAstro("https://foerderatlas.example.org");
var $$LocatorMap = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$LocatorMap;
	const { ags, all = false, caption } = Astro.props;
	const map = locatorBase();
	const highlighted = map.shapes.filter((s) => ags.has(s.ags));
	return renderTemplate`${maybeRenderHead($$result)}<figure class="locator">
  <svg${addAttribute(`0 0 ${map.width} ${map.height}`, "viewBox")}${addAttribute(map.width, "width")}${addAttribute(map.height, "height")} role="img"${addAttribute(caption, "aria-label")}>
    <path${addAttribute(map.outline, "d")}${addAttribute(all ? "hl" : "land", "class")}></path>
    ${highlighted.map((s) => renderTemplate`<path${addAttribute(s.d, "d")} class="hl"></path>`)}
  </svg>
  <figcaption>
    ${caption}
    ${renderComponent($$result, "MapAttribution", $$MapAttribution, {})}
  </figcaption>
</figure>`;
}, "/work/main/src/components/LocatorMap.astro", void 0);
export { $$LinkList as n, $$LocatorMap as t };
