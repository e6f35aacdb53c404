/** The analysis of the one catalogue of this build, computed once and shared by every page. */
import { analyse, type Analysis } from '../lib/analysis';
import { getCatalogue } from './catalogue';

let cached: Promise<Analysis> | undefined;

export function getAnalysis(): Promise<Analysis> {
  cached ??= getCatalogue().then(analyse);
  return cached;
}
