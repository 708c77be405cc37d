/** The benchmark's targets, their verdicts, and the figures as Markdown tables (printed, and pasted in README). */
import { CATEGORIES } from './firstView.mjs';

export const TARGETS = {
  firstViewGzipKB: 200,
  firstMapMs: 1000,
  selectionFrameMs: 16,
  selectionFrameThrottledMs: 50,
  lighthousePerformance: 95,
  lighthouseAccessibility: 100,
};

const kB = (bytes) => (bytes / 1000).toFixed(1);
const ms = (value, digits = 0) => (value === null || value === undefined ? 'n/a' : value.toFixed(digits));

/** "median (min–max, IQR p25–p75)" */
function spread(stats, digits = 0, scale = 1) {
  if (!stats || stats.median === null) return 'n/a';
  const f = (v) => ms(v / scale, digits);
  return `${f(stats.median)} (${f(stats.min)}–${f(stats.max)}; IQR ${f(stats.p25)}–${f(stats.p75)})`;
}

function verdict(name, value, unit, target, met, missedBy) {
  if (value === null || value === undefined) return { name, value: null, unit, target, met: null, missedBy: null };
  return { name, value, unit, target, met, missedBy: met ? 0 : Number(missedBy.toFixed(1)) };
}

/** Each target with the figure it is judged on, whether it is met, and by how much it is missed. */
export function verdicts(results) {
  const out = [];
  const gz = results.firstView.total.gzip / 1000;
  out.push(
    verdict('first view ≤ 200 kB gzipped', gz, 'kB', TARGETS.firstViewGzipKB, gz <= 200, gz - TARGETS.firstViewGzipKB),
  );
  const firstMap = results.load.unthrottled.firstMap.median;
  out.push(
    verdict(
      'first map ≤ 1 s (1× CPU, median)',
      firstMap,
      'ms',
      TARGETS.firstMapMs,
      firstMap <= TARGETS.firstMapMs,
      firstMap - TARGETS.firstMapMs,
    ),
  );
  for (const [key, target, label] of [
    ['unthrottled', TARGETS.selectionFrameMs, 'selection updates everything within 16 ms (1× CPU, median)'],
    ['throttled', TARGETS.selectionFrameThrottledMs, 'selection updates everything within 50 ms (4× CPU, median)'],
  ]) {
    const value = results.selection[key].frame.median;
    out.push(verdict(label, value, 'ms', target, value <= target, value - target));
  }
  for (const preset of ['desktop', 'mobile']) {
    const scores = results.lighthouse?.[preset]?.scores;
    const perf = scores?.performance ?? null;
    const a11y = scores?.accessibility ?? null;
    out.push(
      verdict(
        `Lighthouse ${preset} performance ≥ 95`,
        perf,
        'points',
        TARGETS.lighthousePerformance,
        perf >= TARGETS.lighthousePerformance,
        TARGETS.lighthousePerformance - perf,
      ),
    );
    out.push(
      verdict(
        `Lighthouse ${preset} accessibility = 100`,
        a11y,
        'points',
        TARGETS.lighthouseAccessibility,
        a11y >= TARGETS.lighthouseAccessibility,
        TARGETS.lighthouseAccessibility - a11y,
      ),
    );
  }
  return out;
}

const row = (cells) => `| ${cells.join(' | ')} |`;
const rule = (cells) => row(cells.map((c) => (c === 'l' ? '---' : '---:')));

