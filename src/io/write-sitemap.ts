/**
 * Writes sitemap-index.xml and sitemap-<n>.xml (at most 45,000 pages each; the protocol allows 50,000)
 * with the `sitemap` package, the one @astrojs/sitemap writes with.
 */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SitemapAndIndexStream, SitemapStream } from 'sitemap';
import type { SitemapEntry } from '../lib/sitemap';

export const SITEMAP_ENTRY_LIMIT = 45_000;

/** `siteRoot`: the public address with the base path and a trailing slash, where the files are served. */
export async function writeSitemap(dir: string, siteRoot: string, entries: readonly SitemapEntry[]): Promise<{ files: number }> {
  let files = 0;
  const index = new SitemapAndIndexStream({
    limit: SITEMAP_ENTRY_LIMIT,
    getSitemapStream: (i: number) => {
      files++;
      const stream = new SitemapStream({ hostname: siteRoot, xmlns: { news: false, xhtml: true, image: false, video: false } });
      const name = `sitemap-${i}.xml`;
      return [new URL(name, siteRoot).toString(), stream, stream.pipe(createWriteStream(join(dir, name)))];
    },
  });
  await pipeline(Readable.from(entries), index, createWriteStream(join(dir, 'sitemap-index.xml')));
  return { files };
}
