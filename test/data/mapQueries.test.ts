import { beforeAll, describe, expect, it } from 'vitest';
import { CELLS, type DataTables, type LoadedWithCells } from '../../src/lib/data/load';
import { countryFigures, countryListed, entityFigures, measureAvailability } from '../../src/lib/data/mapQueries';
import { latestCutoff } from '../../src/lib/data/queries';
import { loadPublished } from '../helpers/publishedData';
import { readRows } from '../published/files';

let data: LoadedWithCells;
beforeAll(async () => {
  data = await loadPublished();
});

const csv = {
  byCountry: () => readRows('by_country.csv'),
  byEntity: () => readRows('by_entity.csv'),
  crosstab: () => readRows('by_country_entity.csv'),
  totals: () => readRows('totals.csv'),
};

describe('countryFigures (world map)', () => {
  it('2023-24 received: one figure per listed country, shares of the national total, the remainder apart', () => {
    const view = countryFigures(data.tables, { process: '2023-2024', measure: 'received' });
    const rows = csv.byCountry().filter((r) => r.process === '2023-2024' && r.measure === 'received');
    const listed = rows.filter((r) => r.country_iso3 !== '');
    expect(view.unavailable).toBeNull();
    expect(view.cutoffDate).toBe('2023-11-30');
    expect(view.places.map((p) => p.code).sort()).toEqual(listed.map((r) => r.country_iso3).sort());
    for (const r of listed) {
      const p = view.places.find((x) => x.code === r.country_iso3)!;
      expect(p.value).toBe(Number(r.value));
      expect(p.quality).toBe(r.quality);
    }
    const total = Number(csv.totals().find((r) => r.process === '2023-2024' && r.measure === 'received')!.value);
    const usa = view.places.find((p) => p.code === 'USA')!;
    expect(view.denominator?.value).toBe(total);
    expect(usa.share).toBeCloseTo(Number(listed.find((r) => r.country_iso3 === 'USA')!.value) / total, 10);
    expect(usa.rank).toBe(1);
    const remainder = rows.find((r) => r.country_iso3 === '')!;
    expect(view.remainder).toMatchObject({ value: Number(remainder.value), quality: 'derived' });
    expect(view.places.find((p) => p.code === 'ECU')?.quality).toBe('uncertain');
  });

  it('equal values share a rank, and the next rank skips', () => {
    const view = countryFigures(data.tables, { process: '2023-2024', measure: 'received' });
    const byValue = new Map<number, Set<number | null>>();
    for (const p of view.places) byValue.set(p.value!, (byValue.get(p.value!) ?? new Set()).add(p.rank));
    for (const ranks of byValue.values()) expect(ranks.size).toBe(1);
    const sorted = [...view.places].sort((a, b) => a.rank! - b.rank!);
    for (const p of sorted) expect(p.rank).toBe(sorted.filter((q) => q.value! > p.value!).length + 1);
  });

  it('2017-18 has no country figure of all requests, only of SIILNERE and SIVE (derived shares)', () => {
    expect(countryFigures(data.tables, { process: '2017-2018', measure: 'received' }).unavailable).toBe(
      'noCountryData',
    );
    const sive = countryFigures(data.tables, { process: '2017-2018', measure: 'received_sive' });
    expect(sive.places.map((p) => p.code).sort()).toEqual(['CAN', 'DEU', 'ESP', 'FRA', 'USA']);
    expect(sive.places.every((p) => p.quality === 'derived')).toBe(true);
    expect(sive.denominator?.value).toBe(2250);
  });

  it('an entity selected: its registrants by country; damaged rows are not attributable, never zero', () => {
    const view = countryFigures(data.tables, { process: '2023-2024', measure: 'received', entities: ['20'] });
    const cells = csv.crosstab().filter((r) => r.process === '2023-2024' && r.entity_code === '20');
    const oaxaca = csv
      .byEntity()
      .find((r) => r.process === '2023-2024' && r.measure === 'received' && r.entity_code === '20')!;
    expect(view.denominator?.value).toBe(Number(oaxaca.value));
    expect(view.attributed).toBe(cells.reduce((s, r) => s + Number(r.value), 0));
    expect(view.attributed).toBeLessThan(view.denominator!.value);
    for (const c of cells) {
      const p = view.places.find((x) => x.code === c.country_iso3)!;
      expect(p.value).toBe(Number(c.value));
      expect(p.status).toBe(Number(c.value) === 0 ? 'zero' : 'value');
    }
    const withCells = new Set(cells.map((c) => c.country_iso3));
    const damaged = view.places.filter((p) => !withCells.has(p.code));
    expect(damaged.length).toBeGreaterThan(0);
    expect(damaged.every((p) => p.status === 'notAttributable' && p.value === null && p.rank === null)).toBe(true);
  });

  it('an entity selected where it had no vote from abroad, or without a cross-tab, says why', () => {
    expect(
      countryFigures(data.tables, { process: '2020-2021', measure: 'received', entities: ['01'] }).unavailable,
    ).toBe('entityNotApplicable');
    expect(
      countryFigures(data.tables, { process: '2017-2018', measure: 'received_sive', entities: ['09'] }).unavailable,
    ).toBe('noCrosstab');
  });
});

