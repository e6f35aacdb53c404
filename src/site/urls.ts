/** Every URL of the site in one place, with the base path and the language prefix. */
import { DEFAULT_LOCALE, pathInLocale, type Locale } from '../i18n/locales';
import type { Offering } from '../lib/catalogue';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** "/regionen/" in English → "/en/regionen/" (German, the default, has no prefix). */
export const localizedUrl = (path: string, locale: Locale) => `${base}${locale === DEFAULT_LOCALE ? '' : `/${locale}`}${path}`;

/**
 * The address of the page being rendered, in its language. Under Astro's rewrite fallback an English or
 * Arabic page sees the German path in Astro.url, so the path is put into the page's language here.
 */
export function pagePathIn(pathname: string, locale: Locale): string {
  return `${base}${pathInLocale(pathname.slice(base.length) || '/', locale)}`;
}

export function urlsFor(locale: Locale) {
  const url = (path: string) => localizedUrl(path, locale);
  const programUrl = (id: string) => url(`/programme/${id}/`);
  const projectUrl = (id: string) => url(`/projekte/${id}/`);
  return {
    url,
    programUrl,
    projectUrl,
    offeringUrl: (o: Pick<Offering, 'kind' | 'id'>) => (o.kind === 'program' ? programUrl(o.id) : projectUrl(o.id)),
    actionFieldUrl: (id: string) => url(`/handlungsfelder/${id}/`),
    targetGroupUrl: (id: string) => url(`/zielgruppen/${id}/`),
    regionUrl: (id: string) => url(`/regionen/${id}/`),
    organizationUrl: (id: string) => url(`/traeger/${id}/`),
    /** Links into the search with filters set: the "show all" of long lists. */
    searchUrl(filters: Record<string, string | undefined>): string {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
      return `${url('/suche/')}?${params.toString()}`;
    },
  };
}

/** The German URLs, for the open-data files (which are German) and code outside pages. */
export const { url, programUrl, projectUrl, offeringUrl, actionFieldUrl, targetGroupUrl, regionUrl, organizationUrl, searchUrl } = urlsFor(DEFAULT_LOCALE);
