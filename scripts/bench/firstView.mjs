/**
 * The first view (the default explorer page): what it downloads, and how long
 * cold loads take until the first map is drawn.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { summarize } from './stats.mjs';

export const VIEWPORT = { width: 1280, height: 900 };
export const WORLD = 'svg:is([aria-label^="Mapa del mundo"], [aria-label^="World map"])';
export const MEXICO = 'svg:is([aria-label^="Mapa de México"], [aria-label^="Map of Mexico"])';
export const CATEGORIES = ['js', 'css', 'data', 'geometry', 'other'];

/** The category of a file of the site, by its path relative to the site's root. */
export function categoryOf(path) {
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/^data\/[^/]+\.csv$/.test(path) || path === 'data/datapackage.json') return 'data';
  if (/^geo\/[^/]+\.json$/.test(path)) return 'geometry';
  return 'other';
}

/** A fresh context (empty cache), its page, and a CDP session, CPU-throttled by `rate`. */
export async function openPage(browser, rate) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

/** Waits until the app has marked its first map and both maps show their symbols. */
export async function waitForMaps(page) {
  const timeout = 120_000;
  await page.waitForFunction(() => performance.getEntriesByName('vmre:first-map').length > 0, null, {
    polling: 50,
    timeout,
  });
  await page.locator(`${WORLD} circle[data-code]`).first().waitFor({ timeout });
  await page.locator(`${MEXICO} circle[data-code]`).first().waitFor({ timeout });
}

/**
 * One cold load in a new context: navigation to the first map (the app's
 * performance marks), first contentful paint, and the JS heap once the first
 * view has settled (network idle).
 */
export async function coldLoad(browser, url, rate) {
  const { context, page, cdp } = await openPage(browser, rate);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitForMaps(page);
    await page.waitForLoadState('networkidle');
    const times = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      const nav = /** @type {PerformanceNavigationTiming | undefined} */ (
        performance.getEntriesByType('navigation')[0]
      );
      return {
        firstMap: at('vmre:first-map'),
        dataStart: at('vmre:data-start'),
        dataReady: at('vmre:data-ready'),
        dataLoad: performance.getEntriesByName('vmre:data')[0]?.duration ?? null,
        fcp: at('first-contentful-paint'),
        domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
        load: nav?.loadEventEnd ?? null,
      };
    });
    await cdp.send('Performance.enable');
    const metrics = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
    return { ...times, heapUsed: metrics.JSHeapUsedSize, heapTotal: metrics.JSHeapTotalSize, domNodes: metrics.Nodes };
  } finally {
    await context.close();
  }
}

/** Median and spread of every figure over `runs` cold loads. */
export async function coldLoads(browser, url, rate, runs, log) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    samples.push(await coldLoad(browser, url, rate));
    log(`  cold load ${i + 1}/${runs} (${rate}× CPU): first map at ${samples.at(-1).firstMap?.toFixed(0)} ms`);
  }
  const pick = (key, digits = 0) =>
    summarize(
      samples.map((s) => s[key]),
      digits,
    );
  return {
    cpuThrottling: rate,
    firstMap: pick('firstMap'),
    dataReady: pick('dataReady'),
    dataLoad: pick('dataLoad'),
    fcp: pick('fcp'),
    domContentLoaded: pick('domContentLoaded'),
    load: pick('load'),
    heapUsed: pick('heapUsed'),
    heapTotal: pick('heapTotal'),
    domNodes: pick('domNodes'),
    samples,
  };
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function listFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(dir, entry.name), root)
      : [relative(root, join(dir, entry.name)).split('\\').join('/')],
  );
}

const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);

/**
 * What the first view downloads, by category: raw bytes, gzip -9 of each body,
 * and what went over the wire. The lazy chunks it loads are listed apart from
 * the ones it does not.
 */
export async function firstViewBytes(browser, url, dist) {
  const { context, page } = await openPage(browser, 1);
  const origin = new URL(url);
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const address = new URL(response.url());
        if (address.origin !== origin.origin || response.status() >= 300) return null;
        const path = decodeURIComponent(address.pathname.slice(origin.pathname.length)) || 'index.html';
        const body = await response.body();
        const sizes = await response.request().sizes();
        return {
          path,
          category: categoryOf(path),
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          transferred: sizes.responseBodySize + sizes.responseHeadersSize,
        };
      })(),
    );
  });
  let files;
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitForMaps(page);
    await page.waitForLoadState('networkidle');
    // Bodies can only be read while the context is open.
    files = (await Promise.all(pending)).filter((f) => f !== null).sort((a, b) => b.gzip - a.gzip);
  } finally {
    await context.close();
  }
  const categories = Object.fromEntries(
    CATEGORIES.map((category) => {
      const inCategory = files.filter((f) => f.category === category);
      return [
        category,
        {
          files: inCategory.length,
          raw: sum(inCategory, 'raw'),
          gzip: sum(inCategory, 'gzip'),
          transferred: sum(inCategory, 'transferred'),
        },
      ];
    }),
  );
  const total = {
    files: files.length,
    raw: sum(files, 'raw'),
    gzip: sum(files, 'gzip'),
    transferred: sum(files, 'transferred'),
  };

  // Chunks named in index.html load with the page; every other JS or CSS file is a lazy chunk.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const inHtml = new Set([...html.matchAll(/(?:src|href)="\.?\/?([^"]+)"/g)].map((m) => m[1]));
  const loaded = new Set(files.map((f) => f.path));
  const lazy = listFiles(dist)
    .filter((path) => /\.(m?js|css)$/.test(path) && !inHtml.has(path))
    .map((path) => {
      const body = readFileSync(join(dist, path));
      return { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    });
  return {
    categories,
    total,
    files,
    lazyChunks: {
      loaded: lazy.filter((c) => loaded.has(c.path)),
      notLoaded: lazy.filter((c) => !loaded.has(c.path)),
    },
    notLoaded: listFiles(dist).filter((path) => !loaded.has(path) && !lazy.some((c) => c.path === path)),
  };
}
