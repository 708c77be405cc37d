import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedData } from '../../src/lib/data/load';
import { loadDeferred } from '../../src/lib/data/load';
import { namerOf, placeNames } from '../../src/lib/data/names';
import { dataRows, withNames } from '../../src/lib/dataview/query';
import { loadPublished } from '../helpers/publishedData';
import { readRows } from '../published/files';

let data: LoadedData;
beforeAll(async () => {
  data = await loadDeferred(await loadPublished(), ['crosstab_damaged_cells']);
});

/** The same filter and sum computed from the CSV text, without Arquero or the app's loader. */
function independent(
  file: string,
  where: Record<string, string[]>,
  group: string[],
  sum = 'value',
): Record<string, string | number>[] {
  const rows = readRows(file).filter((r) => Object.entries(where).every(([c, vs]) => vs.includes(r[c])));
  if (group.length === 0) return rows;
  const out = new Map<string, { key: Record<string, string>; sum: number; n: number; exact: number; q: string }>();
  for (const r of rows.filter((r) => r.unit !== 'years')) {
    const k = group.map((g) => r[g]).join('|');
    const e = out.get(k) ?? {
      key: Object.fromEntries(group.map((g) => [g, r[g]])),
      sum: 0,
      n: 0,
      exact: 0,
      q: r.quality,
    };
    e.sum += Number(r[sum]);
    e.n++;
    if (r.quality === 'exact') e.exact++;
    out.set(k, e);
  }
  return [...out.values()].map((e) => ({
    ...e.key,
    [sum]: e.sum,
    ...(e.q === undefined ? {} : { quality: e.n === 1 ? e.q : e.exact === e.n ? 'exact' : 'derived' }),
    rows: e.n,
  }));
}

const t = (name: string) => data.tables[name]!;

describe('the data view’s rows equal the CSVs filtered and summed by hand', () => {
  it('Jalisco and Michoacán, 2023-24, by country: every published cell', () => {
    const where = { process: ['2023-2024'], entity_code: ['14', '16'] };
    const got = dataRows(
      t('by_country_entity'),
      'by_country_entity',
      [
        { column: 'process', values: where.process },
        { column: 'entity_code', values: where.entity_code },
      ],
      [],
      '',
    );
    const want = independent('by_country_entity.csv', where, []);
    expect(got.rows).toHaveLength(want.length);
    expect(got.rows.map((r) => `${r.country_iso3}|${r.entity_code}|${r.value}|${r.quality}`)).toEqual(
      want.map((r) => `${r.country_iso3}|${r.entity_code}|${r.value}|${r.quality}`),
    );
    expect(got.rows[0].entity_code).toMatch(/^\d\d$/);
  });

  it('the same, summed by country: the sum of the two entities, with its quality', () => {
    const where = { process: ['2023-2024'], entity_code: ['14', '16'] };
    const filters = Object.entries(where).map(([column, values]) => ({ column, values }));
    const got = dataRows(t('by_country_entity'), 'by_country_entity', filters, ['country_iso3'], '-value');
    const want = independent('by_country_entity.csv', where, ['country_iso3']).sort(
      (a, b) => Number(b.value) - Number(a.value),
    );
    expect(got.columns).toEqual(['country_iso3', 'value', 'quality', 'rows']);
    expect(new Map(got.rows.map((r) => [r.country_iso3, r]))).toEqual(new Map(want.map((r) => [r.country_iso3, r])));
    expect(got.rows[0].value).toBe(want[0].value);
  });

  it('all 2020-21 countries × entities summed by entity', () => {
    const got = dataRows(
      t('by_country_entity'),
      'by_country_entity',
      [{ column: 'process', values: ['2020-2021'] }],
      ['entity_code'],
      '',
    );
    const want = independent('by_country_entity.csv', { process: ['2020-2021'] }, ['entity_code']);
    expect(got.rows).toHaveLength(11);
    expect(new Map(got.rows.map((r) => [r.entity_code, r]))).toEqual(new Map(want.map((r) => [r.entity_code, r])));
  });

  it('breakdowns by dimension leave mean ages out of the sums and count them apart', () => {
    const got = dataRows(
      t('breakdowns'),
      'breakdowns',
      [{ column: 'process', values: ['2023-2024'] }],
      ['dimension'],
      '',
    );
    const want = independent('breakdowns.csv', { process: ['2023-2024'] }, ['dimension']);
    expect(new Map(got.rows.map((r) => [r.dimension, r]))).toEqual(new Map(want.map((r) => [r.dimension, r])));
    expect(got.rows.some((r) => r.dimension === 'mean_age')).toBe(false);
    expect(got.notSummed).toBe(
      readRows('breakdowns.csv').filter((r) => r.process === '2023-2024' && r.unit === 'years').length,
    );
  });

  it('Ecuador’s printed cells of the damaged 2023-24 row, in order', () => {
    const got = dataRows(
      t('crosstab_damaged_cells'),
      'crosstab_damaged_cells',
      [{ column: 'country_iso3', values: ['ECU'] }],
      [],
      '',
    );
    const want = independent('crosstab_damaged_cells.csv', { country_iso3: ['ECU'] }, []);
    expect(got.rows.map((r) => r.printed_value)).toEqual(want.map((r) => Number(r.printed_value)));
    expect(got.rows.length).toBeGreaterThan(32);
  });

  it('reports values no row has, and an empty result is empty, not zero', () => {
    const got = dataRows(
      t('by_entity'),
      'by_entity',
      [
        { column: 'entity_code', values: ['14', 'XX'] },
        { column: 'process', values: ['1999-2000'] },
      ],
      [],
      '',
    );
    expect(got.rows).toEqual([]);
    expect(got.unknown).toEqual([
      { column: 'entity_code', values: ['XX'] },
      { column: 'process', values: ['1999-2000'] },
    ]);
  });
});

