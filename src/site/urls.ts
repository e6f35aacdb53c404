/** Every URL of the site in one place (architecture.md, "Names"), with the configured base path. */
import type { Offering } from '../lib/catalogue';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export const url = (path: string) => `${base}${path}`;
export const programUrl = (id: string) => url(`/programme/${id}/`);
export const projectUrl = (id: string) => url(`/projekte/${id}/`);
export const offeringUrl = (o: Pick<Offering, 'kind' | 'id'>) => (o.kind === 'program' ? programUrl(o.id) : projectUrl(o.id));
export const actionFieldUrl = (id: string) => url(`/handlungsfelder/${id}/`);
export const targetGroupUrl = (id: string) => url(`/zielgruppen/${id}/`);
export const regionUrl = (id: string) => url(`/regionen/${id}/`);
export const organizationUrl = (id: string) => url(`/traeger/${id}/`);
