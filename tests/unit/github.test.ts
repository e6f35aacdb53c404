/**
 * The GitHub files: workflows are checked against GitHub's workflow schema (@action-validator/core),
 * issue forms against the structure GitHub requires, and both for what this project relies on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { validateWorkflow } from '@action-validator/core';

const root = join(import.meta.dirname, '..', '..');
const workflowsDir = join(root, '.github', 'workflows');
const formsDir = join(root, '.github', 'ISSUE_TEMPLATE');

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asObj = (v: unknown): Obj => (isObj(v) ? v : {});
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Parses YAML and fails on any syntax error or warning, so a broken file never passes as `null`. */
function parseYaml(src: string, file: string): unknown {
  const doc = parseDocument(src, { prettyErrors: true });
  expect([...doc.errors, ...doc.warnings].map((e) => `${file}: ${e.message}`)).toEqual([]);
  return doc.toJS();
}

/** Schema errors of a workflow as readable lines (the validator nests `oneOf` alternatives). */
function workflowErrors(src: string): string[] {
  return validateWorkflow(src).errors.map((e) => {
    const where = 'path' in e ? e.path || '/' : e.location ? `${e.location.line}:${e.location.column}` : '';
    return `${where} ${e.title}${e.detail ? `: ${e.detail}` : ''}`;
  });
}

const yamlFiles = (dir: string) => readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
const workflowFiles = yamlFiles(workflowsDir);
const readWorkflow = (file: string) => asObj(parseYaml(readFileSync(join(workflowsDir, file), 'utf8'), file));

type Step = { name?: string; uses?: string; run?: string; with?: Obj; env?: Obj; id?: string };
const stepsOf = (workflow: Obj): Step[] =>
  Object.values(asObj(workflow.jobs)).flatMap((job) => asArray(asObj(job).steps).map((s) => asObj(s) as Step));
const action = (uses: string | undefined) => uses?.split('@')[0];

