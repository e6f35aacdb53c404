/** dist/finden/orte.json: the finder's places for the instant field (name, Kreis, other names). */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../site/catalogue';
import { getFinder } from '../../site/finder';
import { jsonResponse } from '../../site/open-data';

export const GET: APIRoute = async () => {
  const catalogue = await getCatalogue();
  const finder = await getFinder();
  return jsonResponse(
    finder.places.map((p) => {
      const kreis = finder.kreisOf(p.id);
      const aliases = p.officialName && p.officialName !== p.name ? [p.officialName] : undefined;
      return { id: p.id, name: p.name, ...(kreis && kreis !== p.id ? { kreis: catalogue.region(kreis).name } : {}), ...(aliases ? { aliases } : {}) };
    }),
  );
};
