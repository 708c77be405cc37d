import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatProcess } from '../../src/lib/i18n/format';

describe('formatNumber', () => {
  it.each([
    [51185, 'es', '51,185'],
    [51185, 'en', '51,185'],
    [1234567, 'es', '1,234,567'],
    [0, 'es', '0'],
    [41.5, 'es', '41.5'],
    [41.456, 'en', '41.46'],
  ] as const)('%d in %s → %s', (value, lang, expected) => {
    expect(formatNumber(value, lang)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2023-11-30', 'es', '30 nov 2023'],
    ['2023-11-30', 'en', 'Nov 30, 2023'],
    ['2017-01-01', 'es', '1 ene 2017'],
    ['2020-12-31', 'en', 'Dec 31, 2020'],
  ] as const)('%s in %s → %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });

  it('does not shift a date in a time zone west of UTC', () => {
    const before = process.env.TZ;
    process.env.TZ = 'America/Mexico_City';
    try {
      expect(new Date(2023, 10, 30).getTimezoneOffset()).toBeGreaterThan(0);
      expect(formatDate('2023-11-30', 'es')).toBe('30 nov 2023');
    } finally {
      process.env.TZ = before;
    }
  });

  it('returns anything that is not an ISO date unchanged', () => {
    expect(formatDate('noviembre 2023', 'es')).toBe('noviembre 2023');
  });
});

describe('formatProcess', () => {
  it('writes a range of years with an en dash', () => {
    expect(formatProcess('2023-2024')).toBe('2023–2024');
  });
});
