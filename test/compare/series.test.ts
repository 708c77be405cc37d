import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedData } from '../../src/lib/data/load';
import {
  caveatsFor,
  changeBetween,
  comparisonSeries,
  scopeKey,
  scopeOf,
  scopesOf,
  type SeriesPoint,
} from '../../src/lib/compare/series';
import { loadPublished } from '../helpers/publishedData';
import { LATER_CUTOFF, laterEntityValue, loadWithLaterCutoff } from '../helpers/multiCutoff';
import { readRows } from '../published/files';

let data: LoadedData;
beforeAll(async () => {
  data = await loadPublished();
});

const ALL = ['2017-2018', '2020-2021', '2023-2024'] as const;
const csv = {
  byEntity: () => readRows('by_entity.csv'),
  byCountry: () => readRows('by_country.csv'),
  crosstab: () => readRows('by_country_entity.csv'),
  coverage: () => readRows('coverage.csv'),
  totals: () => readRows('totals.csv'),
};
const entityValue = (process: string, entity: string) =>
  csv.byEntity().find((r) => r.process === process && r.measure === 'received' && r.entity_code === entity);
const covered = (process: string) =>
  csv
    .coverage()
    .filter((r) => r.process === process && r.vote_from_abroad !== 'none')
    .map((r) => r.entity_code);

describe('scopes', () => {
  it('follow the selection: nothing, an entity, a country, or both', () => {
    expect(scopeKey(scopeOf({ country: null, entity: null }))).toBe('national');
    expect(scopeKey(scopeOf({ country: null, entity: '14' }))).toBe('entity:14');
    expect(scopeKey(scopeOf({ country: 'ESP', entity: null }))).toBe('country:ESP');
    expect(scopeKey(scopeOf({ country: 'ESP', entity: '14' }))).toBe('cell:ESP:14');
  });
});

