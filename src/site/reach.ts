/** Region → offerings for this build, computed once and shared by every region page, feed and calendar in every language. */
import type { Offering } from '../lib/catalogue';
import { buildReachIndex, type ReachIndex } from '../lib/reach-index';
import { getCatalogue } from './catalogue';

let cached: Promise<ReachIndex<Offering>> | undefined;

export function getReachIndex(): Promise<ReachIndex<Offering>> {
  cached ??= getCatalogue().then((catalogue) => buildReachIndex(catalogue.tree, catalogue.offerings));
  return cached;
}
