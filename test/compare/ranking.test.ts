import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedData } from '../../src/lib/data/load';
import { Dataset } from '../../src/lib/data/dataset';
import type { Process } from '../../src/lib/data/schema';
import {
  changeOf,
  needsSameCoverage,
  rankingOf,
  sortRanking,
  type Ranking,
  type RankingRow,
} from '../../src/lib/compare/ranking';
import { rankingCsv, rankingFileName } from '../../src/lib/compare/rankingCsv';
import type { ComparisonQuery, SeriesPoint } from '../../src/lib/compare/series';
import { Snapshots } from '../../src/lib/compare/snapshots';
import { loadPublished } from '../helpers/publishedData';
import { readRows } from '../published/files';
import Papa from 'papaparse';

let data: LoadedData;
beforeAll(async () => {
  data = await loadPublished();
});

const ALL = ['2017-2018', '2020-2021', '2023-2024'] as const satisfies readonly Process[];
const LATEST = ['2020-2021', '2023-2024'] as const satisfies readonly Process[];
const snapshots = () => new Snapshots(new Dataset(data.tables), 'received');
const rank = (q: Partial<ComparisonQuery>, kind: 'country' | 'entity') =>
  rankingOf(snapshots(), { processes: ALL, measure: 'received', coverage: 'all', ...q }, kind);
const byCode = (ranking: Ranking) => new Map(ranking.rows.map((r) => [r.code, r]));

// The published files, read here on their own, not through the app's queries (each read once).
const read = (() => {
  const files = new Map<string, Record<string, string>[]>();
  return (name: string) => {
    if (!files.has(name)) files.set(name, readRows(name));
    return files.get(name)!;
  };
})();
const covered = (process: string) =>
  read('coverage.csv')
    .filter((r) => r.process === process && r.vote_from_abroad !== 'none')
    .map((r) => r.entity_code);
const notCovered = (process: string) =>
  read('coverage.csv')
    .filter((r) => r.process === process && r.vote_from_abroad === 'none')
    .map((r) => r.entity_code);
const countryValue = (process: string, iso: string) => {
  const row = read('by_country.csv').find(
    (r) => r.process === process && r.measure === 'received' && r.country_iso3 === iso,
  );
  return row === undefined || row.value === '' ? null : Number(row.value);
};
const entityValue = (process: string, code: string) => {
  const row = read('by_entity.csv').find(
    (r) => r.process === process && r.measure === 'received' && r.entity_code === code,
  );
  return row === undefined || row.value === '' ? null : Number(row.value);
};
const damaged2023 = () =>
  new Set(
    read('crosstab_damaged_cells.csv')
      .filter((r) => r.process === '2023-2024')
      .map((r) => r.country_iso3),
  );
/** A country's 2023-24 figure over the 2020-21 entities, summed from the cross-tab; null where a cell is missing. */
const sharedSum2023 = (iso: string): number | null => {
  const shared = covered('2020-2021');
  const cells = read('by_country_entity.csv').filter(
    (r) => r.process === '2023-2024' && r.measure === 'received' && r.country_iso3 === iso,
  );
  const values = shared.map((e) => cells.find((c) => c.entity_code === e)?.value);
  if (values.some((v) => v === undefined || v === '')) return null;
  return values.reduce((sum, v) => sum + Number(v), 0);
};
const listedCountries = () =>
  [...new Set(read('by_country.csv').map((r) => r.country_iso3))].filter((c) => c !== '').sort();

