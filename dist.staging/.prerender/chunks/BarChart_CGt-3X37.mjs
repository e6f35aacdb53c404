import { S as maybeRenderHead, w as addAttribute, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
// src/lib/charts.ts
/** A "nice" upper bound and step for an axis: 1, 2 or 5 times a power of ten. */
function niceScale(max, targetTicks = 4) {
	if (max <= 0) return {
		max: 1,
		step: 1
	};
	const rough = max / targetTicks;
	const power = 10 ** Math.floor(Math.log10(rough));
	const step = [
		1,
		2,
		5,
		10
	].map((m) => m * power).find((s) => s >= rough);
	const niceStep = Math.max(step, 1);
	return {
		max: Math.ceil(max / niceStep) * niceStep,
		step: niceStep
	};
}
/** Rough width of a label in the chart font (13 px system sans), to leave room for it. */
function textWidth(text, fontSize = 13) {
	return Math.ceil(text.length * fontSize * .56);
}
/** Horizontal bars, one per datum, labels in a column on the left as wide as the longest label. */
function horizontalBars(data, options = {}) {
	const { width = 640, barHeight = 22, gap = 8 } = options;
	const labelWidth = options.labelWidth ?? Math.min(320, Math.max(80, ...data.map((d) => textWidth(d.label) + 12)));
	const top = 24;
	const plot = width - labelWidth - 48;
	const scale = niceScale(Math.max(0, ...data.map((d) => d.value)));
	const bars = data.map((d, i) => {
		const w = d.value / scale.max * plot;
		const y = top + i * (barHeight + gap);
		return {
			...d,
			x: labelWidth,
			y,
			width: w,
			height: barHeight,
			valueX: labelWidth + w + 6,
			valueY: y + barHeight / 2
		};
	});
	const ticks = [];
	for (let v = 0; v <= scale.max; v += scale.step) ticks.push({
		value: v,
		position: labelWidth + v / scale.max * plot
	});
	return {
		width,
		height: top + data.length * (barHeight + gap),
		bars,
		ticks
	};
}
/** Vertical columns, e.g. one per year, labels under the axis; `left` leaves room for the tick labels. */
function columns(data, options = {}) {
	const { width = 640, height = 260, left = 40 } = options;
	const bottom = 28;
	const top = 16;
	const plotHeight = height - top - bottom;
	const slot = data.length ? (width - left - 8) / data.length : 0;
	const scale = niceScale(Math.max(0, ...data.map((d) => d.value)));
	const bars = data.map((d, i) => {
		const h = d.value / scale.max * plotHeight;
		const x = left + i * slot + slot * .15;
		return {
			...d,
			x,
			y: top + plotHeight - h,
			width: slot * .7,
			height: h,
			valueX: x + slot * .35,
			valueY: top + plotHeight - h - 4
		};
	});
	const ticks = [];
	for (let v = 0; v <= scale.max; v += scale.step) ticks.push({
		value: v,
		position: top + plotHeight - v / scale.max * plotHeight
	});
	return {
		width,
		height,
		bars,
		ticks
	};
}
// src/components/BarChart.astro
createAstro("https://foerderatlas.example.org");
var $$BarChart = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$BarChart;
	const { t: ui, formatNumber } = kit(Astro.currentLocale);
	const { id, title, data, labelHeading, kind = "bars", valueLabel = ui.monitoring.count, format = formatNumber } = Astro.props;
	const axisMax = niceScale(Math.max(0, ...data.map((d) => d.value))).max;
	const left = textWidth(format(axisMax), 12) + 12;
	const chart = kind === "bars" ? horizontalBars(data) : columns(data, { left });
	const slot = chart.bars.length > 1 ? chart.bars[1].x - chart.bars[0].x : Infinity;
	const every = Math.max(1, Math.ceil((textWidth(data[0]?.label ?? "") + 6) / slot));
	const summary = data.map((d) => `${d.label}: ${format(d.value)}`).join("; ");
	return renderTemplate`${maybeRenderHead($$result)}<figure class="chart"${addAttribute(`${id}-caption`, "aria-labelledby")}>
  <figcaption${addAttribute(`${id}-caption`, "id")}>${title}</figcaption>
  <svg${addAttribute(`0 0 ${chart.width} ${chart.height}`, "viewBox")} role="img"${addAttribute(`${id}-title`, "aria-labelledby")}${addAttribute(chart.width, "width")}${addAttribute(chart.height, "height")}>
    <title${addAttribute(`${id}-title`, "id")}>${title}: ${summary}</title>
    ${chart.ticks.map((tick) => kind === "bars" ? renderTemplate`<g class="tick">
            <line${addAttribute(tick.position, "x1")}${addAttribute(tick.position, "x2")} y1="14"${addAttribute(chart.height, "y2")}></line>
            <text${addAttribute(tick.position, "x")} y="12" text-anchor="middle">${format(tick.value)}</text>
          </g>` : renderTemplate`<g class="tick">
            <line${addAttribute(left, "x1")}${addAttribute(chart.width, "x2")}${addAttribute(tick.position, "y1")}${addAttribute(tick.position, "y2")}></line>
            <text${addAttribute(left - 6, "x")}${addAttribute(tick.position + 4, "y")} text-anchor="end">${format(tick.value)}</text>
          </g>`)}
    ${chart.bars.map((bar, i) => kind === "bars" ? renderTemplate`<g>
            <text class="label"${addAttribute(bar.x - 8, "x")}${addAttribute(bar.valueY + 5, "y")} text-anchor="end">${bar.label.length > 50 ? `${bar.label.slice(0, 49)}…` : bar.label}</text>
            <rect${addAttribute(bar.x, "x")}${addAttribute(bar.y, "y")}${addAttribute(bar.width, "width")}${addAttribute(bar.height, "height")}></rect>
            <text class="value"${addAttribute(bar.valueX, "x")}${addAttribute(bar.valueY + 5, "y")}>${format(bar.value)}</text>
          </g>` : renderTemplate`<g>
            <rect${addAttribute(bar.x, "x")}${addAttribute(bar.y, "y")}${addAttribute(bar.width, "width")}${addAttribute(bar.height, "height")}></rect>
            ${bar.value > 0 && slot >= textWidth(format(bar.value)) + 2 && renderTemplate`<text class="value"${addAttribute(bar.valueX, "x")}${addAttribute(bar.valueY, "y")} text-anchor="middle">${format(bar.value)}</text>`}
            ${i % every === 0 && renderTemplate`<text class="label"${addAttribute(bar.valueX, "x")}${addAttribute(chart.height - 8, "y")} text-anchor="middle">${bar.label}</text>`}
          </g>`)}
  </svg>
  <details>
    <summary>${ui.monitoring.asTable}: ${title}</summary>
    <table>
      <thead><tr><th scope="col">${labelHeading}</th><th scope="col">${valueLabel}</th></tr></thead>
      <tbody>${data.map((d) => renderTemplate`<tr><th scope="row">${d.label}</th><td>${format(d.value)}</td></tr>`)}</tbody>
    </table>
  </details>
</figure>`;
}, "/work/main/src/components/BarChart.astro", void 0);
export { $$BarChart as t };
