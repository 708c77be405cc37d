import { describe, expect, it } from 'vitest';
import type { SourceRow, TotalRow } from '../../src/lib/data/schema';
import { from } from 'arquero';
import { buildTotalsView as buildFromTables } from '../../src/lib/totals/totalsView';

/** The view of these rows, read as the loaded tables. */
const buildTotalsView = (totals: TotalRow[], sources: SourceRow[]) =>
  buildFromTables({ totals: from(totals), sources: from(sources) });

const total = (over: Partial<TotalRow>): TotalRow => ({
  process: '2023-2024',
  cutoff_date: '2023-11-30',
  measure: 'received',
  value: 1,
  quality: 'exact',
  source: 's1',
  note: null,
  ...over,
});

const source = (id: string): SourceRow => ({
  source: id,
  document: `Doc ${id}`,
  period: null,
  published: null,
  section: null,
  table: null,
  note: null,
});

describe('buildTotalsView', () => {
  it('always lists the three processes in order, gaps as not reported', () => {
    const view = buildTotalsView([total({ value: 51185 })], [source('s1')]);
    expect(view.rows.map((r) => r.process)).toEqual(['2017-2018', '2020-2021', '2023-2024']);
    expect(view.rows[0]).toMatchObject({ cutoffDate: null, cells: { received: { status: 'notReported' } } });
    expect(view.rows[2].cells.received).toMatchObject({ status: 'value', value: 51185, footnote: 1 });
    expect(view.rows[2].cells.eligible).toMatchObject({ status: 'notReported', footnote: null });
  });

  it('keeps a true zero as a value', () => {
    const view = buildTotalsView([total({ value: 0 })], [source('s1')]);
    expect(view.rows[2].cells.received).toMatchObject({ status: 'zero', value: 0 });
  });

  it('turns an empty value into not reported with its note and source', () => {
    const view = buildTotalsView([total({ value: null, note: 'not itemized' })], [source('s1')]);
    expect(view.rows[2].cells.received).toEqual({
      status: 'notReported',
      value: null,
      quality: null,
      source: 's1',
      note: 'not itemized',
      footnote: 1,
    });
  });

  it('uses the latest cut-off date of a process', () => {
    const view = buildTotalsView(
      [total({ cutoff_date: '2023-10-31', value: 40000 }), total({ cutoff_date: '2023-11-30', value: 51185 })],
      [source('s1')],
    );
    expect(view.rows[2]).toMatchObject({ cutoffDate: '2023-11-30', cells: { received: { value: 51185 } } });
  });

  it('numbers footnotes in table order, each with its note and source, flagging unknown sources', () => {
    const view = buildTotalsView(
      [
        total({ source: 's1', note: 'equals the TOTAL row' }),
        total({ measure: 'eligible', source: 's2' }),
        total({ process: '2017-2018', cutoff_date: '2017-11-30', source: 's2' }),
        total({ process: '2020-2021', cutoff_date: '2020-11-30', source: 'ghost' }),
      ],
      [source('s1'), source('s2')],
    );
    expect(
      view.footnotes.map((f) => [f.number, f.process, f.measure, f.note, f.sourceId, f.source?.document ?? null]),
    ).toEqual([
      [1, '2017-2018', 'received', null, 's2', 'Doc s2'],
      [2, '2020-2021', 'received', null, 'ghost', null],
      [3, '2023-2024', 'received', 'equals the TOTAL row', 's1', 'Doc s1'],
      [4, '2023-2024', 'eligible', null, 's2', 'Doc s2'],
    ]);
    expect(view.rows[2].cells.eligible).toMatchObject({ footnote: 4 });
  });
});
