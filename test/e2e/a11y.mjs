/**
 * Quality gate: accessibility (run `npm run build` first; `DIST_DIR` picks
 * another build folder). axe-core finds no violation on any view
 * (test/e2e/views.mjs), in Spanish and English, at 1280 and 360 px; every map
 * has an accessible name and its table alternative; every element Tab reaches
 * shows a visible focus indicator; no console error on the way.
 * Prints "<n> passed, <m> failed".
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { launch } from './browser.mjs';
import { assert, check, summary, watchProblems } from './harness.mjs';
import { serveStatic } from './serve.mjs';
import { openView, RECORD_ERRORS, VIEWS, viewQuery } from './views.mjs';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WIDTHS = [1280, 360];
const LANGS = ['es', 'en'];

/** axe's violations on the page, as readable lines: rule, impact, and the first few elements. */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map(
        (n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.split('\n')[1]?.trim()})` : ''}`,
      ),
    }));
  });
  return violations.map(
    (v) => `${v.id} [${v.impact}] ${v.help}: ${v.nodes.length} × ${v.nodes.slice(0, 3).join(' | ')}`,
  );
}

/** Each map drawn has an accessible name, a text summary and its figures as a table. */
async function mapAlternatives(page) {
  return page.evaluate(async () => {
    const missing = [];
    // The tables are built when their <details> opens, as a reader opens them; closed again after.
    const closed = [...document.querySelectorAll('details.table:not([open])')];
    for (const details of closed) details.open = true;
    // A table may build a few frames later on a busy machine (the Mexico map's did, in CI): wait for every
    // map's table to have rows, for up to 5 s, before judging.
    const built = () =>
      [...document.querySelectorAll('svg[role="group"]')].every(
        (svg) => (svg.closest('section')?.querySelector('details table')?.tBodies[0]?.rows.length ?? 0) > 0,
      );
    const until = performance.now() + 5000;
    do await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    while (!built() && performance.now() < until);
    for (const svg of document.querySelectorAll('svg[role="group"]')) {
      const name = svg.getAttribute('aria-label')?.trim();
      if (!name) missing.push('a map without an accessible name');
      const described = svg.getAttribute('aria-describedby');
      if (!described || !document.getElementById(described)?.textContent?.trim()) {
        missing.push(`${name}: no text summary (aria-describedby)`);
      }
      const panel = svg.closest('section');
      const table = panel?.querySelector('details table');
      if (!table || !table.querySelector('caption')?.textContent?.trim() || table.tBodies[0]?.rows.length === 0) {
        missing.push(`${name}: no table alternative with a caption and rows`);
      }
    }
    for (const details of closed) details.open = false;
    return missing;
  });
}

/**
 * Tabs through the page from the top and, for every element reached, compares
 * how it looks focused with how it looks once focus has moved on: outline,
 * box-shadow, border, background, text decoration, SVG stroke, or a focus
 * outline drawn over the map (`.focus-outline`). Keyboard focus throughout, so
 * :focus-visible styles apply. Returns the elements that look the same either
 * way, and how many Tab reached.
 */
