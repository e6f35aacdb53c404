import { A as isAstroComponentFactory, B as fetchStateSymbol, D as normalizeCspResourceEntry, E as isRenderInstruction, F as ASTRO_GENERATOR, G as generateCspDigest, H as responseSentSymbol$1, I as DEFAULT_404_COMPONENT, L as REDIRECT_STATUS_CODES, N as renderEndpoint, O as pushDirective, P as ASTRO_ERROR_HEADER, R as REROUTABLE_STATUS_CODES, U as decodeKey, V as originPathnameSymbol, W as decryptString, _ as createSlotValueFromString, b as isRenderTemplateResult, d as isRoute500, f as renderJSX, g as chunkToString, j as markHTMLString, l as renderPage, m as renderStreaming, n as createVNode, p as renderComponent, t as AstroJSX, u as isRoute404, x as renderTemplate, y as renderSlotToString, z as clientAddressSymbol } from "./chunks/jsx-runtime_u1I4qVac.mjs";
import { C as LocalsReassigned, H as ResponseSentError, I as PageNumberParamNotFound, L as PrerenderClientAddressNotAvailable, P as NoMatchingStaticPathFound, Q as isAstroError, R as PrerenderDynamicEndpointPathCollide, S as LocalsNotAnObject, T as MiddlewareNotAResponse, U as RewriteWithBodyUsed, V as ReservedSlotName, W as StaticClientAddressNotAvailable, X as AstroError, Y as i18nNoLocaleFoundInPath, Z as AstroUserError, a as ClientAddressNotAvailable, d as ForbiddenRewrite, h as GetStaticPathsRequired, i as CacheNotEnabled, j as NoManifestAvailable, m as GetStaticPathsInvalidRouteParam, n as ActionsReturnedInvalidDataError, p as GetStaticPathsExpectedParams, r as AstroResponseHeadersReassigned, t as ActionNotFoundError, v as InvalidGetStaticPathsEntry, w as MiddlewareNoDataOrNextCalled, y as InvalidGetStaticPathsReturn } from "./chunks/errors-data_BL4bSam6.mjs";
import { _ as trimSlashes, a as fileExtension, f as removeLeadingForwardSlash, g as stripRequestBase, h as slash, i as collapseDuplicateTrailingSlashes, l as joinPaths, m as removeTrailingForwardSlash, n as collapseDuplicateLeadingSlashes, o as hasFileExtension, r as collapseDuplicateSlashes, s as isInternalPath, t as appendForwardSlash, u as prependForwardSlash } from "./chunks/path_DPMd95WS.mjs";
import { n as matchPattern } from "./chunks/remote_Cac2Oznb.mjs";
import { n as AstroIntegrationLogger, r as astroToRuntimeLogger, t as createConsoleLogger } from "./chunks/console_CdBwB1iU.mjs";
import colors from "piccolore";
import { escape } from "html-escaper";
import { parseCookie, stringifySetCookie } from "cookie";
import { parse, stringify } from "devalue";
// node_modules/astro/dist/core/middleware/noop-middleware.js
var NOOP_MIDDLEWARE_FN = async (_ctx, next) => {
	return await next();
};
// node_modules/astro/dist/core/app/manifest.js
function deserializeManifest(serializedManifest, routesList) {
	const routes = [];
	if (serializedManifest.routes) for (const serializedRoute of serializedManifest.routes) routes.push({
		...serializedRoute,
		routeData: deserializeRouteData(serializedRoute.routeData)
	});
	if (routesList) for (const route of routesList?.routes) routes.push({
		file: "",
		links: [],
		scripts: [],
		styles: [],
		routeData: route
	});
	const assets = new Set(serializedManifest.assets);
	const componentMetadata = new Map(serializedManifest.componentMetadata);
	const inlinedScripts = new Map(serializedManifest.inlinedScripts);
	const clientDirectives = new Map(serializedManifest.clientDirectives);
	const key = decodeKey(serializedManifest.key);
	return {
		middleware() {
			return { onRequest: NOOP_MIDDLEWARE_FN };
		},
		...serializedManifest,
		rootDir: new URL(serializedManifest.rootDir),
		srcDir: new URL(serializedManifest.srcDir),
		publicDir: new URL(serializedManifest.publicDir),
		outDir: new URL(serializedManifest.outDir),
		cacheDir: new URL(serializedManifest.cacheDir),
		buildClientDir: new URL(serializedManifest.buildClientDir),
		buildServerDir: new URL(serializedManifest.buildServerDir),
		assets,
		componentMetadata,
		inlinedScripts,
		clientDirectives,
		routes,
		key
	};
}
function deserializeRouteData(rawRouteData) {
	return {
		route: rawRouteData.route,
		type: rawRouteData.type,
		pattern: new RegExp(rawRouteData.pattern),
		params: rawRouteData.params,
		component: rawRouteData.component,
		pathname: rawRouteData.pathname || void 0,
		segments: rawRouteData.segments,
		prerender: rawRouteData.prerender,
		redirect: rawRouteData.redirect,
		redirectRoute: rawRouteData.redirectRoute ? deserializeRouteData(rawRouteData.redirectRoute) : void 0,
		fallbackRoutes: rawRouteData.fallbackRoutes.map((fallback) => {
			return deserializeRouteData(fallback);
		}),
		isIndex: rawRouteData.isIndex,
		origin: rawRouteData.origin,
		distURL: rawRouteData.distURL
	};
}
function deserializeRouteInfo(rawRouteInfo) {
	return {
		styles: rawRouteInfo.styles,
		file: rawRouteInfo.file,
		links: rawRouteInfo.links,
		scripts: rawRouteInfo.scripts,
		routeData: deserializeRouteData(rawRouteInfo.routeData)
	};
}
// node_modules/@astrojs/mdx/dist/server.js
var slotName = (str) => str.trim().replace(/[-_]([a-z])/g, (_, w) => w.toUpperCase());
async function check(Component, props, { default: children = null, ...slotted } = {}) {
	if (typeof Component !== "function") return false;
	const slots = {};
	for (const [key, value] of Object.entries(slotted)) {
		const name = slotName(key);
		slots[name] = value;
	}
	try {
		return (await Component({
			...props,
			...slots,
			children
		}))[AstroJSX];
	} catch (e) {
		throwEnhancedErrorIfMdxComponent(e, Component);
	}
	return false;
}
async function renderToStaticMarkup(Component, props = {}, { default: children = null, ...slotted } = {}) {
	const slots = {};
	for (const [key, value] of Object.entries(slotted)) {
		const name = slotName(key);
		slots[name] = value;
	}
	const { result } = this;
	try {
		let html = "";
		const destination = { write(chunk) {
			if (chunk instanceof Response) return;
			html += chunkToString(result, chunk);
		} };
		await renderStreaming(createVNode(Component, {
			...props,
			...slots,
			children
		}), result, destination);
		return { html };
	} catch (e) {
		throwEnhancedErrorIfMdxComponent(e, Component);
		throw e;
	}
}
function throwEnhancedErrorIfMdxComponent(error, Component) {
	if (Component[/* @__PURE__ */ Symbol.for("mdx-component")]) {
		if (AstroUserError.is(error)) return;
		error.title = error.name;
		error.hint = `This issue often occurs when your MDX component encounters runtime errors.`;
		throw error;
	}
}
// \0virtual:astro:renderers
var renderers = [Object.assign({
	"name": "astro:jsx",
	"serverEntrypoint": "file:///work/main/node_modules/@astrojs/mdx/dist/server.js"
}, { ssr: {
	name: "astro:jsx",
	check,
	renderToStaticMarkup
} })];
[
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/404",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/404\\/$",
			"segments": [[{
				"content": "404",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/404.astro",
			"pathname": "/404",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/404",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/404\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "404",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/404.astro",
				"pathname": "/en/404",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/404",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/404\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "404",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/404.astro",
				"pathname": "/ar/404",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/abdeckung/[feld]",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/abdeckung\\/([^/]+?)\\/$",
			"segments": [[{
				"content": "abdeckung",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "feld",
				"dynamic": true,
				"spread": false
			}]],
			"params": ["feld"],
			"component": "src/pages/abdeckung/[feld].astro",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/abdeckung/[feld]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/abdeckung\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "abdeckung",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "feld",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["feld"],
				"component": "src/pages/abdeckung/[feld].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/abdeckung/[feld]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/abdeckung\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "abdeckung",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "feld",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["feld"],
				"component": "src/pages/abdeckung/[feld].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/abdeckung",
			"isIndex": true,
			"type": "page",
			"pattern": "^\\/abdeckung\\/$",
			"segments": [[{
				"content": "abdeckung",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/abdeckung/index.astro",
			"pathname": "/abdeckung",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/abdeckung",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/en\\/abdeckung\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "abdeckung",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/abdeckung/index.astro",
				"pathname": "/en/abdeckung",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/abdeckung",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/ar\\/abdeckung\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "abdeckung",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/abdeckung/index.astro",
				"pathname": "/ar/abdeckung",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/admin/config.yml",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/admin\\/config\\.yml$",
			"segments": [[{
				"content": "admin",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "config.yml",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/admin/config.yml.ts",
			"pathname": "/admin/config.yml",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/admin",
			"isIndex": true,
			"type": "page",
			"pattern": "^\\/admin\\/$",
			"segments": [[{
				"content": "admin",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/admin/index.astro",
			"pathname": "/admin",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/admin",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/en\\/admin\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "admin",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/admin/index.astro",
				"pathname": "/en/admin",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/admin",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/ar\\/admin\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "admin",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/admin/index.astro",
				"pathname": "/ar/admin",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/barrierefreiheit",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/barrierefreiheit\\/$",
			"segments": [[{
				"content": "barrierefreiheit",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/barrierefreiheit.astro",
			"pathname": "/barrierefreiheit",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/barrierefreiheit",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/barrierefreiheit\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "barrierefreiheit",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/barrierefreiheit.astro",
				"pathname": "/en/barrierefreiheit",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/barrierefreiheit",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/barrierefreiheit\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "barrierefreiheit",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/barrierefreiheit.astro",
				"pathname": "/ar/barrierefreiheit",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/data/360giving.json",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/data\\/360giving\\.json$",
			"segments": [[{
				"content": "data",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "360giving.json",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/data/360giving.json.ts",
			"pathname": "/data/360giving.json",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/data/catalogue.json",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/data\\/catalogue\\.json$",
			"segments": [[{
				"content": "data",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "catalogue.json",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/data/catalogue.json.ts",
			"pathname": "/data/catalogue.json",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/data/catalogue.schema.json",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/data\\/catalogue\\.schema\\.json$",
			"segments": [[{
				"content": "data",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "catalogue.schema.json",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/data/catalogue.schema.json.ts",
			"pathname": "/data/catalogue.schema.json",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/data/coverage.json",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/data\\/coverage\\.json$",
			"segments": [[{
				"content": "data",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "coverage.json",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/data/coverage.json.ts",
			"pathname": "/data/coverage.json",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/data/dcat.jsonld",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/data\\/dcat\\.jsonld$",
			"segments": [[{
				"content": "data",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "dcat.jsonld",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/data/dcat.jsonld.ts",
			"pathname": "/data/dcat.jsonld",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/data/foerderketten.csv",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/data\\/foerderketten\\.csv$",
			"segments": [[{
				"content": "data",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "foerderketten.csv",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/data/foerderketten.csv.ts",
			"pathname": "/data/foerderketten.csv",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/data/hsds/locations.json",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/data\\/hsds\\/locations\\.json$",
			"segments": [
				[{
					"content": "data",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "hsds",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "locations.json",
					"dynamic": false,
					"spread": false
				}]
			],
			"params": [],
			"component": "src/pages/data/hsds/locations.json.ts",
			"pathname": "/data/hsds/locations.json",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/data/hsds/organizations.json",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/data\\/hsds\\/organizations\\.json$",
			"segments": [
				[{
					"content": "data",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "hsds",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "organizations.json",
					"dynamic": false,
					"spread": false
				}]
			],
			"params": [],
			"component": "src/pages/data/hsds/organizations.json.ts",
			"pathname": "/data/hsds/organizations.json",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/data/hsds/services.json",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/data\\/hsds\\/services\\.json$",
			"segments": [
				[{
					"content": "data",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "hsds",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "services.json",
					"dynamic": false,
					"spread": false
				}]
			],
			"params": [],
			"component": "src/pages/data/hsds/services.json.ts",
			"pathname": "/data/hsds/services.json",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/data/offerings.csv",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/data\\/offerings\\.csv$",
			"segments": [[{
				"content": "data",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "offerings.csv",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/data/offerings.csv.ts",
			"pathname": "/data/offerings.csv",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/data/overlaps.json",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/data\\/overlaps\\.json$",
			"segments": [[{
				"content": "data",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "overlaps.json",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/data/overlaps.json.ts",
			"pathname": "/data/overlaps.json",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/data/similar.json",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/data\\/similar\\.json$",
			"segments": [[{
				"content": "data",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "similar.json",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/data/similar.json.ts",
			"pathname": "/data/similar.json",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/daten",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/daten\\/$",
			"segments": [[{
				"content": "daten",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/daten.astro",
			"pathname": "/daten",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/daten",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/daten\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "daten",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/daten.astro",
				"pathname": "/en/daten",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/daten",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/daten\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "daten",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/daten.astro",
				"pathname": "/ar/daten",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/feed.xml",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/feed\\.xml$",
			"segments": [[{
				"content": "feed.xml",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/feed.xml.ts",
			"pathname": "/feed.xml",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/finden/filter.css",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/finden\\/filter\\.css$",
			"segments": [[{
				"content": "finden",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "filter.css",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/finden/filter.css.ts",
			"pathname": "/finden/filter.css",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/finden/orte.json",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/finden\\/orte\\.json$",
			"segments": [[{
				"content": "finden",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "orte.json",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/finden/orte.json.ts",
			"pathname": "/finden/orte.json",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/finden/[ort]/[bedarf]",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/finden\\/([^/]+?)\\/([^/]+?)\\/$",
			"segments": [
				[{
					"content": "finden",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "ort",
					"dynamic": true,
					"spread": false
				}],
				[{
					"content": "bedarf",
					"dynamic": true,
					"spread": false
				}]
			],
			"params": ["ort", "bedarf"],
			"component": "src/pages/finden/[ort]/[bedarf].astro",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/finden/[ort]/[bedarf]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/finden\\/([^/]+?)\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "finden",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "ort",
						"dynamic": true,
						"spread": false
					}],
					[{
						"content": "bedarf",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["ort", "bedarf"],
				"component": "src/pages/finden/[ort]/[bedarf].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/finden/[ort]/[bedarf]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/finden\\/([^/]+?)\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "finden",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "ort",
						"dynamic": true,
						"spread": false
					}],
					[{
						"content": "bedarf",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["ort", "bedarf"],
				"component": "src/pages/finden/[ort]/[bedarf].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/finden/[ort]",
			"isIndex": true,
			"type": "page",
			"pattern": "^\\/finden\\/([^/]+?)\\/$",
			"segments": [[{
				"content": "finden",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "ort",
				"dynamic": true,
				"spread": false
			}]],
			"params": ["ort"],
			"component": "src/pages/finden/[ort]/index.astro",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/finden/[ort]",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/en\\/finden\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "finden",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "ort",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["ort"],
				"component": "src/pages/finden/[ort]/index.astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/finden/[ort]",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/ar\\/finden\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "finden",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "ort",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["ort"],
				"component": "src/pages/finden/[ort]/index.astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/finden",
			"isIndex": true,
			"type": "page",
			"pattern": "^\\/finden\\/$",
			"segments": [[{
				"content": "finden",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/finden/index.astro",
			"pathname": "/finden",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/finden",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/en\\/finden\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "finden",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/finden/index.astro",
				"pathname": "/en/finden",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/finden",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/ar\\/finden\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "finden",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/finden/index.astro",
				"pathname": "/ar/finden",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/foerderende/[kreis]/feed.xml",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/foerderende\\/([^/]+?)\\/feed\\.xml$",
			"segments": [
				[{
					"content": "foerderende",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "kreis",
					"dynamic": true,
					"spread": false
				}],
				[{
					"content": "feed.xml",
					"dynamic": false,
					"spread": false
				}]
			],
			"params": ["kreis"],
			"component": "src/pages/foerderende/[kreis]/feed.xml.ts",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/foerderende/[kreis]",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/foerderende\\/([^/]+?)\\/$",
			"segments": [[{
				"content": "foerderende",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "kreis",
				"dynamic": true,
				"spread": false
			}]],
			"params": ["kreis"],
			"component": "src/pages/foerderende/[kreis].astro",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/foerderende/[kreis]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/foerderende\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "foerderende",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "kreis",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["kreis"],
				"component": "src/pages/foerderende/[kreis].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/foerderende/[kreis]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/foerderende\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "foerderende",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "kreis",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["kreis"],
				"component": "src/pages/foerderende/[kreis].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/foerderende",
			"isIndex": true,
			"type": "page",
			"pattern": "^\\/foerderende\\/$",
			"segments": [[{
				"content": "foerderende",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/foerderende/index.astro",
			"pathname": "/foerderende",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/foerderende",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/en\\/foerderende\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "foerderende",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/foerderende/index.astro",
				"pathname": "/en/foerderende",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/foerderende",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/ar\\/foerderende\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "foerderende",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/foerderende/index.astro",
				"pathname": "/ar/foerderende",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/fristen.ics",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/fristen\\.ics$",
			"segments": [[{
				"content": "fristen.ics",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/fristen.ics.ts",
			"pathname": "/fristen.ics",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/handlungsfelder/[id]/feed.xml",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/handlungsfelder\\/([^/]+?)\\/feed\\.xml$",
			"segments": [
				[{
					"content": "handlungsfelder",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "id",
					"dynamic": true,
					"spread": false
				}],
				[{
					"content": "feed.xml",
					"dynamic": false,
					"spread": false
				}]
			],
			"params": ["id"],
			"component": "src/pages/handlungsfelder/[id]/feed.xml.ts",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/handlungsfelder/[id]",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/handlungsfelder\\/([^/]+?)\\/$",
			"segments": [[{
				"content": "handlungsfelder",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "id",
				"dynamic": true,
				"spread": false
			}]],
			"params": ["id"],
			"component": "src/pages/handlungsfelder/[id].astro",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/handlungsfelder/[id]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/handlungsfelder\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "handlungsfelder",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "id",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["id"],
				"component": "src/pages/handlungsfelder/[id].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/handlungsfelder/[id]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/handlungsfelder\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "handlungsfelder",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "id",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["id"],
				"component": "src/pages/handlungsfelder/[id].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/handlungsfelder",
			"isIndex": true,
			"type": "page",
			"pattern": "^\\/handlungsfelder\\/$",
			"segments": [[{
				"content": "handlungsfelder",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/handlungsfelder/index.astro",
			"pathname": "/handlungsfelder",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/handlungsfelder",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/en\\/handlungsfelder\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "handlungsfelder",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/handlungsfelder/index.astro",
				"pathname": "/en/handlungsfelder",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/handlungsfelder",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/ar\\/handlungsfelder\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "handlungsfelder",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/handlungsfelder/index.astro",
				"pathname": "/ar/handlungsfelder",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/impressum",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/impressum\\/$",
			"segments": [[{
				"content": "impressum",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/impressum.astro",
			"pathname": "/impressum",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/impressum",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/impressum\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "impressum",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/impressum.astro",
				"pathname": "/en/impressum",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/impressum",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/impressum\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "impressum",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/impressum.astro",
				"pathname": "/ar/impressum",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/leichte-sprache",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/leichte-sprache\\/$",
			"segments": [[{
				"content": "leichte-sprache",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/leichte-sprache.astro",
			"pathname": "/leichte-sprache",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/leichte-sprache",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/leichte-sprache\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "leichte-sprache",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/leichte-sprache.astro",
				"pathname": "/en/leichte-sprache",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/leichte-sprache",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/leichte-sprache\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "leichte-sprache",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/leichte-sprache.astro",
				"pathname": "/ar/leichte-sprache",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/mitmachen/pruefen",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/mitmachen\\/pruefen\\/$",
			"segments": [[{
				"content": "mitmachen",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "pruefen",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/mitmachen/pruefen.astro",
			"pathname": "/mitmachen/pruefen",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/mitmachen/pruefen",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/mitmachen\\/pruefen\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "mitmachen",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "pruefen",
						"dynamic": false,
						"spread": false
					}]
				],
				"params": [],
				"component": "src/pages/mitmachen/pruefen.astro",
				"pathname": "/en/mitmachen/pruefen",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/mitmachen/pruefen",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/mitmachen\\/pruefen\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "mitmachen",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "pruefen",
						"dynamic": false,
						"spread": false
					}]
				],
				"params": [],
				"component": "src/pages/mitmachen/pruefen.astro",
				"pathname": "/ar/mitmachen/pruefen",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/mitmachen",
			"isIndex": true,
			"type": "page",
			"pattern": "^\\/mitmachen\\/$",
			"segments": [[{
				"content": "mitmachen",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/mitmachen/index.astro",
			"pathname": "/mitmachen",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/mitmachen",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/en\\/mitmachen\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "mitmachen",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/mitmachen/index.astro",
				"pathname": "/en/mitmachen",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/mitmachen",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/ar\\/mitmachen\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "mitmachen",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/mitmachen/index.astro",
				"pathname": "/ar/mitmachen",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/monitoring",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/monitoring\\/$",
			"segments": [[{
				"content": "monitoring",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/monitoring.astro",
			"pathname": "/monitoring",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/monitoring",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/monitoring\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "monitoring",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/monitoring.astro",
				"pathname": "/en/monitoring",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/monitoring",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/monitoring\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "monitoring",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/monitoring.astro",
				"pathname": "/ar/monitoring",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/programme/a-z/[...page]",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/programme\\/a-z(?:\\/(.*?))?\\/$",
			"segments": [
				[{
					"content": "programme",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "a-z",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "...page",
					"dynamic": true,
					"spread": true
				}]
			],
			"params": ["...page"],
			"component": "src/pages/programme/a-z/[...page].astro",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/programme/a-z/[...page]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/programme\\/a-z(?:\\/(.*?))?\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "programme",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "a-z",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "...page",
						"dynamic": true,
						"spread": true
					}]
				],
				"params": ["...page"],
				"component": "src/pages/programme/a-z/[...page].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/programme/a-z/[...page]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/programme\\/a-z(?:\\/(.*?))?\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "programme",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "a-z",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "...page",
						"dynamic": true,
						"spread": true
					}]
				],
				"params": ["...page"],
				"component": "src/pages/programme/a-z/[...page].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/programme/nach-beginn/[...page]",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/programme\\/nach-beginn(?:\\/(.*?))?\\/$",
			"segments": [
				[{
					"content": "programme",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "nach-beginn",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "...page",
					"dynamic": true,
					"spread": true
				}]
			],
			"params": ["...page"],
			"component": "src/pages/programme/nach-beginn/[...page].astro",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/programme/nach-beginn/[...page]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/programme\\/nach-beginn(?:\\/(.*?))?\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "programme",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "nach-beginn",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "...page",
						"dynamic": true,
						"spread": true
					}]
				],
				"params": ["...page"],
				"component": "src/pages/programme/nach-beginn/[...page].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/programme/nach-beginn/[...page]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/programme\\/nach-beginn(?:\\/(.*?))?\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "programme",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "nach-beginn",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "...page",
						"dynamic": true,
						"spread": true
					}]
				],
				"params": ["...page"],
				"component": "src/pages/programme/nach-beginn/[...page].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/programme/nach-ebene",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/programme\\/nach-ebene\\/$",
			"segments": [[{
				"content": "programme",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "nach-ebene",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/programme/nach-ebene.astro",
			"pathname": "/programme/nach-ebene",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/programme/nach-ebene",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/programme\\/nach-ebene\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "programme",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "nach-ebene",
						"dynamic": false,
						"spread": false
					}]
				],
				"params": [],
				"component": "src/pages/programme/nach-ebene.astro",
				"pathname": "/en/programme/nach-ebene",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/programme/nach-ebene",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/programme\\/nach-ebene\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "programme",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "nach-ebene",
						"dynamic": false,
						"spread": false
					}]
				],
				"params": [],
				"component": "src/pages/programme/nach-ebene.astro",
				"pathname": "/ar/programme/nach-ebene",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/programme/[id]/ueberschneidungen/[...page]",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/programme\\/([^/]+?)\\/ueberschneidungen(?:\\/(.*?))?\\/$",
			"segments": [
				[{
					"content": "programme",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "id",
					"dynamic": true,
					"spread": false
				}],
				[{
					"content": "ueberschneidungen",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "...page",
					"dynamic": true,
					"spread": true
				}]
			],
			"params": ["id", "...page"],
			"component": "src/pages/programme/[id]/ueberschneidungen/[...page].astro",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/programme/[id]/ueberschneidungen/[...page]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/programme\\/([^/]+?)\\/ueberschneidungen(?:\\/(.*?))?\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "programme",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "id",
						"dynamic": true,
						"spread": false
					}],
					[{
						"content": "ueberschneidungen",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "...page",
						"dynamic": true,
						"spread": true
					}]
				],
				"params": ["id", "...page"],
				"component": "src/pages/programme/[id]/ueberschneidungen/[...page].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/programme/[id]/ueberschneidungen/[...page]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/programme\\/([^/]+?)\\/ueberschneidungen(?:\\/(.*?))?\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "programme",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "id",
						"dynamic": true,
						"spread": false
					}],
					[{
						"content": "ueberschneidungen",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "...page",
						"dynamic": true,
						"spread": true
					}]
				],
				"params": ["id", "...page"],
				"component": "src/pages/programme/[id]/ueberschneidungen/[...page].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/programme/[id]",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/programme\\/([^/]+?)\\/$",
			"segments": [[{
				"content": "programme",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "id",
				"dynamic": true,
				"spread": false
			}]],
			"params": ["id"],
			"component": "src/pages/programme/[id].astro",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/programme/[id]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/programme\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "programme",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "id",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["id"],
				"component": "src/pages/programme/[id].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/programme/[id]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/programme\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "programme",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "id",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["id"],
				"component": "src/pages/programme/[id].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/programme",
			"isIndex": true,
			"type": "page",
			"pattern": "^\\/programme\\/$",
			"segments": [[{
				"content": "programme",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/programme/index.astro",
			"pathname": "/programme",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/programme",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/en\\/programme\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "programme",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/programme/index.astro",
				"pathname": "/en/programme",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/programme",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/ar\\/programme\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "programme",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/programme/index.astro",
				"pathname": "/ar/programme",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/projekte/a-z/[...page]",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/projekte\\/a-z(?:\\/(.*?))?\\/$",
			"segments": [
				[{
					"content": "projekte",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "a-z",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "...page",
					"dynamic": true,
					"spread": true
				}]
			],
			"params": ["...page"],
			"component": "src/pages/projekte/a-z/[...page].astro",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/projekte/a-z/[...page]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/projekte\\/a-z(?:\\/(.*?))?\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "projekte",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "a-z",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "...page",
						"dynamic": true,
						"spread": true
					}]
				],
				"params": ["...page"],
				"component": "src/pages/projekte/a-z/[...page].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/projekte/a-z/[...page]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/projekte\\/a-z(?:\\/(.*?))?\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "projekte",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "a-z",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "...page",
						"dynamic": true,
						"spread": true
					}]
				],
				"params": ["...page"],
				"component": "src/pages/projekte/a-z/[...page].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/projekte/nach-beginn/[...page]",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/projekte\\/nach-beginn(?:\\/(.*?))?\\/$",
			"segments": [
				[{
					"content": "projekte",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "nach-beginn",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "...page",
					"dynamic": true,
					"spread": true
				}]
			],
			"params": ["...page"],
			"component": "src/pages/projekte/nach-beginn/[...page].astro",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/projekte/nach-beginn/[...page]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/projekte\\/nach-beginn(?:\\/(.*?))?\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "projekte",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "nach-beginn",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "...page",
						"dynamic": true,
						"spread": true
					}]
				],
				"params": ["...page"],
				"component": "src/pages/projekte/nach-beginn/[...page].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/projekte/nach-beginn/[...page]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/projekte\\/nach-beginn(?:\\/(.*?))?\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "projekte",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "nach-beginn",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "...page",
						"dynamic": true,
						"spread": true
					}]
				],
				"params": ["...page"],
				"component": "src/pages/projekte/nach-beginn/[...page].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/projekte/[id]/ueberschneidungen/[...page]",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/projekte\\/([^/]+?)\\/ueberschneidungen(?:\\/(.*?))?\\/$",
			"segments": [
				[{
					"content": "projekte",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "id",
					"dynamic": true,
					"spread": false
				}],
				[{
					"content": "ueberschneidungen",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "...page",
					"dynamic": true,
					"spread": true
				}]
			],
			"params": ["id", "...page"],
			"component": "src/pages/projekte/[id]/ueberschneidungen/[...page].astro",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/projekte/[id]/ueberschneidungen/[...page]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/projekte\\/([^/]+?)\\/ueberschneidungen(?:\\/(.*?))?\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "projekte",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "id",
						"dynamic": true,
						"spread": false
					}],
					[{
						"content": "ueberschneidungen",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "...page",
						"dynamic": true,
						"spread": true
					}]
				],
				"params": ["id", "...page"],
				"component": "src/pages/projekte/[id]/ueberschneidungen/[...page].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/projekte/[id]/ueberschneidungen/[...page]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/projekte\\/([^/]+?)\\/ueberschneidungen(?:\\/(.*?))?\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "projekte",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "id",
						"dynamic": true,
						"spread": false
					}],
					[{
						"content": "ueberschneidungen",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "...page",
						"dynamic": true,
						"spread": true
					}]
				],
				"params": ["id", "...page"],
				"component": "src/pages/projekte/[id]/ueberschneidungen/[...page].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/projekte/[id]",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/projekte\\/([^/]+?)\\/$",
			"segments": [[{
				"content": "projekte",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "id",
				"dynamic": true,
				"spread": false
			}]],
			"params": ["id"],
			"component": "src/pages/projekte/[id].astro",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/projekte/[id]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/projekte\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "projekte",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "id",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["id"],
				"component": "src/pages/projekte/[id].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/projekte/[id]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/projekte\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "projekte",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "id",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["id"],
				"component": "src/pages/projekte/[id].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/projekte",
			"isIndex": true,
			"type": "page",
			"pattern": "^\\/projekte\\/$",
			"segments": [[{
				"content": "projekte",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/projekte/index.astro",
			"pathname": "/projekte",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/projekte",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/en\\/projekte\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "projekte",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/projekte/index.astro",
				"pathname": "/en/projekte",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/projekte",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/ar\\/projekte\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "projekte",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/projekte/index.astro",
				"pathname": "/ar/projekte",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/regionen/[id]/feed.xml",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/regionen\\/([^/]+?)\\/feed\\.xml$",
			"segments": [
				[{
					"content": "regionen",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "id",
					"dynamic": true,
					"spread": false
				}],
				[{
					"content": "feed.xml",
					"dynamic": false,
					"spread": false
				}]
			],
			"params": ["id"],
			"component": "src/pages/regionen/[id]/feed.xml.ts",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/regionen/[id]/fristen.ics",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/regionen\\/([^/]+?)\\/fristen\\.ics$",
			"segments": [
				[{
					"content": "regionen",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "id",
					"dynamic": true,
					"spread": false
				}],
				[{
					"content": "fristen.ics",
					"dynamic": false,
					"spread": false
				}]
			],
			"params": ["id"],
			"component": "src/pages/regionen/[id]/fristen.ics.ts",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/regionen/[id]",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/regionen\\/([^/]+?)\\/$",
			"segments": [[{
				"content": "regionen",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "id",
				"dynamic": true,
				"spread": false
			}]],
			"params": ["id"],
			"component": "src/pages/regionen/[id].astro",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/regionen/[id]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/regionen\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "regionen",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "id",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["id"],
				"component": "src/pages/regionen/[id].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/regionen/[id]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/regionen\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "regionen",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "id",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["id"],
				"component": "src/pages/regionen/[id].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/regionen",
			"isIndex": true,
			"type": "page",
			"pattern": "^\\/regionen\\/$",
			"segments": [[{
				"content": "regionen",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/regionen/index.astro",
			"pathname": "/regionen",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/regionen",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/en\\/regionen\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "regionen",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/regionen/index.astro",
				"pathname": "/en/regionen",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/regionen",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/ar\\/regionen\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "regionen",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/regionen/index.astro",
				"pathname": "/ar/regionen",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/suche/orte.json",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/suche\\/orte\\.json$",
			"segments": [[{
				"content": "suche",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "orte.json",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/suche/orte.json.ts",
			"pathname": "/suche/orte.json",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/suche/wortschatz/[lang].json",
			"isIndex": false,
			"type": "endpoint",
			"pattern": "^\\/suche\\/wortschatz\\/([^/]+?)\\.json$",
			"segments": [
				[{
					"content": "suche",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "wortschatz",
					"dynamic": false,
					"spread": false
				}],
				[{
					"content": "lang",
					"dynamic": true,
					"spread": false
				}, {
					"content": ".json",
					"dynamic": false,
					"spread": false
				}]
			],
			"params": ["lang"],
			"component": "src/pages/suche/wortschatz/[lang].json.ts",
			"prerender": true,
			"fallbackRoutes": [],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/suche",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/suche\\/$",
			"segments": [[{
				"content": "suche",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/suche.astro",
			"pathname": "/suche",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/suche",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/suche\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "suche",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/suche.astro",
				"pathname": "/en/suche",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/suche",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/suche\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "suche",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/suche.astro",
				"pathname": "/ar/suche",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/traeger/[id]",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/traeger\\/([^/]+?)\\/$",
			"segments": [[{
				"content": "traeger",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "id",
				"dynamic": true,
				"spread": false
			}]],
			"params": ["id"],
			"component": "src/pages/traeger/[id].astro",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/traeger/[id]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/traeger\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "traeger",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "id",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["id"],
				"component": "src/pages/traeger/[id].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/traeger/[id]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/traeger\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "traeger",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "id",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["id"],
				"component": "src/pages/traeger/[id].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/traeger",
			"isIndex": true,
			"type": "page",
			"pattern": "^\\/traeger\\/$",
			"segments": [[{
				"content": "traeger",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/traeger/index.astro",
			"pathname": "/traeger",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/traeger",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/en\\/traeger\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "traeger",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/traeger/index.astro",
				"pathname": "/en/traeger",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/traeger",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/ar\\/traeger\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "traeger",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/traeger/index.astro",
				"pathname": "/ar/traeger",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/ueberschneidungen",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/ueberschneidungen\\/$",
			"segments": [[{
				"content": "ueberschneidungen",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/ueberschneidungen.astro",
			"pathname": "/ueberschneidungen",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/ueberschneidungen",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/ueberschneidungen\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "ueberschneidungen",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/ueberschneidungen.astro",
				"pathname": "/en/ueberschneidungen",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/ueberschneidungen",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/ueberschneidungen\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "ueberschneidungen",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/ueberschneidungen.astro",
				"pathname": "/ar/ueberschneidungen",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/vergleich",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/vergleich\\/$",
			"segments": [[{
				"content": "vergleich",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/vergleich.astro",
			"pathname": "/vergleich",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/vergleich",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/vergleich\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "vergleich",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/vergleich.astro",
				"pathname": "/en/vergleich",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/vergleich",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/vergleich\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "vergleich",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/vergleich.astro",
				"pathname": "/ar/vergleich",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/zielgruppen/[id]",
			"isIndex": false,
			"type": "page",
			"pattern": "^\\/zielgruppen\\/([^/]+?)\\/$",
			"segments": [[{
				"content": "zielgruppen",
				"dynamic": false,
				"spread": false
			}], [{
				"content": "id",
				"dynamic": true,
				"spread": false
			}]],
			"params": ["id"],
			"component": "src/pages/zielgruppen/[id].astro",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/zielgruppen/[id]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/en\\/zielgruppen\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "en",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "zielgruppen",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "id",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["id"],
				"component": "src/pages/zielgruppen/[id].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/zielgruppen/[id]",
				"isIndex": false,
				"type": "fallback",
				"pattern": "^\\/ar\\/zielgruppen\\/([^/]+?)\\/$",
				"segments": [
					[{
						"content": "ar",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "zielgruppen",
						"dynamic": false,
						"spread": false
					}],
					[{
						"content": "id",
						"dynamic": true,
						"spread": false
					}]
				],
				"params": ["id"],
				"component": "src/pages/zielgruppen/[id].astro",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/zielgruppen",
			"isIndex": true,
			"type": "page",
			"pattern": "^\\/zielgruppen\\/$",
			"segments": [[{
				"content": "zielgruppen",
				"dynamic": false,
				"spread": false
			}]],
			"params": [],
			"component": "src/pages/zielgruppen/index.astro",
			"pathname": "/zielgruppen",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/zielgruppen",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/en\\/zielgruppen\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "zielgruppen",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/zielgruppen/index.astro",
				"pathname": "/en/zielgruppen",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/zielgruppen",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/ar\\/zielgruppen\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}], [{
					"content": "zielgruppen",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/zielgruppen/index.astro",
				"pathname": "/ar/zielgruppen",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	},
	{
		"file": "",
		"links": [],
		"scripts": [],
		"styles": [],
		"routeData": {
			"route": "/",
			"isIndex": true,
			"type": "page",
			"pattern": "^\\/$",
			"segments": [],
			"params": [],
			"component": "src/pages/index.astro",
			"pathname": "/",
			"prerender": true,
			"fallbackRoutes": [{
				"route": "/en/",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/en\\/$",
				"segments": [[{
					"content": "en",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/index.astro",
				"pathname": "/en/",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}, {
				"route": "/ar/",
				"isIndex": true,
				"type": "fallback",
				"pattern": "^\\/ar\\/$",
				"segments": [[{
					"content": "ar",
					"dynamic": false,
					"spread": false
				}]],
				"params": [],
				"component": "src/pages/index.astro",
				"pathname": "/ar/",
				"prerender": true,
				"fallbackRoutes": [],
				"distURL": [],
				"origin": "project",
				"_meta": { "trailingSlash": "always" }
			}],
			"distURL": [],
			"origin": "project",
			"_meta": { "trailingSlash": "always" }
		}
	}
].map(deserializeRouteInfo);
// \0virtual:astro:pages
var _page0 = () => import("./chunks/404_BqeB04PJ.mjs");
var _page1 = () => import("./chunks/_feld__BhtxyOx_.mjs");
var _page2 = () => import("./chunks/index_L5jjDfNV.mjs");
var _page3 = () => import("./chunks/config_EQP2eS35.mjs");
var _page4 = () => import("./chunks/index_B5qlS-OE.mjs");
var _page5 = () => import("./chunks/barrierefreiheit_BdFuu4WS.mjs");
var _page6 = () => import("./chunks/360giving_v0S6WkoO.mjs");
var _page7 = () => import("./chunks/catalogue_BqDQDoXJ.mjs");
var _page8 = () => import("./chunks/catalogue.schema_mUMZAd7-.mjs");
var _page9 = () => import("./chunks/coverage_D1DiysgC.mjs");
var _page10 = () => import("./chunks/dcat_DwTfFnNR.mjs");
var _page11 = () => import("./chunks/foerderketten_axZmPJKP.mjs");
var _page12 = () => import("./chunks/locations_ByJbrEKu.mjs");
var _page13 = () => import("./chunks/organizations_TLHDC3IF.mjs");
var _page14 = () => import("./chunks/services_CyqPDpn7.mjs");
var _page15 = () => import("./chunks/offerings_DaPVfdyB.mjs");
var _page16 = () => import("./chunks/overlaps_D3xtNsTS.mjs");
var _page17 = () => import("./chunks/similar_BPTcAm4L.mjs");
var _page18 = () => import("./chunks/daten_Cn7y0N5J.mjs");
var _page19 = () => import("./chunks/feed_CH82ym7T.mjs");
var _page20 = () => import("./chunks/filter_C1ygVS_T.mjs");
var _page21 = () => import("./chunks/orte_C3okbzbO.mjs");
var _page22 = () => import("./chunks/_bedarf__F5pX5kwR.mjs");
var _page23 = () => import("./chunks/index_DiYjrf9a.mjs");
var _page24 = () => import("./chunks/index_DdPo-LCA.mjs");
var _page25 = () => import("./chunks/feed_CdMHcpoM.mjs");
var _page26 = () => import("./chunks/_kreis__C08PKjDf.mjs");
var _page27 = () => import("./chunks/index_zwJ5nLEX.mjs");
var _page28 = () => import("./chunks/fristen_CBkuGukV.mjs");
var _page29 = () => import("./chunks/feed_CJecb4-o.mjs");
var _page30 = () => import("./chunks/_id__B0stORzS.mjs");
var _page31 = () => import("./chunks/index_WOi3shXp.mjs");
var _page32 = () => import("./chunks/impressum_D5nMRg2I.mjs");
var _page33 = () => import("./chunks/leichte-sprache_B9x-BTvl.mjs");
var _page34 = () => import("./chunks/pruefen_DTCgCVwD.mjs");
var _page35 = () => import("./chunks/index_BWVPxq1W.mjs");
var _page36 = () => import("./chunks/monitoring_DqSvJA_Y.mjs");
var _page37 = () => import("./chunks/_.._DfF_MLjA.mjs");
var _page38 = () => import("./chunks/_.._lL6qSp9u.mjs");
var _page39 = () => import("./chunks/nach-ebene_DU8tmBKG.mjs");
var _page40 = () => import("./chunks/_.._t7o2nrld.mjs");
var _page41 = () => import("./chunks/_id__DlkrF7sA.mjs");
var _page42 = () => import("./chunks/index_Cw35vxYM.mjs");
var _page43 = () => import("./chunks/_.._DzlVgl5D.mjs");
var _page44 = () => import("./chunks/_.._DSUhL1bH.mjs");
var _page45 = () => import("./chunks/_.._C-sl7l2I.mjs");
var _page46 = () => import("./chunks/_id__DylIFMww.mjs");
var _page47 = () => import("./chunks/index_DBGIMMV7.mjs");
var _page48 = () => import("./chunks/feed_B9obiqX3.mjs");
var _page49 = () => import("./chunks/fristen_uSNFetJc.mjs");
var _page50 = () => import("./chunks/_id__BvqjHOFR.mjs");
var _page51 = () => import("./chunks/index_Y44zMFck.mjs");
var _page52 = () => import("./chunks/orte_C7R4Eimg.mjs");
var _page53 = () => import("./chunks/_lang__D3qcnhHl.mjs");
var _page54 = () => import("./chunks/suche_B9i4zWHW.mjs");
var _page55 = () => import("./chunks/_id__BjTW720o.mjs");
var _page56 = () => import("./chunks/index_DBD04fgk.mjs");
var _page57 = () => import("./chunks/ueberschneidungen_C0Qzu2_m.mjs");
var _page58 = () => import("./chunks/vergleich_DIsg69Ct.mjs");
var _page59 = () => import("./chunks/_id__BmQ5DsSi.mjs");
var _page60 = () => import("./chunks/index_D56wdiGy.mjs");
var _page61 = () => import("./chunks/index_DQR3Osnf.mjs");
var pageMap = /* @__PURE__ */ new Map([
	["src/pages/404.astro", _page0],
	["src/pages/abdeckung/[feld].astro", _page1],
	["src/pages/abdeckung/index.astro", _page2],
	["src/pages/admin/config.yml.ts", _page3],
	["src/pages/admin/index.astro", _page4],
	["src/pages/barrierefreiheit.astro", _page5],
	["src/pages/data/360giving.json.ts", _page6],
	["src/pages/data/catalogue.json.ts", _page7],
	["src/pages/data/catalogue.schema.json.ts", _page8],
	["src/pages/data/coverage.json.ts", _page9],
	["src/pages/data/dcat.jsonld.ts", _page10],
	["src/pages/data/foerderketten.csv.ts", _page11],
	["src/pages/data/hsds/locations.json.ts", _page12],
	["src/pages/data/hsds/organizations.json.ts", _page13],
	["src/pages/data/hsds/services.json.ts", _page14],
	["src/pages/data/offerings.csv.ts", _page15],
	["src/pages/data/overlaps.json.ts", _page16],
	["src/pages/data/similar.json.ts", _page17],
	["src/pages/daten.astro", _page18],
	["src/pages/feed.xml.ts", _page19],
	["src/pages/finden/filter.css.ts", _page20],
	["src/pages/finden/orte.json.ts", _page21],
	["src/pages/finden/[ort]/[bedarf].astro", _page22],
	["src/pages/finden/[ort]/index.astro", _page23],
	["src/pages/finden/index.astro", _page24],
	["src/pages/foerderende/[kreis]/feed.xml.ts", _page25],
	["src/pages/foerderende/[kreis].astro", _page26],
	["src/pages/foerderende/index.astro", _page27],
	["src/pages/fristen.ics.ts", _page28],
	["src/pages/handlungsfelder/[id]/feed.xml.ts", _page29],
	["src/pages/handlungsfelder/[id].astro", _page30],
	["src/pages/handlungsfelder/index.astro", _page31],
	["src/pages/impressum.astro", _page32],
	["src/pages/leichte-sprache.astro", _page33],
	["src/pages/mitmachen/pruefen.astro", _page34],
	["src/pages/mitmachen/index.astro", _page35],
	["src/pages/monitoring.astro", _page36],
	["src/pages/programme/a-z/[...page].astro", _page37],
	["src/pages/programme/nach-beginn/[...page].astro", _page38],
	["src/pages/programme/nach-ebene.astro", _page39],
	["src/pages/programme/[id]/ueberschneidungen/[...page].astro", _page40],
	["src/pages/programme/[id].astro", _page41],
	["src/pages/programme/index.astro", _page42],
	["src/pages/projekte/a-z/[...page].astro", _page43],
	["src/pages/projekte/nach-beginn/[...page].astro", _page44],
	["src/pages/projekte/[id]/ueberschneidungen/[...page].astro", _page45],
	["src/pages/projekte/[id].astro", _page46],
	["src/pages/projekte/index.astro", _page47],
	["src/pages/regionen/[id]/feed.xml.ts", _page48],
	["src/pages/regionen/[id]/fristen.ics.ts", _page49],
	["src/pages/regionen/[id].astro", _page50],
	["src/pages/regionen/index.astro", _page51],
	["src/pages/suche/orte.json.ts", _page52],
	["src/pages/suche/wortschatz/[lang].json.ts", _page53],
	["src/pages/suche.astro", _page54],
	["src/pages/traeger/[id].astro", _page55],
	["src/pages/traeger/index.astro", _page56],
	["src/pages/ueberschneidungen.astro", _page57],
	["src/pages/vergleich.astro", _page58],
	["src/pages/zielgruppen/[id].astro", _page59],
	["src/pages/zielgruppen/index.astro", _page60],
	["src/pages/index.astro", _page61]
]);
// \0virtual:astro:manifest
var _manifest = deserializeManifest({"rootDir":"file:///work/main/","cacheDir":"file:///work/main/node_modules/.astro/","outDir":"file:///work/main/dist.staging/","srcDir":"file:///work/main/src/","publicDir":"file:///work/main/public/","buildClientDir":"file:///work/main/dist.staging/client/","buildServerDir":"file:///work/main/dist.staging/server/","adapterName":"","assetsDir":"_astro","routes":[{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/404","isIndex":false,"type":"page","pattern":"^\\/404\\/$","segments":[[{"content":"404","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/404.astro","pathname":"/404","prerender":true,"fallbackRoutes":[{"route":"/en/404","isIndex":false,"type":"fallback","pattern":"^\\/en\\/404\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"404","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/404.astro","pathname":"/en/404","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/404","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/404\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"404","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/404.astro","pathname":"/ar/404","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/abdeckung/[feld]","isIndex":false,"type":"page","pattern":"^\\/abdeckung\\/([^/]+?)\\/$","segments":[[{"content":"abdeckung","dynamic":false,"spread":false}],[{"content":"feld","dynamic":true,"spread":false}]],"params":["feld"],"component":"src/pages/abdeckung/[feld].astro","prerender":true,"fallbackRoutes":[{"route":"/en/abdeckung/[feld]","isIndex":false,"type":"fallback","pattern":"^\\/en\\/abdeckung\\/([^/]+?)\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"abdeckung","dynamic":false,"spread":false}],[{"content":"feld","dynamic":true,"spread":false}]],"params":["feld"],"component":"src/pages/abdeckung/[feld].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/abdeckung/[feld]","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/abdeckung\\/([^/]+?)\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"abdeckung","dynamic":false,"spread":false}],[{"content":"feld","dynamic":true,"spread":false}]],"params":["feld"],"component":"src/pages/abdeckung/[feld].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/abdeckung","isIndex":true,"type":"page","pattern":"^\\/abdeckung\\/$","segments":[[{"content":"abdeckung","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/abdeckung/index.astro","pathname":"/abdeckung","prerender":true,"fallbackRoutes":[{"route":"/en/abdeckung","isIndex":true,"type":"fallback","pattern":"^\\/en\\/abdeckung\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"abdeckung","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/abdeckung/index.astro","pathname":"/en/abdeckung","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/abdeckung","isIndex":true,"type":"fallback","pattern":"^\\/ar\\/abdeckung\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"abdeckung","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/abdeckung/index.astro","pathname":"/ar/abdeckung","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/admin/config.yml","isIndex":false,"type":"endpoint","pattern":"^\\/admin\\/config\\.yml$","segments":[[{"content":"admin","dynamic":false,"spread":false}],[{"content":"config.yml","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/admin/config.yml.ts","pathname":"/admin/config.yml","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/admin","isIndex":true,"type":"page","pattern":"^\\/admin\\/$","segments":[[{"content":"admin","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/admin/index.astro","pathname":"/admin","prerender":true,"fallbackRoutes":[{"route":"/en/admin","isIndex":true,"type":"fallback","pattern":"^\\/en\\/admin\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"admin","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/admin/index.astro","pathname":"/en/admin","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/admin","isIndex":true,"type":"fallback","pattern":"^\\/ar\\/admin\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"admin","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/admin/index.astro","pathname":"/ar/admin","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/barrierefreiheit","isIndex":false,"type":"page","pattern":"^\\/barrierefreiheit\\/$","segments":[[{"content":"barrierefreiheit","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/barrierefreiheit.astro","pathname":"/barrierefreiheit","prerender":true,"fallbackRoutes":[{"route":"/en/barrierefreiheit","isIndex":false,"type":"fallback","pattern":"^\\/en\\/barrierefreiheit\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"barrierefreiheit","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/barrierefreiheit.astro","pathname":"/en/barrierefreiheit","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/barrierefreiheit","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/barrierefreiheit\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"barrierefreiheit","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/barrierefreiheit.astro","pathname":"/ar/barrierefreiheit","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/data/360giving.json","isIndex":false,"type":"endpoint","pattern":"^\\/data\\/360giving\\.json$","segments":[[{"content":"data","dynamic":false,"spread":false}],[{"content":"360giving.json","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/data/360giving.json.ts","pathname":"/data/360giving.json","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/data/catalogue.json","isIndex":false,"type":"endpoint","pattern":"^\\/data\\/catalogue\\.json$","segments":[[{"content":"data","dynamic":false,"spread":false}],[{"content":"catalogue.json","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/data/catalogue.json.ts","pathname":"/data/catalogue.json","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/data/catalogue.schema.json","isIndex":false,"type":"endpoint","pattern":"^\\/data\\/catalogue\\.schema\\.json$","segments":[[{"content":"data","dynamic":false,"spread":false}],[{"content":"catalogue.schema.json","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/data/catalogue.schema.json.ts","pathname":"/data/catalogue.schema.json","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/data/coverage.json","isIndex":false,"type":"endpoint","pattern":"^\\/data\\/coverage\\.json$","segments":[[{"content":"data","dynamic":false,"spread":false}],[{"content":"coverage.json","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/data/coverage.json.ts","pathname":"/data/coverage.json","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/data/dcat.jsonld","isIndex":false,"type":"endpoint","pattern":"^\\/data\\/dcat\\.jsonld$","segments":[[{"content":"data","dynamic":false,"spread":false}],[{"content":"dcat.jsonld","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/data/dcat.jsonld.ts","pathname":"/data/dcat.jsonld","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/data/foerderketten.csv","isIndex":false,"type":"endpoint","pattern":"^\\/data\\/foerderketten\\.csv$","segments":[[{"content":"data","dynamic":false,"spread":false}],[{"content":"foerderketten.csv","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/data/foerderketten.csv.ts","pathname":"/data/foerderketten.csv","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/data/hsds/locations.json","isIndex":false,"type":"endpoint","pattern":"^\\/data\\/hsds\\/locations\\.json$","segments":[[{"content":"data","dynamic":false,"spread":false}],[{"content":"hsds","dynamic":false,"spread":false}],[{"content":"locations.json","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/data/hsds/locations.json.ts","pathname":"/data/hsds/locations.json","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/data/hsds/organizations.json","isIndex":false,"type":"endpoint","pattern":"^\\/data\\/hsds\\/organizations\\.json$","segments":[[{"content":"data","dynamic":false,"spread":false}],[{"content":"hsds","dynamic":false,"spread":false}],[{"content":"organizations.json","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/data/hsds/organizations.json.ts","pathname":"/data/hsds/organizations.json","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/data/hsds/services.json","isIndex":false,"type":"endpoint","pattern":"^\\/data\\/hsds\\/services\\.json$","segments":[[{"content":"data","dynamic":false,"spread":false}],[{"content":"hsds","dynamic":false,"spread":false}],[{"content":"services.json","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/data/hsds/services.json.ts","pathname":"/data/hsds/services.json","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/data/offerings.csv","isIndex":false,"type":"endpoint","pattern":"^\\/data\\/offerings\\.csv$","segments":[[{"content":"data","dynamic":false,"spread":false}],[{"content":"offerings.csv","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/data/offerings.csv.ts","pathname":"/data/offerings.csv","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/data/overlaps.json","isIndex":false,"type":"endpoint","pattern":"^\\/data\\/overlaps\\.json$","segments":[[{"content":"data","dynamic":false,"spread":false}],[{"content":"overlaps.json","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/data/overlaps.json.ts","pathname":"/data/overlaps.json","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/data/similar.json","isIndex":false,"type":"endpoint","pattern":"^\\/data\\/similar\\.json$","segments":[[{"content":"data","dynamic":false,"spread":false}],[{"content":"similar.json","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/data/similar.json.ts","pathname":"/data/similar.json","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/daten","isIndex":false,"type":"page","pattern":"^\\/daten\\/$","segments":[[{"content":"daten","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/daten.astro","pathname":"/daten","prerender":true,"fallbackRoutes":[{"route":"/en/daten","isIndex":false,"type":"fallback","pattern":"^\\/en\\/daten\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"daten","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/daten.astro","pathname":"/en/daten","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/daten","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/daten\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"daten","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/daten.astro","pathname":"/ar/daten","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/feed.xml","isIndex":false,"type":"endpoint","pattern":"^\\/feed\\.xml$","segments":[[{"content":"feed.xml","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/feed.xml.ts","pathname":"/feed.xml","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/finden/filter.css","isIndex":false,"type":"endpoint","pattern":"^\\/finden\\/filter\\.css$","segments":[[{"content":"finden","dynamic":false,"spread":false}],[{"content":"filter.css","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/finden/filter.css.ts","pathname":"/finden/filter.css","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/finden/orte.json","isIndex":false,"type":"endpoint","pattern":"^\\/finden\\/orte\\.json$","segments":[[{"content":"finden","dynamic":false,"spread":false}],[{"content":"orte.json","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/finden/orte.json.ts","pathname":"/finden/orte.json","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/finden/[ort]/[bedarf]","isIndex":false,"type":"page","pattern":"^\\/finden\\/([^/]+?)\\/([^/]+?)\\/$","segments":[[{"content":"finden","dynamic":false,"spread":false}],[{"content":"ort","dynamic":true,"spread":false}],[{"content":"bedarf","dynamic":true,"spread":false}]],"params":["ort","bedarf"],"component":"src/pages/finden/[ort]/[bedarf].astro","prerender":true,"fallbackRoutes":[{"route":"/en/finden/[ort]/[bedarf]","isIndex":false,"type":"fallback","pattern":"^\\/en\\/finden\\/([^/]+?)\\/([^/]+?)\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"finden","dynamic":false,"spread":false}],[{"content":"ort","dynamic":true,"spread":false}],[{"content":"bedarf","dynamic":true,"spread":false}]],"params":["ort","bedarf"],"component":"src/pages/finden/[ort]/[bedarf].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/finden/[ort]/[bedarf]","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/finden\\/([^/]+?)\\/([^/]+?)\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"finden","dynamic":false,"spread":false}],[{"content":"ort","dynamic":true,"spread":false}],[{"content":"bedarf","dynamic":true,"spread":false}]],"params":["ort","bedarf"],"component":"src/pages/finden/[ort]/[bedarf].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/finden/[ort]","isIndex":true,"type":"page","pattern":"^\\/finden\\/([^/]+?)\\/$","segments":[[{"content":"finden","dynamic":false,"spread":false}],[{"content":"ort","dynamic":true,"spread":false}]],"params":["ort"],"component":"src/pages/finden/[ort]/index.astro","prerender":true,"fallbackRoutes":[{"route":"/en/finden/[ort]","isIndex":true,"type":"fallback","pattern":"^\\/en\\/finden\\/([^/]+?)\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"finden","dynamic":false,"spread":false}],[{"content":"ort","dynamic":true,"spread":false}]],"params":["ort"],"component":"src/pages/finden/[ort]/index.astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/finden/[ort]","isIndex":true,"type":"fallback","pattern":"^\\/ar\\/finden\\/([^/]+?)\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"finden","dynamic":false,"spread":false}],[{"content":"ort","dynamic":true,"spread":false}]],"params":["ort"],"component":"src/pages/finden/[ort]/index.astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/finden","isIndex":true,"type":"page","pattern":"^\\/finden\\/$","segments":[[{"content":"finden","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/finden/index.astro","pathname":"/finden","prerender":true,"fallbackRoutes":[{"route":"/en/finden","isIndex":true,"type":"fallback","pattern":"^\\/en\\/finden\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"finden","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/finden/index.astro","pathname":"/en/finden","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/finden","isIndex":true,"type":"fallback","pattern":"^\\/ar\\/finden\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"finden","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/finden/index.astro","pathname":"/ar/finden","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/foerderende/[kreis]/feed.xml","isIndex":false,"type":"endpoint","pattern":"^\\/foerderende\\/([^/]+?)\\/feed\\.xml$","segments":[[{"content":"foerderende","dynamic":false,"spread":false}],[{"content":"kreis","dynamic":true,"spread":false}],[{"content":"feed.xml","dynamic":false,"spread":false}]],"params":["kreis"],"component":"src/pages/foerderende/[kreis]/feed.xml.ts","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/foerderende/[kreis]","isIndex":false,"type":"page","pattern":"^\\/foerderende\\/([^/]+?)\\/$","segments":[[{"content":"foerderende","dynamic":false,"spread":false}],[{"content":"kreis","dynamic":true,"spread":false}]],"params":["kreis"],"component":"src/pages/foerderende/[kreis].astro","prerender":true,"fallbackRoutes":[{"route":"/en/foerderende/[kreis]","isIndex":false,"type":"fallback","pattern":"^\\/en\\/foerderende\\/([^/]+?)\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"foerderende","dynamic":false,"spread":false}],[{"content":"kreis","dynamic":true,"spread":false}]],"params":["kreis"],"component":"src/pages/foerderende/[kreis].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/foerderende/[kreis]","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/foerderende\\/([^/]+?)\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"foerderende","dynamic":false,"spread":false}],[{"content":"kreis","dynamic":true,"spread":false}]],"params":["kreis"],"component":"src/pages/foerderende/[kreis].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/foerderende","isIndex":true,"type":"page","pattern":"^\\/foerderende\\/$","segments":[[{"content":"foerderende","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/foerderende/index.astro","pathname":"/foerderende","prerender":true,"fallbackRoutes":[{"route":"/en/foerderende","isIndex":true,"type":"fallback","pattern":"^\\/en\\/foerderende\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"foerderende","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/foerderende/index.astro","pathname":"/en/foerderende","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/foerderende","isIndex":true,"type":"fallback","pattern":"^\\/ar\\/foerderende\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"foerderende","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/foerderende/index.astro","pathname":"/ar/foerderende","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/fristen.ics","isIndex":false,"type":"endpoint","pattern":"^\\/fristen\\.ics$","segments":[[{"content":"fristen.ics","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/fristen.ics.ts","pathname":"/fristen.ics","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/handlungsfelder/[id]/feed.xml","isIndex":false,"type":"endpoint","pattern":"^\\/handlungsfelder\\/([^/]+?)\\/feed\\.xml$","segments":[[{"content":"handlungsfelder","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}],[{"content":"feed.xml","dynamic":false,"spread":false}]],"params":["id"],"component":"src/pages/handlungsfelder/[id]/feed.xml.ts","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/handlungsfelder/[id]","isIndex":false,"type":"page","pattern":"^\\/handlungsfelder\\/([^/]+?)\\/$","segments":[[{"content":"handlungsfelder","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/handlungsfelder/[id].astro","prerender":true,"fallbackRoutes":[{"route":"/en/handlungsfelder/[id]","isIndex":false,"type":"fallback","pattern":"^\\/en\\/handlungsfelder\\/([^/]+?)\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"handlungsfelder","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/handlungsfelder/[id].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/handlungsfelder/[id]","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/handlungsfelder\\/([^/]+?)\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"handlungsfelder","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/handlungsfelder/[id].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/handlungsfelder","isIndex":true,"type":"page","pattern":"^\\/handlungsfelder\\/$","segments":[[{"content":"handlungsfelder","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/handlungsfelder/index.astro","pathname":"/handlungsfelder","prerender":true,"fallbackRoutes":[{"route":"/en/handlungsfelder","isIndex":true,"type":"fallback","pattern":"^\\/en\\/handlungsfelder\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"handlungsfelder","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/handlungsfelder/index.astro","pathname":"/en/handlungsfelder","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/handlungsfelder","isIndex":true,"type":"fallback","pattern":"^\\/ar\\/handlungsfelder\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"handlungsfelder","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/handlungsfelder/index.astro","pathname":"/ar/handlungsfelder","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/impressum","isIndex":false,"type":"page","pattern":"^\\/impressum\\/$","segments":[[{"content":"impressum","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/impressum.astro","pathname":"/impressum","prerender":true,"fallbackRoutes":[{"route":"/en/impressum","isIndex":false,"type":"fallback","pattern":"^\\/en\\/impressum\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"impressum","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/impressum.astro","pathname":"/en/impressum","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/impressum","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/impressum\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"impressum","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/impressum.astro","pathname":"/ar/impressum","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/leichte-sprache","isIndex":false,"type":"page","pattern":"^\\/leichte-sprache\\/$","segments":[[{"content":"leichte-sprache","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/leichte-sprache.astro","pathname":"/leichte-sprache","prerender":true,"fallbackRoutes":[{"route":"/en/leichte-sprache","isIndex":false,"type":"fallback","pattern":"^\\/en\\/leichte-sprache\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"leichte-sprache","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/leichte-sprache.astro","pathname":"/en/leichte-sprache","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/leichte-sprache","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/leichte-sprache\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"leichte-sprache","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/leichte-sprache.astro","pathname":"/ar/leichte-sprache","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/mitmachen/pruefen","isIndex":false,"type":"page","pattern":"^\\/mitmachen\\/pruefen\\/$","segments":[[{"content":"mitmachen","dynamic":false,"spread":false}],[{"content":"pruefen","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/mitmachen/pruefen.astro","pathname":"/mitmachen/pruefen","prerender":true,"fallbackRoutes":[{"route":"/en/mitmachen/pruefen","isIndex":false,"type":"fallback","pattern":"^\\/en\\/mitmachen\\/pruefen\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"mitmachen","dynamic":false,"spread":false}],[{"content":"pruefen","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/mitmachen/pruefen.astro","pathname":"/en/mitmachen/pruefen","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/mitmachen/pruefen","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/mitmachen\\/pruefen\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"mitmachen","dynamic":false,"spread":false}],[{"content":"pruefen","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/mitmachen/pruefen.astro","pathname":"/ar/mitmachen/pruefen","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/mitmachen","isIndex":true,"type":"page","pattern":"^\\/mitmachen\\/$","segments":[[{"content":"mitmachen","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/mitmachen/index.astro","pathname":"/mitmachen","prerender":true,"fallbackRoutes":[{"route":"/en/mitmachen","isIndex":true,"type":"fallback","pattern":"^\\/en\\/mitmachen\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"mitmachen","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/mitmachen/index.astro","pathname":"/en/mitmachen","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/mitmachen","isIndex":true,"type":"fallback","pattern":"^\\/ar\\/mitmachen\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"mitmachen","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/mitmachen/index.astro","pathname":"/ar/mitmachen","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/monitoring","isIndex":false,"type":"page","pattern":"^\\/monitoring\\/$","segments":[[{"content":"monitoring","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/monitoring.astro","pathname":"/monitoring","prerender":true,"fallbackRoutes":[{"route":"/en/monitoring","isIndex":false,"type":"fallback","pattern":"^\\/en\\/monitoring\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"monitoring","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/monitoring.astro","pathname":"/en/monitoring","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/monitoring","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/monitoring\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"monitoring","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/monitoring.astro","pathname":"/ar/monitoring","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/programme/a-z/[...page]","isIndex":false,"type":"page","pattern":"^\\/programme\\/a-z(?:\\/(.*?))?\\/$","segments":[[{"content":"programme","dynamic":false,"spread":false}],[{"content":"a-z","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["...page"],"component":"src/pages/programme/a-z/[...page].astro","prerender":true,"fallbackRoutes":[{"route":"/en/programme/a-z/[...page]","isIndex":false,"type":"fallback","pattern":"^\\/en\\/programme\\/a-z(?:\\/(.*?))?\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"programme","dynamic":false,"spread":false}],[{"content":"a-z","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["...page"],"component":"src/pages/programme/a-z/[...page].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/programme/a-z/[...page]","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/programme\\/a-z(?:\\/(.*?))?\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"programme","dynamic":false,"spread":false}],[{"content":"a-z","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["...page"],"component":"src/pages/programme/a-z/[...page].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/programme/nach-beginn/[...page]","isIndex":false,"type":"page","pattern":"^\\/programme\\/nach-beginn(?:\\/(.*?))?\\/$","segments":[[{"content":"programme","dynamic":false,"spread":false}],[{"content":"nach-beginn","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["...page"],"component":"src/pages/programme/nach-beginn/[...page].astro","prerender":true,"fallbackRoutes":[{"route":"/en/programme/nach-beginn/[...page]","isIndex":false,"type":"fallback","pattern":"^\\/en\\/programme\\/nach-beginn(?:\\/(.*?))?\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"programme","dynamic":false,"spread":false}],[{"content":"nach-beginn","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["...page"],"component":"src/pages/programme/nach-beginn/[...page].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/programme/nach-beginn/[...page]","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/programme\\/nach-beginn(?:\\/(.*?))?\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"programme","dynamic":false,"spread":false}],[{"content":"nach-beginn","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["...page"],"component":"src/pages/programme/nach-beginn/[...page].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/programme/nach-ebene","isIndex":false,"type":"page","pattern":"^\\/programme\\/nach-ebene\\/$","segments":[[{"content":"programme","dynamic":false,"spread":false}],[{"content":"nach-ebene","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/programme/nach-ebene.astro","pathname":"/programme/nach-ebene","prerender":true,"fallbackRoutes":[{"route":"/en/programme/nach-ebene","isIndex":false,"type":"fallback","pattern":"^\\/en\\/programme\\/nach-ebene\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"programme","dynamic":false,"spread":false}],[{"content":"nach-ebene","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/programme/nach-ebene.astro","pathname":"/en/programme/nach-ebene","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/programme/nach-ebene","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/programme\\/nach-ebene\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"programme","dynamic":false,"spread":false}],[{"content":"nach-ebene","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/programme/nach-ebene.astro","pathname":"/ar/programme/nach-ebene","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/programme/[id]/ueberschneidungen/[...page]","isIndex":false,"type":"page","pattern":"^\\/programme\\/([^/]+?)\\/ueberschneidungen(?:\\/(.*?))?\\/$","segments":[[{"content":"programme","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}],[{"content":"ueberschneidungen","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["id","...page"],"component":"src/pages/programme/[id]/ueberschneidungen/[...page].astro","prerender":true,"fallbackRoutes":[{"route":"/en/programme/[id]/ueberschneidungen/[...page]","isIndex":false,"type":"fallback","pattern":"^\\/en\\/programme\\/([^/]+?)\\/ueberschneidungen(?:\\/(.*?))?\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"programme","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}],[{"content":"ueberschneidungen","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["id","...page"],"component":"src/pages/programme/[id]/ueberschneidungen/[...page].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/programme/[id]/ueberschneidungen/[...page]","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/programme\\/([^/]+?)\\/ueberschneidungen(?:\\/(.*?))?\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"programme","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}],[{"content":"ueberschneidungen","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["id","...page"],"component":"src/pages/programme/[id]/ueberschneidungen/[...page].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/programme/[id]","isIndex":false,"type":"page","pattern":"^\\/programme\\/([^/]+?)\\/$","segments":[[{"content":"programme","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/programme/[id].astro","prerender":true,"fallbackRoutes":[{"route":"/en/programme/[id]","isIndex":false,"type":"fallback","pattern":"^\\/en\\/programme\\/([^/]+?)\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"programme","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/programme/[id].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/programme/[id]","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/programme\\/([^/]+?)\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"programme","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/programme/[id].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/programme","isIndex":true,"type":"page","pattern":"^\\/programme\\/$","segments":[[{"content":"programme","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/programme/index.astro","pathname":"/programme","prerender":true,"fallbackRoutes":[{"route":"/en/programme","isIndex":true,"type":"fallback","pattern":"^\\/en\\/programme\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"programme","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/programme/index.astro","pathname":"/en/programme","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/programme","isIndex":true,"type":"fallback","pattern":"^\\/ar\\/programme\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"programme","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/programme/index.astro","pathname":"/ar/programme","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/projekte/a-z/[...page]","isIndex":false,"type":"page","pattern":"^\\/projekte\\/a-z(?:\\/(.*?))?\\/$","segments":[[{"content":"projekte","dynamic":false,"spread":false}],[{"content":"a-z","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["...page"],"component":"src/pages/projekte/a-z/[...page].astro","prerender":true,"fallbackRoutes":[{"route":"/en/projekte/a-z/[...page]","isIndex":false,"type":"fallback","pattern":"^\\/en\\/projekte\\/a-z(?:\\/(.*?))?\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"projekte","dynamic":false,"spread":false}],[{"content":"a-z","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["...page"],"component":"src/pages/projekte/a-z/[...page].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/projekte/a-z/[...page]","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/projekte\\/a-z(?:\\/(.*?))?\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"projekte","dynamic":false,"spread":false}],[{"content":"a-z","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["...page"],"component":"src/pages/projekte/a-z/[...page].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/projekte/nach-beginn/[...page]","isIndex":false,"type":"page","pattern":"^\\/projekte\\/nach-beginn(?:\\/(.*?))?\\/$","segments":[[{"content":"projekte","dynamic":false,"spread":false}],[{"content":"nach-beginn","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["...page"],"component":"src/pages/projekte/nach-beginn/[...page].astro","prerender":true,"fallbackRoutes":[{"route":"/en/projekte/nach-beginn/[...page]","isIndex":false,"type":"fallback","pattern":"^\\/en\\/projekte\\/nach-beginn(?:\\/(.*?))?\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"projekte","dynamic":false,"spread":false}],[{"content":"nach-beginn","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["...page"],"component":"src/pages/projekte/nach-beginn/[...page].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/projekte/nach-beginn/[...page]","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/projekte\\/nach-beginn(?:\\/(.*?))?\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"projekte","dynamic":false,"spread":false}],[{"content":"nach-beginn","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["...page"],"component":"src/pages/projekte/nach-beginn/[...page].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/projekte/[id]/ueberschneidungen/[...page]","isIndex":false,"type":"page","pattern":"^\\/projekte\\/([^/]+?)\\/ueberschneidungen(?:\\/(.*?))?\\/$","segments":[[{"content":"projekte","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}],[{"content":"ueberschneidungen","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["id","...page"],"component":"src/pages/projekte/[id]/ueberschneidungen/[...page].astro","prerender":true,"fallbackRoutes":[{"route":"/en/projekte/[id]/ueberschneidungen/[...page]","isIndex":false,"type":"fallback","pattern":"^\\/en\\/projekte\\/([^/]+?)\\/ueberschneidungen(?:\\/(.*?))?\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"projekte","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}],[{"content":"ueberschneidungen","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["id","...page"],"component":"src/pages/projekte/[id]/ueberschneidungen/[...page].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/projekte/[id]/ueberschneidungen/[...page]","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/projekte\\/([^/]+?)\\/ueberschneidungen(?:\\/(.*?))?\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"projekte","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}],[{"content":"ueberschneidungen","dynamic":false,"spread":false}],[{"content":"...page","dynamic":true,"spread":true}]],"params":["id","...page"],"component":"src/pages/projekte/[id]/ueberschneidungen/[...page].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/projekte/[id]","isIndex":false,"type":"page","pattern":"^\\/projekte\\/([^/]+?)\\/$","segments":[[{"content":"projekte","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/projekte/[id].astro","prerender":true,"fallbackRoutes":[{"route":"/en/projekte/[id]","isIndex":false,"type":"fallback","pattern":"^\\/en\\/projekte\\/([^/]+?)\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"projekte","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/projekte/[id].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/projekte/[id]","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/projekte\\/([^/]+?)\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"projekte","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/projekte/[id].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/projekte","isIndex":true,"type":"page","pattern":"^\\/projekte\\/$","segments":[[{"content":"projekte","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/projekte/index.astro","pathname":"/projekte","prerender":true,"fallbackRoutes":[{"route":"/en/projekte","isIndex":true,"type":"fallback","pattern":"^\\/en\\/projekte\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"projekte","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/projekte/index.astro","pathname":"/en/projekte","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/projekte","isIndex":true,"type":"fallback","pattern":"^\\/ar\\/projekte\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"projekte","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/projekte/index.astro","pathname":"/ar/projekte","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/regionen/[id]/feed.xml","isIndex":false,"type":"endpoint","pattern":"^\\/regionen\\/([^/]+?)\\/feed\\.xml$","segments":[[{"content":"regionen","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}],[{"content":"feed.xml","dynamic":false,"spread":false}]],"params":["id"],"component":"src/pages/regionen/[id]/feed.xml.ts","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/regionen/[id]/fristen.ics","isIndex":false,"type":"endpoint","pattern":"^\\/regionen\\/([^/]+?)\\/fristen\\.ics$","segments":[[{"content":"regionen","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}],[{"content":"fristen.ics","dynamic":false,"spread":false}]],"params":["id"],"component":"src/pages/regionen/[id]/fristen.ics.ts","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/regionen/[id]","isIndex":false,"type":"page","pattern":"^\\/regionen\\/([^/]+?)\\/$","segments":[[{"content":"regionen","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/regionen/[id].astro","prerender":true,"fallbackRoutes":[{"route":"/en/regionen/[id]","isIndex":false,"type":"fallback","pattern":"^\\/en\\/regionen\\/([^/]+?)\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"regionen","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/regionen/[id].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/regionen/[id]","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/regionen\\/([^/]+?)\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"regionen","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/regionen/[id].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/regionen","isIndex":true,"type":"page","pattern":"^\\/regionen\\/$","segments":[[{"content":"regionen","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/regionen/index.astro","pathname":"/regionen","prerender":true,"fallbackRoutes":[{"route":"/en/regionen","isIndex":true,"type":"fallback","pattern":"^\\/en\\/regionen\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"regionen","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/regionen/index.astro","pathname":"/en/regionen","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/regionen","isIndex":true,"type":"fallback","pattern":"^\\/ar\\/regionen\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"regionen","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/regionen/index.astro","pathname":"/ar/regionen","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/suche/orte.json","isIndex":false,"type":"endpoint","pattern":"^\\/suche\\/orte\\.json$","segments":[[{"content":"suche","dynamic":false,"spread":false}],[{"content":"orte.json","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/suche/orte.json.ts","pathname":"/suche/orte.json","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[],"routeData":{"route":"/suche/wortschatz/[lang].json","isIndex":false,"type":"endpoint","pattern":"^\\/suche\\/wortschatz\\/([^/]+?)\\.json$","segments":[[{"content":"suche","dynamic":false,"spread":false}],[{"content":"wortschatz","dynamic":false,"spread":false}],[{"content":"lang","dynamic":true,"spread":false},{"content":".json","dynamic":false,"spread":false}]],"params":["lang"],"component":"src/pages/suche/wortschatz/[lang].json.ts","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/suche","isIndex":false,"type":"page","pattern":"^\\/suche\\/$","segments":[[{"content":"suche","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/suche.astro","pathname":"/suche","prerender":true,"fallbackRoutes":[{"route":"/en/suche","isIndex":false,"type":"fallback","pattern":"^\\/en\\/suche\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"suche","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/suche.astro","pathname":"/en/suche","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/suche","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/suche\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"suche","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/suche.astro","pathname":"/ar/suche","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/traeger/[id]","isIndex":false,"type":"page","pattern":"^\\/traeger\\/([^/]+?)\\/$","segments":[[{"content":"traeger","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/traeger/[id].astro","prerender":true,"fallbackRoutes":[{"route":"/en/traeger/[id]","isIndex":false,"type":"fallback","pattern":"^\\/en\\/traeger\\/([^/]+?)\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"traeger","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/traeger/[id].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/traeger/[id]","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/traeger\\/([^/]+?)\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"traeger","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/traeger/[id].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/traeger","isIndex":true,"type":"page","pattern":"^\\/traeger\\/$","segments":[[{"content":"traeger","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/traeger/index.astro","pathname":"/traeger","prerender":true,"fallbackRoutes":[{"route":"/en/traeger","isIndex":true,"type":"fallback","pattern":"^\\/en\\/traeger\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"traeger","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/traeger/index.astro","pathname":"/en/traeger","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/traeger","isIndex":true,"type":"fallback","pattern":"^\\/ar\\/traeger\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"traeger","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/traeger/index.astro","pathname":"/ar/traeger","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/ueberschneidungen","isIndex":false,"type":"page","pattern":"^\\/ueberschneidungen\\/$","segments":[[{"content":"ueberschneidungen","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/ueberschneidungen.astro","pathname":"/ueberschneidungen","prerender":true,"fallbackRoutes":[{"route":"/en/ueberschneidungen","isIndex":false,"type":"fallback","pattern":"^\\/en\\/ueberschneidungen\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"ueberschneidungen","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/ueberschneidungen.astro","pathname":"/en/ueberschneidungen","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/ueberschneidungen","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/ueberschneidungen\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"ueberschneidungen","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/ueberschneidungen.astro","pathname":"/ar/ueberschneidungen","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/vergleich","isIndex":false,"type":"page","pattern":"^\\/vergleich\\/$","segments":[[{"content":"vergleich","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/vergleich.astro","pathname":"/vergleich","prerender":true,"fallbackRoutes":[{"route":"/en/vergleich","isIndex":false,"type":"fallback","pattern":"^\\/en\\/vergleich\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"vergleich","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/vergleich.astro","pathname":"/en/vergleich","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/vergleich","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/vergleich\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"vergleich","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/vergleich.astro","pathname":"/ar/vergleich","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/zielgruppen/[id]","isIndex":false,"type":"page","pattern":"^\\/zielgruppen\\/([^/]+?)\\/$","segments":[[{"content":"zielgruppen","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/zielgruppen/[id].astro","prerender":true,"fallbackRoutes":[{"route":"/en/zielgruppen/[id]","isIndex":false,"type":"fallback","pattern":"^\\/en\\/zielgruppen\\/([^/]+?)\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"zielgruppen","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/zielgruppen/[id].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/zielgruppen/[id]","isIndex":false,"type":"fallback","pattern":"^\\/ar\\/zielgruppen\\/([^/]+?)\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"zielgruppen","dynamic":false,"spread":false}],[{"content":"id","dynamic":true,"spread":false}]],"params":["id"],"component":"src/pages/zielgruppen/[id].astro","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/zielgruppen","isIndex":true,"type":"page","pattern":"^\\/zielgruppen\\/$","segments":[[{"content":"zielgruppen","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/zielgruppen/index.astro","pathname":"/zielgruppen","prerender":true,"fallbackRoutes":[{"route":"/en/zielgruppen","isIndex":true,"type":"fallback","pattern":"^\\/en\\/zielgruppen\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}],[{"content":"zielgruppen","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/zielgruppen/index.astro","pathname":"/en/zielgruppen","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/zielgruppen","isIndex":true,"type":"fallback","pattern":"^\\/ar\\/zielgruppen\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}],[{"content":"zielgruppen","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/zielgruppen/index.astro","pathname":"/ar/zielgruppen","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}},{"file":"","links":[],"scripts":[],"styles":[{"type":"external","src":"_astro/Base.D2fzrbXR.css"}],"routeData":{"route":"/","isIndex":true,"type":"page","pattern":"^\\/$","segments":[],"params":[],"component":"src/pages/index.astro","pathname":"/","prerender":true,"fallbackRoutes":[{"route":"/en/","isIndex":true,"type":"fallback","pattern":"^\\/en\\/$","segments":[[{"content":"en","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/index.astro","pathname":"/en/","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}},{"route":"/ar/","isIndex":true,"type":"fallback","pattern":"^\\/ar\\/$","segments":[[{"content":"ar","dynamic":false,"spread":false}]],"params":[],"component":"src/pages/index.astro","pathname":"/ar/","prerender":true,"fallbackRoutes":[],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}],"distURL":[],"origin":"project","_meta":{"trailingSlash":"always"}}}],"serverLike":false,"middlewareMode":"classic","site":"https://foerderatlas.example.org","base":"/","trailingSlash":"always","compressHTML":false,"componentMetadata":[["/work/main/src/pages/programme/[id].astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/projekte/[id].astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/programme/a-z/[...page].astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/programme/index.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/programme/nach-beginn/[...page].astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/programme/nach-ebene.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/projekte/a-z/[...page].astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/projekte/index.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/projekte/nach-beginn/[...page].astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/programme/[id]/ueberschneidungen/[...page].astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/projekte/[id]/ueberschneidungen/[...page].astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/barrierefreiheit.astro",{"propagation":"none","containsHead":true}],["/work/main/src/pages/impressum.astro",{"propagation":"none","containsHead":true}],["/work/main/src/pages/404.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/abdeckung/[feld].astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/abdeckung/index.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/daten.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/finden/[ort]/[bedarf].astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/finden/[ort]/index.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/finden/index.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/foerderende/[kreis].astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/foerderende/index.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/handlungsfelder/[id].astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/handlungsfelder/index.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/index.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/leichte-sprache.astro",{"propagation":"none","containsHead":true}],["/work/main/src/pages/mitmachen/index.astro",{"propagation":"none","containsHead":true}],["/work/main/src/pages/mitmachen/pruefen.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/monitoring.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/regionen/[id].astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/regionen/index.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/suche.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/traeger/[id].astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/traeger/index.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/ueberschneidungen.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/vergleich.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/zielgruppen/[id].astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/zielgruppen/index.astro",{"propagation":"in-tree","containsHead":true}],["/work/main/src/pages/admin/index.astro",{"propagation":"none","containsHead":true}],["/work/main/content/projects/mbe-jmd-sprechstunde-buergerbuero-offenbach.mdx?astroPropagatedAssets",{"propagation":"in-tree","containsHead":false}],["/work/main/.astro/content-modules.mjs",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/content/runtime.js",{"propagation":"in-tree","containsHead":false}],["\u0000astro:content",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/programme/[id]@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:pages",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:manifest",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/manifest/ambient.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/fetch/default-handler.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/app/base.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/app/app.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/app/entrypoints/index.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/build/app.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/entrypoints/prerender.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/middleware/index.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/middleware/astro-middleware.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/errors/default-handler.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/errors/build-handler.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/errors/handler.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/errors/dev-handler.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/pages/handler.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/rewrites/handler.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/fetch/fetch-state.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/actions/runtime/server.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/actions/handler.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/routing/handler.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/actions/utils.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/i18n/index.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/i18n/fallback.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/core/i18n/handler.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/i18n/middleware.js",{"propagation":"in-tree","containsHead":false}],["/work/main/node_modules/astro/dist/i18n/utils.js",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/projekte/[id]@_@astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/site/catalogue.ts",{"propagation":"in-tree","containsHead":false}],["/work/main/src/components/OfferingIndex.astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/programme/a-z/[...page]@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/programme/index@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/programme/nach-beginn/[...page]@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/programme/nach-ebene@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/projekte/a-z/[...page]@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/projekte/index@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/projekte/nach-beginn/[...page]@_@astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/components/OfferingOverlapList.astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/programme/[id]/ueberschneidungen/[...page]@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/projekte/[id]/ueberschneidungen/[...page]@_@astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/components/OverlapKindBadge.astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/components/OfferingOverlaps.astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/components/OfferingDetail.astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/ueberschneidungen@_@astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/components/finder/PlaceList.astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/404@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/finden/index@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/abdeckung/[feld]@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/abdeckung/index@_@astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/data/360giving.json.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/data/360giving.json@_@ts",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/data/catalogue.json.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/data/catalogue.json@_@ts",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/data/dcat.jsonld.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/data/dcat.jsonld@_@ts",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/data/foerderketten.csv.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/data/foerderketten.csv@_@ts",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/data/hsds/locations.json.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/data/hsds/locations.json@_@ts",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/data/hsds/organizations.json.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/data/hsds/organizations.json@_@ts",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/data/hsds/services.json.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/data/hsds/services.json@_@ts",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/data/offerings.csv.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/data/offerings.csv@_@ts",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/data/similar.json.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/data/similar.json@_@ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/daten@_@astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/feed.xml.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/feed.xml@_@ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/finden/[ort]/[bedarf]@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/finden/[ort]/index@_@astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/finden/filter.css.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/finden/filter.css@_@ts",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/finden/orte.json.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/finden/orte.json@_@ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/foerderende/[kreis]@_@astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/foerderende/[kreis]/feed.xml.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/foerderende/[kreis]/feed.xml@_@ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/foerderende/index@_@astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/fristen.ics.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/fristen.ics@_@ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/handlungsfelder/[id]@_@astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/handlungsfelder/[id]/feed.xml.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/handlungsfelder/[id]/feed.xml@_@ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/handlungsfelder/index@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/index@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/mitmachen/pruefen@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/monitoring@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/regionen/[id]@_@astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/regionen/[id]/feed.xml.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/regionen/[id]/feed.xml@_@ts",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/regionen/[id]/fristen.ics.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/regionen/[id]/fristen.ics@_@ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/regionen/index@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/suche@_@astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/suche/orte.json.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/suche/orte.json@_@ts",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/suche/wortschatz/[lang].json.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/suche/wortschatz/[lang].json@_@ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/traeger/[id]@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/traeger/index@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/vergleich@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/zielgruppen/[id]@_@astro",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/zielgruppen/index@_@astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/site/analysis.ts",{"propagation":"in-tree","containsHead":false}],["/work/main/src/components/RegionFunding.astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/components/SimilarOfferings.astro",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/data/coverage.json.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/data/coverage.json@_@ts",{"propagation":"in-tree","containsHead":false}],["/work/main/src/pages/data/overlaps.json.ts",{"propagation":"in-tree","containsHead":false}],["\u0000virtual:astro:page:src/pages/data/overlaps.json@_@ts",{"propagation":"in-tree","containsHead":false}],["/work/main/src/site/overlap-lists.ts",{"propagation":"in-tree","containsHead":false}],["/work/main/src/site/finder.ts",{"propagation":"in-tree","containsHead":false}]],"renderers":[],"clientDirectives":[["idle","(()=>{var l=(n,t)=>{let i=async()=>{await(await n())()},e=typeof t.value==\"object\"?t.value:void 0,s={timeout:e==null?void 0:e.timeout};\"requestIdleCallback\"in window?window.requestIdleCallback(i,s):setTimeout(i,s.timeout||200)};(self.Astro||(self.Astro={})).idle=l;window.dispatchEvent(new Event(\"astro:idle\"));})();"],["load","(()=>{var e=async t=>{await(await t())()};(self.Astro||(self.Astro={})).load=e;window.dispatchEvent(new Event(\"astro:load\"));})();"],["media","(()=>{var n=(a,t)=>{let i=async()=>{await(await a())()};if(t.value){let e=matchMedia(t.value);e.matches?i():e.addEventListener(\"change\",i,{once:!0})}};(self.Astro||(self.Astro={})).media=n;window.dispatchEvent(new Event(\"astro:media\"));})();"],["only","(()=>{var e=async t=>{await(await t())()};(self.Astro||(self.Astro={})).only=e;window.dispatchEvent(new Event(\"astro:only\"));})();"],["visible","(()=>{var a=(s,i,o)=>{let r=async()=>{await(await s())()},t=typeof i.value==\"object\"?i.value:void 0,c={rootMargin:t==null?void 0:t.rootMargin},n=new IntersectionObserver(e=>{for(let l of e)if(l.isIntersecting){n.disconnect(),r();break}},c);for(let e of o.children)n.observe(e)};(self.Astro||(self.Astro={})).visible=a;window.dispatchEvent(new Event(\"astro:visible\"));})();"]],"entryModules":{"astro/entrypoints/prerender":"prerender-entry.CqUrAXjR.mjs","\u0000virtual:astro:page:src/pages/data/360giving.json@_@ts":"chunks/360giving_v0S6WkoO.mjs","\u0000virtual:astro:page:src/pages/404@_@astro":"chunks/404_BqeB04PJ.mjs","\u0000virtual:astro:page:src/pages/projekte/[id]/ueberschneidungen/[...page]@_@astro":"chunks/_.._C-sl7l2I.mjs","\u0000virtual:astro:page:src/pages/projekte/nach-beginn/[...page]@_@astro":"chunks/_.._DSUhL1bH.mjs","\u0000virtual:astro:page:src/pages/programme/a-z/[...page]@_@astro":"chunks/_.._DfF_MLjA.mjs","\u0000virtual:astro:page:src/pages/projekte/a-z/[...page]@_@astro":"chunks/_.._DzlVgl5D.mjs","\u0000virtual:astro:page:src/pages/programme/nach-beginn/[...page]@_@astro":"chunks/_.._lL6qSp9u.mjs","\u0000virtual:astro:page:src/pages/programme/[id]/ueberschneidungen/[...page]@_@astro":"chunks/_.._t7o2nrld.mjs","\u0000astro:data-layer-content":"chunks/_astro_data-layer-content_DT8NajXJ.mjs","\u0000virtual:astro:page:src/pages/finden/[ort]/[bedarf]@_@astro":"chunks/_bedarf__F5pX5kwR.mjs","\u0000virtual:astro:page:src/pages/abdeckung/[feld]@_@astro":"chunks/_feld__BhtxyOx_.mjs","\u0000virtual:astro:page:src/pages/handlungsfelder/[id]@_@astro":"chunks/_id__B0stORzS.mjs","\u0000virtual:astro:page:src/pages/traeger/[id]@_@astro":"chunks/_id__BjTW720o.mjs","\u0000virtual:astro:page:src/pages/zielgruppen/[id]@_@astro":"chunks/_id__BmQ5DsSi.mjs","\u0000virtual:astro:page:src/pages/regionen/[id]@_@astro":"chunks/_id__BvqjHOFR.mjs","\u0000virtual:astro:page:src/pages/programme/[id]@_@astro":"chunks/_id__DlkrF7sA.mjs","\u0000virtual:astro:page:src/pages/projekte/[id]@_@astro":"chunks/_id__DylIFMww.mjs","\u0000virtual:astro:page:src/pages/foerderende/[kreis]@_@astro":"chunks/_kreis__C08PKjDf.mjs","\u0000virtual:astro:page:src/pages/suche/wortschatz/[lang].json@_@ts":"chunks/_lang__D3qcnhHl.mjs","\u0000noop-middleware":"chunks/_noop-middleware_D5dhqGDj.mjs","\u0000virtual:astro:get-image":"chunks/_virtual_astro_get-image_B2lWy4mA.mjs","\u0000virtual:astro:server-island-manifest":"chunks/_virtual_astro_server-island-manifest_BhTW5IeR.mjs","\u0000virtual:astro:session-driver":"chunks/_virtual_astro_session-driver_BWWe3pKI.mjs","\u0000virtual:astro:page:src/pages/barrierefreiheit@_@astro":"chunks/barrierefreiheit_BdFuu4WS.mjs","\u0000virtual:astro:page:src/pages/data/catalogue.schema.json@_@ts":"chunks/catalogue.schema_mUMZAd7-.mjs","\u0000virtual:astro:page:src/pages/data/catalogue.json@_@ts":"chunks/catalogue_BqDQDoXJ.mjs","\u0000virtual:astro:page:src/pages/admin/config.yml@_@ts":"chunks/config_EQP2eS35.mjs","/work/main/.astro/content-assets.mjs":"chunks/content-assets_CLeMUEVR.mjs","/work/main/.astro/content-modules.mjs":"chunks/content-modules_K9LQPIz1.mjs","\u0000virtual:astro:page:src/pages/data/coverage.json@_@ts":"chunks/coverage_D1DiysgC.mjs","\u0000virtual:astro:page:src/pages/daten@_@astro":"chunks/daten_Cn7y0N5J.mjs","\u0000virtual:astro:page:src/pages/data/dcat.jsonld@_@ts":"chunks/dcat_DwTfFnNR.mjs","\u0000virtual:astro:page:src/pages/regionen/[id]/feed.xml@_@ts":"chunks/feed_B9obiqX3.mjs","\u0000virtual:astro:page:src/pages/feed.xml@_@ts":"chunks/feed_CH82ym7T.mjs","\u0000virtual:astro:page:src/pages/handlungsfelder/[id]/feed.xml@_@ts":"chunks/feed_CJecb4-o.mjs","\u0000virtual:astro:page:src/pages/foerderende/[kreis]/feed.xml@_@ts":"chunks/feed_CdMHcpoM.mjs","\u0000virtual:astro:page:src/pages/finden/filter.css@_@ts":"chunks/filter_C1ygVS_T.mjs","\u0000virtual:astro:page:src/pages/data/foerderketten.csv@_@ts":"chunks/foerderketten_axZmPJKP.mjs","\u0000virtual:astro:page:src/pages/fristen.ics@_@ts":"chunks/fristen_CBkuGukV.mjs","\u0000virtual:astro:page:src/pages/regionen/[id]/fristen.ics@_@ts":"chunks/fristen_uSNFetJc.mjs","\u0000virtual:astro:page:src/pages/impressum@_@astro":"chunks/impressum_D5nMRg2I.mjs","\u0000virtual:astro:page:src/pages/admin/index@_@astro":"chunks/index_B5qlS-OE.mjs","\u0000virtual:astro:page:src/pages/mitmachen/index@_@astro":"chunks/index_BWVPxq1W.mjs","\u0000virtual:astro:page:src/pages/programme/index@_@astro":"chunks/index_Cw35vxYM.mjs","\u0000virtual:astro:page:src/pages/zielgruppen/index@_@astro":"chunks/index_D56wdiGy.mjs","\u0000virtual:astro:page:src/pages/traeger/index@_@astro":"chunks/index_DBD04fgk.mjs","\u0000virtual:astro:page:src/pages/projekte/index@_@astro":"chunks/index_DBGIMMV7.mjs","\u0000virtual:astro:page:src/pages/index@_@astro":"chunks/index_DQR3Osnf.mjs","\u0000virtual:astro:page:src/pages/finden/index@_@astro":"chunks/index_DdPo-LCA.mjs","\u0000virtual:astro:page:src/pages/finden/[ort]/index@_@astro":"chunks/index_DiYjrf9a.mjs","\u0000virtual:astro:page:src/pages/abdeckung/index@_@astro":"chunks/index_L5jjDfNV.mjs","\u0000virtual:astro:page:src/pages/handlungsfelder/index@_@astro":"chunks/index_WOi3shXp.mjs","\u0000virtual:astro:page:src/pages/regionen/index@_@astro":"chunks/index_Y44zMFck.mjs","\u0000virtual:astro:page:src/pages/foerderende/index@_@astro":"chunks/index_zwJ5nLEX.mjs","\u0000virtual:astro:page:src/pages/leichte-sprache@_@astro":"chunks/leichte-sprache_B9x-BTvl.mjs","\u0000virtual:astro:page:src/pages/data/hsds/locations.json@_@ts":"chunks/locations_ByJbrEKu.mjs","/work/main/content/projects/mbe-jmd-sprechstunde-buergerbuero-offenbach.mdx?astroPropagatedAssets":"chunks/mbe-jmd-sprechstunde-buergerbuero-offenbach_Cdx-hJBk.mjs","/work/main/content/projects/mbe-jmd-sprechstunde-buergerbuero-offenbach.mdx":"chunks/mbe-jmd-sprechstunde-buergerbuero-offenbach_rxV00FG8.mjs","\u0000virtual:astro:page:src/pages/monitoring@_@astro":"chunks/monitoring_DqSvJA_Y.mjs","\u0000virtual:astro:page:src/pages/programme/nach-ebene@_@astro":"chunks/nach-ebene_DU8tmBKG.mjs","\u0000virtual:astro:actions/noop-entrypoint":"chunks/noop-entrypoint_CxXy0p4B.mjs","\u0000virtual:astro:page:src/pages/data/offerings.csv@_@ts":"chunks/offerings_DaPVfdyB.mjs","\u0000virtual:astro:page:src/pages/data/hsds/organizations.json@_@ts":"chunks/organizations_TLHDC3IF.mjs","\u0000virtual:astro:page:src/pages/finden/orte.json@_@ts":"chunks/orte_C3okbzbO.mjs","\u0000virtual:astro:page:src/pages/suche/orte.json@_@ts":"chunks/orte_C7R4Eimg.mjs","\u0000virtual:astro:page:src/pages/data/overlaps.json@_@ts":"chunks/overlaps_D3xtNsTS.mjs","\u0000virtual:astro:page:src/pages/mitmachen/pruefen@_@astro":"chunks/pruefen_DTCgCVwD.mjs","\u0000virtual:astro:page:src/pages/data/hsds/services.json@_@ts":"chunks/services_CyqPDpn7.mjs","/work/main/node_modules/astro/dist/assets/services/sharp.js":"chunks/sharp_DJs-XdpB.mjs","\u0000virtual:astro:page:src/pages/data/similar.json@_@ts":"chunks/similar_BPTcAm4L.mjs","\u0000virtual:astro:page:src/pages/suche@_@astro":"chunks/suche_B9i4zWHW.mjs","\u0000virtual:astro:page:src/pages/ueberschneidungen@_@astro":"chunks/ueberschneidungen_C0Qzu2_m.mjs","\u0000virtual:astro:page:src/pages/vergleich@_@astro":"chunks/vergleich_DIsg69Ct.mjs","/work/main/src/components/finder/OfflineHint.astro?astro&type=script&index=0&lang.ts":"_astro/OfflineHint.astro_astro_type_script_index_0_lang.B9NPTFrw.js","/work/main/src/components/finder/PlaceField.astro?astro&type=script&index=0&lang.ts":"_astro/PlaceField.astro_astro_type_script_index_0_lang._JSTS5kJ.js","/work/main/src/pages/finden/[ort]/[bedarf].astro?astro&type=script&index=0&lang.ts":"_astro/_bedarf_.astro_astro_type_script_index_0_lang.CHoOeLlF.js","/work/main/src/pages/suche.astro?astro&type=script&index=0&lang.ts":"_astro/suche.astro_astro_type_script_index_0_lang.BkirZXwL.js","/work/main/src/pages/ueberschneidungen.astro?astro&type=script&index=0&lang.ts":"_astro/ueberschneidungen.astro_astro_type_script_index_0_lang.B7mxeYZs.js","/work/main/src/pages/vergleich.astro?astro&type=script&index=0&lang.ts":"_astro/vergleich.astro_astro_type_script_index_0_lang.7FiDGnHO.js","astro:scripts/before-hydration.js":""},"inlinedScripts":[],"assets":["/_astro/Base.D2fzrbXR.css","/file:///work/main/dist.staging/404.html","/file:///work/main/dist.staging/abdeckung/index.html","/file:///work/main/dist.staging/admin/config.yml","/file:///work/main/dist.staging/admin/index.html","/file:///work/main/dist.staging/barrierefreiheit/index.html","/file:///work/main/dist.staging/data/360giving.json","/file:///work/main/dist.staging/data/catalogue.json","/file:///work/main/dist.staging/data/catalogue.schema.json","/file:///work/main/dist.staging/data/coverage.json","/file:///work/main/dist.staging/data/dcat.jsonld","/file:///work/main/dist.staging/data/foerderketten.csv","/file:///work/main/dist.staging/data/hsds/locations.json","/file:///work/main/dist.staging/data/hsds/organizations.json","/file:///work/main/dist.staging/data/hsds/services.json","/file:///work/main/dist.staging/data/offerings.csv","/file:///work/main/dist.staging/data/overlaps.json","/file:///work/main/dist.staging/data/similar.json","/file:///work/main/dist.staging/daten/index.html","/file:///work/main/dist.staging/feed.xml","/file:///work/main/dist.staging/finden/filter.css","/file:///work/main/dist.staging/finden/orte.json","/file:///work/main/dist.staging/finden/index.html","/file:///work/main/dist.staging/foerderende/index.html","/file:///work/main/dist.staging/fristen.ics","/file:///work/main/dist.staging/handlungsfelder/index.html","/file:///work/main/dist.staging/impressum/index.html","/file:///work/main/dist.staging/leichte-sprache/index.html","/file:///work/main/dist.staging/mitmachen/pruefen/index.html","/file:///work/main/dist.staging/mitmachen/index.html","/file:///work/main/dist.staging/monitoring/index.html","/file:///work/main/dist.staging/programme/nach-ebene/index.html","/file:///work/main/dist.staging/programme/index.html","/file:///work/main/dist.staging/projekte/index.html","/file:///work/main/dist.staging/regionen/index.html","/file:///work/main/dist.staging/suche/orte.json","/file:///work/main/dist.staging/suche/index.html","/file:///work/main/dist.staging/traeger/index.html","/file:///work/main/dist.staging/ueberschneidungen/index.html","/file:///work/main/dist.staging/vergleich/index.html","/file:///work/main/dist.staging/zielgruppen/index.html","/file:///work/main/dist.staging/index.html"],"i18n":{"fallback":{"en":"de","ar":"de"},"fallbackType":"rewrite","strategy":"pathname-prefix-other-locales","locales":["de","en","ar"],"defaultLocale":"de","domainLookupTable":{}},"buildFormat":"directory","checkOrigin":false,"actionBodySizeLimit":1048576,"serverIslandBodySizeLimit":1048576,"allowedDomains":[],"key":"e8F/Pj/gZ5r2+DFGNeJUm2LJQy4n9iaIzlDxq5vzaJk=","image":{},"devToolbar":{"enabled":false,"debugInfoOutput":""},"logLevel":"info","shouldInjectCspMetaTags":false});
var manifestRoutes = _manifest.routes;
var manifest = Object.assign(_manifest, {
	renderers,
	actions: () => import("./chunks/noop-entrypoint_CxXy0p4B.mjs"),
	middleware: () => import("./chunks/_noop-middleware_D5dhqGDj.mjs"),
	sessionDriver: () => import("./chunks/_virtual_astro_session-driver_BWWe3pKI.mjs"),
	serverIslandMappings: () => import("./chunks/_virtual_astro_server-island-manifest_BhTW5IeR.mjs"),
	routes: manifestRoutes,
	pageMap
});
// node_modules/astro/dist/vite-plugin-scripts/index.js
var SCRIPT_ID_PREFIX = `astro:scripts/`;
`${SCRIPT_ID_PREFIX}`;
var PAGE_SCRIPT_ID = `${SCRIPT_ID_PREFIX}page.js`;
// node_modules/astro/dist/core/redirects/component.js
var RedirectComponentInstance = { default() {
	return new Response(null, { status: 301 });
} };
var RedirectSinglePageBuiltModule = {
	page: () => Promise.resolve(RedirectComponentInstance),
	onRequest: (_, next) => next()
};
// node_modules/astro/dist/assets/utils/getAssetsPrefix.js
function getAssetsPrefix(fileExtension, assetsPrefix) {
	let prefix = "";
	if (!assetsPrefix) prefix = "";
	else if (typeof assetsPrefix === "string") prefix = assetsPrefix;
	else prefix = assetsPrefix[fileExtension.slice(1)] || assetsPrefix.fallback;
	return prefix;
}
// node_modules/astro/dist/core/render/ssr-element.js
var URL_PARSE_BASE = "https://astro.build";
function splitAssetPath(path) {
	const parsed = new URL(path, URL_PARSE_BASE);
	return {
		pathname: !URL.canParse(path) && !path.startsWith("/") ? parsed.pathname.slice(1) : parsed.pathname,
		suffix: `${parsed.search}${parsed.hash}`
	};
}
function appendQueryParams(path, queryParams) {
	const queryString = queryParams.toString();
	if (!queryString) return path;
	const hashIndex = path.indexOf("#");
	const basePath = hashIndex === -1 ? path : path.slice(0, hashIndex);
	const hash = hashIndex === -1 ? "" : path.slice(hashIndex);
	return `${basePath}${basePath.includes("?") ? "&" : "?"}${queryString}${hash}`;
}
function createAssetLink(href, base, assetsPrefix, queryParams) {
	const { pathname, suffix } = splitAssetPath(href);
	let url = "";
	if (assetsPrefix) {
		const pf = getAssetsPrefix(fileExtension(pathname), assetsPrefix);
		url = joinPaths(pf, slash(pathname)) + suffix;
	} else if (base) url = prependForwardSlash(joinPaths(base, slash(pathname))) + suffix;
	else url = href;
	if (queryParams) url = appendQueryParams(url, queryParams);
	return url;
}
function createStylesheetElement(stylesheet, base, assetsPrefix, queryParams) {
	if (stylesheet.type === "inline") return {
		props: {},
		children: stylesheet.content
	};
	else return {
		props: {
			rel: "stylesheet",
			href: createAssetLink(stylesheet.src, base, assetsPrefix, queryParams)
		},
		children: ""
	};
}
function createStylesheetElementSet(stylesheets, base, assetsPrefix, queryParams) {
	return new Set(stylesheets.map((s) => createStylesheetElement(s, base, assetsPrefix, queryParams)));
}
function createModuleScriptElement(script, base, assetsPrefix, queryParams) {
	if (script.type === "external") return createModuleScriptElementWithSrc(script.value, base, assetsPrefix, queryParams);
	else return {
		props: { type: "module" },
		children: script.value
	};
}
function createModuleScriptElementWithSrc(src, base, assetsPrefix, queryParams) {
	return {
		props: {
			type: "module",
			src: createAssetLink(src, base, assetsPrefix, queryParams)
		},
		children: ""
	};
}
// node_modules/astro/dist/core/manifest/memo.js
function createManifestMemo(derive) {
	const cache = /* @__PURE__ */ new WeakMap();
	return {
		get(manifest) {
			if (cache.has(manifest)) return cache.get(manifest);
			const value = derive(manifest);
			cache.set(manifest, value);
			return value;
		},
		has(manifest) {
			return cache.has(manifest);
		},
		set(manifest, value) {
			cache.set(manifest, value);
		},
		invalidate(manifest) {
			cache.delete(manifest);
		}
	};
}
function createAsyncManifestMemo(derive) {
	const cache = /* @__PURE__ */ new WeakMap();
	return {
		get(manifest) {
			let promise = cache.get(manifest);
			if (!promise) {
				promise = derive(manifest);
				cache.set(manifest, promise);
				promise.catch(() => {
					if (cache.get(manifest) === promise) cache.delete(manifest);
				});
			}
			return promise;
		},
		invalidate(manifest) {
			cache.delete(manifest);
		}
	};
}
// node_modules/astro/dist/core/request-body.js
async function readBodyWithLimit(request, limit) {
	const contentLengthHeader = request.headers.get("content-length");
	if (contentLengthHeader) {
		const contentLength = Number.parseInt(contentLengthHeader, 10);
		if (Number.isFinite(contentLength) && contentLength > limit) throw new BodySizeLimitError(limit);
	}
	if (!request.body) return /* @__PURE__ */ new Uint8Array();
	const reader = request.body.getReader();
	const chunks = [];
	let received = 0;
	while (true) {
		const { done, value } = await reader.read();
		if (done) break;
		if (value) {
			received += value.byteLength;
			if (received > limit) throw new BodySizeLimitError(limit);
			chunks.push(value);
		}
	}
	const buffer = new Uint8Array(received);
	let offset = 0;
	for (const chunk of chunks) {
		buffer.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return buffer;
}
var BodySizeLimitError = class extends Error {
	limit;
	constructor(limit) {
		super(`Request body exceeds the configured limit of ${limit} bytes`);
		this.name = "BodySizeLimitError";
		this.limit = limit;
	}
};
// node_modules/astro/dist/core/routing/pattern.js
function getPattern(segments, base, addTrailingSlash) {
	const pathname = segments.map((segment) => {
		if (segment.length === 1 && segment[0].spread) return "(?:\\/(.*?))?";
		else return "\\/" + segment.map((part) => {
			if (part.spread) return "(.*?)";
			else if (part.dynamic) return "([^/]+?)";
			else return part.content.normalize().replace(/\?/g, "%3F").replace(/#/g, "%23").replace(/%5B/g, "[").replace(/%5D/g, "]").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
		}).join("");
	}).join("");
	const trailing = addTrailingSlash && segments.length ? getTrailingSlashPattern(addTrailingSlash) : "$";
	let initial = "\\/";
	if (addTrailingSlash === "never" && base !== "/" && pathname !== "") initial = "";
	return new RegExp(`^${pathname || initial}${trailing}`);
}
function getTrailingSlashPattern(addTrailingSlash) {
	if (addTrailingSlash === "always") return "\\/$";
	if (addTrailingSlash === "never") return "$";
	return "\\/?$";
}
// node_modules/astro/dist/core/server-islands/endpoint.js
var SERVER_ISLAND_ROUTE = "/_server-islands/[name]";
var SERVER_ISLAND_COMPONENT = "_server-islands.astro";
function badRequest(reason) {
	return new Response(null, {
		status: 400,
		statusText: "Bad request: " + reason
	});
}
var DEFAULT_BODY_SIZE_LIMIT = 1048576;
async function getRequestData(request, bodySizeLimit = DEFAULT_BODY_SIZE_LIMIT) {
	switch (request.method) {
		case "GET": {
			const params = new URL(request.url).searchParams;
			if (!params.has("s") || !params.has("e") || !params.has("p")) return badRequest("Missing required query parameters.");
			const encryptedSlots = params.get("s");
			return {
				encryptedComponentExport: params.get("e"),
				encryptedProps: params.get("p"),
				encryptedSlots
			};
		}
		case "POST": try {
			const body = await readBodyWithLimit(request, bodySizeLimit);
			const raw = new TextDecoder().decode(body);
			const data = JSON.parse(raw);
			if (Object.hasOwn(data, "slots") && typeof data.slots === "object") return badRequest("Plaintext slots are not allowed. Slots must be encrypted.");
			if (Object.hasOwn(data, "componentExport") && typeof data.componentExport === "string") return badRequest("Plaintext componentExport is not allowed. componentExport must be encrypted.");
			return data;
		} catch (e) {
			if (e instanceof BodySizeLimitError) return new Response(null, {
				status: 413,
				statusText: e.message
			});
			if (e instanceof SyntaxError) return badRequest("Request format is invalid.");
			throw e;
		}
		default: return new Response(null, { status: 405 });
	}
}
function createEndpoint(manifest) {
	const page = async (result) => {
		const params = result.params;
		if (!params.name) return new Response(null, {
			status: 400,
			statusText: "Bad request"
		});
		const componentId = params.name;
		const data = await getRequestData(result.request, manifest.serverIslandBodySizeLimit);
		if (data instanceof Response) return data;
		let imp = (await (await manifest.serverIslandMappings?.())?.serverIslandMap)?.get(componentId);
		if (!imp) return new Response(null, {
			status: 404,
			statusText: "Not found"
		});
		const key = await manifest.key;
		let componentExport;
		try {
			componentExport = await decryptString(key, data.encryptedComponentExport, `export:${componentId}`);
		} catch (_e) {
			return badRequest("Encrypted componentExport value is invalid.");
		}
		const encryptedProps = data.encryptedProps;
		let props = {};
		if (encryptedProps !== "") try {
			const propString = await decryptString(key, encryptedProps, `props:${componentId}`);
			props = JSON.parse(propString);
		} catch (_e) {
			return badRequest("Encrypted props value is invalid.");
		}
		let decryptedSlots = {};
		const encryptedSlots = data.encryptedSlots;
		if (encryptedSlots !== "") try {
			const slotsString = await decryptString(key, encryptedSlots, `slots:${componentId}`);
			decryptedSlots = JSON.parse(slotsString);
		} catch (_e) {
			return badRequest("Encrypted slots value is invalid.");
		}
		let Component = (await imp())[componentExport];
		const slots = {};
		for (const prop in decryptedSlots) slots[prop] = createSlotValueFromString(decryptedSlots[prop]);
		result.response.headers.set("X-Robots-Tag", "noindex");
		if (isAstroComponentFactory(Component)) {
			const ServerIsland = Component;
			Component = function(...args) {
				return ServerIsland.apply(this, args);
			};
			Object.assign(Component, ServerIsland);
			Component.propagation = "self";
		}
		result._metadata.routeHasPropagation = true;
		const renderPropagatedHead = () => markHTMLString(result._metadata.extraHead.join(""));
		return renderTemplate`${renderPropagatedHead}${renderComponent(result, "Component", Component, props, slots)}`;
	};
	page.isAstroComponentFactory = true;
	return {
		default: page,
		partial: true
	};
}
// node_modules/astro/dist/template/4xx.js
function template({ title, pathname, statusCode = 404, tabTitle, body }) {
	return `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8">
		<title>${tabTitle}</title>
		<style>
			:root {
				--gray-10: hsl(258, 7%, 10%);
				--gray-20: hsl(258, 7%, 20%);
				--gray-30: hsl(258, 7%, 30%);
				--gray-40: hsl(258, 7%, 40%);
				--gray-50: hsl(258, 7%, 50%);
				--gray-60: hsl(258, 7%, 60%);
				--gray-70: hsl(258, 7%, 70%);
				--gray-80: hsl(258, 7%, 80%);
				--gray-90: hsl(258, 7%, 90%);
				--black: #13151A;
				--accent-light: #E0CCFA;
			}

			* {
				box-sizing: border-box;
			}

			html {
				background: var(--black);
				color-scheme: dark;
				accent-color: var(--accent-light);
			}

			body {
				background-color: var(--gray-10);
				color: var(--gray-80);
				font-family: ui-monospace, Menlo, Monaco, "Cascadia Mono", "Segoe UI Mono", "Roboto Mono", "Oxygen Mono", "Ubuntu Monospace", "Source Code Pro", "Fira Mono", "Droid Sans Mono", "Courier New", monospace;
				line-height: 1.5;
				margin: 0;
			}

			a {
				color: var(--accent-light);
			}

			.center {
				display: flex;
				flex-direction: column;
				justify-content: center;
				align-items: center;
				height: 100vh;
				width: 100vw;
			}

			h1 {
				margin-bottom: 8px;
				color: white;
				font-family: system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol";
				font-weight: 700;
				margin-top: 1rem;
				margin-bottom: 0;
			}

			.statusCode {
				color: var(--accent-light);
			}

			.astro-icon {
				height: 124px;
				width: 124px;
			}

			pre, code {
				padding: 2px 8px;
				background: rgba(0,0,0, 0.25);
				border: 1px solid rgba(255,255,255, 0.25);
				border-radius: 4px;
				font-size: 1.2em;
				margin-top: 0;
				max-width: 60em;
			}
		</style>
	</head>
	<body>
		<main class="center">
			<svg class="astro-icon" xmlns="http://www.w3.org/2000/svg" width="64" height="80" viewBox="0 0 64 80" fill="none"> <path d="M20.5253 67.6322C16.9291 64.3531 15.8793 57.4632 17.3776 52.4717C19.9755 55.6188 23.575 56.6157 27.3035 57.1784C33.0594 58.0468 38.7122 57.722 44.0592 55.0977C44.6709 54.7972 45.2362 54.3978 45.9045 53.9931C46.4062 55.4451 46.5368 56.9109 46.3616 58.4028C45.9355 62.0362 44.1228 64.8429 41.2397 66.9705C40.0868 67.8215 38.8669 68.5822 37.6762 69.3846C34.0181 71.8508 33.0285 74.7426 34.403 78.9491C34.4357 79.0516 34.4649 79.1541 34.5388 79.4042C32.6711 78.5705 31.3069 77.3565 30.2674 75.7604C29.1694 74.0757 28.6471 72.2121 28.6196 70.1957C28.6059 69.2144 28.6059 68.2244 28.4736 67.257C28.1506 64.8985 27.0406 63.8425 24.9496 63.7817C22.8036 63.7192 21.106 65.0426 20.6559 67.1268C20.6215 67.2865 20.5717 67.4446 20.5218 67.6304L20.5253 67.6322Z" fill="white"/> <path d="M20.5253 67.6322C16.9291 64.3531 15.8793 57.4632 17.3776 52.4717C19.9755 55.6188 23.575 56.6157 27.3035 57.1784C33.0594 58.0468 38.7122 57.722 44.0592 55.0977C44.6709 54.7972 45.2362 54.3978 45.9045 53.9931C46.4062 55.4451 46.5368 56.9109 46.3616 58.4028C45.9355 62.0362 44.1228 64.8429 41.2397 66.9705C40.0868 67.8215 38.8669 68.5822 37.6762 69.3846C34.0181 71.8508 33.0285 74.7426 34.403 78.9491C34.4357 79.0516 34.4649 79.1541 34.5388 79.4042C32.6711 78.5705 31.3069 77.3565 30.2674 75.7604C29.1694 74.0757 28.6471 72.2121 28.6196 70.1957C28.6059 69.2144 28.6059 68.2244 28.4736 67.257C28.1506 64.8985 27.0406 63.8425 24.9496 63.7817C22.8036 63.7192 21.106 65.0426 20.6559 67.1268C20.6215 67.2865 20.5717 67.4446 20.5218 67.6304L20.5253 67.6322Z" fill="url(#paint0_linear_738_686)"/> <path d="M0 51.6401C0 51.6401 10.6488 46.4654 21.3274 46.4654L29.3786 21.6102C29.6801 20.4082 30.5602 19.5913 31.5538 19.5913C32.5474 19.5913 33.4275 20.4082 33.7289 21.6102L41.7802 46.4654C54.4274 46.4654 63.1076 51.6401 63.1076 51.6401C63.1076 51.6401 45.0197 2.48776 44.9843 2.38914C44.4652 0.935933 43.5888 0 42.4073 0H20.7022C19.5206 0 18.6796 0.935933 18.1251 2.38914C18.086 2.4859 0 51.6401 0 51.6401Z" fill="white"/> <defs> <linearGradient id="paint0_linear_738_686" x1="31.554" y1="75.4423" x2="39.7462" y2="48.376" gradientUnits="userSpaceOnUse"> <stop stop-color="#D83333"/> <stop offset="1" stop-color="#F041FF"/> </linearGradient> </defs> </svg>
			<h1>${statusCode ? `<span class="statusCode">${statusCode}: </span> ` : ""}<span class="statusMessage">${title}</span></h1>
			${body || `
				<pre>Path: ${escape(pathname)}</pre>
			`}
			</main>
	</body>
</html>`;
}
// node_modules/astro/dist/core/routing/internal/astro-designed-error-pages.js
var DEFAULT_404_ROUTE = {
	component: DEFAULT_404_COMPONENT,
	params: [],
	pattern: /^\/404\/?$/,
	prerender: false,
	pathname: "/404",
	segments: [[{
		content: "404",
		dynamic: false,
		spread: false
	}]],
	type: "page",
	route: "/404",
	fallbackRoutes: [],
	isIndex: false,
	origin: "internal",
	distURL: []
};
async function default404Page({ pathname }) {
	return new Response(template({
		statusCode: 404,
		title: "Not found",
		tabTitle: "404: Not Found",
		pathname
	}), {
		status: 404,
		headers: { "Content-Type": "text/html" }
	});
}
default404Page.isAstroComponentFactory = true;
var default404Instance = { default: default404Page };
// node_modules/astro/dist/core/routing/default.js
function createDefaultRoutes(manifest) {
	const root = new URL(manifest.rootDir);
	return [{
		instance: default404Instance,
		matchesComponent: (filePath) => filePath.href === new URL(DEFAULT_404_COMPONENT, root).href,
		route: DEFAULT_404_ROUTE.route,
		component: DEFAULT_404_COMPONENT
	}, {
		instance: createEndpoint(manifest),
		matchesComponent: (filePath) => filePath.href === new URL(SERVER_ISLAND_COMPONENT, root).href,
		route: SERVER_ISLAND_ROUTE,
		component: SERVER_ISLAND_COMPONENT
	}];
}
var defaultRoutesMemo = createManifestMemo(createDefaultRoutes);
function getDefaultRoutes(manifest) {
	return defaultRoutesMemo.get(manifest);
}
// node_modules/astro/dist/i18n/path.js
function pathHasLocale(path, locales) {
	const segments = path.split("/").map(normalizeThePath);
	for (const segment of segments) for (const locale of locales) if (typeof locale === "string") {
		if (normalizeTheLocale(segment) === normalizeTheLocale(locale)) return true;
	} else if (segment === locale.path) return true;
	return false;
}
function normalizeTheLocale(locale) {
	return locale.replaceAll("_", "-").toLowerCase();
}
function normalizeThePath(path) {
	return path.endsWith(".html") ? path.slice(0, -5) : path;
}
// node_modules/astro/dist/i18n/error-routes.js
function isLocalizedErrorRoute(route, status, locales) {
	if (!locales) return false;
	const suffix = `/${status}`;
	if (!route.endsWith(suffix)) return false;
	const localeSegment = route.slice(0, -suffix.length);
	if (!localeSegment || localeSegment.includes("/", 1)) return false;
	return pathHasLocale(localeSegment, locales);
}
function getErrorRoutePath(pathname, status, routes, locales, appendTrailingSlash = false) {
	const suffix = appendTrailingSlash ? "/" : "";
	if (locales) {
		const firstSegment = pathname.split("/").find(Boolean);
		if (firstSegment && pathHasLocale(`/${firstSegment}`, locales)) {
			const localized = `/${firstSegment}/${status}`;
			if (routes.some((route) => route.route === localized)) return `${localized}${suffix}`;
		}
	}
	return `/${status}${suffix}`;
}
// node_modules/astro/dist/core/routing/helpers.js
function routeIsRedirect(route) {
	return route?.type === "redirect";
}
function routeIsFallback(route) {
	return route?.type === "fallback";
}
function getFallbackRoute(route, routeList) {
	const fallbackRoute = routeList.find((r) => {
		if (route.route === "/" && r.routeData.route === "/") return true;
		return r.routeData.fallbackRoutes.find((f) => {
			return f.route === route.route;
		});
	});
	if (!fallbackRoute) throw new Error(`No fallback route found for route ${route.route}`);
	return fallbackRoute.routeData;
}
function getCustom404Route(manifestData) {
	return manifestData.routes.find((r) => isRoute404(r.route));
}
function getCustom500Route(manifestData) {
	return manifestData.routes.find((r) => isRoute500(r.route));
}
function getDefaultStatusCode(manifest, routeData, pathname) {
	if (!routeData.pattern.test(pathname)) {
		for (const fallbackRoute of routeData.fallbackRoutes) if (fallbackRoute.pattern.test(pathname)) return 302;
	}
	const route = removeTrailingForwardSlash(routeData.route);
	const locales = manifest.i18n?.locales;
	if (isRoute404(route) || isLocalizedErrorRoute(route, 404, locales)) return 404;
	if (isRoute500(route) || isLocalizedErrorRoute(route, 500, locales)) return 500;
	return 200;
}
function routeHasHtmlExtension(route) {
	return route.segments.some((segment) => segment.some((part) => !part.dynamic && part.content.includes(".html")));
}
// node_modules/astro/dist/core/build/util.js
function shouldAppendForwardSlash(trailingSlash, buildFormat) {
	switch (trailingSlash) {
		case "always": return true;
		case "never": return false;
		case "ignore": switch (buildFormat) {
			case "directory": return true;
			case "preserve":
			case "file": return false;
		}
	}
}
// node_modules/astro/dist/core/request.js
function createRequest({ url, headers, method = "GET", body = void 0, logger, isPrerendered = false, routePattern, init }) {
	const headersObj = isPrerendered ? void 0 : headers instanceof Headers ? headers : new Headers(Object.entries(headers).filter(([name]) => !name.startsWith(":")));
	if (typeof url === "string") url = new URL(url);
	if (isPrerendered) url.search = "";
	const request = new Request(url, {
		method,
		headers: headersObj,
		body: isPrerendered ? null : body,
		...init
	});
	if (isPrerendered) {
		let _headers = request.headers;
		const { value, writable, ...headersDesc } = Object.getOwnPropertyDescriptor(request, "headers") || {};
		Object.defineProperty(request, "headers", {
			...headersDesc,
			get() {
				logger.warn(null, `\`Astro.request.headers\` was used when rendering the route \`${routePattern}'\`. \`Astro.request.headers\` is not available on prerendered pages. If you need access to request headers, make sure that the page is server-rendered using \`export const prerender = false;\` or by setting \`output\` to \`"server"\` in your Astro config to make all your pages server-rendered by default.`);
				return _headers;
			},
			set(newHeaders) {
				_headers = newHeaders;
			}
		});
	}
	return request;
}
// node_modules/astro/dist/core/util/pathname.js
var MultiLevelEncodingError = class extends Error {
	constructor() {
		super("URL encoding depth exceeded the maximum number of decode iterations");
		this.name = "MultiLevelEncodingError";
	}
};
var MAX_DECODE_ITERATIONS = 10;
function validateAndDecodePathname(pathname) {
	let decoded;
	try {
		decoded = decodeURI(pathname);
	} catch (_e) {
		throw new Error("Invalid URL encoding");
	}
	let iterations = 0;
	while (decoded !== pathname) {
		if (iterations >= MAX_DECODE_ITERATIONS) throw new MultiLevelEncodingError();
		pathname = decoded;
		try {
			decoded = decodeURI(pathname);
		} catch {
			break;
		}
		iterations++;
	}
	return decoded;
}
// node_modules/astro/dist/core/routing/rewrite.js
function findRouteToRewrite({ payload, routes, request, trailingSlash, buildFormat, base, outDir }) {
	let newUrl = void 0;
	if (payload instanceof URL) newUrl = payload;
	else if (payload instanceof Request) newUrl = new URL(payload.url);
	else newUrl = new URL(collapseDuplicateSlashes(payload), new URL(request.url).origin);
	const { pathname, resolvedUrlPathname } = normalizeRewritePathname(newUrl.pathname, base, trailingSlash, buildFormat);
	newUrl.pathname = resolvedUrlPathname;
	const decodedPathname = validateAndDecodePathname(pathname);
	if (isRoute404(decodedPathname)) {
		const errorRoute = routes.find((route) => route.route === "/404");
		if (errorRoute) return {
			routeData: errorRoute,
			newUrl,
			pathname: decodedPathname
		};
	}
	if (isRoute500(decodedPathname)) {
		const errorRoute = routes.find((route) => route.route === "/500");
		if (errorRoute) return {
			routeData: errorRoute,
			newUrl,
			pathname: decodedPathname
		};
	}
	let foundRoute;
	for (const route of routes) if (route.pattern.test(decodedPathname)) {
		if (route.params && route.params.length !== 0 && route.distURL && route.distURL.length !== 0) {
			if (!route.distURL.find((url) => url.href.replace(outDir.toString(), "").replace(/(?:\/index\.html|\.html)$/, "") === trimSlashes(pathname))) continue;
		}
		foundRoute = route;
		break;
	}
	if (foundRoute) return {
		routeData: foundRoute,
		newUrl,
		pathname: decodedPathname
	};
	else {
		const custom404 = routes.find((route) => route.route === "/404");
		if (custom404) return {
			routeData: custom404,
			newUrl,
			pathname
		};
		else return {
			routeData: DEFAULT_404_ROUTE,
			newUrl,
			pathname
		};
	}
}
function copyRequest(newUrl, oldRequest, isPrerendered, logger, routePattern) {
	const canHaveBody = oldRequest.method !== "GET" && oldRequest.method !== "HEAD";
	if (canHaveBody && oldRequest.bodyUsed) throw new AstroError(RewriteWithBodyUsed);
	return createRequest({
		url: newUrl,
		method: oldRequest.method,
		body: canHaveBody ? oldRequest.body : void 0,
		isPrerendered,
		logger,
		headers: isPrerendered ? {} : oldRequest.headers,
		routePattern,
		init: {
			referrer: oldRequest.referrer,
			referrerPolicy: oldRequest.referrerPolicy,
			mode: oldRequest.mode,
			credentials: oldRequest.credentials,
			cache: oldRequest.cache,
			redirect: oldRequest.redirect,
			integrity: oldRequest.integrity,
			signal: oldRequest.signal,
			keepalive: oldRequest.keepalive,
			duplex: "half"
		}
	});
}
function setOriginPathname(request, pathname, trailingSlash, buildFormat) {
	if (!pathname) pathname = "/";
	const shouldAppendSlash = shouldAppendForwardSlash(trailingSlash, buildFormat);
	let finalPathname;
	if (pathname === "/") finalPathname = "/";
	else if (shouldAppendSlash) finalPathname = appendForwardSlash(pathname);
	else finalPathname = removeTrailingForwardSlash(pathname);
	Reflect.set(request, originPathnameSymbol, encodeURIComponent(finalPathname));
}
function getOriginPathname(request) {
	const origin = Reflect.get(request, originPathnameSymbol);
	if (origin) return decodeURIComponent(origin);
	return new URL(request.url).pathname;
}
function normalizeRewritePathname(urlPathname, base, trailingSlash, buildFormat) {
	let pathname = collapseDuplicateSlashes(urlPathname);
	const shouldAppendSlash = shouldAppendForwardSlash(trailingSlash, buildFormat);
	if (base !== "/") {
		if (urlPathname === base || urlPathname === removeTrailingForwardSlash(base)) pathname = "/";
		else if (urlPathname.startsWith(base)) {
			pathname = shouldAppendSlash ? appendForwardSlash(urlPathname) : removeTrailingForwardSlash(urlPathname);
			pathname = pathname.slice(base.length);
		}
	}
	if (!pathname.startsWith("/") && shouldAppendSlash && urlPathname.endsWith("/")) pathname = prependForwardSlash(pathname);
	if (buildFormat === "file") pathname = pathname.replace(/\.html$/, "");
	let resolvedUrlPathname;
	if (base !== "/" && (pathname === "" || pathname === "/") && !shouldAppendSlash) resolvedUrlPathname = removeTrailingForwardSlash(base);
	else resolvedUrlPathname = joinPaths(...[base, pathname].filter(Boolean));
	return {
		pathname,
		resolvedUrlPathname
	};
}
// node_modules/astro/dist/core/build/plugins/util.js
var ASTRO_PAGE_KEY_SEPARATOR = "&";
function makePageDataKey(route, componentPath) {
	return route + ASTRO_PAGE_KEY_SEPARATOR + componentPath;
}
// node_modules/astro/dist/core/build/runtime.js
function getPageData(internals, route, component) {
	let pageData = internals.pagesByKeys.get(makePageDataKey(route, component));
	if (pageData) return pageData;
}
function cssOrder(a, b) {
	let depthA = a.depth, depthB = b.depth, orderA = a.order, orderB = b.order;
	if (orderA === -1 && orderB >= 0) return 1;
	else if (orderB === -1 && orderA >= 0) return -1;
	else if (orderA > orderB) return 1;
	else if (orderA < orderB) return -1;
	else if (depthA === -1) return -1;
	else if (depthB === -1) return 1;
	else return depthA > depthB ? -1 : 1;
}
function mergeInlineCss(acc, current) {
	const lastAdded = acc.at(acc.length - 1);
	const lastWasInline = lastAdded?.type === "inline";
	const currentIsInline = current?.type === "inline";
	if (lastWasInline && currentIsInline) {
		const currentHasImport = current.content.includes("@import");
		const lastHasImport = lastAdded.content.includes("@import");
		if (!currentHasImport && !lastHasImport) {
			const merged = {
				type: "inline",
				content: lastAdded.content + current.content
			};
			acc[acc.length - 1] = merged;
			return acc;
		}
	}
	acc.push(current);
	return acc;
}
// node_modules/astro/dist/core/build/environment.js
async function getModuleForRoute$1(manifest, route) {
	for (const defaultRoute of getDefaultRoutes(manifest)) if (route.component === defaultRoute.component) return { page: () => Promise.resolve(defaultRoute.instance) };
	let routeToProcess = route;
	if (routeIsRedirect(route)) {
		if (route.redirectRoute) routeToProcess = route.redirectRoute;
		else return RedirectSinglePageBuiltModule;
	} else if (routeIsFallback(route)) routeToProcess = getFallbackRoute(route, manifest.routes);
	if (manifest.pageMap) {
		const importComponentInstance = manifest.pageMap.get(routeToProcess.component);
		if (!importComponentInstance) throw new Error(`Unexpectedly unable to find a component instance for route ${route.route}`);
		return await importComponentInstance();
	} else if (manifest.pageModule) return manifest.pageModule;
	throw new Error("Astro couldn't find the correct page to render, probably because it wasn't correctly mapped for SSR usage. This is an internal error, please file an issue.");
}
async function getComponentByRoute$1(manifest, routeData) {
	return (await getModuleForRoute$1(manifest, routeData)).page();
}
function createBuildEnvironment() {
	let internals;
	let options;
	function getInternals() {
		if (!internals) throw new Error("No internals defined");
		return internals;
	}
	function getOptions() {
		if (!options) throw new Error("No options defined");
		return options;
	}
	function getSettings() {
		return getOptions().settings;
	}
	const resolveCache = /* @__PURE__ */ new Map();
	return {
		env: {
			name: "build",
			runtimeMode: "production",
			defaultStreaming: (manifest) => manifest.serverLike,
			async resolve(manifest, specifier) {
				if (resolveCache.has(specifier)) return resolveCache.get(specifier);
				const hashedFilePath = manifest.entryModules[specifier];
				if (typeof hashedFilePath !== "string" || hashedFilePath === "") {
					if (specifier === "astro:scripts/before-hydration.js") {
						resolveCache.set(specifier, "");
						return "";
					}
					throw new Error(`Cannot find the built path for ${specifier}`);
				}
				const assetLink = createAssetLink(hashedFilePath, manifest.base, manifest.assetsPrefix);
				resolveCache.set(specifier, assetLink);
				return assetLink;
			},
			headElements(manifest, routeData) {
				const { assetsPrefix, base } = manifest;
				const settings = getSettings();
				const buildInternals = getInternals();
				const links = /* @__PURE__ */ new Set();
				const pageBuildData = getPageData(buildInternals, routeData.route, routeData.component);
				const scripts = /* @__PURE__ */ new Set();
				const sortedCssAssets = pageBuildData?.styles.sort(cssOrder).map(({ sheet }) => sheet).reduce(mergeInlineCss, []);
				const styles = createStylesheetElementSet(sortedCssAssets ?? [], base, assetsPrefix);
				if (settings.scripts.some((script) => script.stage === "page")) {
					const hashedFilePath = buildInternals.entrySpecifierToBundleMap.get(PAGE_SCRIPT_ID);
					if (typeof hashedFilePath !== "string") throw new Error(`Cannot find the built path for ${PAGE_SCRIPT_ID}`);
					const src = createAssetLink(hashedFilePath, base, assetsPrefix);
					scripts.add({
						props: {
							type: "module",
							src
						},
						children: ""
					});
				}
				for (const script of settings.scripts) if (script.stage === "head-inline") scripts.add({
					props: {},
					children: script.content
				});
				return {
					scripts,
					styles,
					links
				};
			},
			componentMetadata() {},
			getComponentByRoute: getComponentByRoute$1,
			getModuleForRoute: getModuleForRoute$1,
			async tryRewrite(manifest, payload, request) {
				const { routeData, pathname, newUrl } = findRouteToRewrite({
					payload,
					request,
					routes: manifest.routes.map((r) => r.routeData),
					trailingSlash: manifest.trailingSlash,
					buildFormat: manifest.buildFormat,
					base: manifest.base,
					outDir: manifest.serverLike ? manifest.buildClientDir : manifest.outDir
				});
				return {
					routeData,
					componentInstance: await getComponentByRoute$1(manifest, routeData),
					newUrl,
					pathname
				};
			},
			getRenderers(manifest) {
				return manifest.renderers;
			},
			errorStrategy: "build",
			injectCspMetaTagsOnErrorPages: false,
			logRequest() {}
		},
		setInternals(value) {
			internals = value;
		},
		setOptions(value) {
			options = value;
		},
		getInternals,
		getOptions,
		getSettings
	};
}
// node_modules/astro/dist/core/app/validate-headers.js
function getFirstForwardedValue(multiValueHeader) {
	return multiValueHeader?.toString().split(",").map((e) => e.trim())[0];
}
function sanitizeHost(hostname) {
	if (!hostname) return void 0;
	if (/[/\\]/.test(hostname)) return void 0;
	return hostname;
}
function parseHost(host) {
	const parts = host.split(":");
	if (parts.length > 2) return void 0;
	return {
		hostname: parts[0],
		port: parts[1]
	};
}
function matchesAllowedDomains(hostname, protocol, port, allowedDomains) {
	const urlString = `${protocol}://${port ? `${hostname}:${port}` : hostname}`;
	if (!URL.canParse(urlString)) return false;
	const testUrl = new URL(urlString);
	return allowedDomains.some((pattern) => matchPattern(testUrl, pattern));
}
function validateHost(host, protocol, allowedDomains) {
	if (!host || host.length === 0) return void 0;
	if (!allowedDomains || allowedDomains.length === 0) return void 0;
	const sanitized = sanitizeHost(host);
	if (!sanitized) return void 0;
	const parsed = parseHost(sanitized);
	if (!parsed) return void 0;
	const { hostname, port } = parsed;
	if (matchesAllowedDomains(hostname, protocol, port, allowedDomains)) return sanitized;
}
function validateForwardedHeaders(forwardedProtocol, forwardedHost, forwardedPort, allowedDomains) {
	const result = {};
	if (forwardedProtocol) {
		if (allowedDomains && allowedDomains.length > 0) {
			if (allowedDomains.some((pattern) => pattern.protocol !== void 0)) try {
				const testUrl = new URL(`${forwardedProtocol}://example.com`);
				if (allowedDomains.some((pattern) => matchPattern(testUrl, { protocol: pattern.protocol }))) result.protocol = forwardedProtocol;
			} catch {}
			else if (/^https?$/.test(forwardedProtocol)) result.protocol = forwardedProtocol;
		}
	}
	if (forwardedPort && allowedDomains && allowedDomains.length > 0) {
		if (allowedDomains.some((pattern) => pattern.port !== void 0)) {
			if (allowedDomains.some((pattern) => pattern.port === forwardedPort)) result.port = forwardedPort;
		}
	}
	if (forwardedHost && forwardedHost.length > 0 && allowedDomains && allowedDomains.length > 0) {
		const protoForValidation = result.protocol || "https";
		const sanitized = sanitizeHost(forwardedHost);
		const parsed = sanitized ? parseHost(sanitized) : void 0;
		if (sanitized && parsed) {
			const { hostname, port: portFromHost } = parsed;
			if (matchesAllowedDomains(hostname, protoForValidation, result.port || portFromHost, allowedDomains)) result.host = sanitized;
		}
	}
	return result;
}
// node_modules/astro/dist/core/i18n/domain.js
function computePathnameFromDomain(request, url, i18n, base, trailingSlash, allowedDomains, logger, pathnameFromRequest) {
	let pathname = void 0;
	if (i18n && (i18n.strategy === "domains-prefix-always" || i18n.strategy === "domains-prefix-other-locales" || i18n.strategy === "domains-prefix-always-no-redirect")) {
		const validated = validateForwardedHeaders(getFirstForwardedValue(request.headers.get("X-Forwarded-Proto") ?? void 0), getFirstForwardedValue(request.headers.get("X-Forwarded-Host") ?? void 0), getFirstForwardedValue(request.headers.get("X-Forwarded-Port") ?? void 0), allowedDomains);
		const protocol = validated.protocol ? `${validated.protocol}:` : url.protocol;
		const requestHost = request.headers.get("Host") ?? void 0;
		const validatedRequestHost = allowedDomains?.length ? validateHost(requestHost, protocol.slice(0, -1), allowedDomains) : requestHost;
		let host = validated.host ?? validatedRequestHost;
		if (host && protocol) {
			host = host.split(":")[0];
			try {
				let locale;
				const hostAsUrl = new URL(`${protocol}//${host}`);
				for (const [domainKey, localeValue] of Object.entries(i18n.domainLookupTable)) {
					const domainKeyAsUrl = new URL(domainKey);
					if (hostAsUrl.host === domainKeyAsUrl.host && hostAsUrl.protocol === domainKeyAsUrl.protocol) {
						locale = localeValue;
						break;
					}
				}
				if (locale) {
					const requestPathname = pathnameFromRequest ?? stripRequestBase(url.pathname, base);
					pathname = prependForwardSlash(joinPaths(normalizeTheLocale(locale), requestPathname));
					if (trailingSlash === "always") pathname = appendForwardSlash(pathname);
					else if (trailingSlash === "never") pathname = removeTrailingForwardSlash(pathname);
					else if (url.pathname.endsWith("/")) pathname = appendForwardSlash(pathname);
				}
			} catch (e) {
				logger.error("router", `Astro tried to parse ${protocol}//${host} as an URL, but it threw a parsing error. Check the X-Forwarded-Host and X-Forwarded-Proto headers.`);
				logger.error("router", `Error: ${e}`);
			}
		}
	}
	return pathname;
}
// node_modules/astro/dist/core/cookies/cookies.js
var DELETED_EXPIRATION = /* @__PURE__ */ new Date(0);
var DELETED_VALUE = "deleted";
var responseSentSymbol = /* @__PURE__ */ Symbol.for("astro.responseSent");
var identity = (value) => value;
var AstroCookie = class {
	value;
	constructor(value) {
		this.value = value;
	}
	json() {
		if (this.value === void 0) throw new Error(`Cannot convert undefined to an object.`);
		return JSON.parse(this.value);
	}
	number() {
		return Number(this.value);
	}
	boolean() {
		if (this.value === "false") return false;
		if (this.value === "0") return false;
		return Boolean(this.value);
	}
};
var AstroCookies = class {
	#request;
	#requestValues;
	#outgoing;
	#consumed;
	#logger;
	constructor(request, logger) {
		this.#request = request;
		this.#requestValues = null;
		this.#outgoing = null;
		this.#consumed = false;
		this.#logger = logger;
	}
	/**
	* Astro.cookies.delete(key) is used to delete a cookie. Using this method will result
	* in a Set-Cookie header added to the response.
	* @param key The cookie to delete
	* @param options Options related to this deletion, such as the path of the cookie.
	*/
	delete(key, options) {
		this.#ensureOutgoingMap().set(key, [
			DELETED_VALUE,
			stringifySetCookie({
				...options,
				name: key,
				value: DELETED_VALUE,
				expires: DELETED_EXPIRATION,
				maxAge: void 0
			}),
			false
		]);
	}
	/**
	* Astro.cookies.get(key) is used to get a cookie value. The cookie value is read from the
	* request. If you have set a cookie via Astro.cookies.set(key, value), the value will be taken
	* from that set call, overriding any values already part of the request.
	* @param key The cookie to get.
	* @returns An object containing the cookie value as well as convenience methods for converting its value.
	*/
	get(key, options = void 0) {
		if (this.#outgoing?.has(key)) {
			let [serializedValue, , isSetValue] = this.#outgoing.get(key);
			if (isSetValue) return new AstroCookie(serializedValue);
			else return;
		}
		const decode = options?.decode ?? decodeURIComponent;
		const values = this.#ensureParsed();
		if (key in values) {
			const value = values[key];
			if (value) {
				let decodedValue;
				try {
					decodedValue = decode(value);
				} catch (_error) {
					decodedValue = value;
				}
				return new AstroCookie(decodedValue);
			}
		}
	}
	/**
	* Astro.cookies.has(key) returns a boolean indicating whether this cookie is either
	* part of the initial request or set via Astro.cookies.set(key)
	* @param key The cookie to check for.
	* @param _options This parameter is no longer used.
	* @returns
	*/
	has(key, _options) {
		if (this.#outgoing?.has(key)) {
			let [, , isSetValue] = this.#outgoing.get(key);
			return isSetValue;
		}
		return this.#ensureParsed()[key] !== void 0;
	}
	/**
	* Astro.cookies.set(key, value) is used to set a cookie's value. If provided
	* an object it will be stringified via JSON.stringify(value). Additionally you
	* can provide options customizing how this cookie will be set, such as setting httpOnly
	* in order to prevent the cookie from being read in client-side JavaScript.
	* @param key The name of the cookie to set.
	* @param value A value, either a string or other primitive or an object.
	* @param options Options for the cookie, such as the path and security settings.
	*/
	set(key, value, options) {
		if (this.#consumed) this.#logger.warn("SKIP_FORMAT", "Astro.cookies.set() was called after the cookies had already been sent to the browser.\nThis may have happened if this method was called in an imported component.\nPlease make sure that Astro.cookies.set() is only called in the frontmatter of the main page.");
		let serializedValue;
		if (typeof value === "string") serializedValue = value;
		else {
			let toStringValue = value.toString();
			if (toStringValue === Object.prototype.toString.call(value)) serializedValue = JSON.stringify(value);
			else serializedValue = toStringValue;
		}
		const { encode, ...attributes } = options ?? {};
		this.#ensureOutgoingMap().set(key, [
			serializedValue,
			stringifySetCookie({
				...attributes,
				name: key,
				value: serializedValue
			}, { encode }),
			true
		]);
		if (this.#request[responseSentSymbol]) throw new AstroError({ ...ResponseSentError });
	}
	/**
	* Merges a new AstroCookies instance into the current instance. Any new cookies
	* will be added to the current instance, overwriting any existing cookies with the same name.
	*/
	merge(cookies) {
		const outgoing = cookies.#outgoing;
		if (outgoing) for (const [key, value] of outgoing) this.#ensureOutgoingMap().set(key, value);
	}
	/**
	* Astro.cookies.header() returns an iterator for the cookies that have previously
	* been set by either Astro.cookies.set() or Astro.cookies.delete().
	* This method is primarily used by adapters to set the header on outgoing responses.
	* @returns
	*/
	*headers() {
		if (this.#outgoing == null) return;
		for (const [, value] of this.#outgoing) yield value[1];
	}
	/**
	* Marks the cookies as consumed and returns the header values.
	* After consumption, any subsequent `set()` calls will warn.
	*/
	consume() {
		this.#consumed = true;
		return this.headers();
	}
	/**
	* @deprecated Use the instance method `cookies.consume()` instead.
	* Kept for backward compatibility with adapters.
	*/
	static consume(cookies) {
		return cookies.consume();
	}
	#ensureParsed() {
		if (!this.#requestValues) this.#parse();
		if (!this.#requestValues) this.#requestValues = /* @__PURE__ */ Object.create(null);
		return this.#requestValues;
	}
	#ensureOutgoingMap() {
		if (!this.#outgoing) this.#outgoing = /* @__PURE__ */ new Map();
		return this.#outgoing;
	}
	#parse() {
		const raw = this.#request.headers.get("cookie");
		if (!raw) return;
		this.#requestValues = parseCookie(raw, { decode: identity });
	}
};
// node_modules/astro/dist/core/cookies/response.js
var astroCookiesSymbol = /* @__PURE__ */ Symbol.for("astro.cookies");
function attachCookiesToResponse(response, cookies) {
	Reflect.set(response, astroCookiesSymbol, cookies);
}
function getCookiesFromResponse(response) {
	let cookies = Reflect.get(response, astroCookiesSymbol);
	if (cookies != null) return cookies;
	else return;
}
function* getSetCookiesFromResponse(response) {
	const cookies = getCookiesFromResponse(response);
	if (!cookies) return [];
	for (const headerValue of cookies.consume()) yield headerValue;
	return [];
}
function getAmbientManifest() {
	const manifest$1 = manifest;
	if (!manifest$1) throw new AstroError(NoManifestAvailable);
	return manifest$1;
}
// node_modules/astro/dist/core/app/render-options.js
var renderOptionsSymbol = /* @__PURE__ */ Symbol.for("astro.renderOptions");
function getRenderOptions(request) {
	return Reflect.get(request, renderOptionsSymbol);
}
function setRenderOptions(request, options) {
	Reflect.set(request, renderOptionsSymbol, options);
}
// node_modules/astro/dist/core/middleware/defineMiddleware.js
function defineMiddleware(fn) {
	return fn;
}
// node_modules/astro/dist/core/app/origin-check.js
var FORM_CONTENT_TYPES = [
	"application/x-www-form-urlencoded",
	"multipart/form-data",
	"text/plain"
];
var SAFE_METHODS = [
	"GET",
	"HEAD",
	"OPTIONS"
];
function isForbiddenCrossOriginRequest(request, url, isPrerendered) {
	if (isPrerendered) return false;
	if (SAFE_METHODS.includes(request.method)) return false;
	const isSameOrigin = request.headers.get("origin") === url.origin;
	if (request.headers.has("content-type")) return hasFormLikeHeader(request.headers.get("content-type")) && !isSameOrigin;
	return !isSameOrigin;
}
function createCrossOriginForbiddenResponse(request) {
	return new Response(`Cross-site ${request.method} form submissions are forbidden`, { status: 403 });
}
function createOriginCheckMiddleware() {
	return defineMiddleware((context, next) => {
		const { request, url, isPrerendered } = context;
		if (isForbiddenCrossOriginRequest(request, url, isPrerendered)) return createCrossOriginForbiddenResponse(request);
		return next();
	});
}
function hasFormLikeHeader(contentType) {
	if (contentType) {
		for (const FORM_CONTENT_TYPE of FORM_CONTENT_TYPES) if (contentType.toLowerCase().includes(FORM_CONTENT_TYPE)) return true;
	}
	return false;
}
// node_modules/astro/dist/core/fetch/features.js
var FetchFeatures = {
	redirects: 1,
	sessions: 2,
	actions: 4,
	middleware: 8,
	i18n: 16,
	cache: 32
};
var ALL_FETCH_FEATURES = FetchFeatures.redirects | FetchFeatures.sessions | FetchFeatures.actions | FetchFeatures.middleware | FetchFeatures.i18n | FetchFeatures.cache;
var usedFeatures = /* @__PURE__ */ new WeakMap();
function markFeatureUsed(manifest, feature) {
	const entry = usedFeatures.get(manifest);
	if (entry) entry.bits |= feature;
	else usedFeatures.set(manifest, { bits: feature });
}
function getUsedFeatures(manifest) {
	return usedFeatures.get(manifest)?.bits ?? 0;
}
// node_modules/astro/dist/actions/consts.js
var ACTION_QUERY_PARAMS = {
	actionName: "_action",
	actionPayload: "_astroActionPayload"
};
// node_modules/astro/dist/actions/runtime/client.js
var codeToStatusMap = {
	BAD_REQUEST: 400,
	UNAUTHORIZED: 401,
	PAYMENT_REQUIRED: 402,
	FORBIDDEN: 403,
	NOT_FOUND: 404,
	METHOD_NOT_ALLOWED: 405,
	NOT_ACCEPTABLE: 406,
	PROXY_AUTHENTICATION_REQUIRED: 407,
	REQUEST_TIMEOUT: 408,
	CONFLICT: 409,
	GONE: 410,
	LENGTH_REQUIRED: 411,
	PRECONDITION_FAILED: 412,
	CONTENT_TOO_LARGE: 413,
	URI_TOO_LONG: 414,
	UNSUPPORTED_MEDIA_TYPE: 415,
	RANGE_NOT_SATISFIABLE: 416,
	EXPECTATION_FAILED: 417,
	MISDIRECTED_REQUEST: 421,
	UNPROCESSABLE_CONTENT: 422,
	LOCKED: 423,
	FAILED_DEPENDENCY: 424,
	TOO_EARLY: 425,
	UPGRADE_REQUIRED: 426,
	PRECONDITION_REQUIRED: 428,
	TOO_MANY_REQUESTS: 429,
	REQUEST_HEADER_FIELDS_TOO_LARGE: 431,
	UNAVAILABLE_FOR_LEGAL_REASONS: 451,
	INTERNAL_SERVER_ERROR: 500,
	NOT_IMPLEMENTED: 501,
	BAD_GATEWAY: 502,
	SERVICE_UNAVAILABLE: 503,
	GATEWAY_TIMEOUT: 504,
	HTTP_VERSION_NOT_SUPPORTED: 505,
	VARIANT_ALSO_NEGOTIATES: 506,
	INSUFFICIENT_STORAGE: 507,
	LOOP_DETECTED: 508,
	NETWORK_AUTHENTICATION_REQUIRED: 511
};
var statusToCodeMap = Object.fromEntries(Object.entries(codeToStatusMap).map(([key, value]) => [value, key]));
var ActionError = class ActionError extends Error {
	type = "AstroActionError";
	code = "INTERNAL_SERVER_ERROR";
	status = 500;
	constructor(params) {
		super(params.message);
		this.code = params.code;
		this.status = ActionError.codeToStatus(params.code);
		if (params.stack) this.stack = params.stack;
	}
	static codeToStatus(code) {
		return codeToStatusMap[code];
	}
	static statusToCode(status) {
		return statusToCodeMap[status] ?? "INTERNAL_SERVER_ERROR";
	}
	static fromJson(body) {
		if (isInputError(body)) return new ActionInputError(body.issues);
		if (isActionError(body)) return new ActionError(body);
		return new ActionError({ code: "INTERNAL_SERVER_ERROR" });
	}
};
function isActionError(error) {
	return typeof error === "object" && error != null && "type" in error && error.type === "AstroActionError";
}
function isInputError(error) {
	return typeof error === "object" && error != null && "type" in error && error.type === "AstroActionInputError" && "issues" in error && Array.isArray(error.issues);
}
var ActionInputError = class extends ActionError {
	type = "AstroActionInputError";
	issues;
	fields;
	constructor(issues) {
		super({
			message: `Failed to validate: ${JSON.stringify(issues, null, 2)}`,
			code: "BAD_REQUEST"
		});
		this.issues = issues;
		this.fields = {};
		for (const issue of issues) if (issue.path.length > 0) {
			const key = issue.path[0].toString();
			this.fields[key] ??= [];
			this.fields[key]?.push(issue.message);
		}
	}
};
function deserializeActionResult(res) {
	if (res.type === "error") {
		let json;
		try {
			json = JSON.parse(res.body);
		} catch {
			return {
				data: void 0,
				error: new ActionError({
					message: res.body,
					code: "INTERNAL_SERVER_ERROR"
				})
			};
		}
		if (Object.assign({
			"ASSETS_PREFIX": void 0,
			"BASE_URL": "/",
			"DEV": false,
			"MODE": "production",
			"PROD": true,
			"SITE": "https://foerderatlas.example.org",
			"SSR": true
		}, { _: "/usr/bin/npm" })?.PROD) return {
			error: ActionError.fromJson(json),
			data: void 0
		};
		else {
			const error = ActionError.fromJson(json);
			error.stack = actionResultErrorStack.get();
			return {
				error,
				data: void 0
			};
		}
	}
	if (res.type === "empty") return {
		data: void 0,
		error: void 0
	};
	return {
		data: parse(res.body, { URL: (href) => new URL(href) }),
		error: void 0
	};
}
var actionResultErrorStack = /* @__PURE__ */ (function actionResultErrorStackFn() {
	let errorStack;
	return {
		set(stack) {
			errorStack = stack;
		},
		get() {
			return errorStack;
		}
	};
})();
function getActionQueryString(name) {
	return `?${new URLSearchParams({ [ACTION_QUERY_PARAMS.actionName]: name }).toString()}`;
}
// node_modules/astro/dist/actions/utils.js
function hasActionPayload(locals) {
	return "_actionPayload" in locals;
}
function createGetActionResult(locals) {
	return (actionFn) => {
		if (!hasActionPayload(locals) || actionFn.toString() !== getActionQueryString(locals._actionPayload.actionName)) return;
		return deserializeActionResult(locals._actionPayload.actionResult);
	};
}
function createCallAction(context) {
	return (baseAction, input) => {
		Reflect.set(context, ACTION_API_CONTEXT_SYMBOL, true);
		return baseAction.bind(context)(input);
	};
}
// node_modules/astro/dist/core/environment/production.js
async function getModuleForRoute(manifest, route) {
	for (const defaultRoute of getDefaultRoutes(manifest)) if (route.component === defaultRoute.component) return { page: () => Promise.resolve(defaultRoute.instance) };
	let routeToProcess = route;
	if (routeIsRedirect(route)) {
		if (route.redirectRoute) routeToProcess = route.redirectRoute;
		else return RedirectSinglePageBuiltModule;
	} else if (routeIsFallback(route)) routeToProcess = getFallbackRoute(route, manifest.routes);
	if (manifest.pageMap) {
		const importComponentInstance = manifest.pageMap.get(routeToProcess.component);
		if (!importComponentInstance) throw new Error(`Unexpectedly unable to find a component instance for route ${route.route}`);
		return await importComponentInstance();
	} else if (manifest.pageModule) return manifest.pageModule;
	throw new Error("Astro couldn't find the correct page to render, probably because it wasn't correctly mapped for SSR usage. This is an internal error, please file an issue.");
}
async function getComponentByRoute(manifest, routeData) {
	return (await getModuleForRoute(manifest, routeData)).page();
}
var productionEnvironment = {
	name: "production",
	runtimeMode: "production",
	defaultStreaming: () => true,
	async resolve(manifest, specifier) {
		if (!(specifier in manifest.entryModules)) throw new Error(`Unable to resolve [${specifier}]`);
		const bundlePath = manifest.entryModules[specifier];
		if (bundlePath.startsWith("data:") || bundlePath.length === 0) return bundlePath;
		else return createAssetLink(bundlePath, manifest.base, manifest.assetsPrefix);
	},
	async headElements(manifest, routeData) {
		const { assetsPrefix, base } = manifest;
		const routeInfo = manifest.routes.find((route) => route.routeData.route === routeData.route);
		const links = /* @__PURE__ */ new Set();
		const scripts = /* @__PURE__ */ new Set();
		const styles = createStylesheetElementSet(routeInfo?.styles ?? [], base, assetsPrefix);
		for (const script of routeInfo?.scripts ?? []) if ("stage" in script) {
			if (script.stage === "head-inline") scripts.add({
				props: {},
				children: script.children
			});
		} else scripts.add(createModuleScriptElement(script, base, assetsPrefix));
		return {
			links,
			styles,
			scripts
		};
	},
	componentMetadata() {},
	getComponentByRoute,
	getModuleForRoute,
	async tryRewrite(manifest, payload, request) {
		const { newUrl, pathname, routeData } = findRouteToRewrite({
			payload,
			request,
			routes: manifest.routes.map((r) => r.routeData),
			trailingSlash: manifest.trailingSlash,
			buildFormat: manifest.buildFormat,
			base: manifest.base,
			outDir: manifest.serverLike ? manifest.buildClientDir : manifest.outDir
		});
		return {
			newUrl,
			pathname,
			componentInstance: await getComponentByRoute(manifest, routeData),
			routeData
		};
	},
	getRenderers(manifest) {
		return manifest.renderers;
	},
	errorStrategy: "default",
	injectCspMetaTagsOnErrorPages: false,
	logRequest() {}
};
// node_modules/astro/dist/core/environment/index.js
var environments = /* @__PURE__ */ new WeakMap();
function setEnvironment(manifest, env) {
	environments.set(manifest, env);
}
function getEnvironment(manifest) {
	return environments.get(manifest) ?? productionEnvironment;
}
// node_modules/astro/dist/core/logger/manifest-logger.js
var loggers = /* @__PURE__ */ new WeakMap();
function getLogger(manifest) {
	let logger = loggers.get(manifest);
	if (!logger) {
		logger = createConsoleLogger({ level: manifest.logLevel });
		loggers.set(manifest, logger);
	}
	return logger;
}
var resolvedLogger = createAsyncManifestMemo(async (manifest) => {
	const logger = getLogger(manifest);
	try {
		const destination = (await manifest.logger?.())?.default;
		if (destination) logger.setDestination(destination);
	} catch (error) {
		logger.error("config", "Failed to load the configured logger destination; continuing with the console logger.\n" + (error instanceof Error ? error.stack ?? error.message : String(error)));
	}
	return logger;
});
function getResolvedLogger(manifest) {
	return resolvedLogger.get(manifest);
}
// node_modules/astro/dist/core/routing/generator.js
function sanitizeParams(params) {
	return Object.fromEntries(Object.entries(params).map(([key, value]) => {
		if (typeof value === "string") return [key, value.normalize().replace(/#/g, "%23").replace(/\?/g, "%3F")];
		return [key, value];
	}));
}
function getParameter(part, params) {
	if (part.spread) return params[part.content.slice(3)] ?? "";
	if (part.dynamic) {
		if (params[part.content] === void 0) throw new TypeError(`Missing parameter: ${part.content}`);
		return params[part.content];
	}
	return part.content.normalize().replace(/\?/g, "%3F").replace(/#/g, "%23").replace(/%5B/g, "[").replace(/%5D/g, "]");
}
function getSegment(segment, params) {
	const segmentPath = segment.map((part) => getParameter(part, params)).join("");
	return segmentPath ? collapseDuplicateLeadingSlashes("/" + segmentPath) : "";
}
function getRouteGenerator(segments, addTrailingSlash) {
	return (params) => {
		const sanitizedParams = sanitizeParams(params);
		let trailing = "";
		if (addTrailingSlash === "always" && segments.length) trailing = "/";
		return segments.map((segment) => getSegment(segment, sanitizedParams)).join("") + trailing || "/";
	};
}
// node_modules/astro/dist/core/routing/internal/validation.js
var VALID_PARAM_TYPES = ["string", "undefined"];
function validateGetStaticPathsParameter([key, value], route) {
	if (!VALID_PARAM_TYPES.includes(typeof value)) throw new AstroError({
		...GetStaticPathsInvalidRouteParam,
		message: GetStaticPathsInvalidRouteParam.message(key, value, typeof value),
		location: { file: route }
	});
}
// node_modules/astro/dist/core/routing/params.js
function stringifyParams(params, route, trailingSlash) {
	if (route.type === "endpoint" && hasFileExtension(route.route)) trailingSlash = "never";
	const validatedParams = {};
	for (const [key, value] of Object.entries(params)) {
		validateGetStaticPathsParameter([key, value], route.component);
		if (value !== void 0) validatedParams[key] = trimSlashes(value);
	}
	return getRouteGenerator(route.segments, trailingSlash)(validatedParams);
}
// node_modules/astro/dist/core/routing/validation.js
function validateDynamicRouteModule(mod, { ssr, route }) {
	if ((!ssr || route.prerender) && route.origin !== "internal" && !mod.getStaticPaths) throw new AstroError({
		...GetStaticPathsRequired,
		location: { file: route.component }
	});
}
function validateGetStaticPathsResult(result, route) {
	if (!Array.isArray(result)) throw new AstroError({
		...InvalidGetStaticPathsReturn,
		message: InvalidGetStaticPathsReturn.message(typeof result),
		location: { file: route.component }
	});
	result.forEach((pathObject) => {
		if (typeof pathObject === "object" && Array.isArray(pathObject) || pathObject === null) throw new AstroError({
			...InvalidGetStaticPathsEntry,
			message: InvalidGetStaticPathsEntry.message(Array.isArray(pathObject) ? "array" : typeof pathObject)
		});
		if (pathObject.params === void 0 || pathObject.params === null || pathObject.params && Object.keys(pathObject.params).length === 0) throw new AstroError({
			...GetStaticPathsExpectedParams,
			location: { file: route.component }
		});
	});
}
// node_modules/astro/dist/core/render/paginate.js
function generatePaginateFunction(routeMatch, base, trailingSlash) {
	return function paginateUtility(data, args = {}) {
		const generate = getRouteGenerator(routeMatch.segments, trailingSlash);
		let { pageSize: _pageSize, params: _params, props: _props, format: _format } = args;
		const pageSize = _pageSize || 10;
		const paramName = "page";
		const additionalParams = _params || {};
		const additionalProps = _props || {};
		const formatUrl = _format || ((url) => url);
		let includesFirstPageNumber;
		if (routeMatch.params.includes(`...${paramName}`)) includesFirstPageNumber = false;
		else if (routeMatch.params.includes(`${paramName}`)) includesFirstPageNumber = true;
		else throw new AstroError({
			...PageNumberParamNotFound,
			message: PageNumberParamNotFound.message(paramName)
		});
		const lastPage = Math.max(1, Math.ceil(data.length / pageSize));
		return [...Array(lastPage).keys()].map((num) => {
			const pageNum = num + 1;
			const start = pageSize === Number.POSITIVE_INFINITY ? 0 : (pageNum - 1) * pageSize;
			const end = Math.min(start + pageSize, data.length);
			const params = {
				...additionalParams,
				[paramName]: includesFirstPageNumber || pageNum > 1 ? String(pageNum) : void 0
			};
			const current = formatUrl(addRouteBase(generate({ ...params }), base));
			const next = pageNum === lastPage ? void 0 : formatUrl(addRouteBase(generate({
				...params,
				page: String(pageNum + 1)
			}), base));
			const prev = pageNum === 1 ? void 0 : formatUrl(addRouteBase(generate({
				...params,
				page: !includesFirstPageNumber && pageNum - 1 === 1 ? void 0 : String(pageNum - 1)
			}), base));
			const first = pageNum === 1 ? void 0 : formatUrl(addRouteBase(generate({
				...params,
				page: includesFirstPageNumber ? "1" : void 0
			}), base));
			const last = pageNum === lastPage ? void 0 : formatUrl(addRouteBase(generate({
				...params,
				page: String(lastPage)
			}), base));
			return {
				params,
				props: {
					...additionalProps,
					page: {
						data: data.slice(start, end),
						start,
						end: end - 1,
						size: pageSize,
						total: data.length,
						currentPage: pageNum,
						lastPage,
						url: {
							current,
							next,
							prev,
							first,
							last
						}
					}
				}
			};
		});
	};
}
function addRouteBase(route, base) {
	let routeWithBase = joinPaths(base, route);
	if (routeWithBase === "") routeWithBase = "/";
	return routeWithBase;
}
// node_modules/astro/dist/core/render/route-cache.js
async function callGetStaticPaths({ mod, route, routeCache, ssr, base, trailingSlash }) {
	const cached = routeCache.get(route);
	if (!mod) throw new Error("This is an error caused by Astro and not your code. Please file an issue.");
	if (cached?.staticPaths && cached.mod === mod) return cached.staticPaths;
	validateDynamicRouteModule(mod, {
		ssr,
		route
	});
	if (ssr && !route.prerender || route.origin === "internal") {
		const entry = Object.assign([], { keyed: /* @__PURE__ */ new Map() });
		routeCache.set(route, {
			...cached,
			mod,
			staticPaths: entry
		});
		return entry;
	}
	let staticPaths = [];
	if (!mod.getStaticPaths) throw new Error("Unexpected Error.");
	staticPaths = await mod.getStaticPaths({
		paginate: generatePaginateFunction(route, base, trailingSlash),
		routePattern: route.route
	});
	validateGetStaticPathsResult(staticPaths, route);
	const keyedStaticPaths = staticPaths;
	keyedStaticPaths.keyed = /* @__PURE__ */ new Map();
	for (const sp of keyedStaticPaths) {
		const paramsKey = stringifyParams(sp.params, route, trailingSlash);
		keyedStaticPaths.keyed.set(paramsKey, sp);
	}
	routeCache.set(route, {
		...cached,
		mod,
		staticPaths: keyedStaticPaths
	});
	return keyedStaticPaths;
}
var RouteCache = class {
	logger;
	cache = {};
	runtimeMode;
	constructor(logger, runtimeMode = "production") {
		this.logger = logger;
		this.runtimeMode = runtimeMode;
	}
	/** Clear the cache. */
	clearAll() {
		this.cache = {};
	}
	set(route, entry) {
		const key = this.key(route);
		if (this.runtimeMode === "production" && this.cache[key]?.staticPaths) this.logger.warn(null, `Internal Warning: route cache overwritten. (${key})`);
		this.cache[key] = entry;
	}
	get(route) {
		return this.cache[this.key(route)];
	}
	key(route) {
		return `${route.route}_${route.component}`;
	}
};
var routeCaches = createManifestMemo((manifest) => new RouteCache(getLogger(manifest), getEnvironment(manifest).runtimeMode));
function getRouteCache(manifest) {
	return routeCaches.get(manifest);
}
function findPathItemByKey(staticPaths, params, route, logger, trailingSlash) {
	const paramsKey = stringifyParams(params, route, trailingSlash);
	const matchedStaticPath = staticPaths.keyed.get(paramsKey);
	if (matchedStaticPath) return matchedStaticPath;
	logger.debug("router", `findPathItemByKey() - Unexpected cache miss looking for ${paramsKey}`);
}
// node_modules/astro/dist/core/render/params-and-props.js
async function getProps(opts) {
	const { logger, mod, routeData: route, routeCache, pathname, serverLike, base, trailingSlash } = opts;
	if (!route || route.pathname) return {};
	if (routeIsRedirect(route) || routeIsFallback(route) || route.component === "astro-default-404.astro") return {};
	const staticPaths = await callGetStaticPaths({
		mod,
		route,
		routeCache,
		ssr: serverLike,
		base,
		trailingSlash
	});
	const params = getParams(route, pathname);
	const matchedStaticPath = findPathItemByKey(staticPaths, params, route, logger, trailingSlash);
	if (!matchedStaticPath && route.origin !== "internal" && (serverLike ? route.prerender : true)) throw new AstroError({
		...NoMatchingStaticPathFound,
		message: NoMatchingStaticPathFound.message(pathname),
		hint: NoMatchingStaticPathFound.hint([route.component])
	});
	if (mod) validatePrerenderEndpointCollision(route, mod, params);
	return matchedStaticPath?.props ? { ...matchedStaticPath.props } : {};
}
function getParams(route, pathname) {
	if (!route.params.length) return {};
	const hasHtmlSuffix = pathname.endsWith(".html") && !routeHasHtmlExtension(route);
	const path = hasHtmlSuffix && route.type === "page" ? pathname.slice(0, -5) : pathname;
	const allPatterns = [route, ...route.fallbackRoutes].map((r) => r.pattern);
	let paramsMatch = allPatterns.map((pattern) => pattern.exec(path)).find((x) => x);
	if (!paramsMatch && hasHtmlSuffix && route.type !== "page") {
		const strippedPath = pathname.endsWith("/index.html") ? pathname.slice(0, -11) || "/" : pathname.slice(0, -5);
		paramsMatch = allPatterns.map((pattern) => pattern.exec(strippedPath)).find((x) => x);
	}
	if (!paramsMatch) return {};
	const params = {};
	route.params.forEach((key, i) => {
		if (key.startsWith("...")) params[key.slice(3)] = paramsMatch[i + 1] ? paramsMatch[i + 1] : void 0;
		else params[key] = paramsMatch[i + 1];
	});
	return params;
}
function validatePrerenderEndpointCollision(route, mod, params) {
	if (route.type === "endpoint" && mod.getStaticPaths) {
		const lastSegment = route.segments[route.segments.length - 1];
		const paramValues = Object.values(params);
		const lastParam = paramValues[paramValues.length - 1];
		if (lastSegment.length === 1 && lastSegment[0].dynamic && lastParam === void 0) throw new AstroError({
			...PrerenderDynamicEndpointPathCollide,
			message: PrerenderDynamicEndpointPathCollide.message(route.route),
			hint: PrerenderDynamicEndpointPathCollide.hint(route.component),
			location: { file: route.component }
		});
	}
}
// node_modules/astro/dist/core/render/slots.js
function getFunctionExpression(slot) {
	if (!slot) return;
	const expressions = slot?.expressions?.filter((e) => isRenderInstruction(e) === false || isRenderTemplateResult(e));
	if (expressions?.length !== 1) return;
	const expression = expressions[0];
	if (isRenderTemplateResult(expression)) return getFunctionExpression(expression);
	return expression;
}
var Slots = class {
	#result;
	#slots;
	#logger;
	constructor(result, slots, logger) {
		this.#result = result;
		this.#slots = slots;
		this.#logger = logger;
		if (slots) for (const key of Object.keys(slots)) {
			if (this[key] !== void 0) throw new AstroError({
				...ReservedSlotName,
				message: ReservedSlotName.message(key)
			});
			Object.defineProperty(this, key, {
				get() {
					return true;
				},
				enumerable: true
			});
		}
	}
	has(name) {
		if (!this.#slots) return false;
		return Boolean(this.#slots[name]);
	}
	async render(name, args = []) {
		if (!this.#slots || !this.has(name)) return;
		const result = this.#result;
		if (!Array.isArray(args)) this.#logger.warn(null, `Expected second parameter to be an array, received a ${typeof args}. If you're trying to pass an array as a single argument and getting unexpected results, make sure you're passing your array as an item of an array. Ex: Astro.slots.render('default', [["Hello", "World"]])`);
		else if (args.length > 0) {
			const slotValue = this.#slots[name];
			const component = typeof slotValue === "function" ? await slotValue(result) : await slotValue;
			const expression = getFunctionExpression(component);
			if (expression) {
				const slot = async () => typeof expression === "function" ? expression(...args) : expression;
				return await renderSlotToString(result, slot).then((res) => {
					return res;
				});
			}
			if (typeof component === "function") return await renderJSX(result, component(...args)).then((res) => res != null ? String(res) : res);
		}
		const content = await renderSlotToString(result, this.#slots[name]);
		return chunkToString(result, content);
	}
};
// node_modules/astro/dist/i18n/fallback.js
function computeFallbackRoute(options) {
	const { pathname, responseStatus, fallback, fallbackType, locales, defaultLocale, strategy } = options;
	if (responseStatus !== 404) return { type: "none" };
	if (!fallback || Object.keys(fallback).length === 0) return { type: "none" };
	const segments = pathname.split("/");
	const urlLocale = segments.find((segment) => {
		for (const locale of locales) if (typeof locale === "string") {
			if (locale === segment) return true;
		} else if (locale.path === segment) return true;
		return false;
	});
	if (!urlLocale) return { type: "none" };
	if (!Object.keys(fallback).includes(urlLocale)) return { type: "none" };
	const fallbackLocale = fallback[urlLocale];
	const pathFallbackLocale = getPathByLocale(fallbackLocale, locales);
	const localeIndex = segments.indexOf(urlLocale);
	let newPathname;
	if (pathFallbackLocale === defaultLocale && strategy === "pathname-prefix-other-locales") {
		segments.splice(localeIndex, 1);
		newPathname = segments.join("/") || "/";
	} else {
		segments[localeIndex] = pathFallbackLocale;
		newPathname = segments.join("/");
	}
	return {
		type: fallbackType,
		pathname: newPathname
	};
}
// node_modules/astro/dist/i18n/router.js
var I18nRouter = class {
	#strategy;
	#defaultLocale;
	#locales;
	#base;
	#domains;
	constructor(options) {
		this.#strategy = options.strategy;
		this.#defaultLocale = options.defaultLocale;
		this.#locales = options.locales;
		this.#base = options.base === "/" ? "/" : removeTrailingForwardSlash(options.base || "");
		this.#domains = options.domains;
	}
	/**
	* Evaluate routing strategy for a pathname.
	* Returns decision object (not HTTP Response).
	*/
	match(pathname, context) {
		if (this.shouldSkipProcessing(pathname, context)) return { type: "continue" };
		switch (this.#strategy) {
			case "manual": return { type: "continue" };
			case "pathname-prefix-always": return this.matchPrefixAlways(pathname, context);
			case "domains-prefix-always":
				if (this.localeHasntDomain(context.currentLocale, context.currentDomain)) return { type: "continue" };
				return this.matchPrefixAlways(pathname, context);
			case "pathname-prefix-other-locales": return this.matchPrefixOtherLocales(pathname, context);
			case "domains-prefix-other-locales":
				if (this.localeHasntDomain(context.currentLocale, context.currentDomain)) return { type: "continue" };
				return this.matchPrefixOtherLocales(pathname, context);
			case "pathname-prefix-always-no-redirect": return this.matchPrefixAlwaysNoRedirect(pathname, context);
			case "domains-prefix-always-no-redirect":
				if (this.localeHasntDomain(context.currentLocale, context.currentDomain)) return { type: "continue" };
				return this.matchPrefixAlwaysNoRedirect(pathname, context);
			default: return { type: "continue" };
		}
	}
	/**
	* Check if i18n processing should be skipped for this request
	*/
	shouldSkipProcessing(pathname, context) {
		if (pathname.includes("/404") || pathname.includes("/500")) return true;
		if (pathname.includes("/_server-islands/")) return true;
		if (context.isReroute) return true;
		if (context.routeType && context.routeType !== "page" && context.routeType !== "fallback") return true;
		return false;
	}
	/**
	* Strategy: pathname-prefix-always
	* All locales must have a prefix, including the default locale.
	*/
	matchPrefixAlways(pathname, _context) {
		if (pathname === this.#base + "/" || pathname === this.#base) return {
			type: "redirect",
			location: `${this.#base === "/" ? "" : this.#base}/${this.#defaultLocale}`
		};
		if (!pathHasLocale(pathname, this.#locales)) return { type: "notFound" };
		return { type: "continue" };
	}
	/**
	* Strategy: pathname-prefix-other-locales
	* Default locale has no prefix, other locales must have a prefix.
	*/
	matchPrefixOtherLocales(pathname, _context) {
		let pathnameContainsDefaultLocale = false;
		for (const segment of pathname.split("/")) if (normalizeTheLocale(segment) === normalizeTheLocale(this.#defaultLocale)) {
			pathnameContainsDefaultLocale = true;
			break;
		}
		if (pathnameContainsDefaultLocale) return {
			type: "notFound",
			location: pathname.replace(`/${this.#defaultLocale}`, "")
		};
		return { type: "continue" };
	}
	/**
	* Strategy: pathname-prefix-always-no-redirect
	* Like prefix-always but allows root to serve instead of redirecting
	*/
	matchPrefixAlwaysNoRedirect(pathname, _context) {
		if (pathname === this.#base + "/" || pathname === this.#base) return { type: "continue" };
		if (!pathHasLocale(pathname, this.#locales)) return { type: "notFound" };
		return { type: "continue" };
	}
	/**
	* Check if the current locale doesn't belong to the configured domain.
	* Used for domain-based routing strategies.
	*/
	localeHasntDomain(currentLocale, currentDomain) {
		if (!this.#domains || !currentDomain) return false;
		if (!currentLocale) return false;
		const localesForDomain = this.#domains[currentDomain];
		if (!localesForDomain) return true;
		return !localesForDomain.includes(currentLocale);
	}
};
// node_modules/astro/dist/core/i18n/handler.js
function compileI18n(i18n, base, trailingSlash, format) {
	return {
		config: i18n,
		base,
		trailingSlash,
		format,
		router: new I18nRouter({
			strategy: i18n.strategy,
			defaultLocale: i18n.defaultLocale,
			locales: i18n.locales,
			base,
			domains: i18n.domainLookupTable ? Object.keys(i18n.domainLookupTable).reduce((acc, domain) => {
				const locale = i18n.domainLookupTable[domain];
				if (!acc[domain]) acc[domain] = [];
				acc[domain].push(locale);
				return acc;
			}, {}) : void 0
		})
	};
}
var i18nMemo = createManifestMemo((manifest) => {
	const config = manifest.i18n;
	return config && config.strategy !== "manual" ? compileI18n(config, manifest.base, manifest.trailingSlash, manifest.buildFormat) : null;
});
function getI18n(manifest) {
	return i18nMemo.get(manifest);
}
async function finalizeI18n(compiled, state, response) {
	markFeatureUsed(state.manifest, FetchFeatures.i18n);
	const i18n = compiled.config;
	if (state.skipErrorReroute && typeof i18n.fallback === "undefined") return response;
	if (state.responseRouteType !== "page" && state.responseRouteType !== "fallback") return response;
	const url = state.url;
	const currentLocale = state.computeCurrentLocale();
	const isPrerendered = state.routeData.prerender;
	const routerContext = {
		currentLocale,
		currentDomain: url.hostname,
		routeType: state.responseRouteType,
		isReroute: false
	};
	const routeDecision = compiled.router.match(url.pathname, routerContext);
	switch (routeDecision.type) {
		case "redirect": {
			let location = routeDecision.location;
			if (shouldAppendForwardSlash(compiled.trailingSlash, compiled.format)) location = appendForwardSlash(location);
			return new Response(null, {
				status: routeDecision.status ?? 302,
				headers: { Location: location }
			});
		}
		case "notFound": {
			if (isPrerendered) {
				const prerenderedRes = new Response(response.body, {
					status: 404,
					headers: response.headers
				});
				state.skipErrorReroute = true;
				if (routeDecision.location) prerenderedRes.headers.set("Location", routeDecision.location);
				return prerenderedRes;
			}
			const headers = new Headers();
			if (routeDecision.location) headers.set("Location", routeDecision.location);
			return new Response(null, {
				status: 404,
				headers
			});
		}
	}
	if (i18n.fallback && i18n.fallbackType) {
		const effectiveStatus = state.responseRouteType === "fallback" ? 404 : response.status;
		const fallbackDecision = computeFallbackRoute({
			pathname: url.pathname,
			responseStatus: effectiveStatus,
			currentLocale,
			fallback: i18n.fallback,
			fallbackType: i18n.fallbackType,
			locales: i18n.locales,
			defaultLocale: i18n.defaultLocale,
			strategy: i18n.strategy,
			base: compiled.base
		});
		switch (fallbackDecision.type) {
			case "redirect": return new Response(null, {
				status: 302,
				headers: { Location: fallbackDecision.pathname + url.search }
			});
			case "rewrite": try {
				return await state.rewrite(fallbackDecision.pathname + url.search);
			} catch {
				break;
			}
		}
	}
	return response;
}
// node_modules/astro/dist/i18n/index.js
function getPathByLocale(locale, locales) {
	for (const loopLocale of locales) if (typeof loopLocale === "string") {
		if (loopLocale === locale) return loopLocale;
	} else for (const code of loopLocale.codes) if (code === locale) return loopLocale.path;
	throw new AstroError(i18nNoLocaleFoundInPath);
}
function getAllCodes(locales) {
	const result = [];
	for (const loopLocale of locales) if (typeof loopLocale === "string") result.push(loopLocale);
	else result.push(...loopLocale.codes);
	return result;
}
// node_modules/astro/dist/i18n/utils.js
function parseLocale(header) {
	if (header === "*") return [{
		locale: header,
		qualityValue: void 0
	}];
	const result = [];
	const localeValues = header.split(",").map((str) => str.trim());
	for (const localeValue of localeValues) {
		const split = localeValue.split(";").map((str) => str.trim());
		const localeName = split[0];
		const qualityValue = split[1];
		if (!split) continue;
		if (qualityValue && qualityValue.startsWith("q=")) {
			const qualityValueAsFloat = Number.parseFloat(qualityValue.slice(2));
			if (Number.isNaN(qualityValueAsFloat) || qualityValueAsFloat > 1) result.push({
				locale: localeName,
				qualityValue: void 0
			});
			else result.push({
				locale: localeName,
				qualityValue: qualityValueAsFloat
			});
		} else result.push({
			locale: localeName,
			qualityValue: void 0
		});
	}
	return result;
}
function sortAndFilterLocales(browserLocaleList, locales) {
	const normalizedLocales = getAllCodes(locales).map(normalizeTheLocale);
	return browserLocaleList.filter((browserLocale) => {
		if (browserLocale.locale !== "*") return normalizedLocales.includes(normalizeTheLocale(browserLocale.locale));
		return true;
	}).sort((a, b) => {
		const qa = a.locale === "*" ? a.qualityValue ?? 0 : a.qualityValue ?? 1;
		return (b.locale === "*" ? b.qualityValue ?? 0 : b.qualityValue ?? 1) - qa;
	});
}
function computePreferredLocale(request, locales) {
	const acceptHeader = request.headers.get("Accept-Language");
	let result = void 0;
	if (acceptHeader) {
		const firstResult = sortAndFilterLocales(parseLocale(acceptHeader), locales).at(0);
		if (firstResult && firstResult.locale !== "*") {
			outer: for (const currentLocale of locales) if (typeof currentLocale === "string") {
				if (normalizeTheLocale(currentLocale) === normalizeTheLocale(firstResult.locale)) {
					result = currentLocale;
					break;
				}
			} else for (const currentCode of currentLocale.codes) if (normalizeTheLocale(currentCode) === normalizeTheLocale(firstResult.locale)) {
				result = currentCode;
				break outer;
			}
		}
	}
	return result;
}
function computePreferredLocaleList(request, locales) {
	const acceptHeader = request.headers.get("Accept-Language");
	let result = [];
	if (acceptHeader) {
		const browserLocaleList = sortAndFilterLocales(parseLocale(acceptHeader), locales);
		if (browserLocaleList.length === 1 && browserLocaleList.at(0).locale === "*") return getAllCodes(locales);
		else if (browserLocaleList.length > 0) {
			for (const browserLocale of browserLocaleList) for (const loopLocale of locales) if (typeof loopLocale === "string") {
				if (normalizeTheLocale(loopLocale) === normalizeTheLocale(browserLocale.locale)) result.push(loopLocale);
			} else for (const code of loopLocale.codes) if (normalizeTheLocale(code) === normalizeTheLocale(browserLocale.locale)) result.push(code);
		}
	}
	return result;
}
function computeCurrentLocale(pathname, locales, defaultLocale) {
	for (const segment of pathname.split("/").map(normalizeThePath)) for (const locale of locales) if (typeof locale === "string") {
		if (!segment.includes(locale)) continue;
		if (normalizeTheLocale(locale) === normalizeTheLocale(segment)) return locale;
	} else if (locale.path === segment) return locale.codes.at(0);
	else for (const code of locale.codes) if (normalizeTheLocale(code) === normalizeTheLocale(segment)) return code;
	for (const locale of locales) if (typeof locale === "string") {
		if (locale === defaultLocale) return locale;
	} else if (locale.path === defaultLocale) return locale.codes.at(0);
}
function computeCurrentLocaleFromParams(params, locales) {
	const byNormalizedCode = /* @__PURE__ */ new Map();
	const byPath = /* @__PURE__ */ new Map();
	for (const locale of locales) if (typeof locale === "string") byNormalizedCode.set(normalizeTheLocale(locale), locale);
	else {
		byPath.set(locale.path, locale.codes[0]);
		for (const code of locale.codes) byNormalizedCode.set(normalizeTheLocale(code), code);
	}
	for (const value of Object.values(params)) {
		if (!value) continue;
		const pathMatch = byPath.get(value);
		if (pathMatch) return pathMatch;
		const codeMatch = byNormalizedCode.get(normalizeTheLocale(value));
		if (codeMatch) return codeMatch;
	}
}
// node_modules/astro/dist/core/app/prepare-response.js
function prepareResponse(response, { addCookieHeader }) {
	if (addCookieHeader) for (const setCookieHeaderValue of getSetCookiesFromResponse(response)) response.headers.append("set-cookie", setCookieHeaderValue);
	Reflect.set(response, responseSentSymbol$1, true);
}
// node_modules/astro/dist/core/pages/handler.js
var EMPTY_SLOTS = Object.freeze({});
async function handlePages(state, ctx) {
	const { logger, streaming } = state;
	state.resetResponseMetadata();
	let response;
	const componentInstance = await state.loadComponentInstance();
	switch (state.routeData.type) {
		case "endpoint":
			response = await renderEndpoint(componentInstance, ctx, state.routeData.prerender, logger, state);
			break;
		case "page": {
			const props = await state.getProps();
			const actionApiContext = state.getActionAPIContext();
			const result = await state.createResult(componentInstance, actionApiContext);
			try {
				response = await renderPage(result, componentInstance?.default, props, state.slots ?? EMPTY_SLOTS, streaming, state.routeData);
			} catch (e) {
				result.cancelled = true;
				throw e;
			}
			state.responseRouteType = "page";
			if (state.routeData.route === "/404" || state.routeData.route === "/500") state.skipErrorReroute = true;
			break;
		}
		case "redirect": return new Response(null, {
			status: 404,
			headers: { [ASTRO_ERROR_HEADER]: "true" }
		});
		case "fallback":
			state.responseRouteType = "fallback";
			return new Response(null, { status: 500 });
	}
	const responseCookies = getCookiesFromResponse(response);
	if (responseCookies) state.cookies.merge(responseCookies);
	state.response = response;
	return response;
}
// node_modules/astro/dist/core/routing/match.js
function matchRoute$1(pathname, manifest) {
	if (isRoute404(pathname)) {
		const errorRoute = manifest.routes.find((route) => isRoute404(route.route));
		if (errorRoute) return errorRoute;
	}
	if (isRoute500(pathname)) {
		const errorRoute = manifest.routes.find((route) => isRoute500(route.route));
		if (errorRoute) return errorRoute;
	}
	return manifest.routes.find((route) => {
		return route.pattern.test(pathname) || route.fallbackRoutes.some((fallbackRoute) => fallbackRoute.pattern.test(pathname));
	});
}
function isRoute404or500(route) {
	return isRoute404(route.route) || isRoute500(route.route);
}
function isRouteServerIsland(route) {
	return route.component === SERVER_ISLAND_COMPONENT;
}
// node_modules/astro/dist/core/routing/astro-designed-error-pages.js
function ensure404Route(manifest) {
	if (!manifest.routes.some((route) => route.route === "/404")) manifest.routes.push(DEFAULT_404_ROUTE);
	return manifest;
}
// node_modules/astro/dist/core/routing/priority.js
function routeComparator(a, b) {
	const commonLength = Math.min(a.segments.length, b.segments.length);
	for (let index = 0; index < commonLength; index++) {
		const aSegment = a.segments[index];
		const bSegment = b.segments[index];
		const aIsStatic = aSegment.every((part) => !part.dynamic && !part.spread);
		const bIsStatic = bSegment.every((part) => !part.dynamic && !part.spread);
		if (aIsStatic && bIsStatic) {
			const aContent = aSegment.map((part) => part.content).join("");
			const bContent = bSegment.map((part) => part.content).join("");
			if (aContent !== bContent) return aContent.localeCompare(bContent);
		}
		if (aIsStatic !== bIsStatic) return aIsStatic ? -1 : 1;
		const aAllDynamic = aSegment.every((part) => part.dynamic);
		if (aAllDynamic !== bSegment.every((part) => part.dynamic)) return aAllDynamic ? 1 : -1;
		const aHasSpread = aSegment.some((part) => part.spread);
		if (aHasSpread !== bSegment.some((part) => part.spread)) return aHasSpread ? 1 : -1;
	}
	const aLength = a.segments.length;
	const bLength = b.segments.length;
	if (aLength !== bLength) {
		const aEndsInRest = a.segments.at(-1)?.some((part) => part.spread);
		const bEndsInRest = b.segments.at(-1)?.some((part) => part.spread);
		if (aEndsInRest !== bEndsInRest && Math.abs(aLength - bLength) === 1) {
			if (aLength > bLength && aEndsInRest) return 1;
			if (bLength > aLength && bEndsInRest) return -1;
		}
		return aLength > bLength ? -1 : 1;
	}
	if (a.type === "endpoint" !== (b.type === "endpoint")) return a.type === "endpoint" ? -1 : 1;
	return a.route.localeCompare(b.route);
}
// node_modules/astro/dist/core/routing/router.js
var Router = class {
	#routes;
	#base;
	#baseWithoutTrailingSlash;
	#buildFormat;
	#trailingSlash;
	constructor(routes, options) {
		this.#routes = [...routes].sort(routeComparator);
		this.#base = normalizeBase(options.base);
		this.#baseWithoutTrailingSlash = removeTrailingForwardSlash(this.#base);
		this.#buildFormat = options.buildFormat;
		this.#trailingSlash = options.trailingSlash;
	}
	/**
	* Match an input pathname against the route list.
	* If allowWithoutBase is true, a non-base-prefixed path is still considered.
	*/
	match(inputPathname, { allowWithoutBase = false } = {}) {
		const normalized = getRedirectForPathname(inputPathname);
		if (normalized.redirect) return {
			type: "redirect",
			location: normalized.redirect,
			status: 301
		};
		if (this.#base !== "/") {
			const baseWithSlash = `${this.#baseWithoutTrailingSlash}/`;
			if (this.#trailingSlash === "always" && (normalized.pathname === this.#baseWithoutTrailingSlash || normalized.pathname === this.#base)) return {
				type: "redirect",
				location: baseWithSlash,
				status: 301
			};
			if (this.#trailingSlash === "never" && normalized.pathname === baseWithSlash) return {
				type: "redirect",
				location: this.#baseWithoutTrailingSlash,
				status: 301
			};
		}
		const baseResult = stripBase(normalized.pathname, this.#base, this.#baseWithoutTrailingSlash, this.#trailingSlash);
		if (!baseResult) {
			if (!allowWithoutBase) return {
				type: "none",
				reason: "outside-base"
			};
		}
		let pathname = baseResult ?? normalized.pathname;
		if (this.#buildFormat === "file") pathname = normalizeFileFormatPathname(pathname);
		const route = this.#routes.find((candidate) => {
			if (candidate.pattern.test(pathname)) return true;
			return candidate.fallbackRoutes.some((fallbackRoute) => fallbackRoute.pattern.test(pathname));
		});
		if (!route) return {
			type: "none",
			reason: "no-match"
		};
		return {
			type: "match",
			route,
			params: getParams(route, pathname),
			pathname
		};
	}
	/**
	* Returns all routes that match the given pathname, in priority order.
	* Used when the first match (e.g. a prerendered route) cannot serve
	* the request and subsequent matches need to be tried.
	*/
	matchAll(inputPathname, { allowWithoutBase = false } = {}) {
		const normalized = getRedirectForPathname(inputPathname);
		if (normalized.redirect) return [];
		const baseResult = stripBase(normalized.pathname, this.#base, this.#baseWithoutTrailingSlash, this.#trailingSlash);
		if (!baseResult && !allowWithoutBase) return [];
		let pathname = baseResult ?? normalized.pathname;
		if (this.#buildFormat === "file") pathname = normalizeFileFormatPathname(pathname);
		return this.#routes.filter((candidate) => {
			if (candidate.pattern.test(pathname)) return true;
			return candidate.fallbackRoutes.some((fallbackRoute) => fallbackRoute.pattern.test(pathname));
		});
	}
};
function normalizeBase(base) {
	if (!base) return "/";
	if (base === "/") return base;
	return prependForwardSlash(base);
}
function getRedirectForPathname(pathname) {
	let value = prependForwardSlash(pathname);
	if (value.startsWith("//")) return {
		pathname: value,
		redirect: `/${value.replace(/^\/+/, "")}`
	};
	return { pathname: value };
}
function stripBase(pathname, base, baseWithoutTrailingSlash, trailingSlash) {
	if (base === "/") return pathname;
	const baseWithSlash = `${baseWithoutTrailingSlash}/`;
	if (pathname === baseWithoutTrailingSlash || pathname === base) return trailingSlash === "always" ? null : "/";
	if (pathname === baseWithSlash) return trailingSlash === "never" ? null : "/";
	if (pathname.startsWith(baseWithSlash)) return pathname.slice(baseWithoutTrailingSlash.length);
	return null;
}
function normalizeFileFormatPathname(pathname) {
	if (pathname.endsWith("/index.html")) {
		const trimmed = pathname.slice(0, -11);
		return trimmed === "" ? "/" : trimmed;
	}
	if (pathname.endsWith(".html")) {
		const trimmed = pathname.slice(0, -5);
		return trimmed === "" ? "/" : trimmed;
	}
	return pathname;
}
// node_modules/astro/dist/core/routing/route-table.js
function compileRouteTable(manifest, routes) {
	const routesList = ensure404Route({ routes });
	const router = new Router(routesList.routes, {
		base: manifest.base,
		trailingSlash: manifest.trailingSlash,
		buildFormat: manifest.buildFormat
	});
	return {
		routes: routesList.routes,
		router
	};
}
var routeTables = createManifestMemo((manifest) => compileRouteTable(manifest, (manifest.routes ?? []).map((route) => route.routeData)));
function getRouteTable(manifest) {
	return routeTables.get(manifest);
}
function updateRouteTable(manifest, routes) {
	routeTables.set(manifest, compileRouteTable(manifest, [...routes]));
}
function matchRoute(manifest, pathname) {
	const match = getRouteTable(manifest).router.match(pathname, { allowWithoutBase: true });
	if (match.type !== "match") return void 0;
	return match.route;
}
function matchAllRoutes(manifest, pathname) {
	return getRouteTable(manifest).router.matchAll(pathname, { allowWithoutBase: true });
}
// node_modules/astro/dist/core/session/provider-disabled.js
function provideSession(state) {
	markFeatureUsed(state.manifest, FetchFeatures.sessions);
}
// node_modules/astro/dist/core/output-filename.js
var STATUS_CODE_PAGES = /* @__PURE__ */ new Set(["/404", "/500"]);
function getOutputFilename(buildFormat, name, routeData) {
	if (routeData.type === "endpoint") return name;
	if (name === "/" || name === "") return name === "" ? "index.html" : "/index.html";
	if (buildFormat === "file" || STATUS_CODE_PAGES.has(name)) return `${removeTrailingForwardSlash(name || "index")}.html`;
	if (buildFormat === "preserve" && !routeData.isIndex) return `${removeTrailingForwardSlash(name || "index")}.html`;
	return `${removeTrailingForwardSlash(name)}/index.html`;
}
// node_modules/astro/dist/core/errors/default-handler.js
async function renderDefaultError(manifest, request, { status, response: originalResponse, skipMiddleware = false, error, pathname, ...resolvedRenderOptions }) {
	const resolvedPathname = pathname ?? new FetchState(manifest, request).pathname;
	const routeTable = getRouteTable(manifest);
	const errorRouteData = matchRoute$1(getErrorRoutePath(resolvedPathname, status, routeTable.routes, manifest.i18n?.locales, manifest.trailingSlash === "always"), routeTable);
	const url = new URL(request.url);
	if (errorRouteData) {
		if (errorRouteData.prerender) {
			const allowedDomains = manifest.allowedDomains;
			const safeOrigin = validateHost(url.host, url.protocol.replace(":", ""), allowedDomains) ? url.origin : `${url.protocol}//localhost`;
			const statusURL = new URL(`${removeTrailingForwardSlash(manifest.base)}${getOutputFilename(manifest.buildFormat, errorRouteData.route, errorRouteData)}`, safeOrigin);
			if (statusURL.toString() !== request.url && resolvedRenderOptions.prerenderedErrorPageFetch) try {
				const newResponse = mergeResponses(await resolvedRenderOptions.prerenderedErrorPageFetch(statusURL.toString()), originalResponse, {
					status,
					removeContentEncodingHeaders: true
				});
				prepareResponse(newResponse, resolvedRenderOptions);
				return newResponse;
			} catch {
				const response2 = mergeResponses(new Response(null, { status }), originalResponse);
				prepareResponse(response2, resolvedRenderOptions);
				return response2;
			}
		}
		const mod = await getEnvironment(manifest).getComponentByRoute(manifest, errorRouteData);
		const errorState = new FetchState(manifest, request);
		errorState.skipMiddleware = skipMiddleware;
		errorState.clientAddress = resolvedRenderOptions.clientAddress;
		errorState.routeData = errorRouteData;
		errorState.pathname = resolvedPathname;
		errorState.status = status;
		errorState.componentInstance = mod;
		errorState.locals = resolvedRenderOptions.locals ?? {};
		errorState.initialProps = { error };
		try {
			await provideSession(errorState);
			const response2 = await handleMiddleware(errorState, handlePages);
			if (rewroteToEmptyErrorResponse(skipMiddleware, errorRouteData, errorState.routeData, response2)) return renderDefaultError(manifest, request, {
				...resolvedRenderOptions,
				status,
				error,
				response: originalResponse,
				skipMiddleware: true,
				pathname: resolvedPathname
			});
			const newResponse = mergeResponses(response2, originalResponse);
			prepareResponse(newResponse, resolvedRenderOptions);
			return newResponse;
		} catch {
			if (skipMiddleware === false) return renderDefaultError(manifest, request, {
				...resolvedRenderOptions,
				status,
				error,
				response: originalResponse,
				skipMiddleware: true,
				pathname: resolvedPathname
			});
		} finally {
			await errorState.finalizeAll();
		}
	}
	const response = mergeResponses(new Response(null, { status }), originalResponse);
	prepareResponse(response, resolvedRenderOptions);
	return response;
}
function mergeResponses(newResponse, originalResponse, override) {
	let newResponseHeaders = newResponse.headers;
	if (override?.removeContentEncodingHeaders) {
		newResponseHeaders = new Headers(newResponseHeaders);
		newResponseHeaders.delete("Content-Encoding");
		newResponseHeaders.delete("Content-Length");
	}
	if (!originalResponse) {
		if (override !== void 0) return new Response(newResponse.body, {
			status: override.status,
			statusText: newResponse.statusText,
			headers: newResponseHeaders
		});
		return newResponse;
	}
	const status = override?.status ? override.status : originalResponse.status === 200 ? newResponse.status : originalResponse.status;
	try {
		originalResponse.headers.delete("Content-type");
		originalResponse.headers.delete("Content-Length");
		originalResponse.headers.delete("Transfer-Encoding");
	} catch {}
	const newHeaders = new Headers();
	const seen = /* @__PURE__ */ new Set();
	for (const [name, value] of originalResponse.headers) {
		newHeaders.append(name, value);
		seen.add(name.toLowerCase());
	}
	for (const [name, value] of newResponseHeaders) {
		const lower = name.toLowerCase();
		if (!seen.has(lower) || lower === "set-cookie") newHeaders.append(name, value);
	}
	const mergedResponse = new Response(newResponse.body, {
		status,
		statusText: status === 200 ? newResponse.statusText : originalResponse.statusText,
		headers: newHeaders
	});
	const originalCookies = getCookiesFromResponse(originalResponse);
	const newCookies = getCookiesFromResponse(newResponse);
	if (originalCookies) {
		if (newCookies) originalCookies.merge(newCookies);
		attachCookiesToResponse(mergedResponse, originalCookies);
	} else if (newCookies) attachCookiesToResponse(mergedResponse, newCookies);
	return mergedResponse;
}
// node_modules/astro/dist/core/errors/build-handler.js
async function renderBuildError(manifest, request, options) {
	if (options.status === 500) {
		if (options.response) return options.response;
		throw options.error;
	}
	return renderDefaultError(manifest, request, {
		...options,
		prerenderedErrorPageFetch: void 0
	});
}
// node_modules/astro/dist/core/errors/dev-handler.js
async function renderDevError(manifest, request, { skipMiddleware = false, error, status, response: _response, pathname, ...resolvedRenderOptions }, { shouldInjectCspMetaTags }) {
	if (isAstroError(error) && [MiddlewareNoDataOrNextCalled.name, MiddlewareNotAResponse.name].includes(error.name)) throw error;
	const resolvedPathname = pathname ?? new FetchState(manifest, request).pathname;
	const renderRoute = async (routeData) => {
		try {
			const preloadedComponent = await getEnvironment(manifest).getComponentByRoute(manifest, routeData);
			const errorState = new FetchState(manifest, request);
			errorState.skipMiddleware = skipMiddleware;
			errorState.clientAddress = resolvedRenderOptions.clientAddress;
			errorState.shouldInjectCspMetaTags = shouldInjectCspMetaTags ? !!manifest.csp : false;
			errorState.routeData = routeData;
			errorState.pathname = resolvedPathname;
			errorState.status = status;
			errorState.componentInstance = preloadedComponent;
			errorState.locals = resolvedRenderOptions.locals ?? {};
			errorState.initialProps = { error };
			const response = await handleMiddleware(errorState, handlePages);
			if (rewroteToEmptyErrorResponse(skipMiddleware, routeData, errorState.routeData, response)) return renderDevError(manifest, request, {
				...resolvedRenderOptions,
				status,
				error,
				skipMiddleware: true,
				pathname: resolvedPathname
			}, { shouldInjectCspMetaTags });
			if (error) getLogger(manifest).error("router", error.stack || error.message);
			return response;
		} catch (_err) {
			if (skipMiddleware === false) return renderDevError(manifest, request, {
				...resolvedRenderOptions,
				status: 500,
				skipMiddleware: true,
				error: _err,
				pathname: resolvedPathname
			}, { shouldInjectCspMetaTags });
			throw _err;
		}
	};
	if (status === 404) {
		const custom404 = getCustom404Route(getRouteTable(manifest));
		if (custom404) return renderRoute(custom404);
	}
	const custom500 = getCustom500Route(getRouteTable(manifest));
	if (!custom500) throw error;
	else return renderRoute(custom500);
}
// node_modules/astro/dist/core/errors/handler.js
function renderErrorPage(manifest, request, options) {
	const env = getEnvironment(manifest);
	switch (env.errorStrategy) {
		case "dev": return renderDevError(manifest, request, options, { shouldInjectCspMetaTags: env.injectCspMetaTagsOnErrorPages });
		case "build": return renderBuildError(manifest, request, options);
		case "default": return renderDefaultError(manifest, request, options);
	}
}
function renderErrorFromState(state, request, options) {
	if (state.renderError) return state.renderError(request, options);
	return renderErrorPage(state.manifest, request, options);
}
function rewroteToEmptyErrorResponse(skipMiddleware, errorRouteData, renderedRouteData, response) {
	return skipMiddleware === false && renderedRouteData !== errorRouteData && response.body === null && REROUTABLE_STATUS_CODES.includes(response.status);
}
// node_modules/astro/dist/core/middleware/callMiddleware.js
async function callMiddleware(onRequest, apiContext, responseFunction) {
	let nextCalled = false;
	let responseFunctionPromise = void 0;
	const next = async (payload) => {
		nextCalled = true;
		responseFunctionPromise = responseFunction(apiContext, payload);
		return responseFunctionPromise;
	};
	const middlewarePromise = onRequest(apiContext, next);
	return await Promise.resolve(middlewarePromise).then(async (value) => {
		if (nextCalled) {
			if (typeof value !== "undefined") {
				if (value instanceof Response === false) throw new AstroError(MiddlewareNotAResponse);
				return value;
			} else if (responseFunctionPromise) return responseFunctionPromise;
			else throw new AstroError(MiddlewareNotAResponse);
		} else if (typeof value === "undefined") throw new AstroError(MiddlewareNoDataOrNextCalled);
		else if (value instanceof Response === false) throw new AstroError(MiddlewareNotAResponse);
		else return value;
	});
}
// node_modules/astro/dist/core/middleware/sequence.js
function sequence(...handlers) {
	const filtered = handlers.filter((h) => !!h);
	const length = filtered.length;
	if (!length) return defineMiddleware((_context, next) => {
		return next();
	});
	return defineMiddleware((context, next) => {
		let carriedPayload = void 0;
		return applyHandle(0, context);
		function applyHandle(i, handleContext) {
			const handle = filtered[i];
			return handle(handleContext, async (payload) => {
				if (i < length - 1) {
					if (payload) {
						const oldPathname = handleContext.url.pathname;
						const state = Reflect.get(handleContext, fetchStateSymbol);
						if (!state) throw new Error("FetchState not found on APIContext. `next(payload)` rewrites require a context created through Astro's request pipeline.");
						const manifest = state.manifest;
						const { routeData, pathname } = await getEnvironment(manifest).tryRewrite(manifest, payload, handleContext.request);
						let newRequest;
						if (payload instanceof Request) newRequest = payload;
						else {
							const request = handleContext.request.method === "GET" || handleContext.request.method === "HEAD" ? handleContext.request : handleContext.request.clone();
							newRequest = copyRequest(payload instanceof URL ? payload : new URL(payload, handleContext.url.origin), request, false, state.logger, routeData.route);
						}
						if (manifest.serverLike === true && handleContext.isPrerendered === false && routeData.prerender === true) throw new AstroError({
							...ForbiddenRewrite,
							message: ForbiddenRewrite.message(handleContext.url.pathname, pathname, routeData.component),
							hint: ForbiddenRewrite.hint(routeData.component)
						});
						carriedPayload = payload;
						handleContext.request = newRequest;
						handleContext.url = new URL(newRequest.url);
						handleContext.params = getParams(routeData, pathname);
						handleContext.routePattern = routeData.route;
						setOriginPathname(handleContext.request, oldPathname, manifest.trailingSlash, manifest.buildFormat);
					}
					return applyHandle(i + 1, handleContext);
				} else return next(payload ?? carriedPayload);
			});
		}
	});
}
// node_modules/astro/dist/core/middleware/load.js
var resolvedMiddleware = /* @__PURE__ */ new WeakMap();
var middlewareMemo = createAsyncManifestMemo(async (manifest) => {
	let handler;
	if (manifest.middleware) {
		const internalMiddlewares = [(await manifest.middleware()).onRequest ?? NOOP_MIDDLEWARE_FN];
		if (manifest.checkOrigin) internalMiddlewares.unshift(createOriginCheckMiddleware());
		handler = sequence(...internalMiddlewares);
	} else handler = NOOP_MIDDLEWARE_FN;
	resolvedMiddleware.set(manifest, handler);
	return handler;
});
function getMiddleware(manifest) {
	return middlewareMemo.get(manifest);
}
// node_modules/astro/dist/core/cache/runtime/noop.js
var EMPTY_OPTIONS = Object.freeze({ tags: [] });
var NoopAstroCache = class {
	enabled = false;
	set() {}
	get tags() {
		return [];
	}
	get options() {
		return EMPTY_OPTIONS;
	}
	async invalidate() {}
};
var hasWarned = false;
var DisabledAstroCache = class {
	enabled = false;
	#logger;
	constructor(logger) {
		this.#logger = logger;
	}
	#warn() {
		if (!hasWarned) {
			hasWarned = true;
			this.#logger?.warn("cache", "`cache.set()` was called but caching is not enabled. Configure a cache provider in your Astro config under `cache` to enable caching.");
		}
	}
	set() {
		this.#warn();
	}
	get tags() {
		return [];
	}
	get options() {
		return EMPTY_OPTIONS;
	}
	async invalidate() {
		throw new AstroError(CacheNotEnabled);
	}
};
// node_modules/astro/dist/core/middleware/astro-middleware.js
async function handleMiddleware(state, renderRouteCallback) {
	markFeatureUsed(state.manifest, FetchFeatures.middleware);
	await state.getProps();
	const apiContext = state.getAPIContext();
	state.counter++;
	if (state.counter === 4) return new Response("Loop Detected", {
		status: 508,
		statusText: "Astro detected a loop where you tried to call the rewriting logic more than four times."
	});
	const next = async (ctx, payload) => {
		if (payload) {
			state.logger.debug("router", "Called rewriting to:", payload);
			applyRewriteToState(state, payload, await getEnvironment(state.manifest).tryRewrite(state.manifest, payload, state.request));
		}
		return renderRouteCallback(state, ctx);
	};
	let response;
	if (state.skipMiddleware) response = await next(apiContext);
	else response = await callMiddleware(sequence(await getMiddleware(state.manifest)), apiContext, next);
	attachCookiesToResponse(response, state.cookies);
	state.response = response;
	return response;
}
// node_modules/astro/dist/core/util/normalized-url.js
function createNormalizedUrl(requestUrl) {
	return normalizeUrl(new URL(requestUrl));
}
function setPathname(url, pathname) {
	if (url.pathname !== pathname) url.pathname = pathname;
}
function normalizeUrl(url) {
	try {
		setPathname(url, validateAndDecodePathname(url.pathname));
	} catch {
		try {
			setPathname(url, decodeURI(url.pathname));
		} catch {}
	}
	setPathname(url, collapseDuplicateSlashes(url.pathname));
	return url;
}
// node_modules/astro/dist/core/rewrites/handler.js
function applyRewriteToState(state, payload, { routeData, componentInstance, newUrl, pathname }, { mergeCookies = false } = {}) {
	const oldPathname = state.pathname;
	const isI18nFallback = routeData.fallbackRoutes && routeData.fallbackRoutes.length > 0;
	if (state.manifest.serverLike && !state.routeData.prerender && routeData.prerender && !isI18nFallback) throw new AstroError({
		...ForbiddenRewrite,
		message: ForbiddenRewrite.message(state.pathname, pathname, routeData.component),
		hint: ForbiddenRewrite.hint(routeData.component)
	});
	state.routeData = routeData;
	state.componentInstance = componentInstance;
	if (payload instanceof Request) state.request = payload;
	else state.request = copyRequest(newUrl, state.request, routeData.prerender, state.logger, state.routeData.route);
	state.url = createNormalizedUrl(state.request.url);
	if (mergeCookies) {
		const newCookies = new AstroCookies(state.request, state.logger);
		if (state.cookies) newCookies.merge(state.cookies);
		state.cookies = newCookies;
	}
	state.params = getParams(routeData, pathname);
	state.pathname = pathname;
	state.isRewriting = true;
	state.status = 200;
	setOriginPathname(state.request, oldPathname, state.manifest.trailingSlash, state.manifest.buildFormat);
	state.invalidateContexts();
}
async function executeRewrite(state, payload) {
	state.logger.debug("router", "Calling rewrite: ", payload);
	applyRewriteToState(state, payload, await getEnvironment(state.manifest).tryRewrite(state.manifest, payload, state.request), { mergeCookies: true });
	return handleMiddleware(state, handlePages);
}
// node_modules/astro/dist/core/manifest/derived.js
var sites = createManifestMemo((manifest) => manifest.site ? new URL(manifest.site) : void 0);
function getSite(manifest) {
	return sites.get(manifest);
}
// node_modules/astro/dist/core/server-islands/mappings.js
async function getServerIslands(manifest) {
	if (manifest.serverIslandMappings) return manifest.serverIslandMappings();
	return {
		serverIslandMap: /* @__PURE__ */ new Map(),
		serverIslandNameMap: /* @__PURE__ */ new Map()
	};
}
// node_modules/astro/dist/core/fetch/fetch-state.js
var slotValuesSymbol = /* @__PURE__ */ Symbol("astro.slotValues");
function getFetchStateFromAPIContext(context) {
	const state = context[fetchStateSymbol];
	if (!state) throw new Error("FetchState not found on APIContext. This is an internal error — the context was not created through Astro's request pipeline.");
	return state;
}
var FetchState = class {
	/** The manifest — the single ambient source of static, build-time data. */
	manifest;
	/** The manifest's identity-stable logger, captured once at construction. */
	logger;
	/**
	* Whether page renders stream. From the facade hooks on the fast path,
	* else the environment's default.
	*/
	streaming;
	/**
	* Internal facade hook: late-bound `app.renderError` dispatch. Undefined on
	* bare and custom-handler paths — those fall through to the environment's
	* error strategy (`renderErrorPage`).
	*/
	renderError;
	/**
	* Internal facade hook: late-bound `app.logThisRequest` dispatch. Undefined
	* on bare and custom-handler paths — those fall through to the
	* environment's `logRequest` behavior.
	*/
	logRequest;
	/**
	* The request to render. Mutated during rewrites so subsequent renders
	* see the rewritten URL.
	*/
	request;
	routeData;
	/**
	* The pathname to use for routing and rendering. Starts out as the raw,
	* base-stripped, decoded pathname from the request. May be further
	* normalized by `handleRequest` after routeData is known (in dev, when
	* the matched route has no `.html` extension, `.html` / `/index.html`
	* suffixes are stripped).
	*/
	pathname;
	/** Resolved render options (addCookieHeader, clientAddress, locals, etc.). */
	renderOptions;
	/** When the request started, used to log duration. */
	timeStart;
	/**
	* The route's loaded component module. Set before middleware runs; may
	* be swapped during in-flight rewrites from inside the middleware chain.
	*/
	componentInstance;
	/**
	* Slot overrides supplied by the container API. `undefined` for HTTP
	* requests — `PagesHandler` coalesces to `{}` on read so we don't
	* allocate an empty object per request.
	*/
	slots;
	/**
	* The `Response` produced by handlers, if any. Set after page
	* rendering or middleware completes.
	*/
	response;
	/**
	* Default HTTP status for the rendered response. Callers override
	* before rendering runs (e.g. `handleRequest` sets this from
	* `BaseApp.getDefaultStatusCode`; error handlers set `404` / `500`).
	*/
	status = 200;
	/** Whether user middleware should be skipped for this request. */
	skipMiddleware = false;
	/**
	* Set to `true` when the request path was encoded too many times to fully
	* decode (see {@link validateAndDecodePathname}). These requests are
	* rejected with a `400` before middleware or routing run.
	*/
	invalidEncoding = false;
	/** A flag that tells the render content if the rewriting was triggered. */
	isRewriting = false;
	/** A safety net in case of loops (rewrite counter). */
	counter = 0;
	/** Cookies for this request. Created lazily on first access. */
	cookies;
	/** Route params derived from routeData + pathname. Computed lazily. */
	#params;
	get params() {
		if (!this.#params && this.routeData) this.#params = getParams(this.routeData, this.pathname);
		return this.#params;
	}
	set params(value) {
		this.#params = value;
	}
	/** Normalized URL for this request. */
	url;
	/** Client address for this request. */
	clientAddress;
	/** Whether this is a partial render (container API). */
	partial;
	/** Internal metadata about the current response route type. */
	responseRouteType;
	/** Internal flag to prevent rerouting this response to an error page. */
	skipErrorReroute = false;
	/** Whether to inject CSP meta tags. */
	shouldInjectCspMetaTags;
	/** Request-scoped locals object, shared with user middleware. */
	locals = {};
	/**
	* Memoized `props` (see `getProps`). `null` means "not yet computed"
	* — using `null` (rather than `undefined`) keeps the hidden class
	* stable and distinct from a valid-but-empty result.
	*/
	props = null;
	/** Memoized `ActionAPIContext` (see `getActionAPIContext`). */
	actionApiContext = null;
	/** Memoized `APIContext` (see `getAPIContext`). */
	apiContext = null;
	/** Registered context providers keyed by name. Lazy-initialized on first provide(). */
	#providers;
	/** Cached values from resolved providers. Lazy-initialized on first resolve(). */
	#providersResolvedValues;
	/** Cached promise for lazy component instance loading. */
	#componentInstancePromise;
	/** SSR result for the current page render. */
	result;
	/** Initial props (from container/error handler). */
	initialProps = {};
	/** Memoized Astro page partial. */
	#astroPagePartial;
	/**
	* Locale-prefixed pathname derived from the Host header for domain-based
	* i18n routing (e.g. `/en/boats/1/foo`), or `undefined` when the request
	* isn't served from a locale-mapped domain. When set, `this.pathname` is
	* derived from it so locale/param resolution match the route pattern.
	*/
	#domainPathname;
	/** Memoized current locale. */
	#currentLocale;
	/** Memoized preferred locale. */
	#preferredLocale;
	/** Memoized preferred locale list. */
	#preferredLocaleList;
	constructor(manifest, request, options, hooks) {
		this.manifest = manifest;
		this.logger = getLogger(manifest);
		this.streaming = hooks?.streaming ?? getEnvironment(manifest).defaultStreaming(manifest);
		this.renderError = hooks?.renderError;
		this.logRequest = hooks?.logRequest;
		this.request = request;
		options ??= getRenderOptions(request);
		this.routeData = options?.routeData;
		const self = this;
		this.renderOptions = {
			...options ?? {
				addCookieHeader: false,
				clientAddress: void 0,
				prerenderedErrorPageFetch: fetch,
				routeData: void 0,
				waitUntil: void 0
			},
			get locals() {
				return self.locals;
			}
		};
		this.componentInstance = void 0;
		this.slots = void 0;
		const url = new URL(request.url);
		const publicPathname = this.#normalizePathname(url.pathname);
		const pathname = this.#computePathname(publicPathname);
		setPathname(url, publicPathname);
		setPathname(url, collapseDuplicateSlashes(url.pathname));
		const domainPathname = computePathnameFromDomain(request, url, manifest.i18n, manifest.base, manifest.trailingSlash, manifest.allowedDomains, this.logger, pathname);
		if (domainPathname) {
			this.#domainPathname = domainPathname;
			this.pathname = domainPathname;
		} else this.pathname = pathname;
		this.timeStart = performance.now();
		this.clientAddress = options?.clientAddress;
		this.locals = options?.locals ?? {};
		this.url = url;
		this.cookies = new AstroCookies(request, this.logger);
		if (manifest.allowedDomains && manifest.allowedDomains.length > 0 && !this.routeData?.prerender) this.#applyForwardedHeaders();
		if (!Reflect.get(this.request, originPathnameSymbol)) setOriginPathname(this.request, this.pathname, manifest.trailingSlash, manifest.buildFormat);
		this.#resolveRouteData();
	}
	/**
	* Triggers a rewrite. Delegates to the rewrites handler module.
	*/
	rewrite(payload) {
		return executeRewrite(this, payload);
	}
	/**
	* Creates the SSR result for the current page render.
	*/
	async createResult(mod, ctx) {
		const manifest = this.manifest;
		const env = getEnvironment(manifest);
		const { clientDirectives, inlinedScripts, compressHTML } = manifest;
		const renderers = env.getRenderers(manifest);
		const resolve = (specifier) => env.resolve(manifest, specifier);
		const routeData = this.routeData;
		const { links, scripts, styles } = await env.headElements(manifest, routeData);
		const extraStyleHashes = [];
		const extraScriptHashes = [];
		const shouldInjectCspMetaTags = this.shouldInjectCspMetaTags ?? manifest.shouldInjectCspMetaTags;
		const cspAlgorithm = manifest.csp?.algorithm ?? "SHA-256";
		if (shouldInjectCspMetaTags) {
			for (const style of styles) extraStyleHashes.push(await generateCspDigest(style.children, cspAlgorithm));
			for (const script of scripts) extraScriptHashes.push(await generateCspDigest(script.children, cspAlgorithm));
		}
		const componentMetadata = await env.componentMetadata(manifest, routeData) ?? manifest.componentMetadata;
		const headers = new Headers({ "Content-Type": "text/html" });
		const partial = typeof this.partial === "boolean" ? this.partial : Boolean(mod.partial);
		const actionResult = hasActionPayload(this.locals) ? deserializeActionResult(this.locals._actionPayload.actionResult) : void 0;
		const status = this.status;
		const response = {
			status: actionResult?.error ? actionResult?.error.status : status,
			statusText: actionResult?.error ? actionResult?.error.type : "OK",
			get headers() {
				return headers;
			},
			set headers(_) {
				throw new AstroError(AstroResponseHeadersReassigned);
			}
		};
		const state = this;
		const result = {
			base: manifest.base,
			userAssetsBase: manifest.userAssetsBase,
			cancelled: false,
			clientDirectives,
			inlinedScripts,
			componentMetadata,
			compressHTML,
			cookies: this.cookies,
			createAstro: (props, slots) => state.createAstro(result, props, slots, ctx),
			links,
			params: this.params,
			partial,
			pathname: this.pathname,
			renderers,
			resolve,
			response,
			request: this.request,
			scripts,
			styles,
			actionResult,
			async getServerIslandNameMap() {
				return (await getServerIslands(manifest)).serverIslandNameMap ?? /* @__PURE__ */ new Map();
			},
			key: manifest.key,
			trailingSlash: manifest.trailingSlash,
			_metadata: {
				hasHydrationScript: false,
				rendererSpecificHydrationScripts: /* @__PURE__ */ new Set(),
				hasRenderedHead: false,
				renderedScripts: /* @__PURE__ */ new Set(),
				hasDirectives: /* @__PURE__ */ new Set(),
				hasRenderedServerIslandRuntime: false,
				headInTree: false,
				extraHead: [],
				extraStyleHashes,
				extraScriptHashes,
				propagators: /* @__PURE__ */ new Set(),
				routeHasPropagation: false,
				pendingSlotEvaluations: [],
				templateDepth: 0
			},
			cspDestination: manifest.csp?.cspDestination ?? (routeData.prerender ? "meta" : "header"),
			shouldInjectCspMetaTags,
			cspAlgorithm,
			directives: manifest.csp?.directives ? [...manifest.csp.directives] : [],
			scriptHashes: manifest.csp?.scriptHashes ? [...manifest.csp.scriptHashes] : [],
			scriptResources: manifest.csp?.scriptResources ? [...manifest.csp.scriptResources] : [],
			styleHashes: manifest.csp?.styleHashes ? [...manifest.csp.styleHashes] : [],
			styleResources: manifest.csp?.styleResources ? [...manifest.csp.styleResources] : [],
			isStrictDynamic: manifest.csp?.isStrictDynamic ?? false,
			scriptDirective: {
				resources: manifest.csp?.scriptDirective ? [...manifest.csp.scriptDirective.resources] : [],
				hashes: manifest.csp?.scriptDirective ? [...manifest.csp.scriptDirective.hashes] : [],
				strictDynamic: manifest.csp?.scriptDirective?.strictDynamic ?? false
			},
			styleDirective: {
				resources: manifest.csp?.styleDirective ? [...manifest.csp.styleDirective.resources] : [],
				hashes: manifest.csp?.styleDirective ? [...manifest.csp.styleDirective.hashes] : []
			},
			speculationRulesContent: manifest.csp?.speculationRulesContent,
			internalFetchHeaders: manifest.internalFetchHeaders
		};
		this.result = result;
		return result;
	}
	/**
	* Creates the Astro global object for a component render.
	*/
	createAstro(result, props, slotValues, apiContext) {
		let astroPagePartial;
		if (this.isRewriting) this.#astroPagePartial = this.createAstroPagePartial(result, apiContext);
		this.#astroPagePartial ??= this.createAstroPagePartial(result, apiContext);
		astroPagePartial = this.#astroPagePartial;
		const Astro = Object.assign(Object.create(astroPagePartial), {
			props,
			self: null
		});
		Object.defineProperty(Astro, slotValuesSymbol, {
			value: slotValues,
			writable: true,
			configurable: true,
			enumerable: false
		});
		return Astro;
	}
	/**
	* Creates the Astro page-level partial (prototype for Astro global).
	*/
	createAstroPagePartial(result, apiContext) {
		const state = this;
		const { cookies, locals, params, logger, url } = this;
		const { response } = result;
		const redirect = (path, status = 302) => {
			if (state.request[responseSentSymbol$1]) throw new AstroError({ ...ResponseSentError });
			return new Response(null, {
				status,
				headers: { Location: path }
			});
		};
		const rewrite = async (reroutePayload) => {
			return await state.rewrite(reroutePayload);
		};
		const callAction = createCallAction(apiContext);
		const partial = {
			generator: ASTRO_GENERATOR,
			routePattern: this.routeData.route,
			isPrerendered: this.routeData.prerender,
			cookies,
			get slots() {
				const slotsByAstro = result._metadata.slotsByAstro ??= /* @__PURE__ */ new WeakMap();
				let slots = slotsByAstro.get(this);
				if (slots === void 0) {
					slots = new Slots(result, this[slotValuesSymbol] ?? null, logger);
					slotsByAstro.set(this, slots);
				}
				return slots;
			},
			get clientAddress() {
				return state.getClientAddress();
			},
			get currentLocale() {
				return state.computeCurrentLocale();
			},
			params,
			get preferredLocale() {
				return state.computePreferredLocale();
			},
			get preferredLocaleList() {
				return state.computePreferredLocaleList();
			},
			locals,
			redirect,
			rewrite,
			request: this.request,
			response,
			site: getSite(this.manifest),
			getActionResult: createGetActionResult(locals),
			get callAction() {
				return callAction;
			},
			url,
			get originPathname() {
				return getOriginPathname(state.request);
			},
			get csp() {
				return state.getCsp();
			},
			get logger() {
				return astroToRuntimeLogger(logger);
			}
		};
		this.defineProviderGetters(partial);
		return partial;
	}
	getClientAddress() {
		const { clientAddress } = this;
		const routeData = this.routeData;
		if (routeData.prerender) throw new AstroError({
			...PrerenderClientAddressNotAvailable,
			message: PrerenderClientAddressNotAvailable.message(routeData.component)
		});
		if (clientAddress) return clientAddress;
		if (this.manifest.adapterName) throw new AstroError({
			...ClientAddressNotAvailable,
			message: ClientAddressNotAvailable.message(this.manifest.adapterName)
		});
		throw new AstroError(StaticClientAddressNotAvailable);
	}
	getCookies() {
		return this.cookies;
	}
	getCsp() {
		const state = this;
		if (!this.manifest.csp) {
			if (getEnvironment(this.manifest).runtimeMode === "production") this.logger.warn("csp", `context.csp was used when rendering the route ${colors.green(state.routeData.route)}, but CSP was not configured. For more information, see https://docs.astro.build/en/reference/configuration-reference/#securitycsp`);
			return;
		}
		const warnedFallback = /* @__PURE__ */ new Set();
		const warnFallback = (family, kind) => {
			if (kind === "default" || !state.result) return;
			const defaultResources = (family === "script" ? state.result.scriptDirective : state.result.styleDirective).resources.map(normalizeCspResourceEntry).filter((entry) => entry.kind === "default").map((entry) => entry.resource);
			if (defaultResources.length === 0) return;
			const key = `${family}:${kind}`;
			if (warnedFallback.has(key)) return;
			warnedFallback.add(key);
			const general = `${family}-src`;
			const specific = `${general}-${kind === "element" ? "elem" : "attr"}`;
			state.logger.warn("csp", `A resource was added to \`${specific}\`, but \`${general}\` also defines custom resources (${defaultResources.join(" ")}). Because \`${specific}\` overrides \`${general}\` for its scope (browsers do not fall back), those resources will not apply there. Add them to \`${specific}\` as well if needed.`);
		};
		return {
			insertDirective(payload) {
				if (state.result) state.result.directives = pushDirective(state.result.directives, payload);
			},
			insertScriptResource(payload) {
				if (!state.result) return;
				warnFallback("script", normalizeCspResourceEntry(payload).kind);
				state.result.scriptDirective.resources.push(payload);
			},
			insertStyleResource(payload) {
				if (!state.result) return;
				warnFallback("style", normalizeCspResourceEntry(payload).kind);
				state.result.styleDirective.resources.push(payload);
			},
			insertStyleHash(payload) {
				state.result?.styleDirective.hashes.push(payload);
			},
			insertScriptHash(payload) {
				state.result?.scriptDirective.hashes.push(payload);
			}
		};
	}
	computeCurrentLocale() {
		const { url, manifest: { i18n }, routeData } = this;
		if (!i18n || !routeData) return;
		const { defaultLocale, locales, strategy } = i18n;
		const fallbackTo = strategy === "pathname-prefix-other-locales" || strategy === "domains-prefix-other-locales" ? defaultLocale : void 0;
		if (this.#currentLocale) return this.#currentLocale;
		let computedLocale;
		if (isRouteServerIsland(routeData)) {
			let referer = this.request.headers.get("referer");
			if (referer) {
				if (URL.canParse(referer)) referer = new URL(referer).pathname;
				computedLocale = computeCurrentLocale(referer, locales, defaultLocale);
			}
		} else {
			let pathname = routeData.pathname;
			if (this.#domainPathname) pathname = this.pathname;
			else if (url && !routeData.pattern.test(url.pathname)) {
				for (const fallbackRoute of routeData.fallbackRoutes) if (fallbackRoute.pattern.test(url.pathname)) {
					pathname = fallbackRoute.pathname;
					break;
				}
			}
			pathname = pathname && !isRoute404or500(routeData) ? pathname : url.pathname ?? this.pathname;
			computedLocale = computeCurrentLocale(pathname, locales, defaultLocale);
			if (routeData.params.length > 0) {
				const localeFromParams = computeCurrentLocaleFromParams(this.params, locales);
				if (localeFromParams) computedLocale = localeFromParams;
			}
		}
		this.#currentLocale = computedLocale ?? fallbackTo;
		return this.#currentLocale;
	}
	computePreferredLocale() {
		const { manifest: { i18n }, request } = this;
		if (!i18n) return;
		return this.#preferredLocale ??= computePreferredLocale(request, i18n.locales);
	}
	computePreferredLocaleList() {
		const { manifest: { i18n }, request } = this;
		if (!i18n) return;
		return this.#preferredLocaleList ??= computePreferredLocaleList(request, i18n.locales);
	}
	/**
	* Lazily loads the route's component module. Returns the cached
	* instance if already loaded. The promise is cached so concurrent
	* callers share the same load.
	*/
	async loadComponentInstance() {
		if (this.componentInstance) return this.componentInstance;
		if (this.#componentInstancePromise) return this.#componentInstancePromise;
		this.#componentInstancePromise = getEnvironment(this.manifest).getComponentByRoute(this.manifest, this.routeData).then((mod) => {
			this.componentInstance = mod;
			return mod;
		});
		return this.#componentInstancePromise;
	}
	/**
	* Registers a context provider under the given key. Handlers call
	* this to contribute values to the request context (e.g. sessions).
	* The `create` factory is called lazily on the first `resolve(key)`.
	*/
	provide(key, provider) {
		(this.#providers ??= /* @__PURE__ */ new Map()).set(key, provider);
	}
	/**
	* Lazily resolves a provider registered under `key`. Calls
	* `provider.create()` on first access and caches the result.
	* Returns `undefined` if no provider was registered for the key.
	*/
	resolve(key) {
		if (this.#providersResolvedValues?.has(key)) return this.#providersResolvedValues.get(key);
		const provider = this.#providers?.get(key);
		if (!provider) return void 0;
		const value = provider.create();
		(this.#providersResolvedValues ??= /* @__PURE__ */ new Map()).set(key, value);
		return value;
	}
	/**
	* Runs all registered `finalize` callbacks. Should be called after
	* the response is produced, typically in a `finally` block.
	*
	* Returns synchronously (no promise allocation) when nothing needs
	* finalizing — important for the hot path where sessions are not used.
	*/
	finalizeAll() {
		if (!this.#providersResolvedValues || this.#providersResolvedValues.size === 0) return;
		let chain;
		for (const [key, provider] of this.#providers) if (provider.finalize && this.#providersResolvedValues.has(key)) {
			const result = provider.finalize(this.#providersResolvedValues.get(key));
			if (result) chain = chain ? chain.then(() => result) : result;
		}
		return chain;
	}
	/**
	* Adds lazy getters to `target` for each registered provider key.
	* Used by context creation (APIContext, Astro global) so that
	* provider values like `session` and `cache` appear as properties
	* without hard-coding the keys.
	*
	* Always defines a `session` getter (returning `undefined` when no
	* provider is registered) so `ctx.session` / `Astro.session` is a
	* present property regardless of whether the sessions handler was
	* included in the pipeline.
	*/
	defineProviderGetters(target) {
		const state = this;
		if (this.#providers) for (const key of this.#providers.keys()) Object.defineProperty(target, key, {
			get: () => state.resolve(key),
			enumerable: true,
			configurable: true
		});
		if (!this.#providers?.has("session")) {
			let warned = false;
			Object.defineProperty(target, "session", {
				get() {
					if (!warned) {
						warned = true;
						state.logger.warn("session", "`Astro.session` was accessed but no session storage is configured. Either configure the storage manually or use an adapter that provides session storage. For more information, see https://docs.astro.build/en/guides/sessions/");
					}
				},
				enumerable: true,
				configurable: true
			});
		}
	}
	/**
	* Resolves the route to use for this request and stores it on
	* `this.routeData`. If the adapter (or the dev server) provided a
	* `routeData` via render options it's already set and this is a
	* no-op. Otherwise we use the app's synchronous route matcher and
	* fall back to a `404.astro` route so middleware can still run.
	*
	* Called eagerly from the constructor so individual handlers
	* (actions, pages, middleware, etc.) always see a resolved route
	* without the caller needing an extra setup step.
	*
	* Once routeData is known, finalizes `this.pathname`: in dev, if the
	* matched route has no `.html` extension, strip `.html` / `/index.html`
	* suffixes so the rendering pipeline sees the canonical pathname.
	*/
	/**
	* Strip `.html` / `/index.html` suffixes from the pathname so the
	* rendering pipeline sees the canonical route path. Only applies to
	* page routes where `.html` is framework-injected. Endpoint routes
	* preserve `.html` because any such suffix is user-provided (e.g.
	* from `getStaticPaths` params). Skipped when the matched route
	* itself has an `.html` extension in its definition.
	*/
	#stripHtmlExtension() {
		if (this.routeData && this.routeData.type === "page" && !routeHasHtmlExtension(this.routeData)) {
			const original = this.pathname;
			this.pathname = this.pathname.replace(/\/index\.html$/, "/").replace(/\.html$/, "");
			if (this.manifest.trailingSlash === "always" && this.pathname !== "" && !this.pathname.endsWith("/")) this.pathname += "/";
			if (this.pathname !== original && this.routeData.pattern.test(original) && !this.routeData.pattern.test(this.pathname)) this.pathname = original;
		}
	}
	#resolveRouteData() {
		if (this.routeData) {
			this.#stripHtmlExtension();
			return;
		}
		const matched = matchRoute(this.manifest, this.pathname);
		if (matched && matched.prerender && this.manifest.serverLike) {
			if (matched.params.length > 0) {
				const allMatches = matchAllRoutes(this.manifest, this.pathname);
				this.routeData = allMatches.find((r) => !r.prerender);
			} else this.routeData = void 0;
		} else this.routeData = matched;
		this.logger.debug("router", "Astro matched the following route for " + this.request.url);
		this.logger.debug("router", "RouteData:\n" + this.routeData);
		if (!this.routeData) {
			const custom404 = getCustom404Route(getRouteTable(this.manifest));
			if (custom404 && !custom404.prerender) this.routeData = custom404;
		}
		if (!this.routeData) {
			this.logger.debug("router", "Astro hasn't found routes that match " + this.request.url);
			this.logger.debug("router", "Here's the available routes:\n", getRouteTable(this.manifest));
			return;
		}
		this.#stripHtmlExtension();
	}
	/**
	* Strips the manifest's base from a normalized request pathname and prepends
	* a forward slash.
	*
	* Mirrors `BaseApp.removeBase`: the router matches against this stripped path
	* while middleware reads the un-stripped `context.url.pathname`, so both must
	* strip the base identically.
	*/
	#computePathname(normalizedPathname) {
		return prependForwardSlash(stripRequestBase(normalizedPathname, this.manifest.base));
	}
	/**
	* Decodes and normalizes the public request pathname before deriving the
	* separate pathname used for route matching.
	*/
	#normalizePathname(pathname) {
		try {
			pathname = validateAndDecodePathname(pathname);
		} catch (e) {
			if (e instanceof MultiLevelEncodingError) this.invalidEncoding = true;
			else this.logger.error(null, e.toString());
		}
		return collapseDuplicateSlashes(pathname);
	}
	/**
	* Reads X-Forwarded-Proto, X-Forwarded-Host, and X-Forwarded-Port
	* from the request headers, validates them against the manifest's
	* `allowedDomains`, and updates `this.url` accordingly. Also resolves
	* `clientAddress` from X-Forwarded-For when the host is trusted.
	*
	* Only called when `allowedDomains` is configured — without it,
	* forwarded headers are never trusted.
	*/
	#applyForwardedHeaders() {
		const headers = this.request.headers;
		const allowedDomains = this.manifest.allowedDomains;
		const validated = validateForwardedHeaders(getFirstForwardedValue(headers.get("x-forwarded-proto") ?? void 0), getFirstForwardedValue(headers.get("x-forwarded-host") ?? void 0), getFirstForwardedValue(headers.get("x-forwarded-port") ?? void 0), allowedDomains);
		if (!validated.protocol && !validated.host && !validated.port) return;
		if (validated.protocol) this.url.protocol = validated.protocol + ":";
		if (validated.host) {
			const colonIdx = validated.host.indexOf(":");
			if (colonIdx !== -1) {
				this.url.hostname = validated.host.slice(0, colonIdx);
				this.url.port = validated.host.slice(colonIdx + 1);
			} else {
				this.url.hostname = validated.host;
				this.url.port = "";
			}
		}
		if (validated.port) this.url.port = validated.port;
		if (validated.host !== void 0 && !this.clientAddress) {
			const forwardedFor = getFirstForwardedValue(this.request.headers.get("x-forwarded-for") ?? void 0);
			if (forwardedFor) this.clientAddress = forwardedFor;
		}
		this.request = new Request(this.url, this.request);
	}
	/**
	* Returns the resolved `props` for this render, computing them lazily
	* from the route + component module on first access. If the
	* `initialProps` already carries user-supplied props (e.g. the
	* container API) those are used verbatim.
	*/
	async getProps() {
		if (this.props !== null) return this.props;
		if (Object.keys(this.initialProps).length > 0) {
			this.props = this.initialProps;
			return this.props;
		}
		const mod = await this.loadComponentInstance();
		this.props = await getProps({
			mod,
			routeData: this.routeData,
			routeCache: getRouteCache(this.manifest),
			pathname: this.pathname,
			logger: this.logger,
			serverLike: this.manifest.serverLike,
			base: this.manifest.base,
			trailingSlash: this.manifest.trailingSlash
		});
		return this.props;
	}
	/**
	* Returns the `ActionAPIContext` for this render, creating it lazily.
	* Used by middleware, actions, and page dispatch.
	*/
	getActionAPIContext() {
		if (this.actionApiContext !== null) return this.actionApiContext;
		const state = this;
		const ctx = {
			get cookies() {
				return state.cookies;
			},
			routePattern: this.routeData.route,
			isPrerendered: this.routeData.prerender,
			get clientAddress() {
				return state.getClientAddress();
			},
			get currentLocale() {
				return state.computeCurrentLocale();
			},
			generator: ASTRO_GENERATOR,
			get locals() {
				return state.locals;
			},
			set locals(_) {
				throw new AstroError(LocalsReassigned);
			},
			params: this.params,
			get preferredLocale() {
				return state.computePreferredLocale();
			},
			get preferredLocaleList() {
				return state.computePreferredLocaleList();
			},
			request: this.request,
			site: getSite(this.manifest),
			url: this.url,
			get originPathname() {
				return getOriginPathname(state.request);
			},
			get csp() {
				return state.getCsp();
			},
			get logger() {
				return astroToRuntimeLogger(state.logger);
			}
		};
		this.defineProviderGetters(ctx);
		this.actionApiContext = ctx;
		return this.actionApiContext;
	}
	/**
	* Returns the `APIContext` for this render, creating it lazily from
	* the memoized props + action context.
	*
	* Callers must ensure `getProps()` has resolved at least once before
	* calling this.
	*/
	getAPIContext() {
		if (this.apiContext !== null) return this.apiContext;
		const actionApiContext = this.getActionAPIContext();
		const state = this;
		const redirect = (path, status = 302) => new Response(null, {
			status,
			headers: { Location: path }
		});
		const rewrite = async (reroutePayload) => {
			return await state.rewrite(reroutePayload);
		};
		actionApiContext[fetchStateSymbol] = this;
		this.apiContext = Object.assign(actionApiContext, {
			props: this.props,
			redirect,
			rewrite,
			getActionResult: createGetActionResult(actionApiContext.locals),
			callAction: createCallAction(actionApiContext)
		});
		return this.apiContext;
	}
	/**
	* Invalidates the cached `APIContext` so the next `getAPIContext()`
	* call re-derives it from the (possibly mutated) state. Used
	* after an in-flight rewrite swaps the route / request / params.
	*/
	invalidateContexts() {
		this.props = null;
		this.actionApiContext = null;
		this.apiContext = null;
	}
	resetResponseMetadata() {
		this.responseRouteType = void 0;
		this.skipErrorReroute = false;
	}
};
// node_modules/@astrojs/internal-helpers/dist/object.js
var FORBIDDEN_PATH_KEYS = /* @__PURE__ */ new Set([
	"__proto__",
	"constructor",
	"prototype"
]);
// node_modules/astro/dist/actions/noop-actions.js
var NOOP_ACTIONS_MOD = { server: {} };
// node_modules/astro/dist/actions/load.js
var actionsMemo = createAsyncManifestMemo(async (manifest) => manifest.actions ? await manifest.actions() : NOOP_ACTIONS_MOD);
function getActions(manifest) {
	return actionsMemo.get(manifest);
}
async function getAction(manifest, path) {
	const pathKeys = path.split(".").map((key) => decodeURIComponent(key));
	let { server } = await getActions(manifest);
	if (!server || !(typeof server === "object")) throw new TypeError(`Expected \`server\` export in actions file to be an object. Received ${typeof server}.`);
	for (const key of pathKeys) {
		if (typeof server === "function") throw new AstroError({
			...ActionNotFoundError,
			message: ActionNotFoundError.message(pathKeys.join("."))
		});
		if (FORBIDDEN_PATH_KEYS.has(key)) throw new AstroError({
			...ActionNotFoundError,
			message: ActionNotFoundError.message(pathKeys.join("."))
		});
		if (!Object.hasOwn(server, key)) throw new AstroError({
			...ActionNotFoundError,
			message: ActionNotFoundError.message(pathKeys.join("."))
		});
		server = server[key];
	}
	if (typeof server !== "function") throw new TypeError(`Expected handler for action ${pathKeys.join(".")} to be a function. Received ${typeof server}.`);
	return server;
}
// node_modules/astro/dist/actions/runtime/server.js
function getActionContext(context) {
	const callerInfo = getCallerInfo(context);
	const actionResultAlreadySet = Boolean(context.locals._actionPayload);
	let action = void 0;
	if (callerInfo && context.request.method === "POST" && !actionResultAlreadySet) action = {
		calledFrom: callerInfo.from,
		name: callerInfo.name,
		handler: async () => {
			const { manifest } = getFetchStateFromAPIContext(context);
			const callerInfoName = shouldAppendForwardSlash(manifest.trailingSlash, manifest.buildFormat) ? removeTrailingForwardSlash(callerInfo.name) : callerInfo.name;
			let baseAction;
			try {
				baseAction = await getAction(manifest, callerInfoName);
			} catch (error) {
				if (error instanceof Error && "name" in error && typeof error.name === "string" && error.name === ActionNotFoundError.name) return {
					data: void 0,
					error: new ActionError({ code: "NOT_FOUND" })
				};
				throw error;
			}
			const bodySizeLimit = manifest.actionBodySizeLimit;
			let input;
			try {
				input = await parseRequestBody(context.request, bodySizeLimit);
			} catch (e) {
				if (e instanceof ActionError) return {
					data: void 0,
					error: e
				};
				if (e instanceof TypeError) return {
					data: void 0,
					error: new ActionError({ code: "UNSUPPORTED_MEDIA_TYPE" })
				};
				throw e;
			}
			const omitKeys = [
				"props",
				"getActionResult",
				"callAction",
				"redirect"
			];
			const actionAPIContext = Object.create(Object.getPrototypeOf(context), Object.fromEntries(Object.entries(Object.getOwnPropertyDescriptors(context)).filter(([key]) => !omitKeys.includes(key))));
			Reflect.set(actionAPIContext, ACTION_API_CONTEXT_SYMBOL, true);
			return baseAction.bind(actionAPIContext)(input);
		}
	};
	function setActionResult(actionName, actionResult) {
		context.locals._actionPayload = {
			actionResult,
			actionName
		};
	}
	return {
		action,
		setActionResult,
		serializeActionResult,
		deserializeActionResult
	};
}
function getCallerInfo(ctx) {
	if (ctx.routePattern === "/_actions/[...path]") return {
		from: "rpc",
		name: ctx.url.pathname.replace(/^.*\/_actions\//, "")
	};
	const queryParam = ctx.url.searchParams.get(ACTION_QUERY_PARAMS.actionName);
	if (queryParam) return {
		from: "form",
		name: queryParam
	};
}
async function parseRequestBody(request, bodySizeLimit) {
	const contentType = request.headers.get("content-type");
	const contentLengthHeader = request.headers.get("content-length");
	const contentLength = contentLengthHeader ? Number.parseInt(contentLengthHeader, 10) : void 0;
	const hasContentLength = typeof contentLength === "number" && Number.isFinite(contentLength);
	if (!contentType) return void 0;
	if (hasContentLength && contentLength > bodySizeLimit) throw new ActionError({
		code: "CONTENT_TOO_LARGE",
		message: `Request body exceeds ${bodySizeLimit} bytes`
	});
	try {
		if (hasContentType(contentType, formContentTypes)) {
			if (!hasContentLength) {
				const body = await readBodyWithLimit(request.clone(), bodySizeLimit);
				return await new Request(request.url, {
					method: request.method,
					headers: request.headers,
					body: toArrayBuffer(body)
				}).formData();
			}
			return await request.clone().formData();
		}
		if (hasContentType(contentType, ["application/json"])) {
			if (contentLength === 0) return void 0;
			if (!hasContentLength) {
				const body = await readBodyWithLimit(request.clone(), bodySizeLimit);
				if (body.byteLength === 0) return void 0;
				return JSON.parse(new TextDecoder().decode(body));
			}
			return await request.clone().json();
		}
	} catch (e) {
		if (e instanceof BodySizeLimitError) throw new ActionError({
			code: "CONTENT_TOO_LARGE",
			message: `Request body exceeds ${bodySizeLimit} bytes`
		});
		throw e;
	}
	throw new TypeError("Unsupported content type");
}
var ACTION_API_CONTEXT_SYMBOL = /* @__PURE__ */ Symbol.for("astro.actionAPIContext");
var formContentTypes = ["application/x-www-form-urlencoded", "multipart/form-data"];
function hasContentType(contentType, expected) {
	const type = contentType.split(";")[0].toLowerCase();
	return expected.some((t) => type === t);
}
function serializeActionResult(res) {
	if (res.error) {
		if (Object.assign({
			"ASSETS_PREFIX": void 0,
			"BASE_URL": "/",
			"DEV": false,
			"MODE": "production",
			"PROD": true,
			"SITE": "https://foerderatlas.example.org",
			"SSR": true
		}, { _: "/usr/bin/npm" })?.DEV) actionResultErrorStack.set(res.error.stack);
		let body2;
		if (res.error instanceof ActionInputError) body2 = {
			type: res.error.type,
			issues: res.error.issues,
			fields: res.error.fields
		};
		else body2 = {
			...res.error,
			message: res.error.message
		};
		return {
			type: "error",
			status: res.error.status,
			contentType: "application/json",
			body: JSON.stringify(body2)
		};
	}
	if (res.data === void 0) return {
		type: "empty",
		status: 204
	};
	let body;
	try {
		body = stringify(res.data, { URL: (value) => value instanceof URL && value.href });
	} catch (e) {
		let hint = ActionsReturnedInvalidDataError.hint;
		if (res.data instanceof Response) hint = REDIRECT_STATUS_CODES.includes(res.data.status) ? "If you need to redirect when the action succeeds, trigger a redirect where the action is called. See the Actions guide for server and client redirect examples: https://docs.astro.build/en/guides/actions." : "If you need to return a Response object, try using a server endpoint instead. See https://docs.astro.build/en/guides/endpoints/#server-endpoints-api-routes";
		throw new AstroError({
			...ActionsReturnedInvalidDataError,
			message: ActionsReturnedInvalidDataError.message(String(e)),
			hint
		});
	}
	return {
		type: "data",
		status: 200,
		contentType: "application/json+devalue",
		body
	};
}
function toArrayBuffer(buffer) {
	const copy = new Uint8Array(buffer.byteLength);
	copy.set(buffer);
	return copy.buffer;
}
// node_modules/astro/dist/actions/handler.js
function handleAction(apiContext, state) {
	markFeatureUsed(state.manifest, FetchFeatures.actions);
	if (apiContext.isPrerendered) return;
	const { action, setActionResult } = getActionContext(apiContext);
	if (!action) return;
	if (state.manifest.checkOrigin && isForbiddenCrossOriginRequest(apiContext.request, apiContext.url, apiContext.isPrerendered)) return Promise.resolve(createCrossOriginForbiddenResponse(apiContext.request));
	return executeAction(action, setActionResult);
}
async function executeAction(action, setActionResult) {
	const serialized = serializeActionResult(await action.handler());
	if (action.calledFrom === "rpc") {
		if (serialized.type === "empty") return new Response(null, { status: serialized.status });
		return new Response(serialized.body, {
			status: serialized.status,
			headers: { "Content-Type": serialized.contentType }
		});
	}
	setActionResult(action.name, serialized);
}
// node_modules/astro/dist/core/routing/3xx.js
function redirectTemplate({ status, absoluteLocation, relativeLocation, from }) {
	const delay = status === 302 ? 2 : 0;
	const rel = escape(String(relativeLocation));
	return `<!doctype html>
<title>Redirecting to: ${rel}</title>
<meta http-equiv="refresh" content="${delay};url=${rel}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escape(String(absoluteLocation))}">
<body>
	<a href="${rel}">Redirecting ${from ? `from <code>${escape(from)}</code> ` : ""}to <code>${rel}</code></a>
</body>`;
}
// node_modules/astro/dist/core/routing/trailing-slash-handler.js
function handleTrailingSlash(state) {
	const url = new URL(state.request.url);
	const redirect = redirectTrailingSlash(state.manifest.trailingSlash, url.pathname);
	if (redirect === url.pathname) return;
	const addCookieHeader = state.renderOptions.addCookieHeader;
	const status = state.request.method === "GET" ? 301 : 308;
	const location = redirect + url.search;
	const response = new Response(redirectTemplate({
		status,
		relativeLocation: location,
		absoluteLocation: location,
		from: state.request.url
	}), {
		status,
		headers: { location }
	});
	prepareResponse(response, { addCookieHeader });
	return response;
}
function redirectTrailingSlash(trailingSlash, pathname) {
	if (pathname === "/" || isInternalPath(pathname)) return pathname;
	const path = collapseDuplicateTrailingSlashes(pathname, trailingSlash !== "never");
	if (path !== pathname) return path;
	if (trailingSlash === "ignore") return pathname;
	if (trailingSlash === "always" && !hasFileExtension(pathname)) return appendForwardSlash(pathname);
	if (trailingSlash === "never") return removeTrailingForwardSlash(pathname);
	return pathname;
}
// node_modules/astro/dist/core/cache/provider.js
var cacheProviderMemo = createAsyncManifestMemo(async (manifest) => {
	if (manifest.cacheProvider) {
		const factory = (await manifest.cacheProvider())?.default || null;
		return factory ? factory(manifest.cacheConfig?.options) : null;
	}
	return null;
});
function getCacheProvider(manifest) {
	return cacheProviderMemo.get(manifest);
}
// node_modules/astro/dist/core/cache/runtime/utils.js
function defaultSetHeaders(options) {
	const headers = new Headers();
	const directives = [];
	if (options.maxAge !== void 0) directives.push(`max-age=${options.maxAge}`);
	if (options.swr !== void 0) directives.push(`stale-while-revalidate=${options.swr}`);
	if (directives.length > 0) headers.set("CDN-Cache-Control", directives.join(", "));
	if (options.tags && options.tags.length > 0) headers.set("Cache-Tag", options.tags.join(", "));
	if (options.lastModified) headers.set("Last-Modified", options.lastModified.toUTCString());
	if (options.etag) headers.set("ETag", options.etag);
	return headers;
}
function isLiveDataEntry(value) {
	return value != null && typeof value === "object" && "id" in value && "data" in value && "cacheHint" in value;
}
// node_modules/astro/dist/core/cache/runtime/cache.js
var APPLY_HEADERS = /* @__PURE__ */ Symbol.for("astro:cache:apply");
var IS_ACTIVE = /* @__PURE__ */ Symbol.for("astro:cache:active");
var AstroCache = class {
	#options = {};
	#tags = /* @__PURE__ */ new Set();
	#disabled = false;
	#provider;
	enabled = true;
	constructor(provider) {
		this.#provider = provider;
	}
	set(input) {
		if (input === false) {
			this.#disabled = true;
			this.#tags.clear();
			this.#options = {};
			return;
		}
		this.#disabled = false;
		let options;
		if (isLiveDataEntry(input)) {
			if (!input.cacheHint) return;
			options = input.cacheHint;
		} else options = input;
		if ("maxAge" in options && options.maxAge !== void 0) this.#options.maxAge = options.maxAge;
		if ("swr" in options && options.swr !== void 0) this.#options.swr = options.swr;
		if ("etag" in options && options.etag !== void 0) this.#options.etag = options.etag;
		if (options.lastModified !== void 0) {
			if (!this.#options.lastModified || options.lastModified > this.#options.lastModified) this.#options.lastModified = options.lastModified;
		}
		if (options.tags) for (const tag of options.tags) this.#tags.add(tag);
	}
	get tags() {
		return [...this.#tags];
	}
	/**
	* Get the current cache options (read-only snapshot).
	* Includes all accumulated options: maxAge, swr, tags, etag, lastModified.
	*/
	get options() {
		return {
			...this.#options,
			tags: this.tags
		};
	}
	async invalidate(input) {
		if (!this.#provider) throw new AstroError(CacheNotEnabled);
		let options;
		if (isLiveDataEntry(input)) options = { tags: input.cacheHint?.tags ?? [] };
		else options = input;
		return this.#provider.invalidate(options);
	}
	/** @internal */
	[APPLY_HEADERS](response, request) {
		if (this.#disabled) return;
		const finalOptions = {
			...this.#options,
			tags: this.tags
		};
		if (finalOptions.maxAge === void 0 && !finalOptions.tags?.length) return;
		const headers = this.#provider?.setHeaders?.(finalOptions, request) ?? defaultSetHeaders(finalOptions);
		for (const [key, value] of headers) response.headers.set(key, value);
		if (!response.headers.has("Cache-Control") && !response.headers.has("Expires") && (response.headers.has("Last-Modified") || response.headers.has("ETag"))) response.headers.set("Cache-Control", "no-cache");
	}
	/** @internal */
	get [IS_ACTIVE]() {
		return !this.#disabled && (this.#options.maxAge !== void 0 || this.#tags.size > 0);
	}
};
function applyCacheHeaders(cache, response, request) {
	if (APPLY_HEADERS in cache) cache[APPLY_HEADERS](response, request);
}
// node_modules/astro/dist/core/routing/parts.js
var ROUTE_DYNAMIC_SPLIT = /\[(.+?\(.+?\)|.+?)\]/;
var ROUTE_SPREAD = /^\.{3}.+$/;
function getParts(part, file) {
	const result = [];
	part.split(ROUTE_DYNAMIC_SPLIT).map((str, i) => {
		if (!str) return;
		const dynamic = i % 2 === 1;
		const [, content] = dynamic ? /([^(]+)$/.exec(str) || [null, null] : [null, str];
		if (!content || dynamic && !/^(?:\.\.\.)?[\w$]+$/.test(content)) throw new Error(`Invalid route ${file} \u2014 parameter name must match /^[a-zA-Z0-9_$]+$/`);
		result.push({
			content,
			dynamic,
			spread: dynamic && ROUTE_SPREAD.test(content)
		});
	});
	return result;
}
// node_modules/astro/dist/core/cache/runtime/route-matching.js
function compileCacheRoutes(routes, base, trailingSlash) {
	const compiled = Object.entries(routes).map(([path, options]) => {
		const segments = removeLeadingForwardSlash(path).split("/").filter(Boolean).map((s) => getParts(s, path));
		return {
			pattern: getPattern(segments, base, trailingSlash),
			options,
			segments,
			route: path
		};
	});
	compiled.sort((a, b) => routeComparator({
		segments: a.segments,
		route: a.route,
		type: "page"
	}, {
		segments: b.segments,
		route: b.route,
		type: "page"
	}));
	return compiled;
}
function matchCacheRoute(pathname, compiledRoutes) {
	for (const route of compiledRoutes) if (route.pattern.test(pathname)) return route.options;
	return null;
}
// node_modules/astro/dist/core/cache/handler.js
var CACHE_KEY = "cache";
function provideCache(state) {
	const manifest = state.manifest;
	if (!manifest.cacheConfig) {
		state.provide(CACHE_KEY, { create: () => new DisabledAstroCache(state.logger) });
		return;
	}
	if (getEnvironment(manifest).runtimeMode === "development") {
		state.provide(CACHE_KEY, { create: () => new NoopAstroCache() });
		return;
	}
	return provideCacheAsync(state, manifest);
}
async function provideCacheAsync(state, manifest) {
	const cacheProvider = await getCacheProvider(manifest);
	state.provide(CACHE_KEY, { create() {
		const cache = new AstroCache(cacheProvider);
		if (manifest.cacheConfig?.routes) {
			const matched = matchCacheRoute(state.pathname, getCompiledCacheRoutes(manifest));
			if (matched) cache.set(matched);
		}
		return cache;
	} });
}
async function handleCache(state, next) {
	markFeatureUsed(state.manifest, FetchFeatures.cache);
	if (!state.manifest.cacheProvider) return next();
	const cache = state.resolve(CACHE_KEY);
	const cacheProvider = await getCacheProvider(state.manifest);
	if (cacheProvider?.onRequest) {
		const response2 = await cacheProvider.onRequest({
			request: state.request,
			url: new URL(state.request.url),
			waitUntil: state.renderOptions.waitUntil,
			logger: {
				info(msg) {
					state.logger.info("cache", msg);
				},
				warn(msg) {
					state.logger.warn("cache", msg);
				},
				error(msg) {
					state.logger.error("cache", msg);
				}
			}
		}, async () => {
			const res = await next();
			applyCacheHeaders(cache, res, state.request);
			return res;
		});
		response2.headers.delete("CDN-Cache-Control");
		response2.headers.delete("Cache-Tag");
		return response2;
	}
	const response = await next();
	applyCacheHeaders(cache, response, state.request);
	return response;
}
var compiledCacheRoutesMemo = createManifestMemo((manifest) => manifest.cacheConfig?.routes ? compileCacheRoutes(manifest.cacheConfig.routes, manifest.base, manifest.trailingSlash) : []);
function getCompiledCacheRoutes(manifest) {
	return compiledCacheRoutesMemo.get(manifest);
}
// node_modules/astro/dist/core/redirects/render.js
function isExternalURL(url) {
	return url.startsWith("http://") || url.startsWith("https://") || url.startsWith("//");
}
function redirectIsExternal(redirect) {
	if (typeof redirect === "string") return isExternalURL(redirect);
	else return isExternalURL(redirect.destination);
}
function computeRedirectStatus(method, redirect, redirectRoute) {
	return redirectRoute && typeof redirect === "object" ? redirect.status : method === "GET" ? 301 : 308;
}
function resolveRedirectTarget(params, redirect, redirectRoute, trailingSlash) {
	if (typeof redirectRoute !== "undefined") return getRouteGenerator(redirectRoute.segments, trailingSlash)(params) || redirectRoute?.pathname || "/";
	else if (typeof redirect === "string") {
		if (redirectIsExternal(redirect)) return redirect;
		else {
			let target = redirect;
			for (const param of Object.keys(params)) {
				const paramValue = params[param];
				target = target.replace(`[${param}]`, () => paramValue).replace(`[...${param}]`, () => paramValue);
			}
			return target;
		}
	} else if (typeof redirect === "undefined") return "/";
	return redirect.destination;
}
async function renderRedirect(state) {
	markFeatureUsed(state.manifest, FetchFeatures.redirects);
	const { redirect, redirectRoute } = state.routeData;
	const status = computeRedirectStatus(state.request.method, redirect, redirectRoute);
	const headers = { location: encodeURI(resolveRedirectTarget(state.params, redirect, redirectRoute, state.manifest.trailingSlash)) };
	if (redirect && redirectIsExternal(redirect)) {
		if (typeof redirect === "string") return Response.redirect(redirect, status);
		else return Response.redirect(redirect.destination, status);
	}
	return new Response(null, {
		status,
		headers
	});
}
// node_modules/astro/dist/core/routing/handler.js
function logRequestFromState(state, payload) {
	if (state.logRequest) state.logRequest(payload);
	else getEnvironment(state.manifest).logRequest(state.manifest, payload);
}
function actionsAndPages(state, ctx) {
	if (!state.skipMiddleware) {
		const actionResult = handleAction(ctx, state);
		if (actionResult) return actionResult.then((response) => response ?? handlePages(state, ctx));
	}
	return handlePages(state, ctx);
}
async function handleRequest(state) {
	await getResolvedLogger(state.manifest);
	markFeatureUsed(state.manifest, ALL_FETCH_FEATURES);
	if (state.invalidEncoding) return new Response(null, {
		status: 400,
		statusText: "Bad Request"
	});
	const trailingSlashRedirect = handleTrailingSlash(state);
	if (trailingSlashRedirect) return trailingSlashRedirect;
	if (!state.routeData) return renderErrorFromState(state, state.request, {
		...state.renderOptions,
		status: 404,
		pathname: state.pathname
	});
	return render(state);
}
async function render(state) {
	const routeData = state.routeData;
	const pathname = state.pathname;
	const request = state.request;
	const { addCookieHeader } = state.renderOptions;
	state.status = getDefaultStatusCode(state.manifest, routeData, pathname);
	let response;
	let finalizeError;
	try {
		const sessionP = state.manifest.sessionConfig ? provideSession(state) : void 0;
		const cacheP = provideCache(state);
		if (sessionP || cacheP) await Promise.all([sessionP, cacheP]);
		markFeatureUsed(state.manifest, FetchFeatures.sessions);
		if (routeData.type === "redirect") {
			const redirectResponse = await renderRedirect(state);
			logRequestFromState(state, {
				pathname,
				method: request.method,
				statusCode: redirectResponse.status,
				isRewrite: false,
				timeStart: state.timeStart
			});
			prepareResponse(redirectResponse, { addCookieHeader });
			state.logger.flush();
			return redirectResponse;
		}
		const i18n = getI18n(state.manifest);
		if (!state.manifest.cacheProvider) {
			markFeatureUsed(state.manifest, FetchFeatures.cache);
			response = await handleMiddleware(state, actionsAndPages);
			if (i18n) response = await finalizeI18n(i18n, state, response);
		} else {
			const runPipeline = async () => {
				let res = await handleMiddleware(state, actionsAndPages);
				if (i18n) res = await finalizeI18n(i18n, state, res);
				return res;
			};
			response = await handleCache(state, runPipeline);
		}
		logRequestFromState(state, {
			pathname,
			method: request.method,
			statusCode: response.status,
			isRewrite: state.isRewriting,
			timeStart: state.timeStart
		});
	} catch (err) {
		state.logger.error(null, err.stack || err.message || String(err));
		return renderErrorFromState(state, request, {
			...state.renderOptions,
			status: 500,
			error: err,
			pathname: state.pathname
		});
	} finally {
		try {
			const finalize = state.finalizeAll();
			if (finalize) await finalize;
		} catch (err) {
			finalizeError = err;
			state.logger.error(null, err.stack || err.message || String(err));
		}
	}
	if (finalizeError) return renderErrorFromState(state, request, {
		...state.renderOptions,
		status: 500,
		error: finalizeError,
		pathname: state.pathname
	});
	if (REROUTABLE_STATUS_CODES.includes(response.status) && response.body === null && !state.skipErrorReroute) return renderErrorFromState(state, request, {
		...state.renderOptions,
		response,
		status: response.status,
		error: response.status === 500 ? null : void 0,
		pathname: state.pathname
	});
	prepareResponse(response, { addCookieHeader });
	state.logger.flush();
	return response;
}
// node_modules/astro/dist/core/fetch/default-handler.js
var DefaultFetchHandler = class {
	#manifest;
	/**
	* `BaseApp` passes itself so states resolve that app's manifest ahead of
	* the ambient one; generated builds construct the handler with no
	* arguments and use the ambient manifest.
	*/
	constructor(app) {
		this.#manifest = app?.manifest;
	}
	fetch = (request) => {
		const options = getRenderOptions(request);
		return handleRequest(new FetchState(this.#manifest ?? getAmbientManifest(), request, options));
	};
};
// node_modules/astro/dist/core/routing/match-request.js
function safeDecodePathname(manifest, pathname) {
	try {
		return validateAndDecodePathname(pathname);
	} catch (e) {
		new AstroIntegrationLogger(getLogger(manifest).options, manifest.adapterName).debug(e.toString());
		try {
			return decodeURI(pathname);
		} catch {
			return pathname;
		}
	}
}
function matchRequest(manifest, request, allowPrerenderedRoutes = false) {
	const url = new URL(request.url);
	if (manifest.assets.has(url.pathname)) return void 0;
	let pathname = computePathnameFromDomain(request, url, manifest.i18n, manifest.base, manifest.trailingSlash, manifest.allowedDomains, getLogger(manifest));
	if (!pathname) pathname = prependForwardSlash(stripRequestBase(url.pathname, manifest.base));
	pathname = safeDecodePathname(manifest, pathname);
	const routeData = matchRoute(manifest, pathname);
	if (!routeData) return void 0;
	if (allowPrerenderedRoutes) return routeData;
	if (routeData.prerender) {
		if (routeData.params.length > 0) return matchAllRoutes(manifest, pathname).find((r) => !r.prerender);
		return;
	}
	return routeData;
}
// node_modules/astro/dist/core/app/base.js
var BaseApp = class BaseApp {
	manifest;
	#adapterLogger;
	baseWithoutTrailingSlash;
	/**
	* The streaming flag passed to the constructor, surfaced through the
	* protected `resolveStreaming()` hook and fed into the internal
	* `FetchState` facade hooks on the fast path.
	*/
	#streaming;
	/**
	* The handler that turns incoming `Request` objects into `Response`s.
	* Defaults to a `DefaultFetchHandler` pinned to this app and can be
	* overridden via `setFetchHandler` — typically by the bundled
	* entrypoint after importing `virtual:astro:fetchable`.
	*/
	#fetchHandler;
	#errorHandler;
	/**
	* Whether a custom fetch handler (from `src/fetch.ts`) has been set
	* via `setFetchHandler`. When false, the `DefaultFetchHandler` is
	* in use and all features are implicitly active.
	*/
	#hasCustomFetchHandler = false;
	/**
	* Whether the missing-feature check has already run. We only want
	* to warn once — after the first request in dev, or at build end.
	*/
	#featureCheckDone = false;
	get logger() {
		return getLogger(this.manifest);
	}
	/**
	* Route data derived from the manifest, used for route matching. Reads and
	* writes go through the single per-manifest route table, so HMR updates are
	* visible to every consumer at once.
	*/
	get manifestData() {
		return getRouteTable(this.manifest);
	}
	set manifestData(routesList) {
		updateRouteTable(this.manifest, routesList.routes);
	}
	get adapterLogger() {
		const currentOptions = this.logger.options;
		if (!this.#adapterLogger || this.#adapterLogger.options !== currentOptions) this.#adapterLogger = new AstroIntegrationLogger(currentOptions, this.manifest.adapterName);
		return this.#adapterLogger;
	}
	constructor(manifest, streaming = true) {
		this.manifest = manifest;
		this.baseWithoutTrailingSlash = removeTrailingForwardSlash(manifest.base);
		this.#streaming = streaming;
		getRouteTable(manifest);
		getLogger(manifest);
		this.#fetchHandler = new DefaultFetchHandler(this);
		this.#errorHandler = this.createErrorHandler();
	}
	/**
	* Resolves the user-configured logger destination from the manifest and
	* returns the logger. Lazy and only resolves once; safe to call before
	* the first render (adapters use this to log startup messages through
	* the configured destination).
	*/
	getLogger() {
		return getResolvedLogger(this.manifest);
	}
	/**
	* The streaming flag fed into the internal `FetchState` facade hooks on
	* the fast path. Returns the constructor flag by
	* default; `BuildApp` overrides this to return `undefined` so streaming
	* falls through to the environment default (`manifest.serverLike`).
	*/
	resolveStreaming() {
		return this.#streaming;
	}
	/**
	* Override the fetch handler used to dispatch requests. Entrypoints
	* call this with the default export of `virtual:astro:fetchable` to
	* plug in a user-authored handler from `src/fetch.ts`.
	*/
	setFetchHandler(handler) {
		this.#fetchHandler = handler;
		this.#hasCustomFetchHandler = !(handler instanceof DefaultFetchHandler);
	}
	/**
	* Returns the error handler used by this app. The default is a thin
	* bridge over the functional error API — strategy selection (production
	* default / dev / build) is environment-driven inside `renderErrorPage`.
	* External subclasses can override this to customize error rendering.
	*/
	createErrorHandler() {
		return { renderError: (request, options) => renderErrorPage(this.manifest, request, options) };
	}
	/**
	* Resets the cached adapter logger so it picks up a new logger instance.
	* Used by BuildApp when the logger is replaced via setOptions().
	*/
	resetAdapterLogger() {
		this.#adapterLogger = void 0;
	}
	getAllowedDomains() {
		return this.manifest.allowedDomains;
	}
	matchesAllowedDomains(forwardedHost, protocol) {
		return BaseApp.validateForwardedHost(forwardedHost, this.manifest.allowedDomains, protocol);
	}
	static validateForwardedHost(forwardedHost, allowedDomains, protocol) {
		if (!allowedDomains || allowedDomains.length === 0) return false;
		try {
			const testUrl = new URL(`${protocol || "https"}://${forwardedHost}`);
			return allowedDomains.some((pattern) => {
				return matchPattern(testUrl, pattern);
			});
		} catch {
			return false;
		}
	}
	set setManifestData(newManifestData) {
		updateRouteTable(this.manifest, newManifestData.routes);
	}
	removeBase(pathname) {
		return stripRequestBase(pathname, this.manifest.base);
	}
	/**
	* Fully decodes a pathname, falling back to a single decode and then the raw pathname
	* when validation fails. Adapter matching runs before `render()`, so it must not throw
	* for request input that render-time validation handles.
	*/
	safeDecodePathname(pathname) {
		try {
			return validateAndDecodePathname(pathname);
		} catch (e) {
			this.adapterLogger.debug(e.toString());
			try {
				return decodeURI(pathname);
			} catch {
				return pathname;
			}
		}
	}
	/**
	* Extracts the base-stripped, decoded pathname from a request.
	* Used by adapters to compute the pathname for dev-mode route matching.
	*/
	getPathnameFromRequest(request) {
		const url = new URL(request.url);
		const pathname = prependForwardSlash(this.removeBase(url.pathname));
		return this.safeDecodePathname(pathname);
	}
	/**
	* Given a `Request`, it returns the `RouteData` that matches its `pathname`. By default, prerendered
	* routes aren't returned, even if they are matched.
	*
	* When `allowPrerenderedRoutes` is `true`, the function returns matched prerendered routes too.
	* @param request
	* @param allowPrerenderedRoutes
	*/
	match(request, allowPrerenderedRoutes = false) {
		return matchRequest(this.manifest, request, allowPrerenderedRoutes);
	}
	/**
	* A matching route function to use in the development server.
	* Contrary to the `.match` function, this function resolves props and params, returning the correct
	* route based on the priority, segments. It also returns the correct, resolved pathname.
	* @param pathname
	*/
	devMatch(pathname) {}
	computePathnameFromDomain(request) {
		return computePathnameFromDomain(request, new URL(request.url), this.manifest.i18n, this.manifest.base, this.manifest.trailingSlash, this.manifest.allowedDomains, this.logger);
	}
	async render(request, { addCookieHeader = false, clientAddress = Reflect.get(request, clientAddressSymbol), locals, prerenderedErrorPageFetch = fetch, routeData, waitUntil } = {}) {
		await getResolvedLogger(this.manifest);
		if (routeData) {
			this.logger.debug("router", "The adapter " + this.manifest.adapterName + " provided a custom RouteData for ", request.url);
			this.logger.debug("router", "RouteData");
			this.logger.debug("router", routeData);
		}
		if (locals) {
			if (typeof locals !== "object") {
				const error = new AstroError(LocalsNotAnObject);
				this.logger.error(null, error.stack);
				return this.renderError(request, {
					addCookieHeader,
					clientAddress,
					prerenderedErrorPageFetch,
					locals: void 0,
					routeData,
					waitUntil,
					status: 500,
					error
				});
			}
		}
		if (!routeData) {
			const domainPathname = this.computePathnameFromDomain(request);
			if (domainPathname) routeData = matchRoute(this.manifest, this.safeDecodePathname(domainPathname));
		}
		const resolvedOptions = {
			addCookieHeader,
			clientAddress,
			prerenderedErrorPageFetch,
			locals,
			routeData,
			waitUntil
		};
		let response;
		if (this.#fetchHandler instanceof DefaultFetchHandler) response = await handleRequest(new FetchState(this.manifest, request, resolvedOptions, {
			streaming: this.resolveStreaming(),
			renderError: (req, opts) => this.renderError(req, opts),
			logRequest: (payload) => this.logThisRequest(payload)
		}));
		else {
			setRenderOptions(request, resolvedOptions);
			response = await this.#fetchHandler.fetch(request);
		}
		this.#warnMissingFeatures();
		if (response.headers.get("X-Astro-Error")) {
			response.headers.delete(ASTRO_ERROR_HEADER);
			return this.renderError(request, {
				addCookieHeader,
				clientAddress,
				prerenderedErrorPageFetch,
				locals,
				routeData,
				waitUntil,
				response,
				status: response.status,
				error: response.status === 500 ? null : void 0
			});
		}
		return response;
	}
	setCookieHeaders(response) {
		return getSetCookiesFromResponse(response);
	}
	/**
	* Reads all the cookies written by `Astro.cookie.set()` onto the passed response.
	* For example,
	* ```ts
	* for (const cookie_ of App.getSetCookieFromResponse(response)) {
	*     const cookie: string = cookie_
	* }
	* ```
	* @param response The response to read cookies from.
	* @returns An iterator that yields key-value pairs as equal-sign-separated strings.
	*/
	static getSetCookieFromResponse = getSetCookiesFromResponse;
	/**
	* If it is a known error code, try sending the according page (e.g. 404.astro / 500.astro).
	* This also handles pre-rendered /404 or /500 routes.
	*
	* Delegates to the app's configured `ErrorHandler`. To customize behavior
	* for a specific environment, override `createErrorHandler()` rather than
	* this method.
	*/
	async renderError(request, options) {
		return this.#errorHandler.renderError(request, options);
	}
	/**
	* One-shot check: after the first request with a custom `src/fetch.ts`,
	* compare `usedFeatures` against the manifest and warn about any
	* configured features the user's pipeline doesn't call.
	*/
	#warnMissingFeatures() {
		if (this.#featureCheckDone || !this.#hasCustomFetchHandler) return;
		this.#featureCheckDone = true;
		const manifest = this.manifest;
		const missing = [];
		const used = getUsedFeatures(this.manifest);
		if (manifest.routes.some((r) => r.routeData.type === "redirect") && !(used & FetchFeatures.redirects)) missing.push("redirects");
		if (manifest.sessionConfig && !(used & FetchFeatures.sessions)) missing.push("sessions");
		if (manifest.actions && !(used & FetchFeatures.actions)) missing.push("actions");
		if (manifest.middleware && !(used & FetchFeatures.middleware)) missing.push("middleware");
		if (manifest.i18n && manifest.i18n.strategy !== "manual" && !(used & FetchFeatures.i18n)) missing.push("i18n");
		if (manifest.cacheConfig && !(used & FetchFeatures.cache)) missing.push("cache");
		for (const feature of missing) this.logger.warn("router", `Your project uses ${feature}, but your custom src/fetch.ts does not call the ${feature}() handler. This feature will not work unless your fetch handler calls it.`);
	}
	getDefaultStatusCode(routeData, pathname) {
		return getDefaultStatusCode(this.manifest, routeData, pathname);
	}
	getManifest() {
		return this.manifest;
	}
	logThisRequest({ pathname, method, statusCode, isRewrite, timeStart }) {
		const timeEnd = performance.now();
		this.logRequest({
			pathname,
			method,
			statusCode,
			isRewrite,
			reqTime: timeEnd - timeStart
		});
	}
};
// node_modules/astro/dist/core/build/app.js
var BuildApp = class extends BaseApp {
	#buildEnv;
	constructor(manifest, buildEnv) {
		super(manifest);
		this.#buildEnv = buildEnv;
	}
	isDev() {
		return true;
	}
	/**
	* Streaming falls through to the environment default
	* (`manifest.serverLike` for the build environment) — we can skip
	* streaming in SSG for performance, as writing strings is faster.
	*/
	resolveStreaming() {}
	setInternals(internals) {
		this.#buildEnv.setInternals(internals);
	}
	setOptions(options) {
		this.#buildEnv.setOptions(options);
		this.logger.setDestination(options.logger.options.destination);
		this.resetAdapterLogger();
	}
	getOptions() {
		return this.#buildEnv.getOptions();
	}
	getSettings() {
		return this.#buildEnv.getSettings();
	}
	/**
	* Route cache and component loader for `StaticPaths`. Defined on the app
	* (rather than reached through the functional core at the call site) so
	* they execute inside the prerender bundle's module graph: the default
	* prerenderer constructs `StaticPaths` from a different bundle, whose
	* copies of the core modules hold separate per-manifest state.
	*/
	get routeCache() {
		return getRouteCache(this.manifest);
	}
	getComponentByRoute(routeData) {
		return getEnvironment(this.manifest).getComponentByRoute(this.manifest, routeData);
	}
	logRequest(_options) {}
};
// node_modules/astro/dist/entrypoints/prerender.js
var buildEnv = createBuildEnvironment();
setEnvironment(manifest, buildEnv.env);
var app = new BuildApp(manifest, buildEnv);
export { app, manifest };
