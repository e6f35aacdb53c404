/** The Angebotsfinder's index for this build: computed once from the catalogue, shared by every finder page. */
import { buildFinderIndex, type FinderIndex } from '../lib/finder';
import { getCatalogue } from './catalogue';

let cached: Promise<FinderIndex> | undefined;

export function getFinder(): Promise<FinderIndex> {
  cached ??= getCatalogue().then((catalogue) => buildFinderIndex(catalogue));
  return cached;
}

/** Finder URLs below a language's /finden/. */
export const finderPaths = {
  start: '/finden/',
  place: (place: string) => `/finden/${place}/`,
  answer: (place: string, field: string) => `/finden/${place}/${field}/`,
};

/** FINDER_PAGES=off leaves out the step-2 and answer pages: the bench's comparison for what the finder costs. */
export const finderPagesBuilt = process.env.FINDER_PAGES !== 'off';
