/**
 * The maps with several places selected, checked against sums of the
 * published CSVs read apart from the app's loader.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedData } from '../../src/lib/data/load';
import {
  countryFigures,
  entityFigures,
  entityFiguresLeavingOut,
  entityFiguresOf,
  snapshotFor,
  type MapFigures,
} from '../../src/lib/data/mapQueries';
import type { Process } from '../../src/lib/data/schema';
import { loadPublished } from '../helpers/publishedData';
import { readRows } from '../published/files';

let data: LoadedData;
beforeAll(async () => {
  data = await loadPublished();
});

const csv = {
  byCountry: () => readRows('by_country.csv'),
  byEntity: () => readRows('by_entity.csv'),
  crosstab: () => readRows('by_country_entity.csv'),
  coverage: () => readRows('coverage.csv'),
};
const sum = (rows: Record<string, string>[]) => rows.reduce((s, r) => s + Number(r.value), 0);
const qualityOf = (rows: Record<string, string>[]) =>
  rows.length === 1 ? rows[0].quality : rows.every((r) => r.quality === 'exact') ? 'exact' : 'derived';
const noVote = (process: string, entity: string) =>
  csv.coverage().some((r) => r.process === process && r.entity_code === entity && r.vote_from_abroad === 'none');

const received = (process: Process) => ({ process, measure: 'received' as const });

describe('the Mexico map with several countries selected', () => {
  it.each<[Process, string[]]>([
    ['2023-2024', ['ESP', 'CAN']],
    ['2023-2024', ['USA', 'ESP', 'DEU', 'FRA']],
    ['2020-2021', ['ESP', 'CAN', 'ECU']],
  ])('%s %j: each entity the sum of its cells, the denominator the sum of the countries', (process, countries) => {
    const view = entityFigures(data.tables, { ...received(process), countries });
    const listed = csv
      .byCountry()
      .filter((r) => r.process === process && r.measure === 'received' && countries.includes(r.country_iso3));
    const cells = csv.crosstab().filter((r) => r.process === process && countries.includes(r.country_iso3));
    expect(view.unavailable).toBeNull();
    expect(view.denominator).toMatchObject({ value: sum(listed), quality: qualityOf(listed) });
    for (const p of view.places) {
      const own = cells.filter((r) => r.entity_code === p.code);
      if (own.length === countries.length) {
        expect([p.code, p.status, p.value, p.quality]).toEqual([
          p.code,
          sum(own) === 0 ? 'zero' : 'value',
          sum(own),
          qualityOf(own),
        ]);
      } else {
        expect([p.code, p.status, p.value]).toEqual([
          p.code,
          noVote(process, p.code) ? 'notApplicable' : 'notReported',
          null,
        ]);
      }
    }
    expect(view.attributed).toBe(view.places.reduce((s, p) => s + (p.value ?? 0), 0));
    expect(view.attributed).toBe(sum(cells));
  });

  it('a damaged country among them leaves every sum not attributable, with that row’s note', () => {
    const view = entityFigures(data.tables, { ...received('2023-2024'), countries: ['ESP', 'ECU'] });
    const ecuador = csv.byCountry().find((r) => r.process === '2023-2024' && r.country_iso3 === 'ECU')!;
    const spain = csv.byCountry().find((r) => r.process === '2023-2024' && r.country_iso3 === 'ESP')!;
    expect(view.places.every((p) => p.status === 'notAttributable' && p.note === ecuador.note)).toBe(true);
    expect(view.denominator).toMatchObject({ value: sum([spain, ecuador]), quality: 'derived' });
    expect(view.attributed).toBe(0);
  });

  it.each<[string, string[], string[]]>([
    ['a repeated country counts once', ['ESP', 'ESP'], ['ESP']],
    ['the order does not matter', ['CAN', 'ESP'], ['ESP', 'CAN']],
    ['a country not listed in the process is left out', ['ESP', 'ZZZ'], ['ESP']],
  ])('%s', (_, countries, same) => {
    const q = received('2023-2024');
    expect(entityFigures(data.tables, { ...q, countries })).toEqual(
      entityFigures(data.tables, { ...q, countries: same }),
    );
  });

  it('says why only when no selected country is listed', () => {
    expect(entityFigures(data.tables, { ...received('2023-2024'), countries: ['ZZZ', 'XXX'] }).unavailable).toBe(
      'countryNotListed',
    );
  });
});

describe('the world map with several entities selected', () => {
  it.each<[Process, string[]]>([
    ['2023-2024', ['14', '16']],
    ['2023-2024', ['09', '15', '20']],
    ['2020-2021', ['09', '14']],
  ])('%s %j: each country the sum of its cells, the denominator the sum of the entities', (process, entities) => {
    const view = countryFigures(data.tables, { ...received(process), entities });
    const totals = csv
      .byEntity()
      .filter((r) => r.process === process && r.measure === 'received' && entities.includes(r.entity_code));
    const cells = csv.crosstab().filter((r) => r.process === process && entities.includes(r.entity_code));
    expect(view.unavailable).toBeNull();
    expect(view.denominator).toMatchObject({ value: sum(totals), quality: qualityOf(totals) });
    for (const p of view.places) {
      const own = cells.filter((r) => r.country_iso3 === p.code);
      if (own.length === entities.length) {
        expect([p.code, p.value, p.quality]).toEqual([p.code, sum(own), qualityOf(own)]);
        expect(p.share).toBeCloseTo(sum(own) / sum(totals), 12);
      } else {
        expect([p.code, p.status, p.value, p.rank]).toEqual([p.code, 'notAttributable', null, null]);
      }
    }
    expect(view.attributed).toBe(sum(cells));
  });

  it('an entity without a vote in the process is left out of the sum', () => {
    const q = received('2020-2021');
    expect(noVote('2020-2021', '01')).toBe(true);
    expect(countryFigures(data.tables, { ...q, entities: ['01', '14'] })).toEqual(
      countryFigures(data.tables, { ...q, entities: ['14'] }),
    );
  });

  it.each<[Process, string[], MapFigures['unavailable']]>([
    ['2020-2021', ['01', '02'], 'entityNotApplicable'],
    ['2023-2024', ['ZZ', 'YY'], 'entityNotReported'],
  ])('%s %j: %s when every selected entity is so', (process, entities, unavailable) => {
    expect(countryFigures(data.tables, { ...received(process), entities }).unavailable).toBe(unavailable);
  });
});

describe('the Mexico map of several countries, one of whose rows is damaged', () => {
  it('sums the others’ cells, and its shares are of the whole selection, Ecuador’s requests included', () => {
    const countries = ['ESP', 'ECU'];
    const s = snapshotFor(data.tables, received('2023-2024'));
    expect(s.damaged.has('ECU')).toBe(true);
    const view = entityFiguresLeavingOut(s, countries);
    const listed = csv
      .byCountry()
      .filter((r) => r.process === '2023-2024' && r.measure === 'received' && countries.includes(r.country_iso3));
    expect(view.denominator?.value).toBe(sum(listed));
    // A sum with Ecuador's uncertain figure is derived.
    expect(view.denominator?.quality).toBe('derived');
    const spain = csv.crosstab().filter((r) => r.process === '2023-2024' && r.country_iso3 === 'ESP');
    for (const r of spain) {
      const p = view.places.find((x) => x.code === r.entity_code)!;
      expect(p.value).toBe(Number(r.value));
      if (Number(r.value) > 0) expect(p.share).toBeCloseTo(Number(r.value) / sum(listed), 10);
    }
    expect(view.attributed).toBe(sum(spain));
  });

  it('with no damaged country, the same as the plain cross-filter', () => {
    const s = snapshotFor(data.tables, received('2023-2024'));
    expect(entityFiguresLeavingOut(s, ['ESP', 'CAN'])).toEqual(entityFiguresOf(s, ['ESP', 'CAN']));
  });
});
