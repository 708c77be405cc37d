/**
 * Latency of a selection: a click on a country's symbol on the world map,
 * until both maps, their tables and (when the page has one) the comparison
 * section show it. Timed in the page, from the click's dispatch.
 */
import { MEXICO, WORLD, openPage, waitForView } from './firstView.mjs';
import { summarize } from './stats.mjs';

/** Two countries with symbols in the default view, selected in turn so every click changes the selection. */
export const COUNTRIES = ['ESP', 'CAN'];

/**
 * Arms the page for one selection of `code`: resolves (as window.__benchSelection)
 * with the times, from the click's dispatch, at which each part of the page
 * showed it, when all of them did ("dom"), and at the next animation frame
 * after that ("frame").
 */
function arm({ code, world, mexico, timeout }) {
  const worldMap = document.querySelector(world);
  const mexicoPanel = document.querySelector(mexico)?.closest('section') ?? null;
  const worldPanel = worldMap?.closest('section') ?? null;
  const text = (el) => el?.textContent ?? '';
  const summaryBefore = text(mexicoPanel?.querySelector('.summary'));
  const tableBefore = text(mexicoPanel?.querySelector('tbody'));
  const comparison = document.querySelector('#comparison');
  const scopes = () =>
    [...(comparison?.querySelectorAll('svg[data-scope]') ?? [])].map((svg) => svg.dataset.scope).join();
  const comparisonBefore = text(comparison) + scopes();
  const parts = {
    // The symbol is marked selected.
    world: () => worldMap?.querySelector(`circle[data-code="${code}"][aria-pressed="true"]`) != null,
    // The Mexico map's summary sentence now speaks of the country's registrants.
    mexico: () => text(mexicoPanel?.querySelector('.summary')) !== summaryBefore,
  };
  // The world table marks the row; the Mexico table shows the country's figures. Only when the
  // tables are rendered: a page that renders them when they near the viewport has none yet at the top.
  if (worldPanel?.querySelector('tbody') && mexicoPanel?.querySelector('tbody')) {
    parts.tables = () =>
      worldPanel.querySelector(`tr.selected[data-code="${code}"]`) != null &&
      text(mexicoPanel.querySelector('tbody')) !== tableBefore;
  }
  // The comparison section (if rendered: a placeholder waiting for the viewport has no chart) charts the
  // country, and has changed: a small multiple of it may have been there before.
  if (comparison?.querySelector('svg')) {
    parts.comparison = () =>
      comparison.querySelector(`svg[data-scope="country:${code}"]`) != null &&
      text(comparison) + scopes() !== comparisonBefore;
  }

  window.__benchSelection = new Promise((resolve) => {
    let start = null;
    let eventStart = null;
    const seen = {};
    let settled = false;
    const finish = (dom, timedOut) => {
      settled = true;
      observer.disconnect();
      requestAnimationFrame(() =>
        resolve({
          dom: dom === null ? null : dom - start,
          frame: performance.now() - start,
          queue: start - eventStart,
          parts: seen,
          timedOut,
        }),
      );
    };
    const check = () => {
      if (start === null || settled) return;
      const now = performance.now();
      for (const [name, test] of Object.entries(parts)) if (!(name in seen) && test()) seen[name] = now - start;
      if (Object.keys(seen).length === Object.keys(parts).length) finish(now, false);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    // Capturing on window: runs before any of the page's own listeners.
    window.addEventListener(
      'click',
      (event) => {
        start = performance.now();
        eventStart = event.timeStamp;
        setTimeout(() => {
          if (!settled)
            finish(
              null,
              Object.keys(parts).filter((name) => !(name in seen)),
            );
        }, timeout);
      },
      { capture: true, once: true },
    );
  });
  return Object.keys(parts);
}

/** `count` selections in the explorer (`view`) loaded unthrottled, then CPU-throttled by `rate`. */
export async function selectionLatency(browser, url, view, rate, count, log) {
  const { context, page, cdp } = await openPage(browser);
  try {
    await page.goto(url);
    await waitForView(page, view);
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const samples = [];
    let parts = [];
    for (let i = 0; i < count; i++) {
      const code = COUNTRIES[i % COUNTRIES.length];
      parts = await page.evaluate(arm, { code, world: WORLD, mexico: MEXICO, timeout: 5000 });
      await page.locator(`${WORLD} circle[data-code="${code}"]`).click();
      const sample = await page.evaluate(() => window.__benchSelection);
      samples.push({ code, ...sample });
      if (sample.timedOut) log(`  selection ${i + 1} (${code}): ${sample.timedOut.join(', ')} never showed it`);
      // Let the page settle (idle callbacks, URL update) before the next click.
      await page.waitForTimeout(150);
    }
    const complete = samples.filter((s) => !s.timedOut);
    log(
      `  ${count} selections (${rate}× CPU): median ${summarize(complete.map((s) => s.frame)).median} ms to the next frame`,
    );
    return {
      cpuThrottling: rate,
      countries: COUNTRIES,
      parts,
      comparisonPresent: parts.includes('comparison'),
      incomplete: samples.length - complete.length,
      dom: summarize(complete.map((s) => s.dom)),
      frame: summarize(complete.map((s) => s.frame)),
      inputDelay: summarize(samples.map((s) => s.queue)),
      byPart: Object.fromEntries(parts.map((name) => [name, summarize(samples.map((s) => s.parts[name]))])),
      samples,
    };
  } finally {
    await context.close();
  }
}
