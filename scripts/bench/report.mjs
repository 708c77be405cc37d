/** The figures of a bench run as Markdown tables (printed, and pasted in the README). */
import { CATEGORIES } from './bytes.mjs';

const kB = (bytes) => (bytes / 1000).toFixed(1);
const num = (value, digits = 0) =>
  value === null || value === undefined
    ? 'n/a'
    : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const row = (cells) => `| ${cells.join(' | ')} |`;
const rule = (cells) => row(cells.map((c) => (c === 'l' ? '---' : '---:')));

/** "median (min–max; IQR p25–p75)", or n/a when there is no sample. */
function spread(stats, digits = 0, scale = 1) {
  if (!stats || stats.median === null) return 'n/a';
  const f = (v) => num(v / scale, digits);
  return `${f(stats.median)} (${f(stats.min)}–${f(stats.max)}; IQR ${f(stats.p25)}–${f(stats.p75)})`;
}

function header(results) {
  const { machine, settings: s } = results;
  return [
    `Run ${results.date.slice(0, 10)} at ${results.commit?.slice(0, 7) ?? 'unknown commit'}${results.dirty ? ' (with uncommitted changes)' : ''}` +
      ` on ${machine.cpu} × ${machine.cores}, ${(machine.memoryBytes / 2 ** 30).toFixed(0)} GiB, ${machine.os},` +
      ` Node ${machine.node}, Chromium ${machine.chromium}, load average ${machine.loadAverage.start} → ${machine.loadAverage.end}.` +
      ` Served ${s.compress === 'none' ? 'uncompressed' : `with ${s.compress} (when the request accepts it)`};` +
      ` ${s.coldLoads} cold loads per view and CPU setting, ${s.slowRuns} per view on the slow network,` +
      ` ${s.selections} selections per CPU setting, ${s.lighthouseRuns} Lighthouse runs per view and preset${s.quick ? ' (`--quick`)' : ''}.`,
    '',
  ];
}

function bytesTables(results) {
  const lines = [
    '**First view bytes** (kB = 1,000 bytes; gzip = gzip -9 of each response; transferred = as served, headers included):',
    '',
  ];
  const views = Object.entries(results.views);
  lines.push(
    row(['', ...views.map(([id, v]) => `\`${v.query}\` ${id}: files · raw · gzip · transferred`)]),
    rule(['l', ...views.map(() => 'r')]),
  );
  const cell = (c, strong) =>
    `${c.files} · ${kB(c.raw)} · ${strong ? `**${kB(c.gzip)}**` : kB(c.gzip)} · ${kB(c.transferred)}`;
  for (const category of CATEGORIES)
    lines.push(row([category, ...views.map(([, v]) => cell(v.bytes.categories[category]))]));
  lines.push(row(['**total**', ...views.map(([, v]) => cell(v.bytes.total, true))]), '');
  const chunk = (c) => `\`${c.path}\` (${kB(c.gzip)} kB gzip)`;
  for (const [id, v] of views) {
    const encodings = Object.entries(v.bytes.encodings).map(([name, n]) => `${n} ${name}`);
    lines.push(
      `- ${id}: responses ${encodings.join(', ')}; lazy chunks loaded: ${v.bytes.lazyChunks.loaded.map(chunk).join(', ') || 'none'}.`,
    );
  }
  const notLoaded = views[0][1].bytes.lazyChunks.notLoaded;
  lines.push(`- Lazy chunks the explorer does not load: ${notLoaded.map(chunk).join(', ') || 'none'}.`, '');
  return lines;
}

function loadTables(results) {
  const lines = [
    '**Cold loads** (new context, empty cache), ms from navigation: median (min–max; IQR p25–p75). First map = the first',
    "frame after a map's svg holds a symbol (seen by a MutationObserver installed before the HTML is parsed), and no",
    "earlier than first contentful paint; `vmre:first-map` is the app's own mark, kept for comparison.",
    '',
  ];
  lines.push(row(['view', 'figure', '1× CPU', '4× CPU']), rule(['l', 'l', 'l', 'l']));
  const figures = [
    ['first contentful paint', 'fcp'],
    ['first map drawn', 'firstMap'],
    ['first map in the DOM (end of the task that inserted it)', 'firstMapInserted'],
    ['app mark `vmre:first-map`', 'firstMapMark'],
    ['data ready (`vmre:data-ready`)', 'dataReady'],
    ['DOM nodes once settled (CDP `Nodes`)', 'domNodes'],
    ['nodes in the document (elements, text, comments)', 'domTreeNodes'],
    ['elements in the document', 'domElements'],
    ['JS heap used once settled (MB)', 'heapUsed', 1, 1e6],
  ];
  for (const [id, v] of Object.entries(results.views)) {
    for (const [label, key, digits = 0, scale = 1] of figures) {
      const one = v.load.unthrottled[key];
      const four = v.load.throttled[key];
      // A view without maps (or a build without the mark) has nothing to say on that row.
      if (one.median === null && four.median === null) continue;
      lines.push(row([id, label, spread(one, digits, scale), spread(four, digits, scale)]));
    }
  }
  lines.push('');
  return lines;
}

