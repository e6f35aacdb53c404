/**
 * "Überschneidungen (N)" on an offering page promises N rows: the count shown must equal the rows a
 * person can reach, on the page itself or through its "all overlaps" link and the pages behind it,
 * in every language; and the rows are exactly the pairs the open data files (data/ueberschneidungen/) hold.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/dist';
import { expandRow, type OverlapHomeDocument } from '../../src/lib/overlap-data';

const DIST = resolve(import.meta.dirname, '../../dist');
const OFFERING = /^\/((en|ar)\/)?(programme|projekte)\/(?!a-z\/|nach-)[a-z0-9-]+\/$/;
const offeringPages = htmlPages(DIST).filter((p) => OFFERING.test(p.url));
const read = (url: string) => readFileSync(join(DIST, url, 'index.html'), 'utf8');

/** The overlap section of an offering page: the count in its heading, its cards, its inline table rows and its link to the full list. */
function section(html: string) {
  const doc = parseDocument(html);
  const heading = DomUtils.findOne((e) => e.name === 'h2' && e.attribs.id === 'ueberschneidungen', doc.children)!;
  const box = heading.parent!;
  const count = Number(DomUtils.textContent(heading).match(/\((\d+)\)/)?.[1]);
  const cards = DomUtils.findAll((e) => e.name === 'li' && (e.attribs.class ?? '').split(' ').includes('card'), [box]).length;
  const link = DomUtils.findAll((e) => e.name === 'a' && /\/ueberschneidungen\/$/.test(e.attribs.href ?? '') && !e.attribs.href!.includes('#'), [box])[0];
  return { count, cards, rows: partnersIn([box]), link: link?.attribs.href };
}

/** The partner of every compact row (tables of class overlap-rows) below the given nodes. */
function partnersIn(nodes: Parameters<typeof DomUtils.findAll>[1]): string[] {
  const partners: string[] = [];
  for (const table of DomUtils.findAll((e) => e.name === 'table' && (e.attribs.class ?? '').split(' ').includes('overlap-rows'), nodes)) {
    const body = DomUtils.findOne((e) => e.name === 'tbody', [table])!;
    for (const row of DomUtils.findAll((e) => e.name === 'tr', [body])) partners.push(keyOf(DomUtils.findOne((e) => e.name === 'a', [row])!.attribs.href!));
  }
  return partners;
}

/** The offering key a row's link points to ("/en/projekte/x/" → "projects/x"). */
function keyOf(href: string): string {
  const [, kind, id] = href.match(/\/(programme|projekte)\/([a-z0-9-]+)\/$/)!;
  return `${kind === 'programme' ? 'programs' : 'projects'}/${id}`;
}

/** Follows a full list through its page links and collects the partner of every row. */
function rowsOf(first: string): string[] {
  const partners: string[] = [];
  const seen = new Set<string>();
  const queue = [first];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const doc = parseDocument(read(url));
    partners.push(...partnersIn(doc.children));
    const nav = DomUtils.findOne((e) => e.name === 'nav' && (e.attribs.class ?? '') === 'pagination', doc.children);
    if (nav) for (const a of DomUtils.findAll((e) => e.name === 'a', [nav])) queue.push(a.attribs.href!);
  }
  return partners;
}

describe('every offering page', () => {
  it('exists in every language', () => {
    expect(offeringPages.length).toBeGreaterThan(600);
  });

  it('shows as many overlaps as it counts: as cards, as its folded table or through its full list', () => {
    const wrong: string[] = [];
    let inline = 0;
    let withList = 0;
    for (const page of offeringPages) {
      const { count, cards, rows, link } = section(page.html);
      if (cards !== Math.min(count, 5)) wrong.push(`${page.url}: ${count} gezählt, ${cards} Karten`);
      if (count <= 5) {
        if (rows.length > 0 || link !== undefined) wrong.push(`${page.url}: ${count} gezählt, dennoch Tabelle oder Link`);
        continue;
      }
      if (link === undefined) {
        inline++;
        if (rows.length !== count || new Set(rows).size !== count) wrong.push(`${page.url}: ${count} gezählt, ${rows.length} Zeilen in der Tabelle`);
        continue;
      }
      withList++;
      if (rows.length > 0) wrong.push(`${page.url}: Tabelle und Liste zugleich`);
      if (!existsSync(join(DIST, link, 'index.html'))) {
        wrong.push(`${page.url}: ${count} gezählt, keine vollständige Liste (${link})`);
        continue;
      }
      const partners = rowsOf(link);
      if (partners.length !== count || new Set(partners).size !== count) wrong.push(`${page.url}: ${count} gezählt, ${partners.length} erreichbar`);
    }
    expect(wrong).toEqual([]);
    expect(inline).toBeGreaterThan(30);
    expect(withList).toBeGreaterThan(0);
  });

  it('lists, for one offering, exactly the partners the open data files hold for it', () => {
    const page = '/programme/integrationskurse/';
    const key = 'programs/integrationskurse';
    const { count, rows, link } = section(read(page));
    const partners = new Set(link ? rowsOf(link) : rows);
    expect(partners.size).toBe(count);
    const index = JSON.parse(readFileSync(join(DIST, 'data/overlaps.json'), 'utf8')) as { files: { path: string }[] };
    const inFiles = new Set<string>();
    for (const file of index.files) {
      const doc = JSON.parse(readFileSync(join(DIST, file.path), 'utf8')) as OverlapHomeDocument;
      for (const row of [...doc.doppelangebote, ...doc.foerderwege]) {
        const { a, b } = expandRow(doc, row);
        if (a === key) inFiles.add(b);
        if (b === key) inFiles.add(a);
      }
    }
    expect([...inFiles].sort()).toEqual([...partners].sort());
  });
});
