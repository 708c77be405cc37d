import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, MAX_PLACES, decodeUrl, encodeUrl, type UrlState } from '../../src/lib/state/url';

const params = (query: string) => new URLSearchParams(query);
const known = {
  countries: new Set(['ESP', 'PRT', 'USA']),
  entities: new Set(['09', '14', '16', '20']),
  regions: new Set(['150', '039', '019']),
};

describe('region: UN M49 codes, the valid part kept', () => {
  it.each([
    ['150', ['150'], []],
    ['150,039', ['150', '039'], []],
    ['150,,999', ['150'], [',999']],
    ['150,', ['150'], ['']],
    ['999', [], ['999']],
    ['150,150', ['150'], ['150']],
  ])('region=%s opens %j and reports %j', (value, regions, dropped) => {
    const { state, rejected } = decodeUrl(params(`region=${value}`), known);
    expect(state.regions).toEqual(regions);
    expect(rejected.map(({ param, value }) => ({ param, value }))).toEqual(
      dropped.map((v) => ({ param: 'region', value: v })),
    );
  });

  it('round-trips through the address', () => {
    const url = encodeUrl(new URL('https://x.test/'), { ...DEFAULT_STATE, regions: ['150'] });
    expect(url.search).toBe('?region=150');
    expect(decodeUrl(url.searchParams, known).state.regions).toEqual(['150']);
  });
});

