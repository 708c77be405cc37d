/**
 * The phone reader's gate (run `npm run build` first): every view of views.mjs, on a
 * 320-px screen with the browser's text size at 200% and on a 360 × 780 phone at 100%:
 * - the page never scrolls sideways (a wide table scrolls inside its own box);
 * - every legend label is drawn at 11 px or more (SVG text measured as rendered, so a
 *   legend scaled down in a narrow box is caught too);
 * and, on the phone, the default explorer's world map starts on the first screen.
 * Print, on A4 in both languages: no control is printed, and each map panel and the comparison's
 * figure fit one page and may not be split, so a title prints on the page of its chart; the PDF
 * Chromium makes has a handful of pages, not one per screenful of buttons.
 * Text size is Chromium's own setting (Page.setFontSizes), as a reader sets it, so media
 * queries in rem respond to it as they do on a phone.
 * Prints "<n> passed, <m> failed" and exits non-zero on any failure.
 */
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { assert, check, summary } from './harness.mjs';
import { serveStatic } from './serve.mjs';
import { openView, RECORD_ERRORS, VIEWS, viewQuery } from './views.mjs';

const dist = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const server = await serveStatic({ root: dist, prefix: '/sub/dir/' });
const browser = await launch();

const SCREENS = [
  { name: '320 px, text 200%', width: 320, height: 640, text: 2 },
  { name: '360 × 780, text 100%', width: 360, height: 780, text: 1 },
];
/** The smallest legend text a reader should have to read, in CSS px. */
const MIN_LEGEND_PX = 11;

/** How far the page scrolls sideways, and legend labels drawn smaller than the minimum. */
const measure = (min) => {
  window.scrollTo(10_000, window.scrollY);
  const sideways = window.scrollX;
  window.scrollTo(0, window.scrollY);
  const small = [];
  for (const legend of document.querySelectorAll('.legend')) {
    for (const text of legend.querySelectorAll('svg text')) {
      const svg = text.ownerSVGElement;
      const box = svg.viewBox.baseVal;
      const scale = box && box.width > 0 ? svg.getBoundingClientRect().width / box.width : 1;
      const px = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (px < min - 0.01) small.push(`"${text.textContent}" at ${px.toFixed(1)} px`);
    }
    const walker = document.createTreeWalker(legend, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent.trim() || el.closest('svg') || el.closest('.sr-only')) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < min - 0.01) small.push(`"${node.textContent.trim().slice(0, 30)}" at ${px.toFixed(1)} px`);
    }
  }
  return { sideways, small };
};

try {
  for (const screen of SCREENS) {
    const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height } });
    await context.addInitScript(RECORD_ERRORS);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * screen.text, fixed: 13 * screen.text } });
    for (const view of VIEWS) {
      await check(
        `no sideways scroll, legends at ${MIN_LEGEND_PX} px or more: ${view.name} (${screen.name})`,
        async () => {
          await openView(page, server.url, view);
          const { sideways, small } = await page.evaluate(measure, MIN_LEGEND_PX);
          assert(sideways === 0, `?${viewQuery(view)} scrolls sideways by ${sideways} px`);
          assert(small.length === 0, `legend text too small: ${small.slice(0, 5).join('; ')}`);
        },
      );
    }
    await context.close();
  }

  await check('on a 360 × 780 phone the world map starts on the first screen', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
    await openView(page, server.url, VIEWS[0]);
    const box = await page.locator('svg[role="group"]').first().boundingBox();
    assert(box !== null, 'no map drawn');
    assert(box.y + box.height / 2 <= 780, `the world map's middle is at y = ${Math.round(box.y + box.height / 2)}`);
    assert(box.width >= 300, `the world map is ${Math.round(box.width)} px wide`);
    await page.close();
  });

  /** A4 at 96 px per inch with 1-cm margins: 718 × 1047 px of printable page. */
  const A4 = { width: 718, height: 1047 };
  for (const lang of ['es', 'en']) {
    await check(`print on A4 (${lang}): no controls, each chart kept whole with its title`, async () => {
      const page = await browser.newPage({ viewport: A4 });
      await openView(page, server.url, { ...VIEWS[0], query: `entity=14&lang=${lang}` });
      await page.locator('.panel svg[role="group"]').nth(1).waitFor({ timeout: 15000 });
      // As the browser does when the reader prints: sections not built yet build now.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.locator('.comparison > .figure svg').first().waitFor({ timeout: 15000 });
      await page.emulateMedia({ media: 'print' });
      const report = await page.evaluate((pageHeight) => {
        const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
        const controls = [...document.querySelectorAll('button, select, input, textarea')].filter(shown);
        // A map panel is its own parts (title to source), each unbreakable and joined to the next; the
        // region table after them may start a page. The comparison figure is one unbreakable block.
        const panel = (e) => {
          const parts = [...e.children].filter((c) => !c.matches('.regions') && c.getClientRects().length > 0);
          const joined = parts.slice(0, -1).every((c) => getComputedStyle(c).breakAfter === 'avoid');
          const whole = parts.every((c) => getComputedStyle(c).breakInside === 'avoid');
          const bottom = Math.max(...parts.map((c) => c.getBoundingClientRect().bottom));
          return { height: bottom - e.getBoundingClientRect().top, avoid: joined && whole ? 'avoid' : 'auto' };
        };
        const blocks = [...document.querySelectorAll('.panel, .comparison > .figure')].map((e) => ({
          title: e.querySelector('h2, h3')?.textContent?.trim(),
          ...(e.matches('.panel')
            ? panel(e)
            : { height: e.getBoundingClientRect().height, avoid: getComputedStyle(e).breakInside }),
          chart: e.querySelector('svg') !== null,
        }));
        for (const b of blocks) b.height = Math.round(b.height);
        return {
          controls: controls.map((e) => e.outerHTML.slice(0, 80)),
          blocks: blocks.filter((b) => !(b.chart && b.avoid === 'avoid' && b.height <= pageHeight)),
          count: blocks.length,
        };
      }, A4.height);
      assert(report.controls.length === 0, `printed controls: ${report.controls.join(' | ')}`);
      assert(report.count === 3, `${report.count} charts found`);
      const placeholders = await page.locator('.pending').count();
      assert(placeholders === 0, `${placeholders} sections were not built for print`);
      assert(
        report.blocks.length === 0,
        `charts that may split or do not fit a page: ${JSON.stringify(report.blocks)}`,
      );
      const pdf = (
        await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } })
      ).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
      assert(pages >= 2 && pages <= 12, `the PDF has ${pages} pages`);
      await page.close();
    });
  }
} finally {
  await browser.close();
  await server.close();
}

process.exit(summary());
