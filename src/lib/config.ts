/**
 * Settings of a deployment, from the environment with sensible defaults, so a fork or a
 * municipality can run its own catalogue without changing code.
 */
export interface SiteConfig {
  /** Repository for "Diese Seite bearbeiten" and "Fehler melden" links. Placeholder until the project has its public home. */
  repository: string;
  branch: string;
  dataLicense: { id: string; name: string; url: string };
  /** Entries whose `reviewed` date is older than this are due for a check. */
  reviewMaxAgeMonths: number;
  /** Function mailbox of the editors for "per E-Mail melden" on /mitmachen/ (EDITORS_EMAIL). */
  editorsEmail: string;
}

/** The repository's edit page for a content file; none for files outside the repository (e.g. a CONTENT_DIR elsewhere). */
export function editUrl(config: SiteConfig, file: string | undefined): string | undefined {
  return file && !file.startsWith('/') && !file.startsWith('..') ? `${config.repository}/edit/${config.branch}/${file}` : undefined;
}

export function siteConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const months = Number(env.REVIEW_MAX_AGE_MONTHS);
  return {
    repository: (env.REPO_URL || 'https://github.com/foerderatlas/foerderatlas').replace(/\/$/, ''),
    branch: env.REPO_BRANCH || 'main',
    dataLicense: {
      id: env.DATA_LICENSE_ID || 'CC-BY-4.0',
      name: env.DATA_LICENSE_NAME || 'Creative Commons Namensnennung 4.0 International (CC BY 4.0)',
      url: env.DATA_LICENSE_URL || 'https://creativecommons.org/licenses/by/4.0/deed.de',
    },
    reviewMaxAgeMonths: Number.isFinite(months) && months > 0 ? months : 12,
    editorsEmail: /^[^\s@?&#]+@[^\s@?&#]+\.[^\s@?&#]+$/.test(env.EDITORS_EMAIL ?? '') ? env.EDITORS_EMAIL! : 'redaktion@foerderatlas.example.org',
  };
}

/** The public address when SITE_URL is not set (astro.config.mjs uses the same). */
export const DEFAULT_SITE_URL = 'https://foerderatlas.example.org';

/** The site's public root: SITE_URL with BASE_PATH and a trailing slash, e.g. "https://x.github.io/atlas/". */
export function siteRoot(env: NodeJS.ProcessEnv = process.env): string {
  const base = `/${(env.BASE_PATH || '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return new URL(base, env.SITE_URL || DEFAULT_SITE_URL).toString();
}
