/**
 * The Content-Security-Policy of every built page (a meta tag, since the site is static and its host
 * sets no headers): only the site's own scripts, styles, images and data, nothing inline, nothing
 * from other hosts. The search page also lets Pagefind compile its WebAssembly.
 */
export interface CspOptions {
  /** Pagefind runs WebAssembly, which needs 'wasm-unsafe-eval' (no JavaScript eval). */
  wasm?: boolean;
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...(options.wasm ? ["'wasm-unsafe-eval'"] : [])],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:'],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}
