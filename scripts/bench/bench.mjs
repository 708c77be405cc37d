/**
 * `npm run bench`: figures for the built site, never a pass or fail. Serves
 * dist/ on 127.0.0.1, drives headless Chromium, prints Markdown tables and
 * writes bench/results.json. Not part of CI: timings depend on the machine.
 *
 *   --dist DIR          the built site (default dist/; run `npm run build` first)
 *   --runs N            cold loads per CPU setting (default 7)
 *   --selections N      selections per CPU setting (default 24)
 *   --out FILE          where to write the results (default bench/results.json)
 *   --no-lighthouse     skip Lighthouse
 *
 * It measures: the bytes of the first view by kind; navigation to the first
 * map drawn and to the data ready (the app's performance marks); selection
 * latency; the JS heap; Lighthouse scores. Each timing unthrottled and with
 * 4× CPU throttling.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM, launch } from '../../test/e2e/browser.mjs';
import { serveStatic } from '../../test/e2e/serve.mjs';
import { VIEWPORT, coldLoads, firstViewBytes } from './firstView.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { TARGETS, markdown, verdicts } from './report.mjs';
import { selectionLatency } from './selection.mjs';

const THROTTLED = 4;
const root = fileURLToPath(new URL('../../', import.meta.url));

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join(root, 'dist') },
    runs: { type: 'string', default: '7' },
    selections: { type: 'string', default: '24' },
    out: { type: 'string', default: join(root, 'bench', 'results.json') },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const dist = resolve(values.dist);
const runs = Math.max(5, Number(values.runs));
const selections = Math.max(20, Number(values.selections));

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

const server = await serveStatic({ root: dist, prefix: '/' });
// The default explorer page, as a first-time reader opens it.
const url = `${server.url}?`;
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
  settings: { url: '?', viewport: VIEWPORT, coldLoads: runs, selections, throttledCpuRate: THROTTLED },
  targets: TARGETS,
};

try {
  const browser = await launch();
  try {
    results.machine.chromium = browser.version();
    log('bench: bytes of the first view');
    results.firstView = await firstViewBytes(browser, url, dist);
    log('bench: cold loads');
    results.load = {
      unthrottled: await coldLoads(browser, url, 1, runs, log),
      throttled: await coldLoads(browser, url, THROTTLED, runs, log),
    };
    log('bench: selections');
    results.selection = {
      unthrottled: await selectionLatency(browser, url, 1, selections, log),
      throttled: await selectionLatency(browser, url, THROTTLED, selections, log),
    };
  } finally {
    await browser.close();
  }
  if (!values['no-lighthouse']) {
    log('bench: Lighthouse');
    results.lighthouse = await lighthouseScores(url, CHROMIUM, log);
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
