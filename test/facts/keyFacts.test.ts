import { beforeAll, describe, expect, it } from 'vitest';
import { datasetOf, type Dataset } from '../../src/lib/data/dataset';
import { keyFacts, type FactsQuery } from '../../src/lib/facts/keyFacts';
import { formatDate, formatNumber } from '../../src/lib/i18n/format';
import { translator } from '../../src/lib/i18n/translate';
import { loadData } from '../../src/lib/data/load';
import { FIXTURE_BASE, PUBLISHED_DIR, fakeFetch } from '../helpers/fakeFetch';
import { loadPublished } from '../helpers/publishedData';
import { readRows } from '../published/files';

let dataset: Dataset;
beforeAll(async () => {
  dataset = datasetOf(await loadPublished());
});

const facts = (q: Partial<FactsQuery>, lang: 'es' | 'en') =>
  keyFacts(
    dataset,
    { process: '2023-2024', measure: 'received', country: null, entity: null, ...q },
    dataset.namer(lang),
    translator(lang),
    lang,
  );

describe('key facts against the published CSVs', () => {
  it.each(['es', 'en'] as const)('national 2023-24 (%s): the total of totals.csv', (lang) => {
    const total = readRows('totals.csv').find((r) => r.process === '2023-2024' && r.measure === 'received')!;
    const f = facts({}, lang);
    expect(f.headline).toContain(formatNumber(Number(total.value), lang));
    expect(f.facts.length).toBeGreaterThanOrEqual(3);
    expect(f.facts.length).toBeLessThanOrEqual(5);
    for (const x of f.facts) expect(x.citation).toMatch(lang === 'es' ? /^Fuente: INE/ : /^Source: INE/);
  });

  it.each(['es', 'en'] as const)('an entity (%s): by_entity.csv', (lang) => {
    const row = readRows('by_entity.csv').find(
      (r) => r.process === '2023-2024' && r.entity_code === '14' && r.measure === 'received',
    )!;
    expect(facts({ entity: '14' }, lang).headline).toContain(formatNumber(Number(row.value), lang));
  });

  it.each(['es', 'en'] as const)('a country (%s): by_country.csv', (lang) => {
    const row = readRows('by_country.csv').find(
      (r) => r.process === '2023-2024' && r.country_iso3 === 'ESP' && r.measure === 'received',
    )!;
    expect(facts({ country: 'ESP' }, lang).headline).toContain(formatNumber(Number(row.value), lang));
  });

  it('a cell: by_country_entity.csv, singular and plural', () => {
    const cells = readRows('by_country_entity.csv').filter(
      (r) => r.process === '2020-2021' && r.measure === 'received',
    );
    const one = cells.find((r) => r.value === '1')!;
    const many = cells.find((r) => Number(r.value) > 1)!;
    const es1 = facts({ process: '2020-2021', country: one.country_iso3!, entity: one.entity_code! }, 'es');
    expect(es1.headline).toMatch(/: 1 solicitud al/);
    expect(es1.facts.map((f) => f.text).join(' ')).toMatch(/Equivale a/);
    const en1 = facts({ process: '2020-2021', country: one.country_iso3!, entity: one.entity_code! }, 'en');
    expect(en1.headline).toMatch(/: 1 request as of/);
    const esN = facts({ process: '2020-2021', country: many.country_iso3!, entity: many.entity_code! }, 'es');
    expect(esN.headline).toContain(`${formatNumber(Number(many.value), 'es')} solicitudes`);
  });

  it.each([
    ['es', /alrededor de \d[\d,]* solicitudes SIILNERE/],
    ['en', /about \d[\d,]* SIILNERE requests/],
  ] as const)('2017-18 rounded shares say so (%s)', (lang, pattern) => {
    const f = facts({ process: '2017-2018', measure: 'received_siilnere', country: 'ESP' }, lang);
    expect(f.headline).toMatch(pattern);
  });

  it('2017-18 entity sums are named as computed', () => {
    expect(facts({ process: '2017-2018', entity: '14' }, 'es').headline).toMatch(/cifra calculada/);
  });

  it('writes no sentence on a gap', () => {
    const f = facts({ process: '2020-2021', entity: '01' }, 'es');
    expect(f.facts).toEqual([]);
    expect(f.headline).toMatch(/No aplica|No reportado/);
    expect(f.headline).not.toMatch(/\b0\b/);
  });

  describe('before the country × entity cells are read', () => {
    let first: Dataset;
    beforeAll(async () => {
      // The page's first load: the cells are deferred until a place is selected.
      first = datasetOf(await loadData(FIXTURE_BASE, fakeFetch({}, PUBLISHED_DIR).fetchImpl));
    });
    const early = (q: Partial<FactsQuery>, lang: 'es' | 'en') =>
      keyFacts(
        first,
        { process: '2020-2021', measure: 'received', country: 'ESP', entity: '14', ...q },
        first.namer(lang),
        translator(lang),
        lang,
      );

    it.each([
      ['es', /leyendo las cifras por país y entidad/],
      ['en', /reading the figures by country and entity/],
    ] as const)('a cell says it is being read, not that it is a gap (%s)', (lang, pattern) => {
      const f = early({}, lang);
      expect(f.headline).toMatch(pattern);
      expect(f.headline).not.toMatch(/No reportado|Not reported/i);
      expect(f.facts).toEqual([]);
    });

    it('a cell whose cells failed says so', () => {
      expect(early({ cellsFailed: true }, 'es').headline).toMatch(/no se pudieron leer/);
      expect(early({ cellsFailed: true }, 'en').headline).toMatch(/could not be read/);
    });

    it('a country keeps its own figures and leaves out the one sentence the cells give', () => {
      const later = facts({ process: '2020-2021', country: 'ESP' }, 'en');
      const now = early({ entity: null }, 'en');
      expect(now.headline).toBe(later.headline);
      expect(now.facts).toEqual(later.facts.slice(0, now.facts.length));
      expect(now.facts.length).toBe(later.facts.length - 1);
    });
  });
});