describe('the state in the URL', () => {
  it('reads every parameter', () => {
    const { state, rejected } = decodeUrl(
      params(
        'view=methods&embed=mexico&process=2020-2021&measure=eligible&country=ESP&entity=20&region=150&zoom=europe' +
          '&compare=2023-2024,2020-2021&coverage=same&multiples=country&sort=change&scale=independent&rank=entity&ranksort=abs' +
          '&theme=dark&lang=en',
      ),
      known,
    );
    expect(state).toEqual({
      page: 'methods',
      embed: 'mexico',
      flags: [],
      lang: 'en',
      theme: 'dark',
      process: '2020-2021',
      measure: 'eligible',
      countries: ['ESP'],
      entities: ['20'],
      regions: ['150'],
      zoom: 'europe',
      compare: ['2020-2021', '2023-2024'],
      coverage: 'same',
      multiples: 'country',
      sort: 'change',
      scale: 'independent',
      rank: 'entity',
      ranksort: 'abs',
      table: 'by_country',
      where: [],
      group: [],
      order: '',
    });
    expect(rejected).toEqual([]);
  });

  it('an empty query is the default view', () => {
    expect(decodeUrl(params(''))).toEqual({ state: DEFAULT_STATE, rejected: [] });
  });

  it.each([
    ['process', 'process', '2099-2100'],
    ['measure', 'measure', 'RECEIVED'],
    ['countries', 'country', 'esp'],
    ['countries', 'country', 'ATL'],
    ['countries', 'country', ''],
    ['entities', 'entity', '33'],
    ['entities', 'entity', '1'],
    ['regions', 'region', '999'],
    ['regions', 'region', '15'],
    ['regions', 'region', 'europe'],
    ['regions', 'region', ''],
    ['zoom', 'zoom', '<script>'],
    ['page', 'view', 'admin'],
    ['embed', 'embed', 'totals'],
    ['embed', 'embed', ''],
    ['compare', 'compare', '2023-2024'],
    ['compare', 'compare', '2020-2021,2020-2021'],
    ['compare', 'compare', '2017-2018,2099-2100'],
    ['compare', 'compare', ''],
    ['coverage', 'coverage', 'SAME'],
    ['multiples', 'multiples', 'cities'],
    ['sort', 'sort', 'name;drop'],
    ['scale', 'scale', 'log'],
    ['rank', 'rank', 'region'],
    ['rank', 'rank', 'COUNTRY'],
    ['rank', 'rank', ''],
    ['ranksort', 'ranksort', 'change'],
    ['ranksort', 'ranksort', '-rel'],
    ['ranksort', 'ranksort', 'rel;drop'],
    ['lang', 'lang', 'fr'],
    ['lang', 'lang', 'EN'],
    ['lang', 'lang', '<b>'],
  ] as const)('%s (%s=%s) falls back to the default and is reported', (field, param, value) => {
    const { state, rejected } = decodeUrl(params(`${param}=${encodeURIComponent(value)}&process=2017-2018`), known);
    expect(rejected.map((r) => ({ param: r.param, value: r.value }))).toEqual([{ param, value }]);
    expect(state[field]).toEqual(field === 'process' ? DEFAULT_STATE.process : DEFAULT_STATE[field]);
    if (field !== 'process') expect(state.process).toBe('2017-2018');
  });

  it.each([
    ['country=ESP,PRT', { countries: ['ESP', 'PRT'] }, []],
    ['country=PRT,ESP', { countries: ['PRT', 'ESP'] }, []],
    ['entity=14,16', { entities: ['14', '16'] }, []],
    ['country=ESP,ESP,PRT', { countries: ['ESP', 'PRT'] }, [{ param: 'country', value: 'ESP' }]],
    ['country=ESP,esp,ATL,PRT', { countries: ['ESP', 'PRT'] }, [{ param: 'country', value: 'esp,ATL' }]],
    ['entity=14,,16', { entities: ['14', '16'] }, [{ param: 'entity', value: '' }]],
    ['country=ESP,PRT&entity=20', { countries: ['ESP', 'PRT'], entities: ['20'] }, []],
  ] as const)('a list of places: %s', (query, expected, rejected) => {
    const decoded = decodeUrl(params(query), known);
    expect(decoded.state).toEqual({ ...DEFAULT_STATE, ...expected });
    expect(decoded.rejected.map(({ param, value }) => ({ param, value }))).toEqual(rejected);
  });

  it.each([
    ['country=ESP,ZZZ,esp,PRT', { unknown: ['ZZZ', 'esp'], repeated: [], empty: 0, overLimit: [] }],
    ['country=ESP,ESP,PRT,ESP,PRT', { unknown: [], repeated: ['ESP', 'PRT'], empty: 0, overLimit: [] }],
    ['entity=14,,16,', { unknown: [], repeated: [], empty: 2, overLimit: [] }],
    ['entity=14,16,20,09,14', { unknown: [], repeated: ['14'], empty: 0, overLimit: [] }],
  ] as const)('a list of places says why each item was left out: %s', (query, places) => {
    expect(decodeUrl(params(query), known).rejected[0].places).toEqual(places);
  });

  it('names the places past the limit, and a repeat among them as a repeat', () => {
    const { rejected } = decodeUrl(params('entity=01,02,03,04,05,06,07,08,09,10,10'));
    expect(rejected[0].places).toEqual({ unknown: [], repeated: ['10'], empty: 0, overLimit: ['09', '10'] });
  });

  it(`keeps at most ${MAX_PLACES} places of a kind, and reports the rest as one value`, () => {
    const codes = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
    const { state, rejected } = decodeUrl(params(`entity=${codes.join(',')}`));
    expect(state.entities).toEqual(codes.slice(0, MAX_PLACES));
    expect(rejected).toMatchObject([{ param: 'entity', value: codes.slice(MAX_PLACES).join(',') }]);
  });

  it('a hostile list makes one rejected value, not one per piece', () => {
    const { state, rejected } = decodeUrl(params(`country=${','.repeat(10_000)}`));
    expect(state.countries).toEqual([]);
    expect(rejected).toHaveLength(1);
  });

  it('ignores parameters it does not own, such as those pym.js adds to an embed', () => {
    expect(decodeUrl(params('childId=vmre&initialWidth=600&parentTitle=x&embed=world'))).toEqual({
      state: { ...DEFAULT_STATE, embed: 'world' },
      rejected: [],
    });
  });

  it('without known codes, only the form of a code is checked', () => {
    expect(decodeUrl(params('country=ATL&entity=32')).state).toMatchObject({ countries: ['ATL'], entities: ['32'] });
  });

  it('round-trips every state through a URL, leaving defaults out and other parameters alone', () => {
    const states: UrlState[] = [
      DEFAULT_STATE,
      { ...DEFAULT_STATE, process: '2017-2018', measure: 'received_sive', countries: ['USA'], zoom: 'europe' },
      { ...DEFAULT_STATE, entities: ['09'], embed: 'mexico' },
      { ...DEFAULT_STATE, page: 'methods' },
      { ...DEFAULT_STATE, embed: 'world', theme: 'dark' },
      { ...DEFAULT_STATE, lang: 'en', countries: ['ESP', 'PRT'], entities: ['14', '16'] },
      {
        page: 'explore',
        embed: 'world',
        flags: ['plain', 'static', 'transparent'],
        lang: 'en',
        theme: 'light',
        process: '2020-2021',
        measure: 'eligible',
        countries: ['ESP'],
        entities: ['20'],
        regions: ['150'],
        zoom: 'europe',
        compare: ['2017-2018', '2023-2024'],
        coverage: 'same',
        multiples: 'country',
        sort: 'change',
        scale: 'independent',
        rank: 'entity',
        ranksort: 'rel',
        table: 'by_entity',
        where: [
          { column: 'process', values: ['2023-2024'] },
          { column: 'entity_code', values: ['14', '16'] },
        ],
        group: ['process'],
        order: '-value',
      },
      { ...DEFAULT_STATE, page: 'data', table: 'breakdowns', group: ['process', 'dimension'] },
      { ...DEFAULT_STATE, ranksort: 'abs' },
      { ...DEFAULT_STATE, rank: 'entity', ranksort: 'name', coverage: 'same' },
      { ...DEFAULT_STATE, embed: 'comparison', entities: ['09'], compare: ['2020-2021', '2023-2024'] },
      { ...DEFAULT_STATE, embed: 'mexico', flags: ['static'] },
      { ...DEFAULT_STATE, embed: 'comparison', flags: ['plain', 'transparent'], theme: 'dark' },
    ];
    for (const state of states) {
      const url = encodeUrl(new URL('https://example.test/sub/?utm_source=x#top'), state);
      expect(url.searchParams.get('utm_source')).toBe('x');
      expect(url.hash).toBe('#top');
      expect(decodeUrl(url.searchParams, known)).toEqual({ state, rejected: [] });
    }
    expect(encodeUrl(new URL('https://example.test/?process=2017-2018&lang=es'), DEFAULT_STATE).search).toBe('');
  });

  it('writes the parameters in a stable order, the language last, as links have always had it', () => {
    const state: UrlState = { ...DEFAULT_STATE, embed: 'mexico', process: '2020-2021', countries: ['ESP'], lang: 'en' };
    expect(encodeUrl(new URL('https://example.test/vmre/'), state).search).toBe(
      '?embed=mexico&process=2020-2021&country=ESP&lang=en',
    );
    expect(encodeUrl(new URL('https://example.test/vmre/'), { ...state, countries: ['ESP', 'PRT'] }).search).toBe(
      '?embed=mexico&process=2020-2021&country=ESP,PRT&lang=en',
    );
  });

  it.each([
    ['table=by_planet', 'table', 'by_planet', { table: 'by_country' }],
    ['table=by_entity&where=country_iso3:ESP', 'where', 'country_iso3:ESP', { where: [] }],
    [
      'table=by_entity&where=process:2023-2024,<script>;note:x',
      'where',
      'process:<script>;note:x',
      { where: [{ column: 'process', values: ['2023-2024'] }] },
    ],
    ['table=by_entity&group=value,process', 'group', 'value', { group: ['process'] }],
    ['order=value;drop', 'order', 'value;drop', { order: '' }],
  ])('the data view: %s keeps the valid part and reports the rest', (query, param, value, part) => {
    const { state, rejected } = decodeUrl(params(query), known);
    expect(state).toMatchObject(part);
    expect(rejected).toEqual([{ param, value }]);
  });
});

