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
  /** The shared list of every Land-, Bund- and EU-wide offering for a need ("überall": the same for every place), page n. */
  everywhere: (field: string, page = 1) => `/finden/${EVERYWHERE}/${field}/${page > 1 ? `${page}/` : ''}`,
};

/** The path segment of the shared lists; no place may have this id (getStaticPaths of the list checks it). */
export const EVERYWHERE = 'ueberall';
/** Entries per page of a shared list: a page stays the size of fifty cards however large the catalogue grows. */
export const EVERYWHERE_PAGE_SIZE = 50;

/** FINDER_PAGES=off leaves out the step-2 and answer pages: the bench's comparison for what the finder costs. */
export const finderPagesBuilt = process.env.FINDER_PAGES !== 'off';