describe('GitHub-Workflows', () => {
  it('exist: ci.yml and deploy.yml', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml']));
  });

  it.each(workflowFiles)('%s is valid YAML and passes the GitHub workflow schema', (file) => {
    const src = readFileSync(join(workflowsDir, file), 'utf8');
    expect(isObj(parseYaml(src, file))).toBe(true);
    expect(workflowErrors(src)).toEqual([]);
  });

  it.each(workflowFiles)('%s pins every action to a version and grants least permissions at the top', (file) => {
    const workflow = readWorkflow(file);
    for (const step of stepsOf(workflow)) {
      if (step.uses) expect(step.uses, `${file}: ${step.uses}`).toMatch(/^[\w.-]+\/[\w./-]+@\S+$/);
    }
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('the validator rejects broken workflows (the check can fail)', () => {
    const good = [
      'name: Probe',
      'on: [push]',
      'permissions:',
      '  contents: read',
      'jobs:',
      '  check:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v5',
      '      - run: npm test',
      '',
    ].join('\n');
    expect(workflowErrors(good)).toEqual([]);
    // A mistyped key, an unknown trigger, an invalid permission level, steps that are no list, a YAML syntax error.
    expect(workflowErrors(good.replace('runs-on:', 'run-on:'))).not.toEqual([]);
    expect(workflowErrors(good.replace('on: [push]', 'on: [pull_requests]'))).not.toEqual([]);
    expect(workflowErrors(good.replace('contents: read', 'contents: reed'))).not.toEqual([]);
    expect(workflowErrors(good.replace(/ {4}steps:[\s\S]*$/, '    steps: npm test\n'))).not.toEqual([]);
    expect(workflowErrors(good.replace('on: [push]', 'on: [push'))).not.toEqual([]);
  });

  describe('ci.yml', () => {
    const ci = readWorkflow('ci.yml');
    const steps = stepsOf(ci);
    const runs = steps.map((s) => s.run?.trim()).filter((r): r is string => Boolean(r));

    it('runs on pull requests and pushes to main, one run per ref', () => {
      const on = asObj(ci.on);
      expect(on).toHaveProperty('pull_request');
      expect(asArray(asObj(on.push).branches)).toContain('main');
      expect(String(asObj(ci.concurrency).group)).toContain('github.ref');
    });

    it('checks out the full history (the build reads git dates) and sets up Node 24 with the npm cache', () => {
      const checkout = steps.find((s) => action(s.uses) === 'actions/checkout');
      expect(checkout?.with?.['fetch-depth']).toBe(0);
      const node = steps.find((s) => action(s.uses) === 'actions/setup-node');
      expect(String(node?.with?.['node-version'])).toBe('24');
      expect(node?.with?.cache).toBe('npm');
    });

    it('installs, validates with GitHub annotations, tests and builds, in that order', () => {
      const order = ['npm ci', 'npm run validate -- --format github', 'npm test', 'npm run build'];
      for (const command of order) expect(runs).toContain(command);
      const positions = order.map((command) => runs.indexOf(command));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    });

    it('gives the browser tests the runner’s Chrome', () => {
      const test = steps.find((s) => s.run?.trim() === 'npm test');
      expect(test?.env?.CHROMIUM_PATH).toBe('/usr/bin/google-chrome');
    });

    it('uploads dist/ as an artifact after the build', () => {
      const uploadIndex = steps.findIndex((s) => action(s.uses) === 'actions/upload-artifact');
      expect(uploadIndex).toBeGreaterThan(steps.findIndex((s) => s.run?.trim() === 'npm run build'));
      expect(String(steps[uploadIndex]?.with?.path).replace(/\/$/, '')).toBe('dist');
    });
  });

  describe('deploy.yml', () => {
    const deploy = readWorkflow('deploy.yml');
    const steps = stepsOf(deploy);
    const jobs = Object.values(asObj(deploy.jobs)).map(asObj);

    it('runs on pushes to main and by hand', () => {
      const on = asObj(deploy.on);
      expect(asArray(asObj(on.push).branches)).toContain('main');
      expect(on).toHaveProperty('workflow_dispatch');
    });

    it('builds with a configurable BASE_PATH and SITE_URL defaulting to the Pages address', () => {
      const build = steps.find((s) => s.run?.trim() === 'npm run build');
      const env = asObj(build?.env);
      expect(String(env.BASE_PATH)).toContain('vars.BASE_PATH');
      expect(String(env.BASE_PATH)).toContain('github.event.repository.name');
      expect(String(env.SITE_URL)).toContain('vars.SITE_URL');
      expect(String(env.SITE_URL)).toContain('github.repository_owner');
      const checkout = steps.find((s) => action(s.uses) === 'actions/checkout');
      expect(checkout?.with?.['fetch-depth']).toBe(0);
    });

    it('uploads a Pages artifact and deploys it with deploy-pages in the github-pages environment', () => {
      expect(steps.map((s) => action(s.uses))).toEqual(
        expect.arrayContaining(['actions/upload-pages-artifact', 'actions/deploy-pages']),
      );
      const deployJob = jobs.find((job) => asArray(job.steps).some((s) => action(asObj(s).uses as string) === 'actions/deploy-pages'));
      expect(deployJob?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
      const environment = deployJob?.environment;
      expect(isObj(environment) ? environment.name : environment).toBe('github-pages');
    });
  });
  describe('quellen.yml (weekly source watcher)', () => {
    const quellen = readWorkflow('quellen.yml');
    const steps = stepsOf(quellen);
    const job = asObj(Object.values(asObj(quellen.jobs))[0]);

    it('runs weekly and by hand', () => {
      const on = asObj(quellen.on);
      const cron = String(asObj(asArray(on.schedule)[0]).cron);
      // minute hour * * weekday: once a week
      expect(cron).toMatch(/^\d+ \d+ \* \* [0-6]$/);
      expect(on).toHaveProperty('workflow_dispatch');
    });

    it('runs the watcher with a report, then opens or updates one issue per entry, then saves the state', () => {
      const run = steps.findIndex((s) => s.run?.trim() === 'npm run sources:check -- --report quellen-issues.json');
      const script = steps.findIndex((s) => action(s.uses) === 'actions/github-script');
      const save = steps.findIndex((s) => s.run?.includes('git add data/sources-state.json'));
      expect(run).toBeGreaterThan(steps.findIndex((s) => s.run?.trim() === 'npm ci'));
      expect(script).toBeGreaterThan(run);
      expect(save).toBeGreaterThan(script);
      const code = String(steps[script]?.with?.script);
      expect(code).toContain("readFileSync('quellen-issues.json'");
      expect(code).toContain('issues.update');
      expect(code).toContain('issues.create');
      expect(code).toContain("labels: 'quellen-pruefung'");
    });

    it('links the issues to this repository', () => {
      const run = steps.find((s) => s.run?.includes('npm run sources:check'));
      expect(String(asObj(run?.env).REPO_URL)).toContain('github.repository');
    });

    it('the job alone may write issues and the state file', () => {
      expect(job.permissions).toEqual({ contents: 'write', issues: 'write' });
    });

    it('never lifts the private-address guard', () => {
      expect(readFileSync(join(workflowsDir, 'quellen.yml'), 'utf8')).not.toContain('SOURCES_CHECK_ALLOW_HOSTS');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Issue forms: https://docs.github.com/en/communities/using-templates-to-encourage-useful-issues-and-pull-requests/syntax-for-issue-forms

const elementTypes = ['markdown', 'input', 'textarea', 'dropdown', 'checkboxes'];

/** Every problem that would make GitHub reject the issue form (or leave it unusable). */
function issueFormProblems(form: unknown): string[] {
  const problems: string[] = [];
  if (!isObj(form)) return ['Formular ist kein YAML-Objekt'];
  for (const key of ['name', 'description'] as const) {
    if (typeof form[key] !== 'string' || !String(form[key]).trim()) problems.push(`${key} fehlt`);
  }
  if (form.labels !== undefined && !Array.isArray(form.labels) && typeof form.labels !== 'string') {
    problems.push('labels ist weder Liste noch Text');
  }
  if (!Array.isArray(form.body) || form.body.length === 0) return [...problems, 'body ist keine nicht-leere Liste'];
  const ids = new Set<string>();
  const labels = new Set<string>();
  let fields = 0;
  form.body.forEach((raw, i) => {
    const element = asObj(raw);
    const at = `body[${i}]`;
    const type = element.type;
    const attributes = asObj(element.attributes);
    if (typeof type !== 'string' || !elementTypes.includes(type)) {
      problems.push(`${at}: unbekannter type ${JSON.stringify(type)}`);
      return;
    }
    if (type === 'markdown') {
      if (typeof attributes.value !== 'string' || !attributes.value.trim()) problems.push(`${at}: markdown ohne value`);
      if (element.validations !== undefined) problems.push(`${at}: markdown darf keine validations haben`);
      return;
    }
    fields += 1;
    const id = element.id;
    if (typeof id !== 'string' || !/^[A-Za-z0-9_-]+$/.test(id)) problems.push(`${at}: id fehlt oder ungültig`);
    else if (ids.has(id)) problems.push(`${at}: id „${id}“ doppelt`);
    else ids.add(id);
    const label = attributes.label;
    if (typeof label !== 'string' || !label.trim()) problems.push(`${at}: attributes.label fehlt`);
    else if (labels.has(label)) problems.push(`${at}: label „${label}“ doppelt`);
    else labels.add(label);
    const required = asObj(element.validations).required;
    if (required !== undefined && typeof required !== 'boolean') problems.push(`${at}: validations.required ist kein Boolean`);
    if (type === 'dropdown') {
      const options = asArray(attributes.options);
      if (options.length === 0) problems.push(`${at}: dropdown ohne options`);
      if (options.some((o) => typeof o !== 'string' || !o.trim())) problems.push(`${at}: dropdown-Option ist kein Text`);
      if (new Set(options).size !== options.length) problems.push(`${at}: dropdown-Optionen doppelt`);
    }
    if (type === 'checkboxes') {
      const options = asArray(attributes.options);
      if (options.length === 0) problems.push(`${at}: checkboxes ohne options`);
      if (options.some((o) => typeof asObj(o).label !== 'string')) problems.push(`${at}: checkbox ohne label`);
    }
  });
  if (fields === 0) problems.push('body braucht mindestens ein Feld, das kein markdown ist');
  return problems;
}

const forms = yamlFiles(formsDir).filter((f) => f !== 'config.yml');
const readForm = (file: string) => asObj(parseYaml(readFileSync(join(formsDir, file), 'utf8'), file));
const elements = (form: Obj) => asArray(form.body).map(asObj);
const byId = (form: Obj, id: string) => elements(form).find((e) => e.id === id);

describe('Issue-Formulare', () => {
  it('exist: angebot-melden.yml and fehler-melden.yml', () => {
    expect(forms).toEqual(expect.arrayContaining(['angebot-melden.yml', 'fehler-melden.yml']));
  });

  it.each(forms)('%s has the structure GitHub requires', (file) => {
    expect(issueFormProblems(readForm(file))).toEqual([]);
  });

  it('the structure check rejects broken forms (the check can fail)', () => {
    const good = { name: 'x', description: 'y', body: [{ type: 'input', id: 'a', attributes: { label: 'A' } }] };
    expect(issueFormProblems(good)).toEqual([]);
    expect(issueFormProblems({ ...good, name: undefined })).not.toEqual([]);
    expect(issueFormProblems({ ...good, body: [] })).not.toEqual([]);
    expect(issueFormProblems({ ...good, body: [{ type: 'markdown', attributes: { value: 'nur Text' } }] })).not.toEqual([]);
    expect(issueFormProblems({ ...good, body: [{ type: 'select', id: 'a', attributes: { label: 'A' } }] })).not.toEqual([]);
    expect(issueFormProblems({ ...good, body: [{ type: 'input', attributes: { label: 'A' } }] })).not.toEqual([]);
    expect(issueFormProblems({ ...good, body: [{ type: 'input', id: 'a', attributes: {} }] })).not.toEqual([]);
    expect(issueFormProblems({ ...good, body: [...good.body, { type: 'textarea', id: 'a', attributes: { label: 'B' } }] })).not.toEqual([]);
    expect(issueFormProblems({ ...good, body: [{ type: 'dropdown', id: 'd', attributes: { label: 'D', options: [] } }] })).not.toEqual([]);
  });

  it('Angebot melden: label, required source and consent to publication', () => {
    const form = readForm('angebot-melden.yml');
    expect(asArray(form.labels)).toContain('angebot');
    const types = elements(form).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['input', 'textarea', 'dropdown', 'checkboxes']));
    const kind = byId(form, 'art');
    expect(kind?.type).toBe('dropdown');
    expect(asArray(asObj(kind?.attributes).options).join(' ')).toMatch(/programm[\s\S]*projekt/i);
    const source = byId(form, 'quelle');
    expect(asObj(source?.validations).required).toBe(true);
    const consent = elements(form).find((e) => e.type === 'checkboxes');
    const consentOptions = asArray(asObj(consent?.attributes).options).map(asObj);
    expect(consentOptions.some((o) => o.required === true && /veröffentlich/i.test(String(o.label)))).toBe(true);
  });

  it('Fehler melden: label and an input with id „seite“ the site can prefill', () => {
    const form = readForm('fehler-melden.yml');
    expect(asArray(form.labels)).toContain('fehler');
    expect(byId(form, 'seite')?.type).toBe('input');
  });

  it('config.yml is valid', () => {
    const file = join(formsDir, 'config.yml');
    expect(existsSync(file)).toBe(true);
    const config = asObj(parseYaml(readFileSync(file, 'utf8'), 'config.yml'));
    expect(typeof config.blank_issues_enabled).toBe('boolean');
    for (const link of asArray(config.contact_links).map(asObj)) {
      expect(typeof link.name).toBe('string');
      expect(String(link.url)).toMatch(/^https:\/\//);
      expect(typeof link.about).toBe('string');
    }
  });
});

describe('Pull-Request-Vorlage', () => {
  it('has the editors’ checklist', () => {
    const template = readFileSync(join(root, '.github', 'pull_request_template.md'), 'utf8');
    for (const item of ['npm run validate', 'accessed', 'reviewed', 'example: true', 'Screenshots']) {
      expect(template).toContain(item);
    }
    expect(template.match(/^- \[ \] /gm)?.length ?? 0).toBeGreaterThanOrEqual(7);
  });
});
