/**
 * Real-browser checks of the colour themes on the built site (run `npm run build` first): the header's
 * switch and `theme=` in the address, an embed inside a dark article following the system's dark
 * setting (and `theme=light` overriding it), and images saved from a dark page staying light.
 * Prints "<n> passed, <m> failed" and exits non-zero on any failure.
 * `SHOTS_DIR=dir` also saves screenshots of a dark embed in a dark article, in both languages.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { assert, check, summary, watchProblems } from './harness.mjs';
import { serveStatic } from './serve.mjs';
import { whenLive } from './views.mjs';

const root = new URL('../../', import.meta.url);
const WORLD = 'svg:is([aria-label^="Mapa del mundo"], [aria-label^="World map"])';
const server = await serveStatic({ root: fileURLToPath(new URL('dist/', root)), prefix: '/sub/dir/' });
const articleDir = mkdtempSync(join(tmpdir(), 'vmre-dark-article-'));
const article = await serveStatic({ root: articleDir, prefix: '/news/' });
const browser = await launch();

/** Sum of a CSS colour's channels: under 180 reads as dark, over 600 as light. */
const brightness = (css) =>
  css
    .match(/\d+(\.\d+)?/g)
    .slice(0, 3)
    .map(Number)
    .reduce((a, b) => a + b, 0);
const backgroundOf = (frameOrPage) => frameOrPage.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);

try {
  await check('the header switch turns the page dark, writes theme=dark, and Automático clears it', async () => {
    const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(server.url);
    await whenLive(page);
    assert(brightness(await backgroundOf(page)) > 600, 'the light system does not give a light page');
    await page.getByRole('group', { name: 'Tema de color' }).getByRole('button', { name: 'Oscuro' }).click();
    await page.waitForURL((url) => url.searchParams.get('theme') === 'dark');
    assert(brightness(await backgroundOf(page)) < 180, `not dark: ${await backgroundOf(page)}`);
    const pressed = await page.getByRole('button', { name: 'Oscuro' }).getAttribute('aria-pressed');
    assert(pressed === 'true', 'the switch does not say dark is on');
    await page.reload();
    await whenLive(page);
    assert(brightness(await backgroundOf(page)) < 180, 'theme=dark does not survive a reload');
    await page.getByRole('button', { name: 'Automático' }).click();
    await page.waitForURL((url) => !url.searchParams.has('theme'));
    assert(brightness(await backgroundOf(page)) > 600, 'auto on a light system is not light');
    assert(problems.length === 0, problems.join('\n     '));
    await context.close();
  });

  await check('an embed in a dark article follows the dark system; theme=light keeps it light', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 700, height: 900 } });
    for (const [name, query, dark] of [
      ['auto', 'embed=world', true],
      ['light', 'embed=world&theme=light', false],
      ['en', 'embed=mexico&country=ESP,PRT&lang=en', true],
    ]) {
      const src = `${server.url}embed.html?${query}`;
      writeFileSync(
        join(articleDir, `dark-${name}.html`),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dark article</title><link rel="icon" href="data:,">
<style>body{background:#121212;color:#eee;font-family:sans-serif;max-width:680px;margin:auto}</style></head>
<body><h1>A dark article</h1><p>Text before the chart.</p>
<iframe src="${src}" title="chart" width="100%" height="760" style="border:0" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>
<p>Text after.</p></body></html>`,
      );
      const page = await context.newPage();
      await page.goto(`${article.url}dark-${name}.html`);
      const frame = page.frameLocator('iframe');
      await frame.locator(WORLD).or(frame.locator('svg[role="group"]')).first().waitFor({ timeout: 15000 });
      const bg = await backgroundOf(frame);
      assert(dark ? brightness(bg) < 180 : brightness(bg) > 600, `${name}: embed background ${bg}`);
      if (process.env.SHOTS_DIR && name !== 'light')
        await page.screenshot({ path: join(process.env.SHOTS_DIR, `dark-article-${name}.png`), fullPage: true });
      await page.close();
    }
    await context.close();
  });

  await check('an image saved from a dark page is light: white background, the light ink', async () => {
    const context = await browser.newContext({
      colorScheme: 'dark',
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}?country=ESP`);
    await whenLive(page);
    await page.locator(WORLD).waitFor({ timeout: 15000 });
    await page.getByRole('button', { name: 'PNG o SVG…' }).first().click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: /SVG/ }).click(),
    ]);
    const svg = readFileSync(await download.path(), 'utf8');
    assert(svg.includes('fill="#ffffff"'), 'no white background in the image');
    // The dark page's tokens (its background and land) must not be in the image.
    for (const dark of ['rgb(20, 22, 25)', 'rgb(43, 47, 53)'])
      assert(!svg.includes(dark), `the image carries the dark theme's ${dark}`);
    assert(brightness(await backgroundOf(page)) < 180, 'the page left the dark theme after the capture');
    await context.close();
  });

  await check(
    'a light page saves a dark image when the reader picks it: dark background and land, light ink',
    async () => {
      const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}?country=ESP&lang=en`);
      await whenLive(page);
      await page.locator(WORLD).waitFor({ timeout: 15000 });
      await page.getByRole('button', { name: 'PNG or SVG…' }).first().click();
      const dialog = page.locator('dialog[open]');
      await dialog.waitFor();
      await dialog.getByRole('radio', { name: 'Dark' }).check();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: /SVG/ }).click(),
      ]);
      assert(download.suggestedFilename().endsWith('_dark.svg'), `file name ${download.suggestedFilename()}`);
      const svg = readFileSync(await download.path(), 'utf8');
      assert(svg.includes('fill="#1d2024"'), 'no dark background in the image');
      assert(svg.includes('fill="#e6e8eb"'), 'no light ink in the image');
      assert(svg.includes('rgb(43, 47, 53)'), "the map's land is not the dark theme's");
      assert(brightness(await backgroundOf(page)) > 180, 'the page left the light theme after the capture');
      await context.close();
    },
  );
} finally {
  await browser.close();
  await server.close();
  await article.close();
}
process.exit(summary());
