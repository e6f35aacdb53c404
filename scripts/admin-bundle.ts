/**
 * Writes the browser editor's script into the built site: Decap CMS from npm (its packaged build, with
 * React, its peer) and Decap's German texts, bundled by esbuild into <out>/admin/decap/cms.js, and
 * Decap's lazily loaded chunks beside it (Decap finds them relative to its own script). Nothing is
 * loaded from other hosts. Called by scripts/build.ts after Astro has built the pages.
 * Decap then starts and reads the configuration that the page's <link rel="cms-config-url">
 * names (/admin/config.yml, generated from the zod schemas by src/pages/admin/config.yml.ts).
 */
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');

export async function writeAdminBundle(outDir: string): Promise<{ files: number; size: number }> {
  const target = join(outDir, 'admin', 'decap');
  mkdirSync(target, { recursive: true });
  await build({
    // The entry is these few lines, not a file in src/client: browser code there imports only itself.
    stdin: {
      contents: [
        "import decap from 'decap-cms-app/dist/decap-cms-app.js';",
        "import de from 'decap-cms-locales/dist/esm/de/index.js';",
        'const cms = decap.default ?? decap;',
        'cms.registerLocale("de", de);',
        // decap-cms-app (unlike the CDN build) does not start by itself.
        'cms.init();',
      ].join('\n'),
      resolveDir: root,
      loader: 'js',
      sourcefile: 'admin-entry.js',
    },
    outfile: join(target, 'cms.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'linked',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const dist = dirname(createRequire(import.meta.url).resolve('decap-cms-app/dist/decap-cms-app.js'));
  for (const file of readdirSync(dist)) {
    if (/^(\d+\.decap-cms-app\.js|[0-9a-f]+\.wasm|decap-cms-app\.js\.LICENSE\.txt)$/.test(file)) copyFileSync(join(dist, file), join(target, file));
  }
  const files = readdirSync(target);
  return { files: files.length, size: files.reduce((sum, f) => sum + statSync(join(target, f)).size, 0) };
}
