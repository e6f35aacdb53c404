/** dist/fristen.ics: every programme deadline as an all-day event. */
import type { APIRoute } from 'astro';
import { de } from '../i18n/de';
import { deadlineEvents, icsCalendar } from '../lib/export';
import { getCatalogue } from '../site/catalogue';
import { absolute, exportContext } from '../site/open-data';

export const GET: APIRoute = async () => {
  const catalogue = await getCatalogue();
  const ctx = exportContext();
  const events = deadlineEvents(catalogue.programs, ctx, de.data.deadline);
  const ics = icsCalendar(events, { name: de.data.calendarName, description: de.data.calendarDescription, url: absolute('/fristen.ics') }, ctx);
  return new Response(ics, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
