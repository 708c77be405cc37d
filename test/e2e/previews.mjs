/**
 * The link previews of the built site (run `npm run build` first): the six cards in dist/og/ exist, are
 * 1,200 × 630 PNGs under 200 kB, and decode in a real browser to a light card with a chart on it; the
 * explorer's and the embeds' pages name the world map's card in their Open Graph and X tags, and that
 * address, resolved as a crawler resolves it, serves the image (built with VITE_SITE_URL, the address is
 * absolute on that site, which this offline check does not fetch: it must be og:url's og/world-es.png).
 * `DIST_DIR` picks another build folder. Prints "<n> passed, <m> failed" and exits non-zero on any failure.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { assert, check, checkNoProblems, summary, watchProblems } from './harness.mjs';
import { serveStatic } from './serve.mjs';

const dist = `${resolve(process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url)))}/`;
const CARDS = ['world', 'mexico', 'comparison'].flatMap((chart) =>
  ['es', 'en'].map((lang) => `og/${chart}-${lang}.png`),
);
const MAX_BYTES = 200 * 1024;

/** Width and height from a PNG's IHDR chunk, the first after the 8-byte signature. */
function pngSize(png) {
  assert(png.subarray(1, 4).toString('latin1') === 'PNG', 'not a PNG');
  assert(png.subarray(12, 16).toString('latin1') === 'IHDR', 'no IHDR chunk first');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

for (const card of CARDS) {
  await check(`${card} is a 1,200 × 630 PNG under 200 kB`, async () => {
    const file = join(dist, card);
    const { width, height } = pngSize(readFileSync(file));
    assert(width === 1200 && height === 630, `it is ${width} × ${height}`);
    const bytes = statSync(file).size;
    assert(bytes < MAX_BYTES, `it is ${(bytes / 1024).toFixed(1)} kB`);
  });
}

const server = await serveStatic({ root: dist, prefix: '/sub/dir/' });
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watchProblems(page);

  for (const path of ['', 'embed.html']) {
    await check(`${path || 'index.html'} names the world map's card for Open Graph and X`, async () => {
      await page.goto(`${server.url}${path}`);
      const meta = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('meta[property], meta[name]')].map((m) => [
            m.getAttribute('property') ?? m.getAttribute('name'),
            m.getAttribute('content'),
          ]),
        ),
      );
      for (const key of ['og:image', 'twitter:image']) {
        assert(/(^|\/)og\/world-es\.png$/.test(meta[key] ?? ''), `${key} is ${meta[key]}`);
      }
      assert(meta['twitter:card'] === 'summary_large_image', `twitter:card is ${meta['twitter:card']}`);
      assert(meta['og:image:width'] === '1200' && meta['og:image:height'] === '630', 'og:image size is not 1200 × 630');
      for (const key of ['og:title', 'og:description', 'og:image:alt', 'twitter:title']) {
        assert((meta[key] ?? '').length > 10, `${key} is empty`);
      }
      assert(meta['og:locale'] === 'es_MX' && meta['og:locale:alternate'] === 'en_US', 'locales are wrong');
      if (/^https?:/.test(meta['og:image']) && !meta['og:image'].startsWith(server.url)) {
        assert(meta['og:image'] === `${meta['og:url']}og/world-es.png`, `og:image is not on og:url ${meta['og:url']}`);
        assert(meta['twitter:image'] === meta['og:image'], 'twitter:image is not og:image');
        return;
      }
      // A crawler resolves a relative address against the page's; the site's own server must answer it.
      const image = new URL(meta['og:image'], page.url()).href;
      const response = await page.request.get(image);
      assert(response.status() === 200, `${image} answers ${response.status()}`);
      assert(response.headers()['content-type'] === 'image/png', `${image} is ${response.headers()['content-type']}`);
    });
  }

  for (const card of CARDS) {
    await check(`${card} decodes to a light card with its accent bar and a chart drawn`, async () => {
      const look = await page.evaluate(async (url) => {
        const bitmap = await createImageBitmap(await (await fetch(url)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context.drawImage(bitmap, 0, 0);
        const px = (x, y) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
        // Where every layout draws its chart and no text: how much of it is not the white background
        // (a blank chart would leave it all white).
        const band = context.getImageData(620, 260, 520, 200).data;
        let inked = 0;
        for (let i = 0; i < band.length; i += 4) if (band[i] + band[i + 1] + band[i + 2] < 720) inked++;
        return {
          size: [bitmap.width, bitmap.height],
          bar: px(600, 3),
          background: px(1190, 620),
          inked: inked / (band.length / 4),
        };
      }, `${server.url}${card}`);
      assert(look.size.join('×') === '1200×630', `decoded as ${look.size.join(' × ')}`);
      assert(look.bar.join() === '11,90,120', `the top bar is rgb(${look.bar})`);
      assert(look.background.join() === '255,255,255', `the background is rgb(${look.background}), not white`);
      assert(look.inked > 0.005, `only ${(look.inked * 100).toFixed(1)} % of the chart's band is drawn`);
    });
  }

  await checkNoProblems(problems);
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = summary();
