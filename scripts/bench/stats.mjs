/** Small statistics for the benchmark: median and spread of a sample. */

/**
 * The q-quantile of sorted values (null for none), interpolated linearly between ranks (as numpy's default).
 * @param {number[]} sorted ascending
 * @param {number} q in [0, 1]
 */
export function quantile(sorted, q) {
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/**
 * Median, min, max, quartiles and IQR of a sample, each rounded to `digits` decimals.
 * @param {number[]} values
 * @param {number} [digits]
 */
export function summarize(values, digits = 1) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const round = (/** @type {number | null} */ v) => (v === null ? null : Number(v.toFixed(digits)));
  const p25 = quantile(sorted, 0.25);
  const p75 = quantile(sorted, 0.75);
  return {
    n: sorted.length,
    median: round(quantile(sorted, 0.5)),
    min: round(sorted[0] ?? null),
    p25: round(p25),
    p75: round(p75),
    max: round(sorted.at(-1) ?? null),
    iqr: p25 === null || p75 === null ? null : round(p75 - p25),
  };
}
