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

/** One Lighthouse run per preset, each in a fresh Chromium. */
export async function lighthouseScores(url, chromePath, log) {
  const results = {};
  for (const [preset, config] of [
    ['desktop', desktopConfig],
    ['mobile', undefined],
  ]) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
    try {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        config,
      );
      if (!result) throw new Error('Lighthouse returned no result');
      results[preset] = digest(result.lhr);
      log(`  Lighthouse ${preset}: ${CATEGORIES.map((c) => `${c} ${results[preset].scores[c] ?? 'n/a'}`).join(', ')}`);
    } catch (error) {
      results[preset] = { error: error instanceof Error ? error.message : String(error) };
      log(`  Lighthouse ${preset} failed: ${results[preset].error}`);
    } finally {
      chrome.kill();
    }
  }
  return results;
}
