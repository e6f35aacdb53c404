/** The static paths of the complete overlap lists: one paginated list per offering that needs one. */
import type { PaginateFunction } from 'astro';
import { offeringKey, type Offering } from '../lib/catalogue';
import { needsOverlapList, OVERLAPS_PER_PAGE } from '../lib/overlap-pages';
import { getAnalysis } from './analysis';
import { getCatalogue } from './catalogue';

export async function overlapListPaths(kind: Offering['kind'], paginate: PaginateFunction) {
  const [catalogue, analysis] = await Promise.all([getCatalogue(), getAnalysis()]);
  return (kind === 'program' ? catalogue.programs : catalogue.projects).flatMap((offering: Offering) => {
    const overlaps = analysis.overlapsOf(offeringKey(offering));
    if (!needsOverlapList(overlaps.length)) return [];
    return paginate(overlaps, { pageSize: OVERLAPS_PER_PAGE, params: { id: offering.id }, props: { offering } });
  });
}
