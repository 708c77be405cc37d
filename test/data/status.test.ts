import { describe, expect, it } from 'vitest';
import { STATUSES, STATUS_CODES, gapCell, hasValue, valueCell, type Cell } from '../../src/lib/data/status';

const row = (value: number | null) => ({ value, quality: 'derived' as const, source: 's1', note: 'a note' });

describe('valueCell', () => {
  it.each([
    ['a count is a value', 51185, { status: 'value', value: 51185, quality: 'derived', source: 's1', note: 'a note' }],
    ['a printed 0 is a true zero', 0, { status: 'zero', value: 0, quality: 'derived', source: 's1', note: 'a note' }],
    [
      'an empty value is not reported, never zero',
      null,
      { status: 'notReported', value: null, quality: null, source: 's1', note: 'a note' },
    ],
  ] as const)('%s', (_, value, expected) => {
    expect(valueCell(row(value))).toEqual(expected);
  });
});

describe('gapCell', () => {
  it.each([
    [gapCell('notApplicable'), { status: 'notApplicable', source: null, note: null }],
    [gapCell('notAttributable', 'x', 'row damaged'), { status: 'notAttributable', source: 'x', note: 'row damaged' }],
  ])('carries its reason, and no value or quality', (cell, expected) => {
    expect(cell).toEqual({ ...expected, value: null, quality: null });
  });
});

describe('hasValue', () => {
  it.each<[Cell, boolean]>([
    [valueCell(row(3)), true],
    [valueCell(row(0)), true],
    [valueCell(row(null)), false],
    [gapCell('notApplicable'), false],
  ])('%o → %s', (cell, expected) => {
    expect(hasValue(cell)).toBe(expected);
  });
});

describe('STATUS_CODES', () => {
  it('gives every status one snake-case code for the CSVs', () => {
    expect(Object.keys(STATUS_CODES)).toEqual([...STATUSES]);
    expect(Object.values(STATUS_CODES)).toEqual([
      'value',
      'zero',
      'not_applicable',
      'not_reported',
      'not_attributable',
    ]);
  });
});
