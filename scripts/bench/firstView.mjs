/**
 * The measured views and their cold loads: a new browser context each (empty
 * cache), from navigation to first contentful paint, to the first map drawn and
 * to the view settled, unthrottled, CPU-throttled or on a slow network.
 */
import { summarize } from './stats.mjs';

export const VIEWPORT = { width: 1280, height: 900 };
export const WORLD = 'svg:is([aria-label^="Mapa del mundo"], [aria-label^="World map"])';
export const MEXICO = 'svg:is([aria-label^="Mapa de México"], [aria-label^="Map of Mexico"])';

/**
 * What the bench opens, as a reader would: the default explorer, one map embedded
 * in an article, and the methods page. `maps` are the maps the first view draws
 * (the view is ready when each shows its symbols); `ready` is waited for where there is none.
 */
export const VIEWS = [
  { id: 'explorer', query: '?', maps: [WORLD, MEXICO] },
  { id: 'embed-world', query: 'embed.html?embed=world', maps: [WORLD] },
  { id: 'methods', query: '?view=methods', maps: [], ready: 'main h2' },
];

/** The slow network of the issue: 400 kbps each way, 400 ms latency (CDP takes bytes per second). */
export const SLOW_NETWORK = { latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };

const TIMEOUT = 120_000;

/**
 * Runs in the page before any of its own scripts (an init script), so it sees
 * parser-inserted nodes too: records when a map's svg first holds a symbol,
 * whether the HTML brought it (prerendered) or a script drew it, and the next
 * animation frame after that (the frame that paints it). Independent of the app's
 * own `vmre:first-map` mark, which a prerendered map would make late or never.
 */
function watchFirstMap(selectors) {
  const probe = { inserted: null, frame: null };
  window.__benchFirstMap = probe;
  if (selectors.length === 0) return;
  const symbol = selectors.map((svg) => `${svg} circle[data-code]`).join(', ');
  // Only batches that may add a symbol trigger the full query: keeps the observer's own cost out of the timings.
  const mayMatter = (record) =>
    record.type === 'attributes' ||
    [...record.addedNodes].some(
      (n) => n.nodeType === 1 && (n.localName === 'circle' || n.localName === 'svg' || n.querySelector('circle')),
    );
  const observer = new MutationObserver((records) => {
    if (probe.inserted !== null || !records.some(mayMatter) || !document.querySelector(symbol)) return;
    probe.inserted = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => (probe.frame = performance.now()));
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-code', 'aria-label'],
  });
}

/**
 * A fresh context (empty cache) with the first-map probe installed, its page, and
 * a CDP session, CPU-throttled by `rate` and, when `network` is given, on that network with the cache off.
 */
export async function openPage(browser, { rate = 1, maps = [], network = null } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(watchFirstMap, maps);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
  return { context, page, cdp };
}

/**
 * Waits until the view has settled: each of its maps shows symbols (or its `ready`
 * element is there) and the network has been idle for 500 ms. Not the app's marks.
 */
export async function waitForView(page, view) {
  for (const svg of view.maps) await page.locator(`${svg} circle[data-code]`).first().waitFor({ timeout: TIMEOUT });
  if (view.ready) await page.locator(view.ready).first().waitFor({ timeout: TIMEOUT });
  // A prerendered page answers clicks only once main.ts has hydrated it (it then marks the root `data-app`).
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.app === 'live' ||
      !document.getElementById('app')?.hasAttribute('data-prerendered'),
    null,
    { timeout: TIMEOUT },
  );
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT });
}

/** Times from navigation start and the DOM's size, read in the page once the view has settled. */
function readTimes() {
  // Every node in the document (elements, text, comments): CDP's `Nodes` also counts nodes outside it.
  const countTreeNodes = () => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let n = 0;
    while (walker.nextNode()) n++;
    return n;
  };
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
  const probe = window.__benchFirstMap;
  const fcp = at('first-contentful-paint');
  return {
    fcp,
    firstMapInserted: probe.inserted,
    // The map is on screen at the first paint after its symbols are in the DOM: FCP when the HTML brought them.
    firstMap: probe.frame === null ? null : Math.max(probe.frame, fcp ?? 0),
    firstMapMark: at('vmre:first-map'),
    dataReady: at('vmre:data-ready'),
    dataLoad: performance.getEntriesByName('vmre:data')[0]?.duration ?? null,
    domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
    load: nav?.loadEventEnd ?? null,
    domElements: document.getElementsByTagName('*').length,
    domTreeNodes: countTreeNodes(),
  };
}

/** One cold load of `url` (a view of the site): its times, DOM size and JS heap once settled. */
export async function coldLoad(browser, url, view, { rate = 1, network = null } = {}) {
  const { context, page, cdp } = await openPage(browser, { rate, maps: view.maps, network });
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    await waitForView(page, view);
    const times = await page.evaluate(readTimes);
    await cdp.send('Performance.enable');
    const metrics = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
    // `Nodes` is the "DOM nodes" (7,516 then): every node the renderer holds, text, comments, template
    // contents and detached nodes not yet collected included. The element and in-document counts are kept beside it.
    return { ...times, heapUsed: metrics.JSHeapUsedSize, domNodes: metrics.Nodes };
  } finally {
    await context.close();
  }
}

const FIGURES = [
  'fcp',
  'firstMap',
  'firstMapInserted',
  'firstMapMark',
  'dataReady',
  'dataLoad',
  'domContentLoaded',
  'load',
  'domElements',
  'domTreeNodes',
  'domNodes',
  'heapUsed',
];

/** Median and spread of every figure over `runs` cold loads of one view in one setting. */
export async function coldLoads(browser, url, view, runs, log, { rate = 1, network = null } = {}) {
  const samples = [];
  const setting = network ? `slow network, ${rate}× CPU` : `${rate}× CPU`;
  for (let i = 0; i < runs; i++) {
    const s = await coldLoad(browser, url, view, { rate, network });
    samples.push(s);
    const map = s.firstMap === null ? '' : `, first map ${s.firstMap.toFixed(0)} ms`;
    log(`  ${view.id} ${i + 1}/${runs} (${setting}): first paint ${s.fcp?.toFixed(0)} ms${map}`);
  }
  const figures = Object.fromEntries(
    FIGURES.map((key) => [
      key,
      summarize(
        samples.map((s) => s[key]),
        0,
      ),
    ]),
  );
  return { cpuThrottling: rate, network, ...figures, samples };
}
