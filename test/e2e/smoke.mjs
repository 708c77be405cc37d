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
import { whenLive } from './views.mjs';

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

  await check('the prerendered key facts are hydrated in place, not drawn again', async () => {
    const fresh = await browser.newPage();
    const freshProblems = watchProblems(fresh);
    // Hold on to the prerendered nodes before main.ts runs: a hydration mismatch makes Svelte empty #app and mount anew.
    await fresh.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const w = /** @type {any} */ (window);
        w.prerenderedFacts = document.querySelector('#app[data-prerendered] .facts');
        w.prerenderedText = w.prerenderedFacts?.textContent ?? null;
      });
    });
    await fresh.goto(server.url, { waitUntil: 'load' });
    await whenLive(fresh);
    const state = await fresh.evaluate(() => {
      const w = /** @type {any} */ (window);
      const now = document.querySelector('.facts');
      return {
        prerendered: w.prerenderedFacts !== null && w.prerenderedFacts !== undefined,
        same: now !== null && now === w.prerenderedFacts,
        text: now?.textContent ?? '',
        before: w.prerenderedText,
      };
    });
    assert(state.prerendered, 'index.html has no prerendered key facts');
    assert(state.same, 'the key facts were drawn again after hydration (a mismatch with the prerender)');
    assert(state.text === state.before, `the key facts changed on hydration: ${JSON.stringify(state.text)}`);
    assert(state.text.includes('51,185'), `the key facts read: ${JSON.stringify(state.text.slice(0, 120))}`);
    assert(freshProblems.length === 0, freshProblems.join('\n     '));
    await fresh.close();
  });

  await checkNoProblems(problems);
} finally {
  await browser.close();
  await server.close();
}

process.exit(summary());