async function focusWithoutIndicator(page) {
  await page.evaluate(() => {
    // Start before the first element Tab can reach: of the open modal dialog, or of the page.
    const start = document.createElement('span');
    start.tabIndex = -1;
    (document.querySelector('dialog[open]') ?? document.body).prepend(start);
    start.focus();
    window.__focusStart = start;
    const props = [
      'outline-style',
      'outline-width',
      'outline-color',
      'outline-offset',
      'box-shadow',
      'border-top-color',
      'border-bottom-color',
      'border-bottom-width',
      'background-color',
      'color',
      'text-decoration-line',
      'stroke',
      'stroke-width',
    ];
    const OUTLINE = ['outline-style', 'outline-width', 'outline-color', 'outline-offset'];
    const lookOf = (node, names) => {
      const style = getComputedStyle(node);
      const look = Object.fromEntries(names.map((p) => [p, style.getPropertyValue(p)]));
      // Hidden outlines do not count: no style, no width or a transparent colour.
      if (
        look['outline-style'] === 'none' ||
        look['outline-width'] === '0px' ||
        look['outline-color'] === 'rgba(0, 0, 0, 0)'
      ) {
        for (const p of OUTLINE) delete look[p];
      }
      return look;
    };
    /** Invisible itself (transparent, or clipped to a pixel like .sr-only): its own styles show nothing. */
    const invisible = (el) => {
      for (let n = el; n instanceof Element; n = n.parentElement) {
        if (Number(getComputedStyle(n).opacity) === 0) return true;
      }
      const box = el.getBoundingClientRect();
      return box.width <= 1 || box.height <= 1;
    };
    window.__focusLook = (el) => ({
      self: invisible(el) ? 'invisible' : lookOf(el, props),
      // A hidden radio shows its focus on its label (:focus-within), two levels up at most.
      parent: el.parentElement ? lookOf(el.parentElement, [...OUTLINE, 'box-shadow', 'background-color']) : null,
      grandparent: el.parentElement?.parentElement
        ? lookOf(el.parentElement.parentElement, [...OUTLINE, 'box-shadow'])
        : null,
      overlay: el.closest('svg')?.querySelectorAll('.focus-outline').length ?? 0,
    });
    window.__focusWalk = [];
  });
  for (let step = 0; step < 400; step++) {
    await page.keyboard.press('Tab');
    const done = await page.evaluate(() => {
      window.__focusStart?.remove();
      const walk = window.__focusWalk;
      const el = document.activeElement;
      const previous = walk.at(-1);
      if (previous && !previous.plain) {
        // Tab past the last stop leaves the page for the browser's own controls, and the element may stay
        // the active one, still drawn focused: blur it, so its plain look is compared.
        if (el === previous.el) previous.el.blur();
        previous.plain = window.__focusLook(previous.el);
      }
      if (!el || el === document.body || walk.some((w) => w.el === el)) return true;
      walk.push({ el, focused: window.__focusLook(el), visible: el.matches(':focus-visible') });
      return false;
    });
    if (done) break;
  }
  return page.evaluate(() => {
    const walk = window.__focusWalk;
    const describe = (el) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') || el.textContent || el.getAttribute('href') || '').trim().slice(0, 50)}"`;
    const bad = walk
      .filter((w) => w.plain && JSON.stringify(w.focused) === JSON.stringify(w.plain))
      .map((w) => describe(w.el));
    const notVisible = walk.filter((w) => !w.visible).map((w) => `${describe(w.el)} (not :focus-visible)`);
    return { reached: walk.length, bad: [...bad, ...notVisible] };
  });
}

const server = await serveStatic({ root: dist, prefix: '/sub/dir/' });
const browser = await launch();
try {
  // axe is injected as an inline script, which the site's own policy refuses (test/e2e/csp.mjs checks the policy).
  const context = await browser.newContext({ bypassCSP: true });
  await context.addInitScript(RECORD_ERRORS);
  /** axe on every view in both languages at one width. */
  const axeAt = async (width) => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    const problems = watchProblems(page);
    for (const view of VIEWS) {
      for (const lang of LANGS) {
        await check(
          `axe: no violations, maps named, no console error: ${view.name} (${lang}, ${width} px) ${viewQuery(view, lang)}`,
          async () => {
            problems.length = 0;
            await openView(page, server.url, view, lang);
            const found = [...(await axeViolations(page)), ...(await mapAlternatives(page)), ...problems];
            assert(found.length === 0, found.join('\n     '));
          },
        );
      }
    }
    await page.close();
  };

  /** The keyboard walk of every view, at desktop width. */
  const focusWalks = async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const problems = watchProblems(page);
    for (const view of VIEWS) {
      await check(`every element Tab reaches shows a focus indicator: ${view.name} ${viewQuery(view)}`, async () => {
        problems.length = 0;
        await openView(page, server.url, view);
        const { reached, bad } = await focusWithoutIndicator(page);
        assert(reached >= (view.tabStops ?? 3), `Tab reached only ${reached} elements`);
        assert(bad.length === 0, `no visible focus on ${bad.length} of ${reached}: ${bad.slice(0, 8).join(', ')}`);
        assert(problems.length === 0, problems.join('\n     '));
      });
    }
    await page.close();
  };

  /**
   * axe on every view with the system set to dark (theme=auto follows it), at desktop width and in
   * Spanish: the dark tokens must keep every text's contrast. The page must be dark, or the pass proves nothing.
   */
  const axeDark = async () => {
    const dark = await browser.newContext({ bypassCSP: true, colorScheme: 'dark' });
    await dark.addInitScript(RECORD_ERRORS);
    const page = await dark.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const problems = watchProblems(page);
    for (const view of VIEWS) {
      await check(`axe in the dark theme: ${view.name} ${viewQuery(view)}`, async () => {
        problems.length = 0;
        await openView(page, server.url, view);
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const [r, g, b] = background.match(/\d+/g).map(Number);
        assert(r + g + b < 3 * 60, `the page is not dark: ${background}`);
        const found = [...(await axeViolations(page)), ...problems];
        assert(found.length === 0, found.join('\n     '));
      });
    }
    await dark.close();
  };

  // Side by side: the checks are independent and mostly wait on the browser.
  await Promise.all([...WIDTHS.map(axeAt), focusWalks(), axeDark()]);
} finally {
  await browser.close();
  await server.close();
}

process.exit(summary());
