/**
 * The patch scripts/patches/astro+7.3.5.patch, applied by `npm install` (postinstall, patch-package).
 * Astro's i18n fallback asks, for every English and Arabic page, whether a route already wrote a page;
 * Astro 7.3.5 answered by scanning every page the route wrote (quadratic in the pages of a route). The
 * patched look-up keeps a Set that grows with the route's list. The same patch file holds the change
 * that gives a rewritten page one Astro partial instead of one per component; patch-package applies a
 * file whole or not at all, so if this import fails (no postinstall, another Astro version) neither
 * change is in place.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- Astro's internal module has no type declarations; the patch adds this export.
import { hasBuiltPath } from '../../node_modules/astro/dist/core/routing/rewrite.js';

const outDir = new URL('file:///tmp/site/');
const page = (path: string) => new URL(path, outDir);

describe('hasBuiltPath (patched Astro)', () => {
  it('finds a page the route wrote, in either output form, with or without slashes', () => {
    const written = [page('projekte/a/index.html'), page('projekte/b.html')];
    expect(hasBuiltPath(written, outDir, '/projekte/a/')).toBe(true);
    expect(hasBuiltPath(written, outDir, 'projekte/a')).toBe(true);
    expect(hasBuiltPath(written, outDir, '/projekte/b/')).toBe(true);
    expect(hasBuiltPath(written, outDir, '/projekte/c/')).toBe(false);
  });

  it('sees pages written after an earlier question (the list only grows)', () => {
    const written = [page('projekte/a/index.html')];
    expect(hasBuiltPath(written, outDir, '/projekte/b/')).toBe(false);
    written.push(page('projekte/b/index.html'));
    expect(hasBuiltPath(written, outDir, '/projekte/b/')).toBe(true);
  });

  it('keeps the lists of different routes apart', () => {
    const projects = [page('projekte/a/index.html')];
    const programmes = [page('programme/a/index.html')];
    expect(hasBuiltPath(projects, outDir, '/projekte/a/')).toBe(true);
    expect(hasBuiltPath(programmes, outDir, '/projekte/a/')).toBe(false);
  });

  it('reads the paths again for another output folder', () => {
    const other = new URL('file:///tmp/other/');
    const written = [page('projekte/a/index.html')];
    expect(hasBuiltPath(written, outDir, '/projekte/a/')).toBe(true);
    expect(hasBuiltPath(written, other, '/projekte/a/')).toBe(false);
  });
});
