/** dist/admin/config.yml: the browser editor's configuration, generated from the zod schemas (src/lib/decap-config.ts). */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { siteConfig } from '../../lib/config';
import { decapConfig, decapOptionsFrom } from '../../lib/decap-config';

export const GET: APIRoute = () => {
  const config = decapConfig(decapOptionsFrom(siteConfig(), process.env));
  const header = '# Erzeugt beim Bauen aus den zod-Schemas (src/lib/decap-config.ts); nicht von Hand ändern.\n';
  return new Response(header + stringify(config, { lineWidth: 0 }), { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
};
