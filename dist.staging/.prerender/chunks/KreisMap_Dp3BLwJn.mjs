import { S as maybeRenderHead, p as renderComponent, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro } from "./i18n_B4XzFggp.mjs";
import { t as $$MapAttribution } from "./MapAttribution_DKOghjUB.mjs";
import { n as kreisMap } from "./maps_RID10mea.mjs";
// src/components/KreisMap.astro
createAstro("https://foerderatlas.example.org");
var $$KreisMap = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$KreisMap;
	const { id, caption, shapes, legend } = Astro.props;
	const map = kreisMap();
	return renderTemplate`${maybeRenderHead($$result)}<figure class="kreis-map"${addAttribute(`${id}-caption`, "aria-labelledby")}>
  <figcaption${addAttribute(`${id}-caption`, "id")}>${caption}</figcaption>
  <svg${addAttribute(`0 0 ${map.width} ${map.height}`, "viewBox")} role="group"${addAttribute(`${id}-caption`, "aria-labelledby")}>
    <defs>
      <pattern${addAttribute(`${id}-marked`, "id")} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" class="marked-bg"></rect><line x1="0" y1="0" x2="0" y2="8" class="marked-line"></line>
      </pattern>
      <pattern${addAttribute(`${id}-gap`, "id")} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <rect width="7" height="7" class="gap-bg"></rect><line x1="0" y1="0" x2="0" y2="7" class="gap-line"></line>
      </pattern>
      <pattern${addAttribute(`${id}-unsurveyed`, "id")} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" class="unsurveyed-bg"></rect><circle cx="3" cy="3" r="1.1" class="unsurveyed-dot"></circle>
      </pattern>
    </defs>
    ${map.shapes.map((s) => {
		const info = shapes.get(s.ags);
		if (!info) return renderTemplate`<path${addAttribute(s.d, "d")} class="kreis"></path>`;
		const fill = info.level === 0 ? `url(#${id}-gap)` : info.level === -1 ? `url(#${id}-unsurveyed)` : info.marked ? `url(#${id}-marked)` : void 0;
		return renderTemplate`<a${addAttribute(info.href, "href")}${addAttribute(info.label, "aria-label")}>
            <title>${info.label}</title>
            <path${addAttribute(s.d, "d")}${addAttribute(`kreis${info.level !== void 0 && info.level >= 0 ? ` level-${info.level}` : info.level === -1 ? " unsurveyed" : ""}${fill ? " patterned" : ""}`, "class")}${addAttribute(fill, "fill")}></path>
          </a>`;
	})}
  </svg>
  <ul class="map-legend">
    ${legend.map((l) => renderTemplate`<li><span${addAttribute(`swatch ${l.swatch}`, "class")} aria-hidden="true"></span> ${l.label}</li>`)}
  </ul>
  ${renderComponent($$result, "MapAttribution", $$MapAttribution, {})}
</figure>`;
}, "/work/main/src/components/KreisMap.astro", void 0);
export { $$KreisMap as t };
