/** dist/data/dcat.jsonld: DCAT-AP.de description of the open-data files, for data portals. */
import type { APIRoute } from 'astro';
import { de } from '../../i18n/de';
import { dcatCatalog } from '../../lib/export';
import { getCatalogue } from '../../site/catalogue';
import { dcatDatasets, exportContext } from '../../site/open-data';

export const GET: APIRoute = async () => {
  const catalogue = dcatCatalog(dcatDatasets(await getCatalogue()), { title: de.site.name, description: `${de.data.intro} ${de.data.catalogueDescription}` }, exportContext());
  return new Response(`${JSON.stringify(catalogue, null, 1)}\n`, { headers: { 'content-type': 'application/ld+json; charset=utf-8' } });
};
