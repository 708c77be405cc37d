import { table } from 'arquero';
import { describe, expect, it } from 'vitest';
import {
  cutoffs,
  hasNationalTotal,
  latestCutoff,
  nationalTotal,
  nationalTotalRows,
  nationalTotals,
  sourceById,
  totalRow,
} from '../../src/lib/data/queries';

const totals = table({
  process: ['2023-2024', '2017-2018', '2023-2024', '2020-2021', '2023-2024'],
  cutoff_date: ['2023-11-30', '2017-11-30', '2023-11-30', '2020-11-30', '2023-11-30'],
  measure: ['eligible', 'received', 'received', 'received', 'received_new_measure'],
  value: [37000, 90000, 51185, 20000, 1],
  quality: ['exact', 'derived', 'exact', 'exact', 'exact'],
  source: ['b', 'a', 'b', 'c', 'b'],
  note: [null, 'sum', null, null, null],
  extra_column: [1, 2, 3, 4, 5],
});

const sources = table({
  source: ['a', 'b', 'it\'s "quoted"'],
  document: ['Informe A', 'Informe B', 'Informe C'],
  period: [null, null, null],
  published: [null, null, null],
  section: ['3.1', '4.1.1', null],
  table: ['Tabla 1', 'Tabla 2', null],
  note: [null, null, null],
});

describe('nationalTotals', () => {
  it('orders by process, then measure in display order (received before eligible, unknown last)', () => {
    const rows = nationalTotalRows(totals);
    expect(rows.map((r) => `${r.process} ${r.measure}`)).toEqual([
      '2017-2018 received',
      '2020-2021 received',
      '2023-2024 received',
      '2023-2024 eligible',
      '2023-2024 received_new_measure',
    ]);
  });

  it('keeps exactly the contract columns, with values, quality, source and note', () => {
    const result = nationalTotals(totals);
    expect(result.columnNames()).toEqual(['process', 'cutoff_date', 'measure', 'value', 'quality', 'source', 'note']);
    expect(nationalTotalRows(totals)[0]).toEqual({
      process: '2017-2018',
      cutoff_date: '2017-11-30',
      measure: 'received',
      value: 90000,
      quality: 'derived',
      source: 'a',
      note: 'sum',
    });
  });

  it('handles an empty table', () => {
    expect(nationalTotalRows(totals.filter(() => false))).toEqual([]);
  });
});

describe('sourceById', () => {
  it('finds a source by id', () => {
    expect(sourceById(sources, 'b')).toMatchObject({ document: 'Informe B', section: '4.1.1', table: 'Tabla 2' });
  });

  it('treats the id as data, not code', () => {
    expect(sourceById(sources, 'it\'s "quoted"')?.document).toBe('Informe C');
    expect(sourceById(sources, "' || true || '")).toBeNull();
  });

  it('returns null for an unknown id', () => {
    expect(sourceById(sources, 'zzz')).toBeNull();
  });
});

describe('cut-offs and totals of a process', () => {
  const tables = {
    totals: totals.concat(
      table({
        process: ['2023-2024', '2023-2024'],
        cutoff_date: ['2024-01-31', '2023-10-31'],
        measure: ['received', 'received'],
        value: [null, 40000],
        quality: ['exact', 'uncertain'],
        source: ['d', 'e'],
        note: ['not given yet', null],
        extra_column: [6, 7],
      }),
    ),
  };

  it.each([
    ['2017-2018', ['2017-11-30']],
    ['2020-2021', ['2020-11-30']],
    ['2023-2024', ['2023-10-31', '2023-11-30', '2024-01-31']],
  ] as const)('%s: each date once, oldest first', (process, expected) => {
    expect(cutoffs(tables, process)).toEqual(expected);
    expect(latestCutoff(tables, process)).toBe(expected.at(-1));
  });

  it.each([
    ['2023-2024', '2023-11-30', { value: 51185, quality: 'exact', source: 'b', note: null }],
    ['2023-2024', '2023-10-31', { value: 40000, quality: 'uncertain', source: 'e', note: null }],
    // A row without a value is a total the report does not give, never zero.
    ['2023-2024', '2024-01-31', null],
    ['2020-2021', '2023-11-30', null],
  ] as const)('%s at %s: the national total received', (process, cutoff, expected) => {
    expect(nationalTotal(tables, process, 'received', cutoff)).toEqual(expected);
  });

  it('keeps the row without a value, for its note', () => {
    expect(totalRow(tables, '2023-2024', 'received', '2024-01-31')).toMatchObject({
      value: null,
      note: 'not given yet',
    });
    expect(hasNationalTotal(tables, '2023-2024', 'eligible')).toBe(true);
    expect(hasNationalTotal(tables, '2017-2018', 'eligible')).toBe(false);
  });
});
