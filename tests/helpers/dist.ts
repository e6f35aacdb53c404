/** Reads the built site: every HTML page with its path and text. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(root);
  return files.sort();
}

export interface HtmlPage {
  /** URL path, e.g. "/programme/integrationskurse/". */
  url: string;
  file: string;
  html: string;
}

/** The browser editor (/admin/ in each language): Decap's page, not a catalogue page; site.test.ts checks it apart. */
export const ADMIN_PAGE = /^\/((en|ar)\/)?admin\/$/;

/** Every catalogue page; `admin: true` includes the browser editor's pages. */
export function htmlPages(root: string, options: { admin?: boolean } = {}): HtmlPage[] {
  return listFiles(root)
    .filter((f) => f.endsWith('.html') && !relative(root, f).startsWith('pagefind'))
    .map((file) => {
      const rel = relative(root, file).replace(/\\/g, '/');
      const url = `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '')}`;
      return { url, file, html: readFileSync(file, 'utf8') };
    })
    .filter((page) => options.admin || !ADMIN_PAGE.test(page.url));
}