function slowTable(results) {
  const slow = Object.entries(results.views).filter(([, v]) => v.slowNetwork);
  if (slow.length === 0) return ['**Slow network**: skipped.', ''];
  const n = results.settings.network;
  const lines = [
    `**Slow network** (${(n.downloadThroughput * 8) / 1000} kbps down, ${(n.uploadThroughput * 8) / 1000} kbps up, ${n.latency} ms latency,` +
      ' cache disabled, 1× CPU), ms: median (min–max; IQR p25–p75).',
    '',
    row(['view', 'first text (FCP)', 'first map drawn', 'settled (load event)']),
    rule(['l', 'l', 'l', 'l']),
  ];
  for (const [id, v] of slow) {
    lines.push(row([id, spread(v.slowNetwork.fcp), spread(v.slowNetwork.firstMap), spread(v.slowNetwork.load)]));
  }
  lines.push('');
  return lines;
}

function selectionTable(results) {
  const { selection } = results;
  const lines = ['**Selection** on the explorer, ms: median (min–max; IQR p25–p75).', ''];
  lines.push(row(['', '1× CPU', '4× CPU']), rule(['l', 'l', 'l']));
  lines.push(
    row(['selection → page updated (DOM)', spread(selection.unthrottled.dom, 1), spread(selection.throttled.dom, 1)]),
  );
  lines.push(
    row(['selection → next frame', spread(selection.unthrottled.frame, 1), spread(selection.throttled.frame, 1)]),
  );
  const incomplete = selection.unthrottled.incomplete + selection.throttled.incomplete;
  lines.push(
    '',
    `A selection is a click on ${selection.unthrottled.countries.join(' or ')} (in turn) on the world map; it counts as done when` +
      ` ${selection.unthrottled.parts.join(', ')} show it${selection.unthrottled.comparisonPresent ? '' : ' (no comparison chart rendered on the page)'}` +
      `${incomplete ? `; ${incomplete} selections never completed and are left out` : ''}.`,
    '',
  );
  return lines;
}

function lighthouseTable(results) {
  const { lighthouse } = results;
  if (!lighthouse) return ['**Lighthouse**: skipped (`--no-lighthouse`).', ''];
  const lines = [
    `**Lighthouse** 12 (simulated throttling, against the ${results.settings.compress === 'none' ? 'uncompressed' : 'compressed'} server;` +
      ` median of ${results.settings.lighthouseRuns} runs each; performance of each run in brackets):`,
    '',
    row([
      'view',
      'preset',
      'performance',
      'accessibility',
      'best practices',
      'SEO',
      'FCP ms',
      'LCP ms',
      'TBT ms',
      'CLS',
    ]),
    rule(['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']),
  ];
  const notes = [];
  for (const [view, presets] of Object.entries(lighthouse)) {
    for (const [preset, r] of Object.entries(presets)) {
      if (r.error) {
        lines.push(row([view, preset, `failed: ${r.error}`, '', '', '', '', '', '', '']));
        continue;
      }
      const m = (id, digits = 0) => num(r.metrics[id], digits);
      lines.push(
        row([
          view,
          preset,
          `${r.scores.performance} (${r.performanceRuns.join(', ')})`,
          ...['accessibility', 'best-practices', 'seo'].map((c) => r.scores[c] ?? 'n/a'),
          m('first-contentful-paint'),
          m('largest-contentful-paint'),
          m('total-blocking-time'),
          m('cumulative-layout-shift', 3),
        ]),
      );
      const work = Object.entries(r.median.mainThreadMs)
        .slice(0, 3)
        .map(([group, time]) => `${group.toLowerCase()} ${(time / 1000).toFixed(1)} s`);
      notes.push(`${view} ${preset} (median run): main thread ${work.join(', ')}.`);
    }
  }
  lines.push('', ...notes.map((note) => `- ${note}`), '');
  return lines;
}

function targetsTable(results) {
  const lines = ['**Targets** (issue 12; the explorer unless the row names a view):', ''];
  lines.push(row(['figure', 'value', 'target', 'verdict']), rule(['l', 'r', 'r', 'l']));
  for (const v of results.verdicts) {
    const digits = v.unit === 'kB' ? 1 : 0;
    const value = v.value === null ? 'n/a' : `${num(v.value, digits)} ${v.unit}`;
    const target = `${v.better === 'lower' ? '≤' : '≥'} ${num(v.target)} ${v.unit}`;
    const verdict =
      v.met === null ? 'not measured' : v.met ? 'met' : `**missed by ${num(v.missedBy, digits)} ${v.unit}**`;
    lines.push(row([v.figure, value, target, verdict]));
  }
  return lines;
}

/** The figures of a run as Markdown tables. */
export function markdown(results) {
  return [
    ...header(results),
    ...bytesTables(results),
    ...loadTables(results),
    ...slowTable(results),
    ...selectionTable(results),
    ...lighthouseTable(results),
    ...targetsTable(results),
  ].join('\n');
}
