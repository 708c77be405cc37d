/**
 * One screenshot of one part of the built page, for looking closely:
 * `node test/e2e/shot.mjs <file.png> <query> [width] [css selector]`.
 */
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { serveStatic } from './serve.mjs';

const [file, query = '', width = '1280', selector = '.explorer'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node test/e2e/shot.mjs <file.png> <query> [width] [selector]');
  process.exit(2);
}
const dist = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const server = await serveStatic({ root: dist });
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(`${server.url}?${query}`);
  await page.locator(selector).first().waitFor({ timeout: 15000 });
  // Maps draw after their geometry arrives; wait for them when the view has any.
  if (!new URLSearchParams(query).has('view')) await page.locator('svg[role="group"]').first().waitFor();
  await page.locator(selector).first().screenshot({ path: file });
  console.log(file);
} finally {
  await browser.close();
  await server.close();
}
