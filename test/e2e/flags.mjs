/**
 * Real-browser checks of the embeds' render flags on the built site (run `npm run build` first):
 * `flags=plain`, `static` and `transparent` on the world, Mexico and comparison embeds each render what
 * they promise and keep the source line and the link to the data; `static` shows no tooltip on hover and
 * a click selects nothing; `transparent`, pasted from the Embed dialog into a coloured article, lets the
 * article's colour through (a pixel of a screenshot), in the light and the dark theme; the dialog's
 * checkboxes change every snippet and the height it measures; on the explorer the flags are dropped
 * with a notice. Prints "<n> passed, <m> failed" and exits non-zero on any failure.
 * `SHOTS_DIR=dir` also saves screenshots of each flag at 360 and 1280 px, in Spanish and English.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { assert, check, checkNoProblems, summary, watchProblems } from './harness.mjs';
import { serveStatic } from './serve.mjs';
import { RECORD_ERRORS, settle } from './views.mjs';

const root = new URL('../../', import.meta.url);
const server = await serveStatic({ root: fileURLToPath(new URL('dist/', root)), prefix: '/sub/dir/' });
// The articles that embed the charts, on another origin (another port).
const articleDir = mkdtempSync(join(tmpdir(), 'vmre-flags-article-'));
const article = await serveStatic({ root: articleDir, prefix: '/news/' });
const browser = await launch();
const SHOTS = process.env.SHOTS_DIR;

/** The three embeds, each in a state with something to select and to hover. */
const EMBEDS = [
  { name: 'world', query: 'embed=world&entity=14', chart: 'svg[aria-label^="Mapa del mundo"]', place: 'USA' },
  { name: 'mexico', query: 'embed=mexico&country=USA', chart: 'svg[aria-label^="Mapa de México"]', place: '14' },
  { name: 'comparison', query: 'embed=comparison&entity=14', chart: '.comparison .figure svg', place: null },
];

/** Whether an element is drawn where a sighted reader sees it (the sr-only class leaves a 1 px box). */
const seen = async (locator) => {
  if ((await locator.count()) === 0) return false;
  const box = await locator.first().boundingBox();
  // A table inside a visually hidden block keeps its own box: what clips it is the block.
  const clipped = await locator.first().evaluate((el) => el.closest('.sr-only') !== null);
  return !clipped && box !== null && box.width > 2 && box.height > 2;
};

