import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, decodeState, encodeState, type ExplorerState } from '../../src/lib/state/explorerState';

const params = (query: string) => new URLSearchParams(query);
const known = { countries: new Set(['ESP', 'USA']), entities: new Set(['09', '20']) };

describe('explorer state in the URL', () => {
  it('reads every parameter', () => {
    const { state, rejected } = decodeState(
      params(
        'view=methods&embed=mexico&process=2020-2021&measure=eligible&country=ESP&entity=20&zoom=europe' +
          '&compare=2023-2024,2020-2021&coverage=same&multiples=country&sort=change&scale=independent',
      ),
      known,
    );
    expect(state).toEqual({
      view: 'methods',
      embed: 'mexico',
      process: '2020-2021',
      measure: 'eligible',
      country: 'ESP',
      entity: '20',
      zoom: 'europe',
      compare: ['2020-2021', '2023-2024'],
      coverage: 'same',
      multiples: 'country',
      sort: 'change',
      scale: 'independent',
    });
    expect(rejected).toEqual([]);
  });

  it('an empty query is the default view', () => {
    expect(decodeState(params(''))).toEqual({ state: DEFAULT_STATE, rejected: [] });
  });

  it.each([
    ['process', '2099-2100'],
    ['measure', 'RECEIVED'],
    ['country', 'esp'],
    ['country', 'ATL'],
    ['entity', '33'],
    ['entity', '1'],
    ['zoom', '<script>'],
    ['view', 'admin'],
    ['embed', 'totals'],
    ['embed', ''],
    ['compare', '2023-2024'],
    ['compare', '2020-2021,2020-2021'],
    ['compare', '2017-2018,2099-2100'],
    ['compare', ''],
    ['coverage', 'SAME'],
    ['multiples', 'cities'],
    ['sort', 'name;drop'],
    ['scale', 'log'],
  ] as const)('%s=%s falls back to the default and is reported', (param, value) => {
    const { state, rejected } = decodeState(params(`${param}=${encodeURIComponent(value)}&process=2017-2018`), known);
    expect(rejected).toEqual([{ param, value }]);
    expect(state[param]).toBe(param === 'process' ? DEFAULT_STATE.process : DEFAULT_STATE[param]);
    if (param !== 'process') expect(state.process).toBe('2017-2018');
  });

  it('ignores parameters it does not own, such as those pym.js adds to an embed', () => {
    expect(decodeState(params('childId=vmre&initialWidth=600&parentTitle=x&embed=world'))).toEqual({
      state: { ...DEFAULT_STATE, embed: 'world' },
      rejected: [],
    });
  });

  it('without known codes, only the form of a code is checked', () => {
    expect(decodeState(params('country=ATL&entity=32')).state).toMatchObject({ country: 'ATL', entity: '32' });
  });

  it('round-trips every state through a URL, leaving defaults out and other parameters alone', () => {
    const states: ExplorerState[] = [
      DEFAULT_STATE,
      { ...DEFAULT_STATE, process: '2017-2018', measure: 'received_sive', country: 'USA', zoom: 'europe' },
      { ...DEFAULT_STATE, entity: '09', embed: 'mexico' },
      { ...DEFAULT_STATE, view: 'methods' },
      {
        view: 'explore',
        embed: 'world',
        process: '2020-2021',
        measure: 'eligible',
        country: 'ESP',
        entity: '20',
        zoom: 'europe',
        compare: ['2017-2018', '2023-2024'],
        coverage: 'same',
        multiples: 'country',
        sort: 'change',
        scale: 'independent',
      },
      { ...DEFAULT_STATE, embed: 'comparison', entity: '09', compare: ['2020-2021', '2023-2024'] },
    ];
    for (const state of states) {
      const url = encodeState(new URL('https://example.test/sub/?lang=en#top'), state);
      expect(url.searchParams.get('lang')).toBe('en');
      expect(url.hash).toBe('#top');
      expect(decodeState(url.searchParams, known).state).toEqual(state);
    }
    expect(encodeState(new URL('https://example.test/?process=2017-2018'), DEFAULT_STATE).search).toBe('');
  });
});
