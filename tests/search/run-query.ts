/** Runs one query through the real search page in Chromium and returns the hits as entry ids. */
import type { Page } from 'playwright-core';
import type { Site } from '../helpers/browser';
import type { Lang } from './queries';

const COLLECTION_OF: Record<string, string> = {
  programme: 'programs',
  projekte: 'projects',
  regionen: 'regions',
  handlungsfelder: 'action-fields',
  zielgruppen: 'target-groups',
  traeger: 'organizations',
};

/** "/en/programme/integrationskurse/" → "programs/integrationskurse" (other pages keep their path). */
export function entryId(href: string): string {
  const path = new URL(href, 'http://x').pathname.replace(/^\/(en|ar)\//, '/');
  const match = /^\/([a-z-]+)\/([a-z0-9-]+)\/$/.exec(path);
  return match && COLLECTION_OF[match[1]!] ? `${COLLECTION_OF[match[1]!]}/${match[2]}` : path;
}

export const searchPath = (lang: Lang, query: string) => `${lang === 'de' ? '' : `/${lang}`}/suche/?q=${encodeURIComponent(query)}`;

/** Waits until the page has answered its query: the status no longer says "searching" nor asks for input. */
export async function waitForAnswer(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const text = JSON.parse(document.querySelector('#search-text')?.textContent ?? '{}') as Record<string, string>;
    const status = document.querySelector('#search-status')?.textContent?.trim() ?? '';
    return status !== '' && status !== text.searching && status !== text.startHint;
  });
}

/** Clicks "more" until every hit is listed; returns them in order. */
export async function allHits(page: Page): Promise<string[]> {
  while (await page.locator('#more:not([hidden])').count()) {
    const before = await page.locator('#results li').count();
    await page.click('#more');
    await page.waitForFunction((n) => document.querySelectorAll('#results li').length > n, before);
  }
  const hrefs = await page.locator('#results li h3 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map(entryId);
}

export async function runQuery(site: Site, lang: Lang, query: string): Promise<{ hits: string[]; status: string; page: Page }> {
  const { page } = await site.open(searchPath(lang, query));
  await waitForAnswer(page);
  const hits = await allHits(page);
  const status = (await page.locator('#search-status').innerText()).trim();
  return { hits, status, page };
}
