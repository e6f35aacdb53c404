import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/csp';

describe('content security policy', () => {
  it('allows only the site itself, nothing inline', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it("lets the search page compile Pagefind's WebAssembly, and only that", () => {
    expect(contentSecurityPolicy({ wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(contentSecurityPolicy({ wasm: true }).replace(" 'wasm-unsafe-eval'", '')).toBe(contentSecurityPolicy());
  });
});
