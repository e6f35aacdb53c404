/** /handlungsfelder/<id>/feed.xml: Atom feed of new and changed offerings of one action field. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { de } from '../../../i18n/de';
import { atomFeed, feedItems } from '../../../lib/export';
import { getCatalogue } from '../../../site/catalogue';
import { absolute, changeDates, exportContext } from '../../../site/open-data';

export const getStaticPaths: GetStaticPaths = async () => (await getCatalogue()).actionFields.map((f) => ({ params: { id: f.id } }));

export const GET: APIRoute = async ({ params }) => {
  const catalogue = await getCatalogue();
  const ctx = exportContext();
  const field = catalogue.actionField(params.id!);
  const items = feedItems(catalogue, catalogue.offeringsWithActionField(field.id), changeDates(catalogue), ctx);
  const xml = atomFeed(
    items,
    {
      title: de.data.fieldFeedTitle(field.title),
      subtitle: de.data.fieldFeedSubtitle(field.title),
      feedUrl: absolute(`/handlungsfelder/${field.id}/feed.xml`),
      pageUrl: absolute(`/handlungsfelder/${field.id}/`),
    },
    ctx,
  );
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
