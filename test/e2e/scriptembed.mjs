/**
 * The script embed's gate (run `npm run build` first). The built site is served on one origin and an
 * article on another (another port), into which the snippets the Embed dialog gives are pasted:
 * - public/embed.js stays within its 4 kB gzipped budget (its size is printed);
 * - the Embed dialog offers the script snippet first, in both languages;
 * - on the article, each div becomes a sandboxed iframe (never allow-same-origin) as wide as its
 *   column, whose height follows the chart's content at 680 px and at 320 px (narrower is taller);
 *   the script included twice makes one iframe per div; a div pointing at another site keeps its link;
 * - height messages forged by the article itself and by another sandboxed frame (whose origin is
 *   "null", as the chart's is) are ignored, and the real ones still count afterwards;
 * - with JavaScript disabled, the div shows its link, preview image and source line.
 * With EMBED_SHOTS=<dir>, screenshots of the article at 320 and 680 px and without JavaScript are
 * kept there. pym.js's snippet is checked by share.mjs. Prints "<n> passed, <m> failed".
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launch } from './browser.mjs';
import { assert, check, checkNoProblems, summary, watchProblems } from './harness.mjs';
import { serveStatic } from './serve.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const BUDGET = 4096;
const WORLD = 'svg:is([aria-label^="Mapa del mundo"], [aria-label^="World map"])';
const MEXICO = 'svg:is([aria-label^="Mapa de México"], [aria-label^="Map of Mexico"])';
const shots = process.env.EMBED_SHOTS;

const server = await serveStatic({ root: dist, prefix: '/sub/dir/' });
const articleDir = mkdtempSync(join(tmpdir(), 'vmre-script-article-'));
const article = await serveStatic({ root: articleDir, prefix: '/news/' });
const browser = await launch();

/**
 * The preview images are another part of the build (og/): a branch without them still shows the link,
 * so their 404s (and the console line each makes, which does not name its address) are not failures.
 */
function notPreview(problems) {
  const preview = /^HTTP 404: .*\/og\/[a-z]+-(es|en)\.png$/;
  let missing = problems.filter((p) => preview.test(p)).length;
  return problems.filter((p) => {
    if (preview.test(p)) return false;
    if (
      missing > 0 &&
      p === 'console: Failed to load resource: the server responded with a status of 404 (Not Found)'
    ) {
      missing -= 1;
      return false;
    }
    return true;
  });
}

