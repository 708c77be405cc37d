import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { SERIES_COLUMNS, seriesCsv, seriesFileName } from '../../src/lib/compare/seriesCsv';
import { comparisonSeries } from '../../src/lib/compare/series';
import type { LoadedData } from '../../src/lib/data/load';
import { loadPublished } from '../helpers/publishedData';
import { readRows } from '../published/files';

let data: LoadedData;
beforeAll(async () => {
  data = await loadPublished();
});

describe('the comparison CSV', () => {
  it('one row per point; a gap is empty with its status, never zero; changes only where computed', () => {
    const series = comparisonSeries(
      data.tables,
      { kind: 'entity', entity: '01' },
      { processes: ['2017-2018', '2020-2021', '2023-2024'], measure: 'received', coverage: 'all' },
    );
    const parsed = Papa.parse<Record<string, string>>(seriesCsv([{ series, name: 'Aguascalientes' }]), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual([...SERIES_COLUMNS]);
    const rows = parsed.data;
    expect(rows.map((r) => [r.status, r.value])).toEqual([
      ['not_reported', ''],
      ['not_applicable', ''],
      [
        'value',
        readRows('by_entity.csv').find(
          (r) => r.process === '2023-2024' && r.measure === 'received' && r.entity_code === '01',
        )!.value,
      ],
    ]);
    expect(rows.map((r) => r.change_not_computed)).toEqual(['', 'gap', 'gap']);
    expect(rows.every((r) => r.change_absolute === '')).toBe(true);
  });

  it('same coverage says which entities a restricted sum counts, and the file name says so too', () => {
    const series = comparisonSeries(
      data.tables,
      { kind: 'national' },
      { processes: ['2020-2021', '2023-2024'], measure: 'received', coverage: 'same' },
    );
    const rows = Papa.parse<Record<string, string>>(seriesCsv([{ series, name: 'Nacional' }]), { header: true }).data;
    expect(rows[1]).toMatchObject({ restricted_sum: 'yes', entities_counted: series.shared!.join(' ') });
    expect(Number(rows[1]!.change_absolute)).toBe(series.points[1]!.value! - series.points[0]!.value!);
    expect(seriesFileName([series])).toBe('vmre_comparison_received_national_2020-2021_2023-2024_same-coverage.csv');
    expect(seriesFileName([series], 'xlsx')).toBe(
      'vmre_comparison_received_national_2020-2021_2023-2024_same-coverage.xlsx',
    );
  });
});
