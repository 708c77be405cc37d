/**
 * `npm run bench`: figures for the built site, never a pass or fail. Serves
 * dist/ on 127.0.0.1 compressed as static hosts do, drives headless Chromium,
 * prints Markdown tables and writes bench/results.json. Not part of CI: timings
 * depend on the machine.
 *
 *   --dist DIR             the built site (default dist/; run `npm run build` first)
 *   --compress gzip|br|none  how the server encodes text (default gzip, as GitHub Pages; br falls
 *                          back to gzip where Chromium does not offer it, i.e. on plain http)
 *   --runs N               cold loads per view and CPU setting (default 7)
 *   --slow-runs N          cold loads per view on the slow network (default 3)
 *   --selections N         selections per CPU setting (default 24)
 *   --lighthouse-runs N    Lighthouse runs per view and preset (default 3; the median is reported)
 *   --no-lighthouse        skip Lighthouse
 *   --quick                few runs of everything: checks that the bench works, figures too noisy to quote
 *   --out FILE             where to write the results (default bench/results.json)
 *
 * Views: the explorer (`?`), the world map embed (`embed.html?embed=world`, what the snippets give) and the methods
 * page (`?view=methods`). For each: the bytes of its first view; cold loads at 1×
 * and 4× CPU (first contentful paint, first map drawn, DOM size, heap). The slow
 * network (400 kbps, 400 ms) and Lighthouse run on the explorer and the embed; selection
 * latency on the explorer.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM, launch } from '../../test/e2e/browser.mjs';
import { serveStatic } from '../../test/e2e/serve.mjs';
import { firstViewBytes } from './bytes.mjs';
import { SLOW_NETWORK, VIEWPORT, VIEWS, coldLoads } from './firstView.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { markdown } from './report.mjs';
import { selectionLatency } from './selection.mjs';
import { targetList, verdicts } from './targets.mjs';

const THROTTLED = 4;
// Views that also get the slow network and Lighthouse: the two a reader of an article meets first.
const READER_VIEWS = ['explorer', 'embed-world'];
const root = fileURLToPath(new URL('../../', import.meta.url));

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join(root, 'dist') },
    compress: { type: 'string', default: 'gzip' },
    runs: { type: 'string' },
    'slow-runs': { type: 'string' },
    selections: { type: 'string' },
    'lighthouse-runs': { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, 'bench', 'results.json') },
  },
});
const quick = values.quick;
// An explicit count wins; otherwise --quick's, else the defaults (enough runs for a median and a spread).
const count = (name, full, fast) => Math.max(1, Number(values[name] ?? (quick ? fast : full)));
const runs = count('runs', 7, 2);
const slowRuns = count('slow-runs', 3, 1);
const selections = count('selections', 24, 6);
const lighthouseRuns = count('lighthouse-runs', 3, 1);
const dist = resolve(values.dist);
if (!['gzip', 'br', 'none'].includes(values.compress)) {
  console.error(`bench: --compress takes gzip, br or none, not ${values.compress}.`);
  process.exit(2);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`bench: no built site at ${dist}. Run \`npm run build\` first, or pass --dist <dir>.`);
  process.exit(2);
}
if (!existsSync(CHROMIUM)) {
  console.error(`bench: no Chromium at ${CHROMIUM}; install it or set CHROMIUM_PATH.`);
  process.exit(2);
}

const started = performance.now();
const log = (line) => console.error(line);

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

const server = await serveStatic({
  root: dist,
  prefix: '/',
  compress: values.compress === 'none' ? null : values.compress,
});
const urlOf = (view) => `${server.url}${view.query}`;
const results = {
  date: new Date().toISOString(),
  commit: git('rev-parse', 'HEAD'),
  dirty: (git('status', '--porcelain') ?? '') !== '',
  machine: {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryBytes: os.totalmem(),
    node: process.version,
    chromium: null,
    // Other work on the machine skews timings: the 1-minute load average as the bench starts and ends.
    loadAverage: { start: Number(os.loadavg()[0].toFixed(2)), end: null },
  },
  settings: {
    quick,
    compress: values.compress,
    views: Object.fromEntries(VIEWS.map((v) => [v.id, v.query])),
    viewport: VIEWPORT,
    coldLoads: runs,
    slowRuns,
    network: SLOW_NETWORK,
    selections,
    lighthouseRuns: values['no-lighthouse'] ? 0 : lighthouseRuns,
    throttledCpuRate: THROTTLED,
  },
  targets: targetList(),
  views: {},
};

try {
  const browser = await launch();
  try {
    results.machine.chromium = browser.version();
    for (const view of VIEWS) {
      const url = urlOf(view);
      log(`bench: ${view.id} (${view.query})`);
      const entry = { query: view.query, bytes: await firstViewBytes(browser, url, dist, view) };
      entry.load = {
        unthrottled: await coldLoads(browser, url, view, runs, log),
        throttled: await coldLoads(browser, url, view, runs, log, { rate: THROTTLED }),
      };
      if (READER_VIEWS.includes(view.id)) {
        entry.slowNetwork = await coldLoads(browser, url, view, slowRuns, log, { network: SLOW_NETWORK });
      }
      results.views[view.id] = entry;
    }
    log('bench: selections on the explorer');
    const explorer = VIEWS.find((v) => v.id === 'explorer');
    results.selection = {
      unthrottled: await selectionLatency(browser, urlOf(explorer), explorer, 1, selections, log),
      throttled: await selectionLatency(browser, urlOf(explorer), explorer, THROTTLED, selections, log),
    };
  } finally {
    await browser.close();
  }
  if (!values['no-lighthouse']) {
    log('bench: Lighthouse');
    const urls = Object.fromEntries(VIEWS.filter((v) => READER_VIEWS.includes(v.id)).map((v) => [v.id, urlOf(v)]));
    results.lighthouse = await lighthouseScores(urls, CHROMIUM, lighthouseRuns, log);
  }
} finally {
  await server.close();
}

results.machine.loadAverage.end = Number(os.loadavg()[0].toFixed(2));
results.verdicts = verdicts(results);
results.runtimeSeconds = Number(((performance.now() - started) / 1000).toFixed(1));

const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
let json = `${JSON.stringify(results, null, 2)}\n`;
try {
  // Formatted as `npm run lint` expects, since the file is committed.
  const prettier = await import('prettier');
  json = await prettier.format(json, { ...(await prettier.resolveConfig(out)), filepath: out });
} catch {
  // Prettier is a dev dependency; unformatted JSON is still JSON.
}
writeFileSync(out, json);

console.log(markdown(results));
console.log(`\nbench: ${results.runtimeSeconds} s; results in ${out}`);
