/**
 * The look of several places on one comparison chart: a colour per place
 * from the Okabe–Ito palette (told apart with the common colour-vision
 * deficiencies; black first, yellow last, as it is faint on white), and end
 * labels moved apart vertically so no two overlap.
 */

/** Okabe & Ito (2008), "Color Universal Design": eight colours, one per selected place (MAX_PLACES). */
export const SERIES_COLORS = [
  // Black on a light page, near-white on a dark one (app.css).
  'var(--series-first)',
  '#E69F00',
  '#0072B2',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#F0E442',
] as const;

export const seriesColor = (index: number): string => SERIES_COLORS[index % SERIES_COLORS.length];

/**
 * Label positions near the wanted ones, at least `gap` apart, within [min, max]: sorted by the wanted
 * position, pushed down past the one above, then pulled up from the bottom if they ran past it.
 * Returns the positions in the order given.
 */
export function spreadLabels(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  const order = wanted
    .map((y, i) => ({ y: Math.min(Math.max(y, min), max), i }))
    .sort((a, b) => a.y - b.y || a.i - b.i);
  for (let k = 1; k < order.length; k++) order[k].y = Math.max(order[k].y, order[k - 1].y + gap);
  const overflow = (order.at(-1)?.y ?? max) - max;
  if (overflow > 0) {
    order[order.length - 1].y = max;
    for (let k = order.length - 2; k >= 0; k--) order[k].y = Math.min(order[k].y, order[k + 1].y - gap);
  }
  const placed = new Array<number>(wanted.length);
  for (const { y, i } of order) placed[i] = y;
  return placed;
}
