/** dist/feed.xml: Atom feed of new and changed offerings, newest first. */
import type { APIRoute } from 'astro';
import { de } from '../i18n/de';
import { atomFeed, feedItems } from '../lib/export';
import { getCatalogue } from '../site/catalogue';
import { absolute, changeDates, exportContext } from '../site/open-data';

export const GET: APIRoute = async () => {
  const catalogue = await getCatalogue();
  const ctx = exportContext();
  const items = feedItems(catalogue, catalogue.offerings, changeDates(catalogue), ctx);
  const xml = atomFeed(items, { title: de.data.feedTitle, subtitle: de.data.feedSubtitle, feedUrl: absolute('/feed.xml'), pageUrl: absolute('/') }, ctx);
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
