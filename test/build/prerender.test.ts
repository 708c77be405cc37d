import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BOOT_SCRIPT, bootScriptSource } from '../../build/boot';
import { CSP_DIRECTIVES } from '../../build/csp';
import { embedPage, fillPage } from '../../build/prerender';

const ORIGIN = 'https://prerender.invalid/';
const PAGE = '<html><head></head><body>\n    <div id="app"></div>\n  </body></html>';

describe('embedPage', () => {
  const BUILT = `<html><head><script>${BOOT_SCRIPT}</script></head><body>\n    <div id="app"></div>\n  </body></html>`;

  it('is the built page without the boot script, its #app left empty for the app to mount into', () => {
    const html = embedPage(BUILT);
    expect(html).not.toContain('<script>');
    expect(html).toContain('<div id="app"></div>');
  });

  it('fails the build when the page is not the one it expects', () => {
    expect(() => embedPage(PAGE)).toThrow(/boot script/);
  });
});

describe('fillPage', () => {
  it('puts the app inside #app, marked prerendered, and the figures in a <noscript> after it', () => {
    const html = fillPage(PAGE, { body: '<main>51,185</main>', noscript: '<table></table>' }, ORIGIN);
    expect(html).toContain('<div id="app" data-prerendered="es"><main>51,185</main></div>');
    expect(html.indexOf('<noscript><table></table></noscript>')).toBeGreaterThan(html.indexOf('</div>'));
  });

  it('makes links on the placeholder origin relative, so the page works from any host and sub-path', () => {
    const body = `<a href="${ORIGIN}?view=methods">M</a><a href="${ORIGIN}?lang=en">E</a>`;
    const html = fillPage(PAGE, { body, noscript: '' }, ORIGIN);
    expect(html).toContain('<a href="./?view=methods">M</a><a href="./?lang=en">E</a>');
    expect(html).not.toContain(ORIGIN);
  });

  it.each([
    ['in text', { body: `<p>${ORIGIN}</p>`, noscript: '' }],
    ['in the noscript text', { body: '', noscript: `see ${ORIGIN}` }],
  ])('fails the build when the placeholder origin is left %s', (_, parts) => {
    expect(() => fillPage(PAGE, parts, ORIGIN)).toThrow(/placeholder origin/);
  });

  it('fails the build when index.html has no empty #app', () => {
    expect(() => fillPage('<body></body>', { body: '', noscript: '' }, ORIGIN)).toThrow(/lacks <div id="app">/);
  });
});

describe('the boot script', () => {
  it('is allowed by the policy through the hash of its exact text, and no unsafe-inline', () => {
    const hash = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`;
    expect(bootScriptSource()).toBe(hash);
    expect(CSP_DIRECTIVES['script-src']).toContain(hash);
    expect(Object.values(CSP_DIRECTIVES).flat()).not.toContain("'unsafe-inline'");
  });

  it.each([
    ['', false],
    ['?', false],
    ['?lang=en', true],
    ['?country=ESP', true],
    ['?embed=world', true],
  ])('with the address %j marks the page for a fresh mount: %s', (search, client) => {
    const root = { attributes: new Map<string, string>() };
    const document = { documentElement: { setAttribute: (k: string, v: string) => root.attributes.set(k, v) } };
    new Function('location', 'document', BOOT_SCRIPT)({ search }, document);
    expect(root.attributes.get('data-boot') === 'client').toBe(client);
  });
});
