/**
 * /regionen/<id>/feed.xml: Atom feed of new and changed offerings that reach a region, on the spot
 * (in it or one of its places) or from above: what a person living there can use.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { de } from '../../../i18n/de';
import { atomFeed, feedItems } from '../../../lib/export';
import { getCatalogue } from '../../../site/catalogue';
import { getReachIndex } from '../../../site/reach';
import { absolute, changeDates, exportContext } from '../../../site/open-data';

export const getStaticPaths: GetStaticPaths = async () => (await getCatalogue()).regions.map((r) => ({ params: { id: r.id } }));

export const GET: APIRoute = async ({ params }) => {
  const catalogue = await getCatalogue();
  const ctx = exportContext();
  const region = catalogue.region(params.id!);
  const offerings = (await getReachIndex()).reaching(region.id);
  const xml = atomFeed(
    feedItems(catalogue, offerings, changeDates(catalogue), ctx),
    {
      title: de.data.regionFeedTitle(region.name),
      subtitle: de.data.regionFeedSubtitle(region.name),
      feedUrl: absolute(`/regionen/${region.id}/feed.xml`),
      pageUrl: absolute(`/regionen/${region.id}/`),
    },
    ctx,
  );
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
