/**
 * Screenshots of the built site at phone and desktop widths, in Spanish and
 * English, for a human to look at: `node test/e2e/screenshot.mjs <out-dir> [view,view…]`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { serveStatic } from './serve.mjs';

const out = process.argv[2];
if (!out) {
  console.error('usage: node test/e2e/screenshot.mjs <out-dir>');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

/** Views worth looking at: the default, each kind of selection, and the processes with gaps. */
const VIEWS = {
  default: '',
  country: 'country=ESP',
  entity: 'entity=20',
  both: 'country=USA&entity=14',
  p2020: 'process=2020-2021&country=ESP',
  p2017: 'process=2017-2018',
  europe: 'zoom=europe',
};
const only = process.argv[3]?.split(',');

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const server = await serveStatic({ root: dist });
const browser = await launch();
try {
  for (const [name, query] of Object.entries(VIEWS)) {
    if (only && !only.includes(name)) continue;
    for (const width of [360, 1280]) {
      for (const lang of ['es', 'en']) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        const params = new URLSearchParams(query);
        if (lang === 'en') params.set('lang', 'en');
        await page.goto(`${server.url}?${params}`);
        await page.locator('svg[role="group"]').first().waitFor({ timeout: 15000 });
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