describe('key facts of several places, against the published CSVs', () => {
  const row = (file: string, key: string, code: string) =>
    readRows(file).find((r) => r.process === '2023-2024' && r.measure === 'received' && r[key] === code)!;

  it.each(['es', 'en'] as const)('two entities (%s): the sum of by_entity.csv, then a sentence each', (lang) => {
    const [jal, mich] = [row('by_entity.csv', 'entity_code', '14'), row('by_entity.csv', 'entity_code', '16')];
    const names = dataset.namer(lang);
    const f = facts(
      {
        several: {
          countries: [],
          entities: ['14', '16'],
          picked: [],
          countriesName: null,
          entitiesName: `${names.entity('14')} + ${names.entity('16')}`,
        },
      },
      lang,
    );
    expect(f.headline).toContain(formatNumber(Number(jal.value) + Number(mich.value), lang));
    const texts = f.facts.map((x) => x.text);
    expect(texts[1]).toContain(names.entity('14'));
    expect(texts[1]).toContain(formatNumber(Number(jal.value), lang));
    expect(texts[2]).toContain(formatNumber(Number(mich.value), lang));
  });

  it('a region: Europe’s total is the sum of its countries in by_country.csv, and derived when a member is', () => {
    const europe = dataset.region('150')!;
    const rows = readRows('by_country.csv').filter(
      (r) =>
        r.process === '2023-2024' &&
        r.measure === 'received' &&
        europe.members.includes(r.country_iso3) &&
        r.value !== '',
    );
    const total = rows.reduce((n, r) => n + Number(r.value), 0);
    const f = facts(
      { several: { countries: europe.members, entities: [], picked: [], countriesName: 'Europa', entitiesName: null } },
      'es',
    );
    expect(f.headline).toContain(`Europa: ${formatNumber(total, 'es')}`);
    const derived = rows.some((r) => r.quality !== 'exact');
    expect(f.headline.includes('cifra calculada')).toBe(derived);
    // No sentence per member: the reader picked the region, not its dozens of countries.
    expect(f.facts.length).toBeLessThanOrEqual(3);
  });

  it('countries and an entity: the sum of their cells in by_country_entity.csv', () => {
    const cells = readRows('by_country_entity.csv').filter(
      (r) =>
        r.process === '2023-2024' &&
        r.measure === 'received' &&
        r.entity_code === '14' &&
        (r.country_iso3 === 'ESP' || r.country_iso3 === 'PRT'),
    );
    expect(cells).toHaveLength(2);
    const f = facts(
      {
        several: {
          countries: ['ESP', 'PRT'],
          entities: ['14'],
          picked: ['ESP', 'PRT'],
          countriesName: 'España y Portugal',
          entitiesName: 'Jalisco',
        },
      },
      'es',
    );
    expect(f.headline).toBe(
      `Jalisco en España y Portugal: ${formatNumber(Number(cells[0].value) + Number(cells[1].value), 'es')} solicitudes al ${formatDate('2023-11-30', 'es')}`,
    );
  });

  it('a selected place without a figure is named with its state, never added as zero', () => {
    // 2017-18 itemizes few entities: one of these is not reported.
    const reported = readRows('by_entity.csv').filter((r) => r.process === '2017-2018' && r.measure === 'received');
    const given = reported.find((r) => r.value !== '')!.entity_code;
    const missing = ['01', '02', '03', '04', '05', '06'].find(
      (c) => !reported.some((r) => r.entity_code === c && r.value !== ''),
    )!;
    const f = facts(
      {
        process: '2017-2018',
        several: { countries: [], entities: [given, missing], picked: [], countriesName: null, entitiesName: 'x' },
      },
      'es',
    );
    const value = Number(reported.find((r) => r.entity_code === given)!.value);
    expect(f.headline).toContain(formatNumber(value, 'es'));
    expect(f.facts.map((x) => x.text).join(' ')).toMatch(/No se suman .*\(no reportado\)/);
  });
});
