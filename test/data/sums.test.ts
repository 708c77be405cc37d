import { table } from 'arquero';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedWithCells } from '../../src/lib/data/load';
import { snapshotRows } from '../../src/lib/data/queries';
import { crossCells, selectedRows, sumCell, sumFigure, sumOf, sumsBy, type Sum } from '../../src/lib/data/sums';
import { loadPublished } from '../helpers/publishedData';

type Row = { entity_code: string; value: number | null; quality: string; source: string; note: string | null };
const rows = (...r: Row[]) =>
  table({
    country_iso3: r.map(() => 'ESP'),
    entity_code: r.map((x) => x.entity_code),
    value: r.map((x) => x.value),
    quality: r.map((x) => x.quality),
    source: r.map((x) => x.source),
    note: r.map((x) => x.note),
  });
const row = (
  entity_code: string,
  value: number | null,
  quality = 'exact',
  source = 's',
  note: string | null = null,
) => ({
  entity_code,
  value,
  quality,
  source,
  note,
});

describe('sumCell: the quality rule for sums', () => {
  it.each([
    [
      'one row keeps its quality, source and note',
      [row('1', 5, 'uncertain', 'a', 'n')],
      { status: 'value', value: 5, quality: 'uncertain', source: 'a', note: 'n' },
    ],
    [
      'exact rows sum to exact',
      [row('1', 5), row('2', 7)],
      { status: 'value', value: 12, quality: 'exact', source: 's', note: null },
    ],
    [
      'an uncertain member makes the sum derived',
      [row('1', 5), row('2', 7, 'uncertain')],
      { status: 'value', value: 12, quality: 'derived' },
    ],
    [
      'a derived member makes the sum derived',
      [row('1', 5, 'derived'), row('2', 7, 'derived')],
      { status: 'value', quality: 'derived' },
    ],
    ['zeros sum to a true zero', [row('1', 0), row('2', 0)], { status: 'zero', value: 0 }],
    [
      'members from two sources name none',
      [row('1', 5, 'exact', 'a'), row('2', 7, 'exact', 'b')],
      { value: 12, source: null },
    ],
    [
      'a member without a value leaves the sum not reported',
      [row('1', 5), row('2', null)],
      { status: 'notReported', value: null, quality: null },
    ],
  ] as const)('%s', (_, members, expected) => {
    const sum = sumOf(rows(...members));
    expect(sum).not.toBeNull();
    expect(sumCell(sum!)).toMatchObject(expected);
  });

  it('no rows: no sum, no figure', () => {
    expect(sumOf(rows())).toBeNull();
    expect(sumFigure(null)).toBeNull();
  });
});

describe('crossCells on the published cross-tab', () => {
  let data: LoadedWithCells;
  beforeAll(async () => {
    data = await loadPublished();
  });

  it('for one place, each row is its own cell: the same as the rollup of that one row', () => {
    const cells = snapshotRows(data.tables.by_country_entity, '2023-2024', 'received', '2023-11-30');
    for (const entity of ['09', '14', '20']) {
      const direct = crossCells(cells, 'entity_code', [entity], 'country_iso3');
      const rolled = sumsBy(selectedRows(cells, 'entity_code', [entity]), 'country_iso3').objects() as (Sum & {
        country_iso3: string;
      })[];
      expect(rolled.length).toBeGreaterThan(30);
      expect(direct.size).toBe(rolled.length);
      for (const r of rolled) expect(direct.get(r.country_iso3)).toEqual({ cell: sumCell(r), members: 1 });
    }
  });
});
