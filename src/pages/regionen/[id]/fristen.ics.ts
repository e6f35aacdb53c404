/** /regionen/<id>/fristen.ics: deadlines of the programmes that reach a region (reachOf). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { de } from '../../../i18n/de';
import type { ProgramEntry } from '../../../lib/catalogue';
import { deadlineEvents, icsCalendar } from '../../../lib/export';
import { getCatalogue } from '../../../site/catalogue';
import { getReachIndex } from '../../../site/reach';
import { absolute, exportContext } from '../../../site/open-data';

export const getStaticPaths: GetStaticPaths = async () => (await getCatalogue()).regions.map((r) => ({ params: { id: r.id } }));

export const GET: APIRoute = async ({ params }) => {
  const catalogue = await getCatalogue();
  const ctx = exportContext();
  const region = catalogue.region(params.id!);
  const programs = (await getReachIndex()).reaching(region.id).filter((o): o is ProgramEntry => o.kind === 'program');
  const ics = icsCalendar(
    deadlineEvents(programs, ctx, de.data.deadline),
    { name: de.data.regionCalendarName(region.name), description: de.data.regionCalendarDescription(region.name), url: absolute(`/regionen/${region.id}/fristen.ics`) },
    ctx,
  );
  return new Response(ics, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
