/**
 * The site's Content-Security-Policy, written once and shipped twice by
 * `vite build`: as a `<meta http-equiv>` in index.html (any static host) and
 * as a Netlify/Cloudflare Pages `_headers` file (hosts that read it). Both come
 * from CSP_DIRECTIVES, so they cannot drift. Build only: the dev server injects
 * styles and its HMR client inline, which the policy forbids.
 *
 * - Only the site's own origin: no CDN, no analytics, no third-party fonts.
 * - No 'unsafe-inline' anywhere: styles come from the built CSS files, and the
 *   few computed positions are set through the CSSOM (see src/lib/maps/placeAt.ts).
 * - Two inline scripts, each allowed by its hash: the boot script of build/boot.ts (index.html)
 *   and the embeds' fallback message of build/embedFallback.ts (embed.html).
 * - 'unsafe-eval' in script-src only: Arquero compiles its table expressions
 *   with `Function`, and the data layer is built on Arquero.
 * - `img-src blob:`: the PNG export draws the chart's SVG, as a blob: URL, into
 *   an image before it paints it on a canvas.
 * - No frame-ancestors (it only works as a header anyway): embeds are meant to
 *   be framed by any newsroom's page.
 */
import type { Plugin } from 'vite';
import { bootScriptSource } from './boot.ts';
import { embedFallbackSource } from './embedFallback.ts';

export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-eval'", bootScriptSource(), embedFallbackSource()],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** The policy as one header value. */
export function contentSecurityPolicy(directives: Record<string, string[]> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The `_headers` file: the policy and a few harmless hardening headers for every path. */
export function headersFile(policy: string = contentSecurityPolicy()): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}

export function csp(): Plugin {
  const policy = contentSecurityPolicy();
  return {
    name: 'vmre-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        // First in <head>, so the policy is in force before any script or stylesheet is read.
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
      ],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(policy) });
    },
  };
}
