/**
 * Screenshots of the built site at phone and desktop widths, in Spanish and
 * English, for a human to look at: `node test/e2e/screenshot.mjs <out-dir> [view,view…]`.
 * The views are the ones the quality gates check (test/e2e/views.mjs); a view's file name is its
 * name in lower case with dashes, e.g. `europe-zoom-360-en.png`.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from './browser.mjs';
import { serveStatic } from './serve.mjs';
import { openView, VIEWS } from './views.mjs';

const out = process.argv[2];
if (!out) {
  console.error('usage: node test/e2e/screenshot.mjs <out-dir>');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const only = process.argv[3]?.split(',');

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const server = await serveStatic({ root: dist });
const browser = await launch();
try {
  for (const view of VIEWS) {
    const name = view.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    if (only && !only.includes(name)) continue;
    for (const width of [360, 1280]) {
      for (const lang of ['es', 'en']) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await openView(page, server.url, view, lang);
        const file = join(out, `${name}-${width}-${lang}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
