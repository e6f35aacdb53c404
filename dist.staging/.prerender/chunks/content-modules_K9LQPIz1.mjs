// .astro/content-modules.mjs
var content_modules_default = /* @__PURE__ */ new Map([["content/projects/mbe-jmd-sprechstunde-buergerbuero-offenbach.mdx", () => import("./mbe-jmd-sprechstunde-buergerbuero-offenbach_Cdx-hJBk.mjs")]]);
export { content_modules_default as default };
