/** The browser editor's configuration, derived from the zod schemas (src/lib/decap-config.ts). */
import { describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy, contentSecurityPolicy } from '../../src/lib/csp';
import { collectionFields, decapConfig, decapConnectSources, decapOptionsFrom, githubRepo, type DecapField } from '../../src/lib/decap-config';

const config = decapConfig({ repository: 'https://github.com/beispiel/atlas', branch: 'main' });
const collections = config.collections as { name: string; folder: string; extension: string; create: boolean; fields: DecapField[] }[];
const field = (fields: DecapField[], path: string): DecapField => {
  const [head, ...rest] = path.split('.');
  const found = fields.find((f) => f.name === head);
  if (!found) throw new Error(`kein Feld ${path}`);
  return rest.length ? field((found.fields as DecapField[]) ?? [found.field as DecapField], rest.join('.')) : found;
};

describe('Decap CMS configuration', () => {
  it('uses the GitHub backend of REPO_URL with the editorial workflow, and the local proxy on 127.0.0.1', () => {
    expect(config.backend).toMatchObject({ name: 'github', repo: 'beispiel/atlas', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1', allowed_hosts: ['localhost', '127.0.0.1'] });
    expect(config.locale).toBe('de');
  });

  it('takes the auth endpoint and the proxy port from the environment, and refuses a repository that is not on GitHub', () => {
    const options = decapOptionsFrom({ repository: 'https://github.com/a/b', branch: 'live' }, { DECAP_AUTH_URL: 'https://auth.example.org', DECAP_SERVER_PORT: '9123' });
    const custom = decapConfig(options);
    expect(custom.backend).toMatchObject({ repo: 'a/b', branch: 'live', base_url: 'https://auth.example.org' });
    expect((custom.local_backend as { url: string }).url).toBe('http://127.0.0.1:9123/api/v1');
    expect(decapOptionsFrom({ repository: 'https://github.com/a/b', branch: 'x' }, { DECAP_SERVER_PORT: 'viel' }).localPort).toBe(8081);
    expect(githubRepo('https://github.com/a/b.git')).toBe('a/b');
    expect(() => githubRepo('https://gitlab.com/a/b')).toThrow(/keine GitHub-Adresse/);
  });

  it('has folder collections for projects, programs and organizations (new entries) and the collections they refer to (no new entries)', () => {
    expect(collections.map((c) => [c.name, c.folder, c.extension, c.create])).toEqual([
      ['projects', 'content/projects', 'yaml', true],
      ['programs', 'content/programs', 'yaml', true],
      ['organizations', 'content/organizations', 'yaml', true],
      ['regions', 'content/regions', 'yaml', false],
      ['action-fields', 'content/action-fields', 'yaml', false],
      ['target-groups', 'content/target-groups', 'yaml', false],
    ]);
  });

  it('marks required and optional fields as the schema does, with German labels and the field descriptions as hints', () => {
    const projects = collectionFields('projects');
    expect(field(projects, 'title')).toMatchObject({ label: 'Titel', widget: 'string', required: true });
    expect(field(projects, 'title').hint).toMatch(/\S/);
    expect(field(projects, 'summary')).toMatchObject({ widget: 'text', required: true });
    expect(field(projects, 'url')).toMatchObject({ required: false });
    expect(field(projects, 'period.start')).toMatchObject({ required: true });
    expect(field(projects, 'period.end')).toMatchObject({ required: false });
    expect(field(projects, 'sources.url')).toMatchObject({ widget: 'string', required: true });
    // Decap checks required fields inside an empty optional object too: there they are left to the validator.
    expect(field(projects, 'translations.en.summary')).toMatchObject({ required: false });
    expect(field(projects, 'address.city')).toMatchObject({ required: false });
    expect(field(projects, 'hours.slots.days')).toMatchObject({ required: true });
  });

  it('turns enums into selects, references into relation widgets, dates into date pickers', () => {
    const projects = collectionFields('projects');
    expect(field(projects, 'cost')).toMatchObject({ widget: 'select', options: ['kostenlos', 'geringe-gebuehr', 'kostenpflichtig', 'unbekannt'] });
    expect(field(projects, 'format')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(field(projects, 'carrier')).toMatchObject({ widget: 'relation', collection: 'organizations', value_field: '{{slug}}', search_fields: ['name'], multiple: false });
    expect(field(projects, 'area')).toMatchObject({ widget: 'relation', collection: 'regions', multiple: true, min: 1 });
    expect(field(projects, 'actionFields')).toMatchObject({ widget: 'relation', collection: 'action-fields', search_fields: ['title'], multiple: true });
    expect(field(projects, 'funding.program')).toMatchObject({ widget: 'relation', collection: 'programs' });
    expect(field(projects, 'reviewed')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(field(projects, 'sources')).toMatchObject({ widget: 'list' });
    expect(field(projects, 'ageRange.min')).toMatchObject({ widget: 'number', value_type: 'int' });
    expect(field(projects, 'languages')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
    expect(field(collectionFields('organizations'), 'region')).toMatchObject({ widget: 'relation', collection: 'regions', search_fields: ['name'] });
  });

  it('every relation points at a collection of the configuration', () => {
    const names = new Set(collections.map((c) => c.name));
    const relations: string[] = [];
    const walk = (fields: DecapField[]) =>
      fields.forEach((f) => {
        if (f.widget === 'relation') relations.push(f.collection as string);
        if (f.fields) walk(f.fields as DecapField[]);
        if (f.field) walk([f.field as DecapField]);
      });
    collections.forEach((c) => walk(c.fields));
    expect(relations.length).toBeGreaterThan(5);
    expect(relations.filter((r) => !names.has(r))).toEqual([]);
  });
});

describe("the editor's content security policy", () => {
  it('allows what Decap needs and no script from another host', () => {
    const policy = adminContentSecurityPolicy(decapConnectSources({ localPort: 8081 }));
    expect(policy).toContain("script-src 'self' 'unsafe-eval';");
    expect(policy).toContain("style-src 'self' 'unsafe-inline';");
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:8081 https://api.github.com;");
    expect(policy).not.toMatch(/script-src[^;]*(https?:|\*|'unsafe-inline')/);
    expect(policy).not.toBe(contentSecurityPolicy());
  });
});
