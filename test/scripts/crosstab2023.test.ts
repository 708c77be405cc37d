// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addCrosstab } from '../../scripts/data/extract2023.ts';
import { ENTITIES } from '../../scripts/data/entities.ts';
import { emptyExtraction } from '../../scripts/data/model.ts';
import { SourceError } from '../../scripts/data/text.ts';

// The alphabetical column order of the printed table, as INE abbreviates it.
const HEADER = [
  'PAÍS',
  'TOTAL',
  'AGS',
  'BC',
  'BCS',
  'CAMP',
  'CHIS',
  'CHIH',
  'CDMX',
  'COAH',
  'COL',
  'DGO',
  'GTO',
  'GRO',
  'HGO',
  'JAL',
  'MEX',
  'MICH',
  'MOR',
  'NAY',
  'N.L.',
  'OAX',
  'PUE',
  'QRO',
  'QR',
  'SLP',
  'SIN',
  'SON',
  'TAB',
  'TAMPS',
  'TLAX',
  'VER',
  'YUC',
  'ZAC',
].join('\t');

function row(name: string, total: number, values: number[], trailing = ''): string {
  return [name, String(total), ...values.map(String)].join('\t') + trailing;
}

function run(lines: string[], national: number) {
  const out = emptyExtraction();
  addCrosstab(out, { file: 'fixture.txt', lines: [HEADER, ...lines, '4.1.2. Análisis jurídico'] }, 0, national);
  return out;
}

const cells32 = (at: Record<number, number>) => Array.from({ length: 32 }, (_, i) => at[i] ?? 0);

describe('the 2023-24 country × entity table', () => {
  it('publishes a row that fits as exact cells under INEGI keys, not print order', () => {
    // 3 under CHIS (7th printed column) and 2 under COAH (8th) must land on 07 and 05.
    const out = run([row('España', 5, cells32({ 4: 3, 7: 2 }), '\t')], 5);
    const nonzero = out.byCountryEntity.filter((r) => r.value > 0).map((r) => [r.entity_code, r.value, r.quality]);
    expect(nonzero).toEqual([
      ['07', 3, 'exact'],
      ['05', 2, 'exact'],
    ]);
    expect(out.byCountryEntity).toHaveLength(32);
    expect(out.byCountry.find((r) => r.country_iso3 === 'ESP')).toMatchObject({ value: 5, quality: 'exact' });
  });

  it('marks every cell and the TOTAL of a row that contradicts itself as uncertain', () => {
    const out = run([row('Canadá', 9, cells32({ 0: 4, 1: 4 }))], 9);
    expect(new Set(out.byCountryEntity.map((r) => r.quality))).toEqual(new Set(['uncertain']));
    expect(out.byCountry[0]).toMatchObject({ country_iso3: 'CAN', value: 9, quality: 'uncertain' });
    expect(out.byCountry[0].note).toMatch(/sum to 8, not to its printed TOTAL 9/);
  });

  it('never places the cells of a row with more cells than columns under an entity', () => {
    const printed = [...cells32({ 13: 1 }), 0, 0];
    const out = run([row('Andorra', 1, printed)], 1);
    expect(out.byCountryEntity).toHaveLength(0);
    expect(out.damagedCells.map((c) => c.printed_value)).toEqual(printed);
    expect(out.damagedCells.map((c) => c.position)).toEqual(printed.map((_, i) => i + 1));
    // Its cells agree with its TOTAL, so the TOTAL stays usable.
    expect(out.byCountry[0]).toMatchObject({ country_iso3: 'AND', value: 1, quality: 'exact' });
  });

  it('flags the TOTAL of a damaged row whose cells contradict it', () => {
    const out = run([row('Nigeria', 2, [...cells32({ 6: 1 }), 0, 0, 0])], 2);
    expect(out.byCountry[0]).toMatchObject({ value: 2, quality: 'uncertain' });
  });

  it('adds a derived remainder row for the countries the table does not list', () => {
    const out = run([row('España', 5, cells32({ 0: 5 }))], 8);
    const rest = out.byCountry.find((r) => r.country_iso3 === '');
    expect(rest).toMatchObject({ value: 3, quality: 'derived' });
    expect(out.byCountry.reduce((s, r) => s + r.value, 0)).toBe(8);
  });

  it('stops on an unknown column abbreviation instead of guessing its entity', () => {
    const out = emptyExtraction();
    const header = HEADER.replace('CHIS', 'CHS');
    expect(() => addCrosstab(out, { file: 'fixture.txt', lines: [header, '4.1.2. x'] }, 0, 0)).toThrow(SourceError);
  });

  it('has a column for every entity', () => {
    expect(HEADER.split('\t').length - 2).toBe(ENTITIES.length);
  });
});
