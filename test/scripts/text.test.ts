// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  SourceError,
  fold,
  isCount,
  parseCount,
  parseDecimal,
  trimTrailingEmpty,
  cells,
} from '../../scripts/data/text.ts';

const report = { file: 'r.txt', lines: [] };

describe('reading printed numbers', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    ['1,570', 1570],
    ['51,185', 51185],
    ['1,234,567', 1234567],
  ])('reads the count %s', (cell, value) => {
    expect(parseCount(cell, report, 0)).toBe(value);
  });

  it.each(['1.570', '1,57', '12,3456', '', '-3', '4 586', '3%', 'x'])(
    'refuses "%s" as a count instead of guessing',
    (cell) => {
      expect(isCount(cell)).toBe(false);
      expect(() => parseCount(cell, report, 4)).toThrow(SourceError);
      expect(() => parseCount(cell, report, 4)).toThrow(/r\.txt:5/);
    },
  );

  it('reads mean ages as printed, with their own number of decimals', () => {
    expect(parseDecimal('43.77', report, 0)).toBe(43.77);
    expect(parseDecimal('42.8', report, 0)).toBe(42.8);
    expect(() => parseDecimal('42,8', report, 0)).toThrow(SourceError);
  });
});

describe('cells and spellings', () => {
  it('drops only the empty cells after the last printed one', () => {
    expect(trimTrailingEmpty(cells('Dinamarca\t133\t1\t\t0\t\t'))).toEqual(['Dinamarca', '133', '1', '', '0']);
  });

  it('compares spellings without accents, case or extra spaces', () => {
    expect(fold('Baja california  Sur')).toBe(fold('Baja California Sur'));
    expect(fold('QUERETARO')).toBe(fold('Querétaro'));
  });
});
