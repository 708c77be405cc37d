/**
 * The targets of issue 12, row for row as its Targets table, and their verdicts.
 * Printed by the bench, never asserted: timings depend on the machine.
 */

/** Reads a figure out of the results; undefined or null when it was not measured. */
const explorer = (r) => r.views?.explorer;
const lighthouse = (r, preset) => r.lighthouse?.explorer?.[preset];

export const TARGETS = [
  {
    figure: 'Lighthouse mobile performance (median of runs)',
    unit: 'points',
    better: 'higher',
    target: 95,
    value: (r) => lighthouse(r, 'mobile')?.scores?.performance,
  },
  {
    figure: 'Lighthouse mobile total blocking time',
    unit: 'ms',
    better: 'lower',
    target: 150,
    value: (r) => lighthouse(r, 'mobile')?.metrics?.['total-blocking-time'],
  },
  {
    figure: 'Lighthouse desktop performance',
    unit: 'points',
    better: 'higher',
    target: 100,
    value: (r) => lighthouse(r, 'desktop')?.scores?.performance,
  },
  {
    figure: 'first view of the explorer, gzipped',
    unit: 'kB',
    better: 'lower',
    target: 200,
    value: (r) => explorer(r)?.bytes.total.gzip / 1000,
  },
  {
    figure: 'first view of the world map embed (`embed.html?embed=world`), gzipped',
    unit: 'kB',
    better: 'lower',
    target: 140,
    value: (r) => r.views?.['embed-world']?.bytes.total.gzip / 1000,
  },
  {
    figure: 'DOM nodes after the first view settles (CDP `Nodes`)',
    unit: 'nodes',
    better: 'lower',
    target: 3000,
    value: (r) => explorer(r)?.load.unthrottled.domNodes.median,
  },
  {
    figure: 'first map drawn, 1× CPU',
    unit: 'ms',
    better: 'lower',
    target: 300,
    value: (r) => explorer(r)?.load.unthrottled.firstMap.median,
  },
  {
    figure: 'first map drawn, 4× CPU',
    unit: 'ms',
    better: 'lower',
    target: 800,
    value: (r) => explorer(r)?.load.throttled.firstMap.median,
  },
  {
    figure: 'slow network: first text',
    unit: 'ms',
    better: 'lower',
    target: 2000,
    value: (r) => explorer(r)?.slowNetwork?.fcp.median,
  },
  {
    figure: 'slow network: first map',
    unit: 'ms',
    better: 'lower',
    target: 4000,
    value: (r) => explorer(r)?.slowNetwork?.firstMap.median,
  },
  {
    figure: 'selection → next frame, 1× CPU',
    unit: 'ms',
    better: 'lower',
    target: 16,
    value: (r) => r.selection?.unthrottled.frame.median,
  },
  {
    figure: 'selection → next frame, 4× CPU',
    unit: 'ms',
    better: 'lower',
    target: 50,
    value: (r) => r.selection?.throttled.frame.median,
  },
];

/** The targets as written to the results file (without their readers). */
export const targetList = () => TARGETS.map(({ figure, unit, better, target }) => ({ figure, unit, better, target }));

/** Each target with the figure it is judged on (of the explorer unless named), met or missed and by how much. */
export function verdicts(results) {
  return TARGETS.map(({ figure, unit, better, target, value: read }) => {
    const raw = read(results);
    const value = Number.isFinite(raw) ? Number(raw.toFixed(1)) : null;
    if (value === null) return { figure, unit, better, target, value: null, met: null, missedBy: null };
    const met = better === 'lower' ? value <= target : value >= target;
    const missedBy = met ? 0 : Number(Math.abs(value - target).toFixed(1));
    return { figure, unit, better, target, value, met, missedBy };
  });
}
