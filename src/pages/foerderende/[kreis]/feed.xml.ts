/** /foerderende/<kreis>/feed.xml: Atom feed of the action fields whose local offerings all end within 24 months. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { de } from '../../../i18n/de';
import { kreiseOf } from '../../../lib/action-exports';
import { atomFeed, FEED_LIMIT } from '../../../lib/export';
import { formatterFor } from '../../../lib/format';
import { getAnalysis } from '../../../site/analysis';
import { getCatalogue } from '../../../site/catalogue';
import { absolute, exportContext } from '../../../site/open-data';
import { ending, kreisRadar, townRadar } from '../../../site/radar';

export const getStaticPaths: GetStaticPaths = async () => kreiseOf((await getCatalogue()).regions).map((kreis) => ({ params: { kreis } }));

export const GET: APIRoute = async ({ params }) => {
  const [catalogue, analysis] = await Promise.all([getCatalogue(), getAnalysis()]);
  const ctx = exportContext();
  const kreis = catalogue.region(params.kreis!);
  const t = de.gapToAction;
  const date = formatterFor('de').date;
  const pageUrl = absolute(`/foerderende/${kreis.id}/`);
  // The Kreis's own fields first, then its towns' (each at most once per place and field).
  const cells = [...ending(kreisRadar(catalogue, analysis, kreis.id)), ...townRadar(catalogue, analysis, kreis.id)].slice(0, FEED_LIMIT);
  const items = cells.map((cell) => {
    const field = catalogue.actionField(cell.actionField).title;
    const place = catalogue.region(cell.region).name;
    // The entry changes when the data behind it does: the newest review among its offerings.
    const reviewed = cell.running.map((r) => catalogue.offering(r.key).reviewed).sort().at(-1) ?? ctx.generated;
    return {
      key: `${cell.region}/${cell.actionField}`,
      title: t.feedEntry(field, place, date(cell.lastEnd!)),
      summary: cell.running.map((r) => `${catalogue.offering(r.key).title}: ${date(r.date!)} (${t.endBasis[r.basis]})`).join('; '),
      link: cell.region === kreis.id ? `${pageUrl}#feld-${cell.actionField}` : `${pageUrl}#ort-${cell.region}-${cell.actionField}`,
      date: reviewed,
      categories: [field],
    };
  });
  const xml = atomFeed(items, { title: t.feedTitle(kreis.name), subtitle: t.feedSubtitle(kreis.name), feedUrl: absolute(`/foerderende/${kreis.id}/feed.xml`), pageUrl }, ctx);
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
