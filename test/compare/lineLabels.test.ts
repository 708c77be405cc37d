import { describe, expect, it } from 'vitest';
import { SERIES_COLORS, spreadLabels } from '../../src/lib/compare/lineLabels';
import { MAX_PLACES } from '../../src/lib/state/url';

describe('spreadLabels', () => {
  it.each([
    { wanted: [10, 100], gap: 14, expected: [10, 100] },
    { wanted: [50, 55], gap: 14, expected: [50, 64] },
    { wanted: [55, 50], gap: 14, expected: [64, 50] },
    { wanted: [50, 50, 50], gap: 10, expected: [50, 60, 70] },
    // Run past the bottom: pulled back up, still apart.
    { wanted: [195, 198, 199], gap: 10, expected: [180, 190, 200] },
    { wanted: [-20], gap: 10, expected: [0] },
  ])('$wanted, $gap apart → $expected', ({ wanted, gap, expected }) => {
    expect(spreadLabels(wanted, gap, 0, 200)).toEqual(expected);
  });

  it('keeps every pair at least the gap apart', () => {
    const placed = spreadLabels([5, 6, 7, 8, 100, 101, 190, 199], 12, 0, 200);
    const sorted = [...placed].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(12);
  });
});

it('has a distinct colour for every place a selection can hold', () => {
  expect(new Set(SERIES_COLORS).size).toBeGreaterThanOrEqual(MAX_PLACES);
});
