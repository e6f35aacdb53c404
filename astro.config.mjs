// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { DEFAULT_SITE_URL } from './src/lib/config.ts';

// The public address; SITE_URL overrides it for other deployments (e.g. GitHub Pages).
const site = process.env.SITE_URL || DEFAULT_SITE_URL;
const base = process.env.BASE_PATH || '/';
// SITE_LANGUAGES=de builds the German pages only: the benchmark's comparison for the cost of languages.
const germanOnly = process.env.SITE_LANGUAGES === 'de';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Collapse indentation: Astro keeps one space between inline elements (words are not glued) and
  // leaves <pre> alone; a fifth of every page was indentation, repeated on tens of thousands of pages.
  compressHTML: true,
  // The sitemap is written after the build from the built pages (scripts/build.ts, src/lib/sitemap.ts).
  integrations: [mdx()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Nothing inline, so the pages' Content-Security-Policy (src/lib/csp.ts) can forbid inline scripts:
  // Astro would otherwise inline small page scripts.
  vite: { build: { assetsInlineLimit: 0 } },
  // German at /, English at /en/, Arabic at /ar/. Each page is written once: Astro renders it again for
  // the other languages ("rewrite" fallback) and the page reads Astro.currentLocale (src/site/i18n.ts).
  i18n: {
    locales: ['de', 'en', 'ar'],
    defaultLocale: 'de',
    fallback: germanOnly ? {} : { en: 'de', ar: 'de' },
    routing: { prefixDefaultLocale: false, fallbackType: 'rewrite' },
  },
});