describe('entityFigures (Mexico map)', () => {
  it('2020-21: the 11 entities that voted have values, the other 21 are not applicable', () => {
    const view = entityFigures(data.tables, { process: '2020-2021', measure: 'received' });
    expect(view.places).toHaveLength(32);
    const rows = csv.byEntity().filter((r) => r.process === '2020-2021');
    expect(view.places.filter((p) => p.value !== null)).toHaveLength(rows.length);
    for (const r of rows) expect(view.places.find((p) => p.code === r.entity_code)?.value).toBe(Number(r.value));
    const gaps = view.places.filter((p) => p.value === null);
    expect(gaps).toHaveLength(32 - rows.length);
    expect(gaps.every((p) => p.status === 'notApplicable')).toBe(true);
  });

  it('2017-18: the 7 itemized entities are derived sums, the 25 federal-only ones are not reported', () => {
    const view = entityFigures(data.tables, { process: '2017-2018', measure: 'received' });
    const values = view.places.filter((p) => p.status === 'value');
    expect(values).toHaveLength(7);
    expect(values.every((p) => p.quality === 'derived')).toBe(true);
    expect(view.places.filter((p) => p.status === 'notReported')).toHaveLength(25);
    expect(view.places.find((p) => p.code === '01')?.note).toMatch(/itemizes requests only/);
  });

  it('2017-18 per request type comes from the per-entity breakdown', () => {
    const view = entityFigures(data.tables, { process: '2017-2018', measure: 'received_siilnere' });
    expect(view.places.find((p) => p.code === '09')).toMatchObject({ value: 708, status: 'value' });
    expect(view.denominator?.value).toBe(2587);
  });

  it('a country selected: where its registrants come from, as printed in by_country_entity', () => {
    const view = entityFigures(data.tables, { process: '2023-2024', measure: 'received', countries: ['ESP'] });
    const cells = csv.crosstab().filter((r) => r.process === '2023-2024' && r.country_iso3 === 'ESP');
    expect(cells).toHaveLength(32);
    for (const c of cells) expect(view.places.find((p) => p.code === c.entity_code)?.value).toBe(Number(c.value));
    expect(view.attributed).toBe(view.denominator?.value);
  });

  it('a country whose row is damaged cannot be attributed to any entity', () => {
    const view = entityFigures(data.tables, { process: '2023-2024', measure: 'received', countries: ['ECU'] });
    expect(view.places.every((p) => p.status === 'notAttributable')).toBe(true);
    expect(view.attributed).toBe(0);
    expect(view.denominator).toMatchObject({ value: 43, quality: 'uncertain' });
  });

  it('2020-21 with a country: entities without a vote stay not applicable; zeros stay zeros', () => {
    const view = entityFigures(data.tables, { process: '2020-2021', measure: 'received', countries: ['ESP'] });
    expect(view.places.filter((p) => p.status === 'notApplicable')).toHaveLength(21);
    const cells = csv.crosstab().filter((r) => r.process === '2020-2021' && r.country_iso3 === 'ESP');
    for (const c of cells) {
      const p = view.places.find((x) => x.code === c.entity_code)!;
      expect([p.status, p.value]).toEqual([Number(c.value) === 0 ? 'zero' : 'value', Number(c.value)]);
    }
  });

  it('a country not listed in the process, or no cross-tab, says why', () => {
    const listed2020 = new Set(
      csv
        .byCountry()
        .filter((r) => r.process === '2020-2021')
        .map((r) => r.country_iso3),
    );
    const missing = csv.byCountry().find((r) => r.process === '2023-2024' && !listed2020.has(r.country_iso3))!;
    const q = { process: '2020-2021', measure: 'received' } as const;
    expect(countryListed(data.tables, q, missing.country_iso3)).toBe(false);
    expect(countryListed(data.tables, q, 'ESP')).toBe(true);
    expect(entityFigures(data.tables, { ...q, countries: [missing.country_iso3] }).unavailable).toBe(
      'countryNotListed',
    );
    expect(
      entityFigures(data.tables, { process: '2023-2024', measure: 'eligible', countries: ['ESP'] }).unavailable,
    ).toBe('noCrosstab');
  });
});