describe('comparisonSeries', () => {
  it('Jalisco: the three processes, each equal to by_entity.csv, joined by computed changes', () => {
    const series = comparisonSeries(
      data.tables,
      { kind: 'entity', entity: '14' },
      { processes: ALL, measure: 'received', coverage: 'all' },
    );
    expect(series.points.map((p) => p.process)).toEqual([...ALL]);
    for (const p of series.points) {
      const row = entityValue(p.process, '14')!;
      expect(p.value).toBe(Number(row.value));
      expect(p.quality).toBe(row.quality);
      expect(p.cutoff).toBe(row.cutoff_date);
    }
    const [a, b, c] = series.points.map((p) => p.value as number);
    expect(series.changes.map((ch) => ch.incomparable)).toEqual([null, null]);
    expect(series.changes[0]!.absolute).toBe(b! - a!);
    expect(series.changes[1]!.relative).toBeCloseTo((c! - b!) / b!, 12);
    // 2017-18 counted three request types; Jalisco's entity figure that year is a sum.
    expect(series.caveats).toEqual(expect.arrayContaining(['requestTypes', 'derived', 'preliminary']));
    expect(series.caveats).not.toContain('coverage');
  });

  it('a process without a figure gives a gap with its reason, never a value, and no change across it', () => {
    // Aguascalientes: no vote from abroad in 2020-21, not itemized in 2017-18.
    const series = comparisonSeries(
      data.tables,
      { kind: 'entity', entity: '01' },
      { processes: ALL, measure: 'received', coverage: 'all' },
    );
    expect(series.points.map((p) => [p.status, p.value])).toEqual([
      ['notReported', null],
      ['notApplicable', null],
      ['value', Number(entityValue('2023-2024', '01')!.value)],
    ]);
    expect(series.changes.every((c) => c.incomparable === 'gap' && c.absolute === null && c.relative === null)).toBe(
      true,
    );
    expect(series.caveats).not.toContain('requestTypes');
  });

  it('national totals over different entity coverage are not set against each other', () => {
    const series = comparisonSeries(
      data.tables,
      { kind: 'national' },
      { processes: ALL, measure: 'received', coverage: 'all' },
    );
    const totals = csv.totals().filter((r) => r.measure === 'received');
    expect(series.points.map((p) => p.value)).toEqual(
      ALL.map((p) => Number(totals.find((r) => r.process === p)!.value)),
    );
    expect(series.points[1]!.coverage).toEqual(covered('2020-2021'));
    expect(series.changes.map((c) => c.incomparable)).toEqual(['coverage', 'coverage']);
    expect(series.caveats).toEqual(expect.arrayContaining(['coverage', 'requestTypes', 'electionsDiffer']));
    // 2017-18 and 2023-24 both covered all 32 entities: compared alone, the change is computed.
    const pair = comparisonSeries(
      data.tables,
      { kind: 'national' },
      { processes: ['2017-2018', '2023-2024'], measure: 'received', coverage: 'all' },
    );
    expect(pair.changes[0]!.incomparable).toBeNull();
    expect(pair.changes[0]!.absolute).toBe(pair.points[1]!.value! - pair.points[0]!.value!);
  });

  it('same coverage: 2023-24 summed over the 2020-21 entities, 2020-21 as published, and the change computed', () => {
    const series = comparisonSeries(
      data.tables,
      { kind: 'national' },
      { processes: ['2020-2021', '2023-2024'], measure: 'received', coverage: 'same' },
    );
    const shared = covered('2020-2021');
    expect(series.shared).toEqual(shared);
    const expected = csv
      .byEntity()
      .filter((r) => r.process === '2023-2024' && r.measure === 'received' && shared.includes(r.entity_code!))
      .reduce((sum, r) => sum + Number(r.value), 0);
    const [p2020, p2023] = series.points;
    expect(p2020).toMatchObject({
      restricted: false,
      value: Number(csv.totals().find((r) => r.process === '2020-2021' && r.measure === 'received')!.value),
    });
    expect(p2023).toMatchObject({ restricted: true, value: expected, quality: 'derived' });
    expect(series.changes[0]).toMatchObject({ incomparable: null, absolute: expected - p2020!.value! });
    expect(series.caveats).toContain('sameCoverage');
    expect(series.caveats).not.toContain('coverage');
  });

  it('same coverage with 2017-18: its total cannot be restricted, as it itemizes too few entities', () => {
    const series = comparisonSeries(
      data.tables,
      { kind: 'national' },
      { processes: ALL, measure: 'received', coverage: 'same' },
    );
    expect(series.points[0]).toMatchObject({ status: 'notReported', value: null, gapReason: 'partialItemization' });
    expect(series.caveats).toContain('partialItemization');
  });

  it('a country under same coverage: a damaged 2023-24 cross-tab row is not attributable, a clean one is summed', () => {
    const q = {
      processes: ['2020-2021', '2023-2024'] as const,
      measure: 'received' as const,
      coverage: 'same' as const,
    };
    const shared = covered('2020-2021');
    const esp = comparisonSeries(data.tables, { kind: 'country', country: 'ESP' }, q);
    const cells = csv
      .crosstab()
      .filter((r) => r.process === '2023-2024' && r.country_iso3 === 'ESP' && shared.includes(r.entity_code!));
    expect(cells).toHaveLength(shared.length);
    expect(esp.points[1]).toMatchObject({ restricted: true, value: cells.reduce((s, r) => s + Number(r.value), 0) });

    const damaged = readRows('crosstab_damaged_cells.csv')[0]!.country_iso3!;
    const listed2020 = csv.byCountry().some((r) => r.process === '2020-2021' && r.country_iso3 === damaged);
    const hurt = comparisonSeries(data.tables, { kind: 'country', country: damaged }, q);
    expect(hurt.points[1]).toMatchObject({ status: 'notAttributable', value: null });
    expect(hurt.points[0]!.status).toBe(listed2020 ? expect.stringMatching(/value|zero/) : 'notReported');
    expect(hurt.caveats).toContain('notAttributable');
  });

  it('2017-18 country figures are flagged as derived from rounded shares', () => {
    const series = comparisonSeries(
      data.tables,
      { kind: 'country', country: 'ESP' },
      { processes: ALL, measure: 'received_siilnere', coverage: 'all' },
    );
    const row = csv
      .byCountry()
      .find((r) => r.process === '2017-2018' && r.measure === 'received_siilnere' && r.country_iso3 === 'ESP')!;
    expect(series.points[0]).toMatchObject({ value: Number(row.value), fromRoundedShare: true, quality: 'derived' });
    expect(series.points.slice(1).every((p) => p.status === 'notReported')).toBe(true);
    expect(series.caveats).toContain('roundedShares');
    expect(series.caveats).not.toContain('derived');
  });
});