/** Everything every flag keeps: the chart, its legend, the source line and a link to the data that drops the flags. */
async function checkKept(page, embed, label) {
  assert(await seen(page.locator(embed.chart)), `${label}: the chart is not shown`);
  assert(await seen(page.locator('.legend')), `${label}: the legend is not shown`);
  const line = page.locator('.embed-links');
  assert(await seen(line), `${label}: the source line is not shown`);
  assert(/Instituto Nacional Electoral|INE/.test(await line.innerText()), `${label}: the source line names no source`);
  const href = await line.getByRole('link').getAttribute('href');
  const back = new URL(href);
  assert(!back.searchParams.has('flags') && !back.searchParams.has('embed'), `${label}: data link ${href}`);
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  await context.addInitScript(RECORD_ERRORS);
  const page = await context.newPage();
  const problems = watchProblems(page);
  const open = async (query) => {
    await page.goto(`${server.url}embed.html?${query}`);
    await settle(page);
  };

  for (const embed of EMBEDS) {
    await check(`${embed.name}: plain shows the chart, its legend and the source line only`, async () => {
      await open(`${embed.query}&flags=plain`);
      await checkKept(page, embed, 'plain');
      for (const [what, selector] of [
        ['a heading', 'main h2, main h3'],
        ['the toolbar', '.toolbar'],
        ['the language switch', '.embed-lang'],
        ['the zoom', '.zoom'],
        ['the caveats', '.caveats'],
        ['a summary', '.summary'],
        ['the table', 'details.table, .comparison table'],
        ['the process options', '.comparison .options'],
      ]) {
        for (const el of await page.locator(selector).all())
          assert(!(await seen(el)), `plain shows ${what} (${selector})`);
      }
      // What is hidden stays for screen readers: the chart keeps its name and its description.
      const heading = page.locator('main h2').first();
      assert((await heading.innerText()).length > 0, 'plain lost the chart heading for screen readers');
      const buttons = await page.locator('main button').allInnerTexts();
      assert(buttons.length === 0, `plain has buttons: ${buttons.join(', ')}`);
    });

    await check(
      `${embed.name}: static has no toolbar, tooltip or selection, and keeps its text alternatives`,
      async () => {
        await open(`${embed.query}&flags=static`);
        await checkKept(page, embed, 'static');
        assert((await page.locator('.toolbar').count()) === 0, 'static shows a toolbar');
        assert((await page.locator('.comparison .options').count()) === 0, 'static shows the process options');
        if (embed.place === null) return;
        // Without the flag, the same hover shows the place's details: the check below can fail.
        await open(embed.query);
        await page.locator(`${embed.chart} [data-code="${embed.place}"]`).first().hover();
        await page.locator('.tooltip').waitFor();
        await open(`${embed.query}&flags=static`);
        const svg = page.locator(embed.chart);
        assert((await svg.getAttribute('role')) === 'img', `the map's role is ${await svg.getAttribute('role')}`);
        const described = await svg.getAttribute('aria-describedby');
        const summary = await page.locator(`[id="${described}"]`).innerText();
        assert(summary.length > 20 && (await seen(page.locator(`[id="${described}"]`))), `summary: "${summary}"`);
        assert((await svg.locator('[tabindex], [role="button"]').count()) === 0, 'the map still has focusable places');
        assert(await seen(page.locator('details.table > summary')), 'the table is not offered');
        const before = page.url();
        const mark = svg.locator(`[data-code="${embed.place}"]`).first();
        await mark.hover();
        await settle(page);
        assert((await page.locator('.tooltip').count()) === 0, 'hovering a place shows a tooltip');
        await mark.click();
        await page.keyboard.press('Enter');
        await settle(page);
        assert(page.url() === before, `a click changed the address to ${page.url()}`);
        // The table lists the figures as text: no row selects.
        await page.locator('details.table > summary').first().click();
        await page.locator('details.table[open] table').waitFor();
        assert((await page.locator('details.table table tbody button').count()) === 0, 'table rows still select');
      },
    );
  }

  await check('the flags combine: plain, static and transparent at once', async () => {
    await open('embed=mexico&country=USA&flags=transparent,static,plain');
    await checkKept(page, EMBEDS[1], 'all three');
    assert((await page.locator('main button').count()) === 0, 'buttons in a plain static embed');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert(bg === 'rgba(0, 0, 0, 0)', `body background ${bg}`);
  });

  await check('on the explorer the flags are dropped with a notice, and the page shows in full', async () => {
    await page.goto(`${server.url}?flags=plain,static&lang=en`);
    await settle(page);
    await page.getByText('Ignored “flags=plain,static” in the address: it applies only to embedded charts').waitFor();
    assert((await page.locator('.toolbar').count()) >= 2, 'the explorer lost its toolbars');
  });

  await check('hostile flags: the valid ones apply, the rest are named in one notice', async () => {
    await open('embed=world&flags=static,<img src=x onerror=alert(1)>,static,,PLAIN&lang=en');
    const notice = page.getByText('Left out of “flags” in the address');
    await notice.waitFor();
    const text = await notice.innerText();
    assert(/PLAIN/.test(text) && /repeated/.test(text) && /empty/.test(text), `notice: ${text}`);
    assert((await page.locator('.toolbar').count()) === 0, 'static was not applied');
    assert((await page.locator('img[src="x"]').count()) === 0, 'markup from the address became an element');
  });

  /** The colour of one pixel of the page, as the screen shows it. */
  const pixel = async (target, x, y) => {
    const png = await target.screenshot({ clip: { x, y, width: 1, height: 1 } });
    return target.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 1;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return [...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3);
    }, png.toString('base64'));
  };
  const near = (a, b) => a.every((v, i) => Math.abs(v - b[i]) <= 3);
  const brightness = (css) =>
    css
      .match(/\d+(\.\d+)?/g)
      .slice(0, 3)
      .map(Number)
      .reduce((a, b) => a + b, 0);

  /** Ticks boxes in the Embed dialog of the explorer at `query` and returns its snippets once measured. */
  async function dialogSnippets(query, flags, dialogPage = page) {
    await dialogPage.goto(`${server.url}?${query}`);
    await settle(dialogPage);
    await dialogPage.locator('button:is(:text-is("Insertar"), :text-is("Embed"))').first().click();
    const dialog = dialogPage.locator('dialog[open]');
    for (const flag of flags) await dialog.locator(`input[type="checkbox"][value="${flag}"]`).check();
    await dialog
      .locator('.width .note')
      .filter({ hasText: /px (tall|de alto)|px de altura|tall/ })
      .waitFor({
        timeout: 30000,
      });
    const read = async (kind) => dialog.locator(`#embed-${kind}`).inputValue();
    const result = {
      pym: await read('pym'),
      iframe: await read('iframe'),
      amp: await read('amp'),
      measured: await dialog.locator('.width .note').innerText(),
    };
    await dialog.getByRole('button', { name: /Cerrar|Close/ }).click();
    return result;
  }

  await check('the dialog: ticking the flags changes every snippet, and the height is measured for them', async () => {
    const full = await dialogSnippets('country=ESP&lang=en', []);
    const plain = await dialogSnippets('country=ESP&lang=en', ['static', 'plain']);
    for (const kind of ['pym', 'iframe', 'amp']) {
      assert(!full[kind].includes('flags='), `${kind} without flags: ${full[kind]}`);
      assert(plain[kind].includes('flags=plain,static'), `${kind} with flags: ${plain[kind]}`);
    }
    const height = (text) => Number(/([\d,]+) px tall/.exec(text)?.[1].replace(/,/g, ''));
    assert(height(plain.measured) < height(full.measured), `plain ${plain.measured} vs full ${full.measured}`);
    const iframeHeight = Number(/height="(\d+)"/.exec(plain.iframe)[1]);
    assert(iframeHeight === height(plain.measured), `iframe height ${iframeHeight} vs ${plain.measured}`);
  });

  // A coloured article for each theme: the embed's text must read on it, and its colour must show through.
  for (const [theme, host, query] of [
    ['light', [244, 211, 94], 'country=ESP&theme=light'],
    ['dark', [18, 52, 86], 'entity=14&theme=dark'],
  ]) {
    await check(
      `transparent (${theme}), pasted from the dialog into a coloured article, shows the article's colour`,
      async () => {
        const { iframe } = await dialogSnippets(`${query}&lang=en`, ['transparent']);
        assert(iframe.includes(`style="color-scheme: ${theme}"`), `the snippet declares no scheme: ${iframe}`);
        const css = `rgb(${host.join(' ')})`;
        writeFileSync(
          join(articleDir, `transparent-${theme}.html`),
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,">
<style>body{background:${css};margin:0;padding:20px;font-family:sans-serif}</style></head>
<body><p>Text before.</p>\n${iframe.replace('loading="lazy"', '')}\n<p>Text after.</p></body></html>`,
        );
        for (const scheme of ['light', 'dark']) {
          // Whatever the reader's system: the frame declares the theme the embed is drawn in.
          const ctx = await browser.newContext({ viewport: { width: 900, height: 1000 }, colorScheme: scheme });
          const parent = await ctx.newPage();
          const parentProblems = watchProblems(parent);
          await parent.goto(`${article.url}transparent-${theme}.html`);
          const frame = parent.frameLocator('iframe');
          await frame.locator('.embed-links').waitFor({ timeout: 15000 });
          await frame.locator('main[aria-busy="false"]').waitFor();
          const box = await parent.locator('iframe').boundingBox();
          // The frame's top-left corner is the embed's padding: nothing but its background.
          const seenColour = await pixel(parent, Math.round(box.x + 3), Math.round(box.y + 3));
          assert(near(seenColour, host), `${scheme} system: the frame shows ${seenColour}, not the article's ${host}`);
          const ink = await frame.locator('.embed-links').evaluate((el) => getComputedStyle(el).color);
          const readable = theme === 'dark' ? brightness(ink) > 600 : brightness(ink) < 200;
          assert(readable, `${scheme} system: the source line's colour ${ink} on ${css}`);
          assert(parentProblems.length === 0, parentProblems.join('\n     '));
          await ctx.close();
        }
      },
    );
  }

  if (SHOTS) {
    await check(`screenshots of the three flags saved in ${SHOTS}`, async () => {
      writeFileSync(
        join(articleDir, 'coloured.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,">
<style>body{margin:0;padding:12px;font-family:sans-serif}body.light{background:#f4d35e}body.dark{background:#123456;color:#eee}
iframe{border:0;width:100%;height:1400px}</style></head><body><p>Article text before the chart.</p>
<iframe title="chart"></iframe><p>Text after.</p>
<script>const p=new URLSearchParams(location.search);document.body.className=p.get('host');
const f=document.querySelector('iframe');f.style.colorScheme=p.get('host');f.src=p.get('src');</script></body></html>`,
      );
      for (const width of [360, 1280]) {
        const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: 'light' });
        const shot = await ctx.newPage();
        for (const lang of ['es', 'en']) {
          for (const [flag, query] of [
            ['plain', 'embed=world&entity=14&flags=plain'],
            ['static', 'embed=mexico&country=USA&flags=static'],
            ['plain-comparison', 'embed=comparison&entity=14&flags=plain'],
          ]) {
            await shot.goto(`${server.url}embed.html?${query}&lang=${lang}`);
            await settle(shot);
            await shot.screenshot({ path: join(SHOTS, `${flag}-${width}-${lang}.png`), fullPage: true });
          }
          for (const theme of ['light', 'dark']) {
            const src = `${server.url}embed.html?embed=world&flags=transparent&theme=${theme}&lang=${lang}`;
            await shot.goto(`${article.url}coloured.html?host=${theme}&src=${encodeURIComponent(src)}`);
            await shot
              .frameLocator('iframe')
              .locator('main[aria-busy="false"] .embed-links')
              .waitFor({ timeout: 15000 });
            await shot.waitForTimeout(300);
            await shot.screenshot({ path: join(SHOTS, `transparent-${theme}-${width}-${lang}.png`) });
          }
        }
        await ctx.close();
      }
    });
  }

  await checkNoProblems(problems);
  await context.close();
} finally {
  await browser.close();
  await server.close();
  await article.close();
}
process.exit(summary());
