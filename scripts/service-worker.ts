/**
 * The offline service worker (Workbox, generated into the build): it precaches the site shell (styles,
 * the finder's scripts and place list, the finder's first step and the home pages) and keeps every page
 * a person opens (network first, the cached copy when offline) and the locator maps it shows. Everything it stores comes from this
 * site; nothing is fetched from other hosts. Registered by the finder and home pages only.
 */
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

export async function writeServiceWorker(site: string, basePath: string): Promise<{ count: number; size: number }> {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const pages = ['', 'en/', 'ar/'].flatMap((lang) => [`${lang}index.html`, `${lang}finden/index.html`]);
  const { count, size, warnings } = await generateSW({
    globDirectory: site,
    globPatterns: ['_astro/*.{css,js}', 'finden/orte.json', 'finden/filter.css', 'favicon.svg', ...pages],
    swDest: join(site, 'sw.js'),
    // Precached pages are asked for by their directory address (/finden/), as links write them.
    modifyURLPrefix: { '': base },
    manifestTransforms: [async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: e.url.replace(/index\.html$/, '') })) })],
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: { cacheName: 'foerderatlas-seiten', networkTimeoutSeconds: 5, expiration: { maxEntries: 300 } },
      },
      {
        // The locator maps are shared files (/karten/lage/, src/lib/locator.ts): kept with the pages that show them.
        urlPattern: /\/karten\/lage\/[^/]+\.svg$/,
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'foerderatlas-karten', expiration: { maxEntries: 100 } },
      },
    ],
    // One file, no runtime loaded from anywhere else; a new build replaces the old worker on the next visit.
    inlineWorkboxRuntime: true,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    sourcemap: false,
    mode: 'production',
  });
  for (const warning of warnings) console.warn(warning);
  return { count, size };
}