describe('changeBetween and caveatsFor', () => {
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
      elections: ['federal+local'],
      ...over,
    }) as SeriesPoint;

  it('computes absolute and relative change, and no relative change from zero', () => {
    expect(changeBetween(point({ value: 80 }), point({ value: 100 }))).toMatchObject({ absolute: 20, relative: 0.25 });
    expect(changeBetween(point({ value: 0, status: 'zero' }), point({ value: 5 }))).toMatchObject({
      absolute: 5,
      relative: null,
    });
    expect(changeBetween(point({ value: null, status: 'notReported' }), point({}))).toMatchObject({
      incomparable: 'gap',
      absolute: null,
    });
  });

  it('selects only the caveats a comparison needs', () => {
    const same = [point({ process: '2023-2024' }), point({ process: '2023-2024', cutoff: '2024-01-31' })];
    const changes = [changeBetween(same[0]!, same[1]!)];
    expect(caveatsFor({ points: same, changes, shared: null })).toEqual(['preliminary']);
    const mixed = [point({ process: '2020-2021', elections: ['local'], quality: 'uncertain' }), point({})];
    expect(caveatsFor({ points: mixed, changes: [changeBetween(mixed[0]!, mixed[1]!)], shared: null })).toEqual([
      'requestTypes',
      'electionsDiffer',
      'uncertain',
      'preliminary',
    ]);
    expect(caveatsFor({ points: [point({ status: 'notReported', value: null })], changes: [], shared: null })).toEqual(
      [],
    );
  });
});

describe('several cut-off dates in one process', () => {
  it('a later snapshot adds a point to the same series, joined to the earlier one', async () => {
    const later = await loadWithLaterCutoff();
    const series = comparisonSeries(
      later.tables,
      { kind: 'entity', entity: '14' },
      { processes: ALL, measure: 'received', coverage: 'all' },
    );
    expect(series.points.map((p) => `${p.process}@${p.cutoff}`)).toEqual([
      '2017-2018@2017-11-30',
      '2020-2021@2020-11-30',
      '2023-2024@2023-11-30',
      `2023-2024@${LATER_CUTOFF}`,
    ]);
    const earlier = Number(entityValue('2023-2024', '14')!.value);
    expect(series.points[3]!.value).toBe(laterEntityValue(earlier, '14'));
    expect(series.changes[2]).toMatchObject({
      incomparable: null,
      absolute: laterEntityValue(earlier, '14') - earlier,
    });

    const national = comparisonSeries(
      later.tables,
      { kind: 'national' },
      { processes: ['2023-2024'] as never, measure: 'received', coverage: 'all' },
    );
    expect(national.points).toHaveLength(2);
    expect(national.changes[0]!.incomparable).toBeNull();
  });
});

describe('scopesOf', () => {
  it.each([
    [{ countries: [], entities: [] }, ['national']],
    [{ countries: [], entities: ['14'] }, ['entity:14']],
    [{ countries: [], entities: ['14', '16'] }, ['entity:14', 'entity:16']],
    [{ countries: ['ESP', 'PRT'], entities: [] }, ['country:ESP', 'country:PRT']],
    [{ countries: ['ESP'], entities: ['14'] }, ['cell:ESP:14']],
    [{ countries: ['ESP', 'PRT'], entities: ['14', '16'] }, ['cell:ESP:14', 'cell:ESP:16', 'cell:PRT:14']],
  ])('%o → %j', (selection, keys) => {
    expect(scopesOf(selection, 3).map(scopeKey)).toEqual(keys);
  });
});