describe('before the country × entity cells are read', () => {
  // The first load leaves them out (DEFERRED_RESOURCES); a selection waits for them, and only a selection does.
  const firstLoad = () => {
    const { [CELLS]: cells, ...tables } = data.tables;
    expect(cells).toBeDefined();
    return tables as DataTables;
  };
  const cases = [
    {
      what: 'world map, no selection',
      view: () => countryFigures(firstLoad(), { process: '2023-2024', measure: 'received' }),
      expected: null,
    },
    {
      what: 'Mexico map, no selection',
      view: () => entityFigures(firstLoad(), { process: '2023-2024', measure: 'received' }),
      expected: null,
    },
    {
      what: 'world map narrowed by Jalisco',
      view: () => countryFigures(firstLoad(), { process: '2023-2024', measure: 'received', entities: ['14'] }),
      expected: 'cellsPending',
    },
    {
      what: 'Mexico map narrowed by Spain',
      view: () => entityFigures(firstLoad(), { process: '2023-2024', measure: 'received', countries: ['ESP'] }),
      expected: 'cellsPending',
    },
    // Reasons that do not depend on the cells are given at once.
    {
      what: 'an entity without a vote from abroad',
      view: () => countryFigures(firstLoad(), { process: '2020-2021', measure: 'received', entities: ['01'] }),
      expected: 'entityNotApplicable',
    },
    {
      what: 'a measure never crossed',
      view: () => entityFigures(firstLoad(), { process: '2023-2024', measure: 'eligible', countries: ['ESP'] }),
      expected: 'noCrosstab',
    },
  ] as const;
  it.each(cases)('$what: $expected', ({ view, expected }) => {
    expect(view().unavailable).toBe(expected);
  });

  it('the same selection with the cells read draws them', () => {
    expect(
      entityFigures(data.tables, { process: '2023-2024', measure: 'received', countries: ['ESP'] }).unavailable,
    ).toBeNull();
  });
});

describe('measureAvailability and latestCutoff', () => {
  it('tells which map can draw which measure', () => {
    const of = (process: '2017-2018' | '2020-2021' | '2023-2024') =>
      Object.fromEntries(measureAvailability(data.tables, process).map((a) => [a.measure, [a.world, a.mexico]]));
    expect(of('2023-2024')).toEqual({
      received: [true, true],
      eligible: [false, true],
      received_siilnere: [false, false],
      received_sive: [false, false],
    });
    expect(of('2020-2021').eligible).toEqual([false, false]);
    expect(of('2017-2018')).toMatchObject({ received: [false, true], received_sive: [true, true] });
  });

  it('uses the latest cut-off of the process', () => {
    expect(latestCutoff(data.tables, '2020-2021')).toBe('2020-11-30');
  });
});
