import { beforeAll, describe, expect, it } from 'vitest';
import { Dataset, datasetOf } from '../../src/lib/data/dataset';
import type { LoadedWithCells } from '../../src/lib/data/load';
import { countryFigures, entityFigures, measureAvailability } from '../../src/lib/data/mapQueries';
import { cutoffs, latestCutoff, listedCountries } from '../../src/lib/data/queries';
import { PROCESSES } from '../../src/lib/data/schema';
import { processSummaries } from '../../src/lib/methods/methodsView';
import { buildTotalsView } from '../../src/lib/totals/totalsView';
import { LATER_CUTOFF, laterEntityValue, loadWithLaterCutoff } from '../helpers/multiCutoff';
import { loadPublished } from '../helpers/publishedData';
import { readRows } from '../published/files';

let data: LoadedWithCells;
let later: LoadedWithCells;
beforeAll(async () => {
  [data, later] = await Promise.all([loadPublished(), loadWithLaterCutoff()]);
});

describe('the latest cut-off, computed once for every view', () => {
  it.each([
    ['2017-2018', ['2017-11-30']],
    ['2020-2021', ['2020-11-30']],
    ['2023-2024', ['2023-11-30', LATER_CUTOFF]],
  ] as const)('%s with a later 2023-24 report: %j', (process, expected) => {
    expect(cutoffs(later.tables, process)).toEqual(expected);
    expect(latestCutoff(later.tables, process)).toBe(expected.at(-1));
    expect(datasetOf(later).latestCutoff(process)).toBe(expected.at(-1));
  });

  it('the Mexico map, the totals and the methods all read the later snapshot', () => {
    const mexico = datasetOf(later).entityFigures({ process: '2023-2024', measure: 'received' });
    expect(mexico.cutoffDate).toBe(LATER_CUTOFF);
    const earlier = readRows('by_entity.csv').filter((r) => r.process === '2023-2024' && r.measure === 'received');
    for (const r of earlier) {
      expect(mexico.places.find((p) => p.code === r.entity_code)?.value).toBe(
        laterEntityValue(Number(r.value), r.entity_code),
      );
    }
    expect(buildTotalsView(later.tables).rows[2].cutoffDate).toBe(LATER_CUTOFF);
    expect(processSummaries(later, 'es')[2].cutoffDate).toBe(LATER_CUTOFF);
  });

  it('a pinned cut-off reads that snapshot; the later one has no country figures', () => {
    const q = { process: '2023-2024', measure: 'received' } as const;
    expect(countryFigures(later.tables, q).unavailable).toBe('noCountryData');
    expect(countryFigures(later.tables, { ...q, cutoff: '2023-11-30' })).toEqual(countryFigures(data.tables, q));
  });
});

describe('Dataset', () => {
  it('answers as the pure queries do', () => {
    const d = new Dataset(data.tables);
    for (const process of PROCESSES) {
      expect(d.availability(process)).toEqual(measureAvailability(data.tables, process));
      const q = { process, measure: 'received' } as const;
      expect(d.countryFigures(q)).toEqual(countryFigures(data.tables, q));
      expect(d.entityFigures({ ...q, countries: ['ESP', 'CAN'] })).toEqual(
        entityFigures(data.tables, { ...q, countries: ['ESP', 'CAN'] }),
      );
    }
    expect(d.countries()).toEqual(listedCountries(data.tables));
    expect(d.sources()).toHaveLength(readRows('sources.csv').length);
    expect(d.hasNationalTotal('2020-2021', 'eligible')).toBe(true);
    expect(d.hasNationalTotal('2017-2018', 'eligible')).toBe(false);
  });

  it('computes each answer once: the same selection, in any order, gets the same object', () => {
    const d = new Dataset(data.tables);
    const q = { process: '2023-2024', measure: 'received' } as const;
    const first = d.entityFigures({ ...q, countries: ['ESP', 'CAN'] });
    expect(d.entityFigures({ ...q, countries: ['CAN', 'ESP'] })).toBe(first);
    expect(d.entityFigures({ ...q, cutoff: '2023-11-30', countries: ['ESP', 'CAN'] })).toBe(first);
    expect(d.countryFigures(q)).toBe(d.countryFigures({ ...q, entities: [] }));
    expect(d.placeNames('en')).toBe(d.placeNames('en'));
    expect(d.placeNames('en')).not.toBe(d.placeNames('es'));
  });

  it('is shared by every view of the same loaded data', () => {
    expect(datasetOf(data)).toBe(datasetOf({ tables: data.tables }));
    expect(datasetOf(later)).not.toBe(datasetOf(data));
  });

  it('knows the codes a URL may name, from countries.csv and entities.csv', () => {
    const known = datasetOf(data).knownCodes();
    expect([...known.countries].sort()).toEqual(
      readRows('countries.csv')
        .map((r) => r.country_iso3)
        .sort(),
    );
    expect([...known.entities]).toEqual(readRows('entities.csv').map((r) => r.entity_code));
  });
});