describe('flags: the render flags of an embed', () => {
  it.each([
    ['plain', ['plain'], null],
    ['static,plain', ['plain', 'static'], null],
    ['transparent,static,plain', ['plain', 'static', 'transparent'], null],
    ['plain,plain', ['plain'], { unknown: [], repeated: ['plain'], empty: 0, overLimit: [] }],
    ['plain,,static', ['plain', 'static'], { unknown: [], repeated: [], empty: 1, overLimit: [] }],
    ['PLAIN,dark', [], { unknown: ['PLAIN', 'dark'], repeated: [], empty: 0, overLimit: [] }],
    ['static,<b>x</b>', ['static'], { unknown: ['<b>x</b>'], repeated: [], empty: 0, overLimit: [] }],
    ['', [], { unknown: [], repeated: [], empty: 1, overLimit: [] }],
  ])('in an embed, flags=%s opens %j and reports %j', (value, flags, dropped) => {
    const { state, rejected } = decodeUrl(params(`embed=world&flags=${encodeURIComponent(value)}`));
    expect(state.flags).toEqual(flags);
    expect(state.embed).toBe('world');
    expect(rejected.map((r) => r.places)).toEqual(dropped === null ? [] : [dropped]);
  });

  it('on the explorer they mean nothing: dropped whole, and reported as meant for embeds', () => {
    const { state, rejected } = decodeUrl(params('flags=plain&country=ESP'), known);
    expect(state.flags).toEqual([]);
    expect(state.countries).toEqual(['ESP']);
    expect(rejected).toEqual([{ param: 'flags', value: 'plain', reason: 'embedOnly' }]);
  });

  it('an embed with a bad embed name falls back to the explorer, and its flags with it', () => {
    const { state, rejected } = decodeUrl(params('embed=both&flags=static'));
    expect(state).toMatchObject({ embed: null, flags: [] });
    expect(rejected.map((r) => r.param)).toEqual(['embed', 'flags']);
  });

  it('are written in one order, as a list, after the embed', () => {
    const url = encodeUrl(new URL('https://x.test/embed.html'), {
      ...DEFAULT_STATE,
      embed: 'world',
      flags: ['plain', 'transparent'],
    });
    expect(url.search).toBe('?embed=world&flags=plain,transparent');
  });

  it('a link from an embed to the explorer leaves them behind', () => {
    const url = encodeUrl(new URL('https://x.test/embed.html?embed=world&flags=static&lang=en'), {
      ...DEFAULT_STATE,
      flags: ['static'],
      lang: 'en',
    });
    expect(url.search).toBe('?lang=en');
  });
});
