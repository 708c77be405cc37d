/**
 * Totals by UN M49 region and sub-region, checked against sums of the
 * published CSVs read apart from the app's loader (countries.csv for the
 * membership, by_country.csv and by_country_entity.csv for the figures).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Dataset } from '../../src/lib/data/dataset';
import type { LoadedData } from '../../src/lib/data/load';
import type { Process } from '../../src/lib/data/schema';
import { loadPublished } from '../helpers/publishedData';
import { readRows } from '../published/files';

let dataset: Dataset;
beforeAll(async () => {
  const data: LoadedData = await loadPublished();
  dataset = new Dataset(data.tables);
});

const once = <T>(read: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= read());
};
const countries = once(() => readRows('countries.csv'));
const byCountry = once(() => readRows('by_country.csv'));
const crosstab = once(() => readRows('by_country_entity.csv'));
const membersOf = (code: string) =>
  countries()
    .filter((c) => c.region_m49 === code || c.subregion_m49 === code)
    .map((c) => c.country_iso3);
const countryRows = (process: string, members: string[]) =>
  byCountry().filter((r) => r.process === process && r.measure === 'received' && members.includes(r.country_iso3));
const sum = (rows: Record<string, string>[]) => rows.reduce((s, r) => s + Number(r.value), 0);
const qualityOf = (rows: Record<string, string>[]) =>
  rows.length === 1 ? rows[0].quality : rows.every((r) => r.quality === 'exact') ? 'exact' : 'derived';
const received = (process: Process) => ({ process, measure: 'received' as const });

describe('region totals equal the sums of their countries in by_country.csv', () => {
  const cases: [Process, string][] = [
    ['2023-2024', '150'],
    ['2023-2024', '019'],
    ['2023-2024', '021'],
    ['2023-2024', '419'],
    ['2023-2024', '155'],
    ['2023-2024', '142'],
    ['2020-2021', '150'],
    ['2020-2021', '009'],
  ];
  it.each(cases)('%s, region %s', (process, code) => {
    const rows = countryRows(process, membersOf(code));
    expect(rows.length).toBeGreaterThan(0);
    const figure = dataset.regionFigures(received(process)).find((r) => r.code === code)!;
    expect(figure.cell.value).toBe(sum(rows));
    expect(figure.cell.quality).toBe(qualityOf(rows));
    expect(figure.listed).toBe(rows.length);
    const total = readRows('totals.csv').find((t) => t.process === process && t.measure === 'received')!;
    expect(figure.share).toBeCloseTo(sum(rows) / Number(total.value), 10);
  });

  it("Europe's 2023-24 total is the sum of its countries, and derived because some are uncertain", () => {
    const europe = countryRows('2023-2024', membersOf('150'));
    const figure = dataset.regionFigures(received('2023-2024')).find((r) => r.code === '150')!;
    expect(figure.cell.value).toBe(sum(europe));
    expect(europe.some((r) => r.quality !== 'exact')).toBe(true);
    expect(figure.cell.quality).toBe('derived');
  });

  it('every region of a process sums, with the remainder, to the national total', () => {
    const regions = dataset.regionFigures(received('2023-2024')).filter((r) => r.level === 'region');
    const remainder = byCountry().find(
      (r) => r.process === '2023-2024' && r.measure === 'received' && r.country_iso3 === '',
    )!;
    const total = readRows('totals.csv').find((t) => t.process === '2023-2024' && t.measure === 'received')!;
    expect(regions.reduce((s, r) => s + (r.cell.value ?? 0), 0) + Number(remainder.value)).toBe(Number(total.value));
  });
});

describe('a region keeps the quality rules of every sum', () => {
  it('a region with a derived or uncertain member is derived; one whose members are all exact is exact', () => {
    for (const figure of dataset.regionFigures(received('2023-2024'))) {
      const rows = countryRows('2023-2024', membersOf(figure.code));
      if (rows.length < 2) continue;
      expect(figure.cell.quality).toBe(rows.every((r) => r.quality === 'exact') ? 'exact' : 'derived');
    }
  });

  it('2017-18 SIILNERE: regions of derived country figures are derived', () => {
    const figures = dataset.regionFigures({ process: '2017-2018', measure: 'received_siilnere' });
    const europe = figures.find((r) => r.code === '150')!;
    const rows = byCountry().filter(
      (r) =>
        r.process === '2017-2018' && r.measure === 'received_siilnere' && membersOf('150').includes(r.country_iso3),
    );
    expect(rows.some((r) => r.quality === 'derived')).toBe(true);
    expect(europe.cell.value).toBe(sum(rows));
    expect(europe.cell.quality).toBe('derived');
  });
});

describe('with an entity selected, a region says how much it cannot attribute', () => {
  it('Jalisco (14) in Europe, 2023-24: the attributable members summed, the others counted with their requests', () => {
    const europe = membersOf('150');
    const cells = crosstab().filter(
      (r) => r.process === '2023-2024' && r.entity_code === '14' && europe.includes(r.country_iso3),
    );
    const withCells = new Set(cells.map((r) => r.country_iso3));
    const listed = countryRows('2023-2024', europe);
    const missing = listed.filter((r) => !withCells.has(r.country_iso3));
    const figure = dataset.regionFigures({ ...received('2023-2024'), entities: ['14'] }).find((r) => r.code === '150')!;
    expect(missing.length).toBeGreaterThan(0);
    expect(figure.cell.value).toBe(sum(cells));
    expect(figure.notAttributable).toEqual({ countries: missing.length, requests: sum(missing) });
  });

  it('a region whose every member is damaged is not attributable, never zero', () => {
    const africa = dataset.regionFigures({ ...received('2023-2024'), entities: ['14'] }).find((r) => r.code === '002')!;
    const cells = crosstab().filter((r) => r.process === '2023-2024' && membersOf('002').includes(r.country_iso3));
    expect(cells).toHaveLength(0);
    expect(africa.cell.status).toBe('notAttributable');
    expect(africa.cell.value).toBeNull();
  });
});

describe('a region selected: the Mexico map sums the members it can attribute', () => {
  it('Europe 2023-24: members with cells summed, damaged members left out with their requests', () => {
    const europe = membersOf('150');
    const listed = countryRows('2023-2024', europe);
    const withCells = new Set(
      crosstab()
        .filter((r) => r.process === '2023-2024')
        .map((r) => r.country_iso3),
    );
    const selection = dataset.regionSelection(received('2023-2024'), europe)!;
    expect([...selection.attributable].sort()).toEqual(
      listed
        .filter((r) => withCells.has(r.country_iso3))
        .map((r) => r.country_iso3)
        .sort(),
    );
    const leftOut = listed.filter((r) => !withCells.has(r.country_iso3));
    expect(selection.leftOut.requests).toBe(sum(leftOut));
    const mexico = dataset.entityFigures({ ...received('2023-2024'), countries: selection.attributable });
    expect(mexico.denominator?.value).toBe(sum(listed) - sum(leftOut));
  });
});

describe('the region list', () => {
  it('every country with a region code is a member of its region and sub-region, and of no other', () => {
    const regions = dataset.regions();
    for (const c of countries().filter((r) => r.region_m49 !== '')) {
      const holding = regions.filter((r) => r.members.includes(c.country_iso3)).map((r) => r.code);
      expect(holding.sort()).toEqual([c.region_m49, c.subregion_m49].sort());
    }
  });
});
