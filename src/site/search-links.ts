/** Links into the search with filters set: the "show all" of long lists. */
import { url } from './urls';

export function searchUrl(filters: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return `${url('/suche/')}?${params.toString()}`;
}
