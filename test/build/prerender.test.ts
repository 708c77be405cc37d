import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BOOT_SCRIPT, bootScriptSource } from '../../build/boot';
import { CSP_DIRECTIVES } from '../../build/csp';
import { EMBED_FALLBACK_SCRIPT, embedFallbackSource } from '../../build/embedFallback';
import { embedPage, fillPage } from '../../build/prerender';

const ORIGIN = 'https://prerender.invalid/';
const PAGE = '<html><head></head><body>\n    <div id="app"></div>\n  </body></html>';

describe('embedPage', () => {
  const MODULE = '<script type="module" crossorigin src="./assets/index.js"></script>';
  const BUILT = `<html><head>${MODULE}<script>${BOOT_SCRIPT}</script></head><body>\n    <div id="app"></div>\n  </body></html>`;

  it('is the built page without the boot script, its #app left empty for the app to mount into', () => {
    const html = embedPage(BUILT);
    expect(html).not.toContain(BOOT_SCRIPT);
    expect(html).toContain('<div id="app"></div>');
  });

  it('runs the fallback script before the module script, and has a hidden place for its message', () => {
    const html = embedPage(BUILT);
    expect(html.indexOf(EMBED_FALLBACK_SCRIPT)).toBeGreaterThan(0);
    expect(html.indexOf(EMBED_FALLBACK_SCRIPT)).toBeLessThan(html.indexOf(MODULE));
    expect(html).toContain('<p id="embed-fallback" hidden></p>');
  });

  it('fails the build when the page is not the one it expects', () => {
    expect(() => embedPage(PAGE)).toThrow(/boot script/);
  });
});

describe("the embeds' fallback script", () => {
  it('is allowed by the policy through the hash of its exact text', () => {
    expect(CSP_DIRECTIVES['script-src']).toContain(embedFallbackSource());
  });

  /** Runs the script in this test's DOM as the embed at `search` would, then fails a file. */
  function failInFrame(search: string, origin: string, fail: 'SCRIPT' | 'IMG') {
    document.body.innerHTML = '<p id="embed-fallback" hidden></p>';
    const posted: unknown[] = [];
    const listeners: ((e: { target: { tagName: string } }) => void)[] = [];
    const win = {
      parent: { postMessage: (m: unknown) => posted.push(m) },
      addEventListener: (_: string, f: (e: { target: { tagName: string } }) => void) => listeners.push(f),
    };
    new Function('location', 'self', 'window', 'addEventListener', 'document', EMBED_FALLBACK_SCRIPT)(
      { search },
      { origin },
      win,
      win.addEventListener,
      document,
    );
    listeners.forEach((f) => f({ target: { tagName: fail } }));
    return { box: document.getElementById('embed-fallback')!, posted };
  }

  it("when a script fails in a sandbox, says why in the address's language, links to the view and posts its height", () => {
    const { box, posted } = failInFrame('?embed=world&country=ESP&lang=en&childId=vmre-world', 'null', 'SCRIPT');
    expect(box.hidden).toBe(false);
    expect(box.textContent).toMatch(/sandboxed frame.*Access-Control-Allow-Origin/);
    const link = box.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('./?country=ESP&lang=en');
    expect(link.textContent).toBe('See the chart in the explorer');
    expect(posted).toHaveLength(2);
    expect(posted[0]).toMatch(/^pymxPYMxvmre-worldxPYMxheightxPYMx\d+$/);
    expect(posted[1]).toMatchObject({ sentinel: 'amp', type: 'embed-size' });
  });

  it.each([
    [
      'a failed script outside a sandbox',
      '?embed=mexico',
      'https://news.example',
      'SCRIPT',
      'Este gráfico no pudo cargar sus archivos.',
    ],
    ["a failed image (not the app's files)", '?embed=mexico', 'null', 'IMG', null],
  ] as const)('%s', (_, search, origin, fail, text) => {
    const { box } = failInFrame(search, origin, fail);
    if (text === null) expect(box.hidden).toBe(true);
    else expect(box.textContent?.startsWith(text)).toBe(true);
  });

  it('puts text from the address in attributes and text only, never markup', () => {
    const { box } = failInFrame('?embed=world&x=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'null', 'SCRIPT');
    expect(box.querySelector('img')).toBeNull();
    expect(box.querySelectorAll('*')).toHaveLength(1);
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