describe('the sources of a query', () => {
  it('a sum names the sources of every row it adds up', () => {
    const where = { process: ['2023-2024'], entity_code: ['14', '16'] };
    const got = dataRows(
      t('by_country_entity'),
      'by_country_entity',
      [
        { column: 'process', values: where.process },
        { column: 'entity_code', values: where.entity_code },
      ],
      ['country_iso3'],
      '',
    );
    expect(got.columns).not.toContain('source');
    const want = new Set(
      readRows('by_country_entity.csv')
        .filter((r) => r.process === '2023-2024' && ['14', '16'].includes(r.entity_code))
        .map((r) => r.source),
    );
    expect(new Set(got.sources)).toEqual(want);
    expect(got.sources.length).toBeGreaterThan(0);
  });
});

describe('withNames', () => {
  it('puts each code’s name beside it, in the page’s language, and keeps the codes', () => {
    const result = dataRows(
      t('by_country_entity'),
      'by_country_entity',
      [
        { column: 'country_iso3', values: ['USA'] },
        { column: 'entity_code', values: ['09'] },
      ],
      [],
      '',
    );
    const names = (lang: 'es' | 'en') => withNames(result, namerOf(placeNames(data.tables, lang)));
    const es = names('es');
    expect(es.columns.slice(0, 7)).toEqual([
      'process',
      'cutoff_date',
      'measure',
      'country_iso3',
      'country_name',
      'entity_code',
      'entity_name',
    ]);
    expect(es.rows.length).toBe(result.rows.length);
    for (const row of es.rows) {
      expect(row.country_iso3).toBe('USA');
      expect(row.country_name).toBe('Estados Unidos');
      expect(row.entity_name).toBe('Ciudad de México');
    }
    expect(names('en').rows[0].country_name).toBe('United States of America');
  });

  it('leaves a table without place codes as it was', () => {
    const result = dataRows(t('by_entity'), 'by_entity', [], ['process'], '');
    expect(withNames(result, namerOf(placeNames(data.tables, 'es')))).toBe(result);
  });
});
