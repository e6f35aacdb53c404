import { S as maybeRenderHead, h as Fragment, i as spreadAttributes, p as renderComponent, x as renderTemplate } from "./jsx-runtime_u1I4qVac.mjs";
import { t as createComponent } from "./astro-component_CzDZTn3t.mjs";
import { i as createAstro, t as kit } from "./i18n_B4XzFggp.mjs";
// src/components/PracticalFacts.astro
createAstro("https://foerderatlas.example.org");
var $$PracticalFacts = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$PracticalFacts;
	const { t: ui, german, formatWeekdays } = kit(Astro.currentLocale);
	const { offering } = Astro.props;
	const f = ui.field;
	const age = offering.ageRange;
	const ageText = age && (age.min !== void 0 && age.max !== void 0 ? f.ageBetween(age.min, age.max) : age.min !== void 0 ? f.ageFrom(age.min) : age.max !== void 0 ? f.ageTo(age.max) : void 0);
	const hours = offering.kind === "project" ? offering.hours : void 0;
	const access = offering.kind === "project" ? offering.accessibility : void 0;
	const accessFacts = access ? [
		access.stepFree === void 0 ? void 0 : access.stepFree ? f.stepFree : f.notStepFree,
		access.accessibleToilet === void 0 ? void 0 : access.accessibleToilet ? f.accessibleToilet : f.noAccessibleToilet,
		access.hearingLoop === void 0 ? void 0 : access.hearingLoop ? f.hearingLoop : f.noHearingLoop
	].filter((x) => x !== void 0) : [];
	return renderTemplate`${offering.eligibility && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<dt>${f.eligibility}</dt><dd${spreadAttributes(german)}>${offering.eligibility}</dd>` })}`}
${ageText && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${f.ageRange}</dt><dd>${ageText}</dd>` })}`}
${hours && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
      <dt>${f.hours}</dt>
      <dd>
        ${hours.slots && hours.slots.length > 0 && renderTemplate`<ul class="plain">
            ${hours.slots.map((s) => renderTemplate`<li>${formatWeekdays(s.days)}: <span dir="ltr">${f.clock(s.from, s.to)}</span></li>`)}
          </ul>`}
        ${hours.byAppointment && renderTemplate`<p class="tight">${f.byAppointment}</p>`}
        ${hours.note && renderTemplate`<p class="tight"${spreadAttributes(german)}>${hours.note}</p>`}
      </dd>
    ` })}`}
${access && (accessFacts.length > 0 || access.note) && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
      <dt>${f.accessibility}</dt>
      <dd>
        ${accessFacts.length > 0 && renderTemplate`<ul class="plain">${accessFacts.map((a) => renderTemplate`<li>${a}</li>`)}</ul>`}
        ${access.note && renderTemplate`<p class="tight"${spreadAttributes(german)}>${access.note}</p>`}
      </dd>
    ` })}`}
${offering.howTo && offering.howTo.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`
      <dt>${f.howTo}</dt>
      <dd><ol class="steps"${spreadAttributes(german)}>${offering.howTo.map((step) => renderTemplate`<li>${step}</li>`)}</ol></dd>
    ` })}`}`;
}, "/work/main/src/components/PracticalFacts.astro", void 0);
export { $$PracticalFacts as t };
