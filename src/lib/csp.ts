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

/**
 * The one exception: the browser editor at /admin/ (Decap CMS, a React application). Emotion writes its
 * styles into <style> elements at run time, so styles need 'unsafe-inline'; Decap validates its
 * configuration with ajv, which compiles validators with new Function, so scripts need 'unsafe-eval'.
 * It talks to the GitHub API (or, on one's own computer, to decap-server on 127.0.0.1). Still no script
 * from other hosts and no inline script; measured in Chromium (tests/e2e/admin.test.ts): without
 * either exception Decap does not start or shows unstyled.
 */
export function adminContentSecurityPolicy(connect: readonly string[]): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'unsafe-eval'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...connect],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}