/** An article that embeds `snippets`, in a 680-px column, recording every height the iframes are given. */
const articleHtml = (snippets) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>An article</title><link rel="icon" href="data:,">
<style>body{margin:0;font:18px/1.5 Georgia,serif;color:#222}article{max-width:680px;margin:0 auto}
h1,p{margin:0 12px 1rem}</style></head>
<body><article><h1>Where Mexicans abroad registered to vote</h1>
<p>Text of the article before the chart. Lorem ipsum of a newsroom, long enough to wrap on a phone.</p>
${snippets.join('\n<p>Text between the charts.</p>\n')}
<p>Text after the chart.</p></article>
<script>
  window.heights = [];
  window.heard = [];
  new MutationObserver((records) => {
    for (const r of records) if (r.target.tagName === 'IFRAME') window.heights.push(Number(r.target.getAttribute('height')));
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['height'] });
  window.addEventListener('message', (e) => window.heard.push(e.data));
</script></body></html>`;

/** Waits until the `index`-th iframe is as tall as its chart's body says, and returns both heights. */
async function fitted(page, index) {
  const iframe = page.locator('iframe[src*="embed.html"]').nth(index);
  const body = page.frameLocator('iframe[src*="embed.html"]').nth(index).locator('body');
  // Chromium runs no animation frames in a cross-origin frame out of view, and the chart measures
  // itself in one: it tells its new height when the reader reaches it.
  await iframe.scrollIntoViewIfNeeded();
  for (;;) {
    const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
    const inner = await body.evaluate((b) => b.offsetHeight);
    if (Math.abs(outer - inner) <= 2) return { outer, inner };
    // Not yet: the chart's next height message moves the frame (or the check fails on the timeout).
    await page.waitForFunction(
      ([i, before]) =>
        document.querySelectorAll('iframe[src*="embed.html"]')[i].getBoundingClientRect().height !== before,
      [index, outer],
      { timeout: 15000 },
    );
  }
}

try {
  await check(`embed.js is within its budget of ${BUDGET / 1024} kB gzipped`, async () => {
    const raw = readFileSync(join(dist, 'embed.js'));
    const gzipped = gzipSync(raw, { level: 9 }).length;
    console.log(`     embed.js: ${raw.length} bytes, ${gzipped} bytes gzipped (${(gzipped / 1024).toFixed(1)} kB)`);
    assert(gzipped <= BUDGET, `${gzipped} bytes gzipped`);
  });

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watchProblems(page);
  const snippets = {};

  await check('the Embed dialog offers the script snippet first, in Spanish and in English', async () => {
    for (const [lang, opener, label, close] of [
      ['es', 'Insertar', /Con nuestro script/, 'Cerrar'],
      ['en', 'Embed', /With our script/, 'Close'],
    ]) {
      await page.goto(`${server.url}?country=ESP${lang === 'en' ? '&lang=en' : ''}`);
      await page.locator(MEXICO).waitFor({ timeout: 15000 });
      for (const [index, chart] of [
        [0, 'world'],
        [1, 'mexico'],
      ]) {
        await page.getByRole('button', { name: opener, exact: true }).nth(index).click();
        const dialog = page.getByRole('dialog');
        const first = await dialog.locator('textarea').first().getAttribute('id');
        assert(first === 'embed-script', `the first snippet is ${first}`);
        const snippet = await dialog.getByLabel(label).inputValue();
        assert(snippet.includes(`data-vmre-chart="${server.url}embed.html?embed=${chart}&amp;`), snippet);
        assert(snippet.includes(`<script async src="${server.url}embed.js"></script>`), snippet);
        assert(snippet.includes(`og/${chart}-${lang}.png`), `no ${chart}-${lang} preview in ${snippet}`);
        snippets[`${chart}-${lang}`] = snippet;
        await dialog.getByRole('button', { name: close }).click();
        await dialog.waitFor({ state: 'detached', timeout: 3000 });
      }
    }
    // A selected place has no preview of its own: the alt text says the image is the chart's default view.
    assert(
      snippets['world-en'].includes('alt="Preview of the chart “Country of residence” in its default view'),
      snippets['world-en'],
    );
  });

  const refused = `<div data-vmre-chart="${article.url}elsewhere.html" data-vmre-title="Elsewhere"><a href="${article.url}elsewhere.html">A chart from another site</a></div>`;
  writeFileSync(join(articleDir, 'index.html'), articleHtml([snippets['world-en'], snippets['mexico-en'], refused]));

  const host = await context.newPage();
  const hostProblems = watchProblems(host);
  await host.setViewportSize({ width: 680, height: 900 });
  let at680 = 0;

  await check(
    'on an article of another origin, each div becomes a sandboxed iframe as wide as its column',
    async () => {
      await host.goto(article.url);
      assert(new URL(article.url).origin !== new URL(server.url).origin, 'the article shares the chart origin');
      const frames = host.locator('iframe[src*="embed.html"]');
      await frames.nth(1).waitFor({ state: 'attached', timeout: 15000 });
      assert(
        (await frames.count()) === 2,
        `${await frames.count()} iframes for two divs (the script is included twice)`,
      );
      for (const index of [0, 1]) {
        const frame = frames.nth(index);
        const sandbox = await frame.getAttribute('sandbox');
        assert(sandbox === 'allow-scripts allow-popups allow-downloads', `sandbox="${sandbox}"`);
        const width = await frame.evaluate((f) => [f.getBoundingClientRect().width, f.parentElement.clientWidth]);
        assert(width[0] === width[1] && width[0] > 600, `iframe ${width[0]} px wide in a ${width[1]} px column`);
      }
      assert(
        (await frames.nth(0).getAttribute('title')) === 'Country of residence · Requests received · 2023–2024',
        `title "${await frames.nth(0).getAttribute('title')}"`,
      );
      assert((await host.locator('img').count()) === 0, 'the fallback image is still there');
      await host.getByRole('link', { name: 'A chart from another site' }).waitFor({ timeout: 3000 });
      assert((await host.locator('iframe').count()) === 2, 'a div pointing at another site got an iframe');
    },
  );

  await check('its height follows its content at 680 px and at 320 px wide, taller when narrower', async () => {
    const world = host.frameLocator('iframe[src*="embed.html"]').nth(0);
    await world.locator(WORLD).waitFor({ timeout: 15000 });
    await world.locator('main[aria-busy="false"]').waitFor({ timeout: 15000 });
    at680 = (await fitted(host, 0)).outer;
    await host.setViewportSize({ width: 320, height: 900 });
    const { outer, inner } = await fitted(host, 0);
    assert(outer > at680, `at 320 px the iframe is ${outer} px tall, at 680 px ${at680} px`);
    console.log(`     world map: ${at680} px tall at 680 px, ${outer} px at 320 px (content ${inner} px)`);
    // The second embed, further down, loads as the reader nears it (loading="lazy") and fits too.
    await host.locator('iframe[src*="embed.html"]').nth(1).scrollIntoViewIfNeeded();
    const mexico = host.frameLocator('iframe[src*="embed.html"]').nth(1);
    await mexico.locator(MEXICO).waitFor({ timeout: 15000 });
    await mexico.locator('main[aria-busy="false"]').waitFor({ timeout: 15000 });
    await fitted(host, 1);
  });

  await check(
    'heights forged by the article and by another sandboxed frame are ignored; real ones still count',
    async () => {
      const before = await host.evaluate(() => window.heights.length);
      await host.evaluate(() => {
        window.postMessage('pymxPYMxvmre-embed-1xPYMxheightxPYMx5000', '*');
        window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 5001 }, '*');
        // A frame as opaque as the chart's: its origin is "null" too, only event.source tells them apart.
        const forger = document.createElement('iframe');
        forger.setAttribute('sandbox', 'allow-scripts');
        forger.hidden = true;
        forger.srcdoc = `<script>
        parent.postMessage('pymxPYMxvmre-embed-1xPYMxheightxPYMx5002', '*');
        parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 5003 }, '*');
        parent.postMessage('forged', '*');
      </script>`;
        document.body.append(forger);
      });
      // Messages from one frame arrive in order: once "forged" is heard, its two forgeries were handled.
      await host.waitForFunction(() => window.heard.includes('forged'), null, { timeout: 10000 });
      const forged = await host.evaluate(() =>
        window.heard.filter((m) => m === 'forged' || JSON.stringify(m).includes('500')),
      );
      assert(forged.length === 5, `the article heard ${JSON.stringify(forged)}`);
      // A real change after the forgeries still moves the frame.
      await host.setViewportSize({ width: 500, height: 900 });
      const { outer } = await fitted(host, 0);
      const given = await host.evaluate((n) => window.heights.slice(n), before);
      assert(
        given.every((h) => h < 5000),
        `the iframes were given ${JSON.stringify(given)}`,
      );
      assert(outer < 5000 && given.length > 0, `height ${outer}, given ${JSON.stringify(given)}`);
    },
  );

  await check('on an article whose CSP allows no inline style, the iframe is still made and sized', async () => {
    const chart = new URL(server.url).origin;
    const strict = await serveStatic({
      root: articleDir,
      prefix: '/news/',
      headers: {
        'Content-Security-Policy': `default-src 'self'; script-src ${chart}; frame-src ${chart}; img-src ${chart} data:; style-src 'self'`,
      },
    });
    try {
      writeFileSync(
        join(articleDir, 'strict.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict article</title><link rel="icon" href="data:,"></head><body>\n${snippets['world-es']}\n</body></html>`,
      );
      const strictPage = await context.newPage();
      const violations = [];
      strictPage.on('console', (msg) => {
        if (msg.type() === 'error') violations.push(msg.text());
      });
      await strictPage.setViewportSize({ width: 680, height: 900 });
      await strictPage.goto(`${strict.url}strict.html`);
      const frame = strictPage.frameLocator('iframe[src*="embed.html"]');
      await frame.locator(WORLD).waitFor({ timeout: 15000 });
      await frame.locator('main[aria-busy="false"]').waitFor({ timeout: 15000 });
      await fitted(strictPage, 0);
      // The only thing such a policy refuses is the fallback image's style attribute (and the missing preview).
      const other = violations.filter((v) => !/inline style/.test(v) && !/status of 404/.test(v));
      assert(other.length === 0, other.join('\n     '));
      console.log(
        `     refused by the article's policy: ${violations.length} (${violations.map((v) => v.slice(0, 60)).join('; ')})`,
      );
      await strictPage.close();
    } finally {
      await strict.close();
    }
  });

  await check('without JavaScript, the div shows its link, preview image and source line', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 680, height: 900 } });
    const reader = await noJs.newPage();
    await reader.goto(article.url);
    assert((await reader.locator('iframe').count()) === 0, 'an iframe without JavaScript');
    const div = reader.locator('div[data-vmre-chart]').first();
    const title = 'Country of residence · Requests received · 2023–2024';
    const link = div.getByRole('link', { name: title });
    await link.waitFor({ timeout: 3000 });
    const href = new URL(await link.getAttribute('href'));
    assert(
      `${href.origin}${href.pathname}` === server.url &&
        href.searchParams.get('country') === 'ESP' &&
        !href.searchParams.has('embed'),
      `the link goes to ${href}`,
    );
    const image = div.locator('img');
    assert((await image.getAttribute('src')) === `${server.url}og/world-en.png`, await image.getAttribute('src'));
    assert(
      (await image.getAttribute('alt'))?.includes('Country of residence'),
      'the image has no alt text naming the chart',
    );
    await div
      .getByText('Source: Instituto Nacional Electoral (INE), VMRE progress reports.')
      .waitFor({ timeout: 3000 });
    if (shots) await reader.screenshot({ path: join(shots, 'script-embed-nojs.png'), fullPage: true });
    await noJs.close();
  });

  if (shots) {
    await check('screenshots of the article at 680 and 320 px', async () => {
      for (const width of [680, 320]) {
        await host.setViewportSize({ width, height: 900 });
        await fitted(host, 0);
        await fitted(host, 1);
        // As tall as the article, so both frames are painted (Chromium skips frames outside the viewport).
        const height = await host.evaluate(() => document.documentElement.scrollHeight);
        await host.setViewportSize({ width, height });
        await host.screenshot({ path: join(shots, `script-embed-${width}.png`) });
      }
    });
  }

  await check('no console errors, page errors or failed requests on the article', async () => {
    const left = notPreview(hostProblems);
    assert(left.length === 0, left.join('\n     '));
  });
  await checkNoProblems(problems);
} finally {
  await browser.close();
  await server.close();
  await article.close();
}

process.exit(summary());
