import { describe, expect, it } from 'vitest';
import { quantile, summarize } from '../../scripts/bench/stats.mjs';

describe('bench statistics', () => {
  it('interpolates quantiles between ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([], 0.5)).toBeNull();
  });

  it('gives median, spread and IQR, ignoring missing samples', () => {
    expect(summarize([5, 1, 3, null as unknown as number, 2, 4], 1)).toEqual({
      n: 5,
      median: 3,
      min: 1,
      p25: 2,
      p75: 4,
      max: 5,
      iqr: 2,
    });
    expect(summarize([]).median).toBeNull();
  });
});
