/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) with its
 * desktop and mobile presets, driving the system Chromium through chrome-launcher.
 * Offline: the page only talks to the local server.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
];

/** What a report says: the scores (0-100), the main metrics, and the audits that cost points. */
function digest(lhr) {
  const scores = {};
  const unscored = {};
  const lost = [];
  for (const [id, category] of Object.entries(lhr.categories)) {
    scores[id] = category.score === null ? null : Math.round(category.score * 100);
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (audit.scoreDisplayMode === 'error') (unscored[id] ??= []).push(`${audit.id}: ${audit.errorMessage}`);
      else if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        lost.push({ category: id, audit: audit.id, score: audit.score, value: audit.displayValue ?? null });
      }
    }
  }
  const items = (id) => lhr.audits[id]?.details?.items ?? [];
  return {
    scores,
    // Where the main thread's time went, and what shifted the layout: the first leads when a score is low.
    mainThreadMs: Object.fromEntries(
      items('mainthread-work-breakdown').map((item) => [item.groupLabel ?? item.group, Math.round(item.duration)]),
    ),
    layoutShifts: items('layout-shifts')
      .slice(0, 5)
      .map((item) => ({
        score: Number(item.score?.toFixed(3)),
        node: item.node?.selector ?? item.node?.nodeLabel ?? null,
      })),
    metrics: Object.fromEntries(
      METRICS.map((id) => [id, { value: lhr.audits[id]?.numericValue ?? null, display: lhr.audits[id]?.displayValue }]),
    ),
    lost,
    // Why a category or audit could not run (none is expected offline: everything is on the local server).
    errors: { runtime: lhr.runtimeError?.message ?? null, warnings: lhr.runWarnings, audits: unscored },
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    lighthouseVersion: lhr.lighthouseVersion,
  };
}

/** The median of some numbers, or null when there are none. */
function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = (sorted.length - 1) / 2;
  return (sorted[Math.floor(mid)] + sorted[Math.ceil(mid)]) / 2;
}

/** One Lighthouse run of `url` with a preset, in a fresh Chromium (empty cache, nothing shared with the other runs). */
async function runOnce(url, config, chromePath) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      config,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    return digest(result.lhr);
  } finally {
    chrome.kill();
  }
}

/**
 * `runs` Lighthouse runs per preset (desktop, mobile) of each view in `urls`
 * ({ id: url }). Scores vary from run to run (the simulated throttling starts
 * from an observed trace), so each score and metric is the median over the runs,
 * as Lighthouse's docs advise; `median` is the full digest of the run whose
 * performance score is the median, for its breakdowns.
 */
export async function lighthouseScores(urls, chromePath, runs, log) {
  const results = {};
  for (const [view, url] of Object.entries(urls)) {
    results[view] = {};
    for (const [preset, config] of [
      ['desktop', desktopConfig],
      ['mobile', undefined],
    ]) {
      const done = [];
      const errors = [];
      for (let i = 0; i < runs; i++) {
        try {
          done.push(await runOnce(url, config, chromePath));
          log(
            `  Lighthouse ${view} ${preset} ${i + 1}/${runs}: performance ${done.at(-1).scores.performance ?? 'n/a'}`,
          );
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
          log(`  Lighthouse ${view} ${preset} ${i + 1}/${runs} failed: ${errors.at(-1)}`);
        }
      }
      if (done.length === 0) {
        results[view][preset] = { error: errors.join('; ') };
        continue;
      }
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(done.map((d) => d.scores[c]))]));
      const metrics = Object.fromEntries(METRICS.map((id) => [id, median(done.map((d) => d.metrics[id].value))]));
      const byPerformance = [...done].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
      results[view][preset] = {
        runs: done.length,
        scores,
        metrics,
        performanceRuns: done.map((d) => d.scores.performance),
        errors,
        median: byPerformance[Math.floor((byPerformance.length - 1) / 2)],
      };
    }
  }
  return results;
}
