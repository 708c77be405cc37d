// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, contentSecurityPolicy, headersFile } from '../../build/csp';

describe('the Content-Security-Policy', () => {
  it('is one header value with every directive', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*'){2}; /);
    expect(policy.split('; ')).toHaveLength(Object.keys(CSP_DIRECTIVES).length);
  });

  it('never allows inline code, and eval only for scripts', () => {
    for (const [name, sources] of Object.entries(CSP_DIRECTIVES)) {
      expect(sources, name).not.toContain("'unsafe-inline'");
      if (name !== 'script-src') expect(sources, name).not.toContain("'unsafe-eval'");
    }
  });

  it('leaves framing open: embeds go in any newsroom page', () => {
    expect(CSP_DIRECTIVES).not.toHaveProperty('frame-ancestors');
    expect(headersFile()).not.toMatch(/X-Frame-Options/i);
  });

  it('writes the same policy into _headers for every path', () => {
    expect(headersFile('a; b')).toBe(
      '/*\n  Content-Security-Policy: a; b\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n',
    );
  });
});
