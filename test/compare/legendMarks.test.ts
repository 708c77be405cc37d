import { beforeAll, describe, expect, it } from 'vitest';
import { seriesMarks } from '../../src/lib/compare/legendMarks';
import { comparisonSeries, type Scope } from '../../src/lib/compare/series';
import type { LoadedData } from '../../src/lib/data/load';
import type { Process } from '../../src/lib/data/schema';
import { loadPublished } from '../helpers/publishedData';

let data: LoadedData;
beforeAll(async () => {
  data = await loadPublished();
});

const ALL: Process[] = ['2017-2018', '2020-2021', '2023-2024'];

describe('seriesMarks: the comparison legend entries an image keeps', () => {
  const cases: { name: string; scope: Scope; processes: Process[]; coverage: 'all' | 'same'; expected: string[] }[] = [
    {
      // Not itemized in 2017-18, no vote from abroad in 2020-21, a count in 2023-24: no line joins two values.
      name: 'Aguascalientes: one value between two kinds of gap',
      scope: { kind: 'entity', entity: '01' },
      processes: ALL,
      coverage: 'all',
      expected: ['notApplicable', 'notReported', 'value'],
    },
    {
      name: 'national, same coverage: values joined by a line',
      scope: { kind: 'national' },
      processes: ['2020-2021', '2023-2024'],
      coverage: 'same',
      expected: ['derived', 'line', 'value'],
    },
  ];
  it.each(cases)('$name', ({ scope, processes, coverage, expected }) => {
    const series = comparisonSeries(data.tables, scope, { processes, measure: 'received', coverage });
    expect([...seriesMarks(series)].sort()).toEqual(expected);
  });
});