describe('the ranking of countries, same coverage, 2020-21 → 2023-24', () => {
  const ranking = () => rank({ processes: LATEST, coverage: 'same' }, 'country');

  it('has a row for every country by_country.csv lists, changing from 2020-21 to 2023-24 over the 11 shared entities', () => {
    const r = ranking();
    expect(r.rows.map((row) => row.code).sort()).toEqual(listedCountries());
    expect([r.from, r.to]).toEqual(LATEST);
    expect(r.shared).toEqual(covered('2020-2021'));
  });

  it('each change is the CSV arithmetic, or the reason the comparability rules give', () => {
    const rows = byCode(ranking());
    const damaged = damaged2023();
    let computed = 0;
    for (const iso of listedCountries()) {
      const row = rows.get(iso)!;
      const from = countryValue('2020-2021', iso);
      const to = sharedSum2023(iso);
      if (from === null) {
        expect(row.reason, iso).toEqual({ kind: 'notReported', process: '2020-2021' });
      } else if (damaged.has(iso)) {
        expect(row.reason, iso).toEqual({ kind: 'notAttributable', process: '2023-2024' });
      } else if (to === null) {
        expect(row.reason?.process, iso).toBe('2023-2024');
      } else {
        computed++;
        expect(row.reason, iso).toBeNull();
        expect(row.points.map((p) => p.value)).toEqual([from, to]);
        expect(row.absolute, iso).toBe(to - from);
        expect(row.relative, iso).toBeCloseTo((to - from) / from, 12);
      }
      if (row.reason !== null) expect([row.absolute, row.relative], iso).toEqual([null, null]);
    }
    expect(computed).toBeGreaterThan(20);
  });

  it('sorted by relative change, Germany grew most: 76 → 939, +1,135.5 %', () => {
    const sorted = sortRanking(ranking().rows, 'rel', (r) => r.code, 'es');
    const [first] = sorted;
    expect(first.code).toBe('DEU');
    expect(first.points.map((p) => p.value)).toEqual([76, 939]);
    expect(Math.round((first.relative as number) * 1000) / 10).toBe(1135.5);
    // Every row with a change comes before every row without one.
    const firstWithout = sorted.findIndex((r) => r.relative === null);
    expect(sorted.slice(firstWithout).every((r) => r.relative === null)).toBe(true);
  });

  it('downloads as CSV with the same figures, gaps empty with their status and reason', () => {
    const r = ranking();
    const rows = sortRanking(r.rows, 'rel', (row) => row.code, 'es');
    const parsed = Papa.parse<Record<string, string>>(
      rankingCsv(r, rows, 'received', (row) => row.code),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data;
    expect(parsed).toHaveLength(listedCountries().length);
    expect(parsed[0]).toMatchObject({
      rank: '1',
      code: 'DEU',
      'value_2020-2021': '76',
      'value_2023-2024': '939',
      change_absolute: '863',
      coverage_mode: 'same',
      entities_counted: covered('2020-2021').join(' '),
    });
    expect(Number(parsed[0].change_relative)).toBeCloseTo(863 / 76, 12);
    const damaged = parsed.find((p) => damaged2023().has(p.code) && countryValue('2020-2021', p.code) !== null)!;
    expect(damaged).toMatchObject({
      'status_2023-2024': 'not_attributable',
      'value_2023-2024': '',
      change_absolute: '',
      change_not_computed: 'not_attributable',
      missing_process: '2023-2024',
    });
    expect(rankingFileName(r, 'received')).toBe('vmre_ranking_received_country_2020-2021_2023-2024_same-coverage.csv');
  });
});

describe('the ranking of countries in the default coverage', () => {
  it('no change is computed: each process counted other entities; a sort by change says it needs same coverage', () => {
    const r = rank({}, 'country');
    const valued = r.rows.filter((row) => row.points.at(-2)?.value != null && row.points.at(-1)?.value != null);
    expect(valued.length).toBeGreaterThan(20);
    expect(valued.every((row) => row.reason?.kind === 'coverage')).toBe(true);
    expect(r.rows.every((row) => row.absolute === null)).toBe(true);
    expect(needsSameCoverage(r, 'rel')).toBe(true);
    expect(needsSameCoverage(r, 'abs')).toBe(true);
    expect(needsSameCoverage(r, 'level')).toBe(false);
    expect(needsSameCoverage(rank({ coverage: 'same' }, 'country'), 'rel')).toBe(false);
  });
});

describe('the ranking of entities, default coverage, all three processes', () => {
  it('each entity changes from 2020-21 to 2023-24 as by_entity.csv says, or is not applicable in 2020-21', () => {
    const r = rank({}, 'entity');
    expect(r.rows).toHaveLength(32);
    const rows = byCode(r);
    const none2020 = notCovered('2020-2021');
    for (const row of r.rows) {
      expect(row.points.map((p) => p.process)).toEqual([...ALL]);
      if (none2020.includes(row.code)) {
        expect(row.reason, row.code).toEqual({ kind: 'notApplicable', process: '2020-2021' });
        continue;
      }
      const from = entityValue('2020-2021', row.code) as number;
      const to = entityValue('2023-2024', row.code) as number;
      expect(row.absolute, row.code).toBe(to - from);
      expect(row.relative, row.code).toBeCloseTo((to - from) / from, 12);
    }
    expect(rows.get('14')?.points[0]?.value).toBe(entityValue('2017-2018', '14'));
    expect(needsSameCoverage(r, 'rel')).toBe(false);
  });
});

describe('changeOf and sortRanking', () => {
  const point = (over: Partial<SeriesPoint>): SeriesPoint =>
    ({
      process: '2023-2024',
      cutoff: '2023-11-30',
      status: 'value',
      value: 100,
      quality: 'exact',
      source: 's',
      note: null,
      gapReason: null,
      coverage: ['14'],
      restricted: false,
      fromRoundedShare: false,
      elections: ['federal'],
      ...over,
    }) as SeriesPoint;
  const from = (over: Partial<SeriesPoint>) => point({ process: '2020-2021', cutoff: '2020-11-30', ...over });

  it.each([
    ['a change', [from({ value: 80 }), point({})], { absolute: 20, relative: 0.25, reason: null, fromZero: false }],
    [
      'from zero: absolute only',
      [from({ value: 0, status: 'zero' }), point({ value: 5 })],
      { absolute: 5, relative: null, reason: null, fromZero: true },
    ],
    [
      'different coverage',
      [from({ coverage: ['14', '16'] }), point({})],
      { absolute: null, reason: { kind: 'coverage', process: null } },
    ],
    [
      'the earlier figure not applicable',
      [from({ value: null, status: 'notApplicable', quality: null }), point({})],
      { absolute: null, reason: { kind: 'notApplicable', process: '2020-2021' } },
    ],
    [
      'the later figure not attributable',
      [from({}), point({ value: null, status: 'notAttributable', quality: null })],
      { absolute: null, reason: { kind: 'notAttributable', process: '2023-2024' } },
    ],
    [
      'a restricted sum that cannot be made',
      [from({ value: null, status: 'notReported', quality: null, gapReason: 'partialItemization' }), point({})],
      { absolute: null, reason: { kind: 'partialItemization', process: '2020-2021' } },
    ],
    ['fewer than two points', [point({})], { absolute: null, reason: { kind: 'notReported', process: null } }],
  ] as const)('%s', (_, points, expected) => {
    expect(changeOf(points)).toMatchObject(expected);
  });

  const row = (code: string, last: number | null, absolute: number | null, relative: number | null): RankingRow => ({
    scope: { kind: 'country', country: code },
    code,
    points: [
      from({}),
      last === null ? point({ value: null, status: 'notReported', quality: null }) : point({ value: last }),
    ],
    absolute,
    relative,
    reason: absolute === null ? { kind: 'notReported', process: '2023-2024' } : null,
    fromZero: false,
  });
  const rows = [row('C', 50, 10, 0.1), row('A', null, null, null), row('B', 200, 100, 1), row('D', 50, -5, null)];

  it.each([
    ['level', ['B', 'C', 'D', 'A']],
    ['abs', ['B', 'C', 'D', 'A']],
    ['rel', ['B', 'C', 'A', 'D']],
    ['name', ['A', 'B', 'C', 'D']],
  ] as const)('by %s: largest first, rows without the key last by name', (sort, order) => {
    expect(sortRanking(rows, sort, (r) => r.code, 'es').map((r) => r.code)).toEqual(order);
  });

  it('orders names by the language’s rules', () => {
    const named = [row('Ñ', 1, 1, 1), row('O', 1, 1, 1), row('N', 1, 1, 1)];
    expect(sortRanking(named, 'name', (r) => r.code, 'es').map((r) => r.code)).toEqual(['N', 'Ñ', 'O']);
  });
});
