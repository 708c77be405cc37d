/**
 * Screenshots of the built site at phone and desktop widths, in Spanish and
 * English, for a human to look at: `node test/e2e/screenshot.mjs <out-dir>`.
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

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const server = await serveStatic({ root: dist });
const browser = await launch();
try {
  for (const width of [360, 1280]) {
    for (const lang of ['es', 'en']) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${server.url}${lang === 'en' ? '?lang=en' : ''}`);
      await page.getByRole('table').waitFor({ timeout: 15000 });
      const file = join(out, `totals-${width}-${lang}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
