import { beforeAll, describe, expect, it } from 'vitest';
import { datasetOf } from '../../src/lib/data/dataset';
import { placeOptions, searchKey, searchPlaces, suggestPlaces, type SearchOption } from '../../src/lib/explorer/search';
import type { Lang } from '../../src/lib/i18n/translate';
import { loadPublished } from '../helpers/publishedData';
import { readRows } from '../published/files';

const options: Record<Lang, SearchOption[]> = { es: [], en: [] };
beforeAll(async () => {
  const dataset = datasetOf(await loadPublished());
  for (const lang of ['es', 'en'] as const)
    options[lang] = placeOptions(
      dataset.countries(),
      dataset.entityCodes(),
      dataset.placeNames(lang),
      dataset.placeSpellings(),
      lang,
    );
});

const first = (lang: Lang, query: string) => searchPlaces(options[lang], query, 12)[0];

describe('search keys', () => {
  it.each([
    ['EE.UU.', 'eeuu'],
    ['EE UU', 'eeuu'],
    ['Ciudad de México', 'ciudaddemexico'],
    ['Q. Roo', 'qroo'],
  ])('%s → %s', (text, key) => expect(searchKey(text)).toBe(key));
});

describe('the press and both languages find the place, and show its official name', () => {
  it.each([
    ['es', 'EUA', 'country', 'USA', 'Estados Unidos', 'EUA'],
    ['es', 'ee.uu.', 'country', 'USA', 'Estados Unidos', 'EE.UU.'],
    ['es', 'EEUU', 'country', 'USA', 'Estados Unidos', 'EE.UU.'],
    ['en', 'EUA', 'country', 'USA', 'United States of America', 'EUA'],
    ['es', 'CDMX', 'entity', '09', 'Ciudad de México', 'CDMX'],
    ['en', 'cdmx', 'entity', '09', 'Mexico City', 'CDMX'],
    ['es', 'DF', 'entity', '09', 'Ciudad de México', 'DF'],
    ['es', 'Edomex', 'entity', '15', 'Estado de México', 'Edomex'],
    ['es', 'Vaticano', 'country', 'VAT', 'Santa Sede', 'Vaticano'],
    ['es', 'Corea del Sur', 'country', 'KOR', 'República de Corea', 'Corea del Sur'],
    ['es', 'Holanda', 'country', 'NLD', 'Países Bajos', 'Holanda'],
    ['es', 'Russia', 'country', 'RUS', 'Rusia', 'Russia'],
    ['en', 'Rusia', 'country', 'RUS', 'Russian Federation', 'Rusia'],
    ['en', 'Alemania', 'country', 'DEU', 'Germany', 'Alemania'],
    ['es', 'germany', 'country', 'DEU', 'Alemania', 'Germany'],
    ['es', 'peru', 'country', 'PER', 'Perú', null],
    ['es', 'oax', 'entity', '20', 'Oaxaca', null],
  ] as const)('%s: "%s" → %s %s (%s, via %s)', (lang, query, kind, code, name, via) => {
    const match = first(lang, query);
    expect(match?.option).toMatchObject({ kind, code, name });
    expect(match?.via).toBe(via);
  });
});

describe('place_aliases.csv', () => {
  it('resolves every alias to exactly one place, the one it names', () => {
    const aliases = readRows('place_aliases.csv');
    expect(aliases.length).toBeGreaterThan(20);
    for (const a of aliases) {
      const exact = options.es.filter((o) => o.terms.some((t) => searchKey(t) === searchKey(a.alias!)));
      expect(
        exact.map((o) => `${o.kind}:${o.code}`),
        a.alias,
      ).toEqual([a.country_iso3 ? `country:${a.country_iso3}` : `entity:${a.entity_code}`]);
      expect(first('es', a.alias!)?.option.code).toBe(a.country_iso3 || a.entity_code);
    }
  });
});

describe('a query that finds nothing', () => {
  it('finds nothing, and offers the closest names', () => {
    expect(searchPlaces(options.es, 'Alemnia', 12)).toEqual([]);
    expect(suggestPlaces(options.es, 'Alemnia', 3)[0]).toMatchObject({ code: 'DEU' });
    expect(suggestPlaces(options.en, 'Jalsco', 3)[0]).toMatchObject({ code: '14' });
  });

  it('offers nothing for text far from every name', () => {
    expect(suggestPlaces(options.es, 'zzzzzzzz', 3)).toEqual([]);
    expect(suggestPlaces(options.es, '<script>', 3)).toEqual([]);
  });
});

describe('regions in the search', () => {
  const regions = [
    { code: '150', name: { es: 'Europa', en: 'Europe' } },
    { code: '039', name: { es: 'Europa meridional', en: 'Southern Europe' } },
  ];
  const names = { countries: new Map([['ESP', 'España']]), entities: new Map([['14', 'Jalisco']]) };
  const spellings = { country: new Map(), entity: new Map() };

  it.each([
    ['europa', 'es', ['150', '039']],
    ['europe', 'es', ['150', '039']],
    ['southern', 'en', ['039']],
  ] as const)('"%s" (%s) finds %j', (query, lang, codes) => {
    const options = placeOptions(['ESP'], ['14'], names, spellings, lang, regions);
    expect(searchPlaces(options, query, 5).map((m) => m.option.code)).toEqual(codes);
    expect(searchPlaces(options, query, 5).every((m) => m.option.kind === 'region')).toBe(true);
  });
});