/** The figures of a run as Markdown tables. */
export function markdown(results) {
  const lines = [];
  const { firstView, load, selection, lighthouse, machine } = results;
  lines.push(
    `Run ${results.date.slice(0, 10)} at ${results.commit?.slice(0, 7) ?? 'unknown commit'}${results.dirty ? ' (with uncommitted changes)' : ''}` +
      ` on ${machine.cpu} × ${machine.cores}, ${(machine.memoryBytes / 2 ** 30).toFixed(0)} GiB, ${machine.os},` +
      ` Node ${machine.node}, Chromium ${machine.chromium}, load average ${machine.loadAverage.start} → ${machine.loadAverage.end};` +
      ` ${load.unthrottled.firstMap.n} cold loads and` +
      ` ${selection.unthrottled.frame.n} selections per CPU setting.`,
    '',
  );

  lines.push(
    '**First view** (`?`, kB = 1,000 bytes; gzip -9 of each response; transferred = as served, uncompressed):',
    '',
  );
  lines.push(row(['', 'files', 'raw kB', 'gzip kB', 'transferred kB']), rule(['l', 'r', 'r', 'r', 'r']));
  for (const category of CATEGORIES) {
    const c = firstView.categories[category];
    lines.push(row([category, c.files, kB(c.raw), kB(c.gzip), kB(c.transferred)]));
  }
  const t = firstView.total;
  lines.push(row(['**total**', t.files, kB(t.raw), `**${kB(t.gzip)}**`, kB(t.transferred)]), '');
  const chunk = (c) => `\`${c.path}\` (${kB(c.raw)} kB, ${kB(c.gzip)} kB gzip)`;
  lines.push(
    `Lazy chunks loaded on first view: ${firstView.lazyChunks.loaded.map(chunk).join(', ') || 'none'}.`,
    `Lazy chunks not loaded: ${firstView.lazyChunks.notLoaded.map(chunk).join(', ') || 'none'}.`,
    '',
  );

  lines.push('**Timing** in ms: median (min–max; IQR p25–p75).', '');
  lines.push(row(['', '1× CPU', '4× CPU']), rule(['l', 'l', 'l']));
  const both = (label, pick, digits = 0, scale = 1) =>
    lines.push(row([label, spread(pick('unthrottled'), digits, scale), spread(pick('throttled'), digits, scale)]));
  both('navigation → first map drawn (`vmre:first-map`)', (k) => load[k].firstMap);
  both('navigation → data ready (`vmre:data-ready`)', (k) => load[k].dataReady);
  both('load, parse and validate the data (`vmre:data`)', (k) => load[k].dataLoad);
  both('navigation → first contentful paint', (k) => load[k].fcp);
  both('selection → page updated (DOM)', (k) => selection[k].dom, 1);
  both('selection → next frame', (k) => selection[k].frame, 1);
  both('JS heap used after first view (MB)', (k) => load[k].heapUsed, 1, 1e6);
  lines.push(
    '',
    `A selection is a click on ${selection.unthrottled.countries.join(' or ')} (in turn) on the world map; it counts as done when` +
      ` ${selection.unthrottled.parts.join(', ')} show it${selection.unthrottled.comparisonPresent ? '' : ' (no comparison section on the page)'}.`,
    '',
  );

  if (!lighthouse) lines.push('**Lighthouse**: skipped (`--no-lighthouse`).', '');
  else {
    lines.push('**Lighthouse** 12 (simulated throttling; scores out of 100):', '');
    lines.push(row(['preset', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS']));
    lines.push(rule(['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']));
    const notes = [];
    for (const preset of ['desktop', 'mobile']) {
      const r = lighthouse[preset];
      if (r.error) {
        lines.push(row([preset, `failed: ${r.error}`, '', '', '', '', '', '', '']));
        continue;
      }
      const m = (id) => r.metrics[id]?.display ?? 'n/a';
      lines.push(
        row([
          preset,
          ...['performance', 'accessibility', 'best-practices', 'seo'].map((c) => r.scores[c] ?? 'n/a'),
          m('first-contentful-paint'),
          m('largest-contentful-paint'),
          m('total-blocking-time'),
          m('cumulative-layout-shift'),
        ]),
      );
      const work = Object.entries(r.mainThreadMs)
        .slice(0, 3)
        .map(([group, time]) => `${group.toLowerCase()} ${(time / 1000).toFixed(1)} s`);
      const shifts = r.layoutShifts.map((shift) => `\`${shift.node}\` ${shift.score}`);
      notes.push(
        `${preset}: main thread ${work.join(', ')}${shifts.length ? `; layout shifts ${shifts.join(', ')}` : ''}.`,
      );
    }
    lines.push('', ...notes.map((note) => `- ${note}`), '');
  }

  lines.push('**Targets**:', '');
  lines.push(row(['target', 'figure', 'verdict']), rule(['l', 'r', 'l']));
  for (const v of results.verdicts) {
    const figure = v.value === null ? 'n/a' : `${v.unit === 'points' ? v.value : v.value.toFixed(1)} ${v.unit}`;
    const text = v.met === null ? 'not measured' : v.met ? 'met' : `**missed by ${v.missedBy} ${v.unit}**`;
    lines.push(row([v.name, figure, text]));
  }
  return lines.join('\n');
}
