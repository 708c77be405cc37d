/**
 * Real-browser smoke test of the built site (run `npm run build` first):
 * serves dist/ under a sub-path, opens it in Chromium and checks that the
 * totals render from the published data without console errors.
 * Prints "<n> passed, <m> failed" and exits non-zero on any failure.
 */
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { assert, check, checkNoProblems, summary, watchProblems } from './harness.mjs';
import { serveStatic } from './serve.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const server = await serveStatic({ root: dist, prefix: '/sub/dir/' });
const browser = await launch();
try {
  const page = await browser.newPage();
  const problems = watchProblems(page);

  await page.goto(server.url, { waitUntil: 'load' });

  await check('the totals table shows 51,185 requests received for 2023-2024', async () => {
    const row = page.getByRole('row', { name: /2023-2024/ });
    await row.waitFor({ timeout: 15000 });
    const text = await row.innerText();
    assert(text.includes('51,185'), `row 2023-2024 reads: ${JSON.stringify(text)}`);
  });

  await check('the published files are served under the sub-path with stable names', async () => {
    const response = await page.request.get(new URL('data/datapackage.json', server.url).href);
    assert(response.status() === 200, `datapackage.json: HTTP ${response.status()}`);
    const pkg = await response.json();
    for (const resource of pkg.resources) {
      const csv = await page.request.get(new URL(`data/${resource.path}`, server.url).href);
      assert(csv.status() === 200, `${resource.path}: HTTP ${csv.status()}`);
    }
  });

  await checkNoProblems(problems);
} finally {
  await browser.close();
  await server.close();
}

process.exit(summary());
