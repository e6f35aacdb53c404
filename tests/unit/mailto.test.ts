/** "Per E-Mail melden": the prefilled mailto link and its configurable address. */
import { describe, expect, it } from 'vitest';
import { ar } from '../../src/i18n/ar';
import { de } from '../../src/i18n/de';
import { en } from '../../src/i18n/en';
import { siteConfig } from '../../src/lib/config';
import { mailtoHref } from '../../src/lib/mailto';

/** Reads a mailto URI back the way a mail program does. */
function parse(href: string) {
  const url = new URL(href);
  return { to: decodeURIComponent(url.pathname), subject: url.searchParams.get('subject'), body: url.searchParams.get('body') };
}

describe('mailtoHref', () => {
  it('prefills subject and one line per field, with CRLF line breaks', () => {
    const href = mailtoHref('redaktion@kreis.de', 'Angebot & Korrektur?', ['Name des Angebots', 'Quelle #1'], 'Danke');
    expect(href).toMatch(/^mailto:redaktion@kreis\.de\?subject=/);
    expect(href).not.toMatch(/\s/);
    expect(href).toContain('%0D%0A');
    expect(parse(href)).toEqual({ to: 'redaktion@kreis.de', subject: 'Angebot & Korrektur?', body: 'Name des Angebots: \r\nQuelle #1: \r\n\r\nDanke' });
  });

  it.each([
    ['de', de],
    ['en', en],
    ['ar', ar],
  ])('%s: every field an editor needs is in the body', (_, dictionary) => {
    const { body, subject } = parse(mailtoHref('a@b.de', dictionary.editors.emailSubject, dictionary.editors.emailFields));
    expect(subject).toContain('Förderatlas');
    expect(dictionary.editors.emailFields).toHaveLength(12);
    for (const field of dictionary.editors.emailFields) expect(body).toContain(`${field}: `);
  });
});

describe('EDITORS_EMAIL', () => {
  it('is configurable, with a placeholder default', () => {
    expect(siteConfig({ EDITORS_EMAIL: 'integration@main-kinzig-kreis.de' }).editorsEmail).toBe('integration@main-kinzig-kreis.de');
    expect(siteConfig({}).editorsEmail).toBe('redaktion@foerderatlas.example.org');
  });

  it('ignores a value that would smuggle headers into the link', () => {
    expect(siteConfig({ EDITORS_EMAIL: 'a@b.de?bcc=c@d.de' }).editorsEmail).toBe('redaktion@foerderatlas.example.org');
  });
});
