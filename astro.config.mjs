// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// The public address; SITE_URL overrides it for other deployments (e.g. GitHub Pages).
const site = process.env.SITE_URL || 'https://foerderatlas.example.org';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Keep whitespace between inline elements so words are not glued together.
  compressHTML: false,
  integrations: [mdx(), sitemap()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});
