/**
 * `vite build` writes dist/, then this plugin prerenders the default explorer
 * into dist/index.html: the app's markup inside #app (hydrated by main.ts),
 * the default view's figures as tables inside <noscript>, and the boot script
 * that keeps any other address from flashing the default view. It also writes
 * dist/embed.html, the same page before it is filled (no prerendered markup, no
 * boot script): what embed snippets point to. The rendering
 * runs in a Vite SSR server so it compiles the same components and validates
 * the same files the browser reads; a data error fails the build.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { BOOT_SCRIPT } from './boot.ts';
import { EMBED_FALLBACK_ELEMENT, EMBED_FALLBACK_SCRIPT } from './embedFallback.ts';
import { EMBED_PAGE } from '../src/lib/state/url.ts';
import type { PreviewPage } from './previewEntry.ts';
import { pageDescription, previewFile, previewTags, siteAddress, withPreviewTags } from './previewMeta.ts';
import { writePreviews } from './previews.ts';

const APP_ELEMENT = '<div id="app"></div>';

/**
 * The embeds' page: the built page as it was before the prerender, so an embed does not download the
 * explorer, with the fallback script (build/embedFallback.ts) before the module script, so it hears
 * that script fail, and the message's element after #app.
 */
export function embedPage(html: string): string {
  const boot = `<script>${BOOT_SCRIPT}</script>`;
  const moduleScript = '<script type="module"';
  if (!html.includes(APP_ELEMENT) || !html.includes(boot) || !html.includes(moduleScript)) {
    throw new Error('prerender: index.html lacks the empty #app, the boot script or the module script');
  }
  return html
    .replace(boot, '')
    .replace(moduleScript, `<script>${EMBED_FALLBACK_SCRIPT}</script>\n    ${moduleScript}`)
    .replace(APP_ELEMENT, `${APP_ELEMENT}\n    ${EMBED_FALLBACK_ELEMENT}`)
    .replace(/\n\s*\n/g, '\n');
}

/** Puts the prerendered markup into the built page; throws when the page or its links are not what it expects. */
export function fillPage(html: string, parts: { body: string; noscript: string }, origin: string): string {
  if (!html.includes(APP_ELEMENT)) throw new Error(`prerender: index.html lacks ${APP_ELEMENT}`);
  // Links are rendered absolute on a placeholder origin; relative, they work from any host and sub-path.
  const relative = (markup: string) => markup.replaceAll(`"${origin}`, '"./');
  const body = relative(parts.body);
  const noscript = relative(parts.noscript);
  if (body.includes(origin) || noscript.includes(origin)) {
    throw new Error(`prerender: the placeholder origin ${origin} is left outside an attribute`);
  }
  return html.replace(
    APP_ELEMENT,
    `<div id="app" data-prerendered="es">${body}</div>\n    <noscript>${noscript}</noscript>`,
  );
}

/**
 * Draws the link previews into dist/og/ and names the world map's in the page's Open Graph and X tags
 * (build/previews.ts, build/previewMeta.ts); prints each file's size.
 */
function addPreviews(html: string, pages: readonly PreviewPage[], outDir: string, site: string): string {
  const css = readdirSync(join(outDir, 'assets'))
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => readFileSync(join(outDir, 'assets', f), 'utf8'))
    .join('\n');
  const address = site.replace(/^https?:\/\//, '').replace(/\/$/, '');
  const started = performance.now();
  const written = writePreviews(pages, css, outDir, address);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `link previews (${written.length} cards, drawn in ${seconds} s${site ? '' : '; relative: no VITE_SITE_URL'}):`,
  );
  for (const { file, bytes } of written) console.log(`  ${file}  ${(bytes / 1024).toFixed(1)} kB`);
  const es = pages.find((p) => p.lang === 'es');
  if (!es) throw new Error('prerender: no Spanish preview');
  const world = es.words.world;
  const tags = previewTags({
    title: es.words.world.site,
    description: pageDescription(html),
    image: previewFile('world', 'es'),
    imageAlt: `${world.title}. ${world.subtitle}.`,
    site,
  });
  return withPreviewTags(html, tags);
}

export function prerender(): Plugin {
  let root = '';
  let outDir = '';
  /** The site's address for absolute preview links: VITE_SITE_URL, else the citation's; '' for none. */
  let site = '';
  return {
    name: 'vmre-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      site = siteAddress(config.env.VITE_SITE_URL || config.env.VITE_CITATION_URL);
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'script', children: BOOT_SCRIPT, injectTo: 'head' }],
    },
    async closeBundle() {
      const server = await createServer({
        root,
        logLevel: 'error',
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const entry = await server.ssrLoadModule('/build/prerenderEntry.ts');
        const parts = await entry.prerender(root);
        const file = join(outDir, 'index.html');
        const previews = await server.ssrLoadModule('/build/previewEntry.ts');
        const rendering = performance.now();
        const pages = await previews.previewPages(root);
        console.log(`link previews: charts rendered in ${((performance.now() - rendering) / 1000).toFixed(1)} s`);
        const built = addPreviews(readFileSync(file, 'utf8'), pages, outDir, site);
        writeFileSync(join(outDir, EMBED_PAGE), embedPage(built));
        writeFileSync(file, fillPage(built, parts, entry.PRERENDER_ORIGIN));
      } finally {
        await server.close();
      }
    },
  };
}
