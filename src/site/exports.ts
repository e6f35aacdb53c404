/** Settings of the open-data files, shared by the endpoints and the /daten/ page that explains them. */
export const OVERLAP_PARTNER_LIMIT = 25;

export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
