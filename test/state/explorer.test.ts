import { describe, expect, it } from 'vitest';
import { ExplorerState } from '../../src/lib/state/explorer.svelte';
import type { History } from '../../src/lib/state/history';
import type { MeasureAvailability } from '../../src/lib/data/mapQueries';
import type { DataFacts } from '../../src/lib/state/rules';
import { MAX_PLACES } from '../../src/lib/state/url';

/** A history that records what the state did to it, and can go back like a browser. */
function fakeHistory(start: string) {
  const entries = [start];
  let index = 0;
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  const history: History = {
    get href() {
      return entries[index];
    },
    push(href) {
      entries.splice(index + 1, Infinity, href);
      index += 1;
      calls.push(`push ${href}`);
    },
    replace(href) {
      entries[index] = href;
      calls.push(`replace ${href}`);
    },
    listen(onchange) {
      listeners.add(onchange);
      return () => listeners.delete(onchange);
    },
  };
  const back = () => {
    index -= 1;
    listeners.forEach((l) => l());
  };
  return { history, calls, back, listeners };
}

const both: MeasureAvailability[] = [
  { measure: 'received', world: true, mexico: true },
  { measure: 'eligible', world: false, mexico: true },
  { measure: 'received_siilnere', world: false, mexico: false },
  { measure: 'received_sive', world: false, mexico: false },
];
const facts: DataFacts = {
  known: { countries: new Set(['ESP', 'PRT', 'USA']), entities: new Set(['14', '16', '20']) },
  availability: () => both,
  countryListed: (_p, _m, country) => country !== 'PRT',
};

const BASE = 'https://example.test/vmre/';

describe('the explorer state', () => {
  it('is built from a URL string alone, without a browser', () => {
    const state = new ExplorerState(`${BASE}?process=2020-2021&country=ESP,USA&entity=14&lang=en&view=methods`);
    expect(state.process).toBe('2020-2021');
    expect(state.countries).toEqual(['ESP', 'USA']);
    expect(state.country).toBe('ESP');
    expect(state.entity).toBe('14');
    expect(state.lang).toBe('en');
    expect(state.page).toBe('methods');
    expect(state.notices).toEqual([]);
  });

  it('says what the address asked for and cannot be shown once the data is there, not before', () => {
    const state = new ExplorerState(`${BASE}?process=2031-2032&country=ATL,ESP&measure=received_sive&lang=fr`);
    expect(state.countries).toEqual(['ATL', 'ESP']);
    state.useData(facts);
    expect(state.countries).toEqual(['ESP']);
    expect(state.measure).toBe('received');
    expect(state.notices.map((n) => n.notice)).toEqual([
      { kind: 'rejected', param: 'process', value: '2031-2032' },
      { kind: 'placesDropped', param: 'country', dropped: { unknown: ['ATL'], repeated: [], empty: 0, overLimit: [] } },
      { kind: 'rejected', param: 'lang', value: 'fr' },
      { kind: 'measureFallback', measure: 'received_sive', process: '2023-2024', fallback: 'received' },
    ]);
  });

  it('a click is an intent: the state changes, the rules apply and the address is pushed once', () => {
    const { history, calls } = fakeHistory(BASE);
    const state = new ExplorerState(BASE);
    state.connect(history);
    state.useData(facts);
    state.selectCountry('ESP');
    expect(state.country).toBe('ESP');
    expect(calls).toEqual([`push ${BASE}?country=ESP`]);
    state.selectCountry('ESP');
    expect(calls).toHaveLength(1);
    state.selectCountry(null);
    expect(state.countries).toEqual([]);
    expect(calls.at(-1)).toBe(`push ${BASE}`);
  });

  it('a selection that the process does not list is dropped with a notice', () => {
    const state = new ExplorerState(BASE);
    state.useData(facts);
    state.selectCountry('PRT');
    expect(state.countries).toEqual([]);
    expect(state.notices.map((n) => n.notice)).toEqual([
      { kind: 'selectionDropped', countries: ['PRT'], process: '2023-2024' },
    ]);
  });

  it('the same notice is said once while it is shown, and again after it was dismissed', () => {
    const state = new ExplorerState(BASE);
    state.useData(facts);
    state.selectCountry('PRT');
    state.selectCountry('PRT');
    expect(state.notices).toHaveLength(1);
    state.dismissNotice(state.notices[0].id);
    expect(state.notices).toEqual([]);
    state.selectCountry('PRT');
    expect(state.notices).toHaveLength(1);
  });

  it('holds several places: toggling adds and removes, in order, up to the limit', () => {
    const state = new ExplorerState(BASE);
    state.toggle('entity', '14');
    state.toggle('entity', '16');
    expect(state.entities).toEqual(['14', '16']);
    expect(new URL(state.href).search).toBe('?entity=14,16');
    state.toggle('entity', '14');
    expect(state.entities).toEqual(['16']);
    state.deselect('entity', '16');
    expect(state.entities).toEqual([]);
    const codes = Array.from({ length: MAX_PLACES + 2 }, (_, i) => String(i + 1).padStart(2, '0'));
    for (const code of codes) state.toggle('entity', code);
    expect(state.entities).toEqual(codes.slice(0, MAX_PLACES));
    state.select('entity', '20');
    expect(state.entities).toEqual(['20']);
  });

  it('back and forward re-read the address and announce nothing again', () => {
    const { history, back } = fakeHistory(`${BASE}?process=2031-2032`);
    const state = new ExplorerState(history.href);
    state.connect(history);
    state.useData(facts);
    expect(state.notices).toHaveLength(1);
    state.setProcess('2020-2021');
    state.selectEntity('14');
    back();
    expect(state.process).toBe('2020-2021');
    expect(state.entity).toBeNull();
    back();
    expect(state.process).toBe('2023-2024');
    expect(state.notices).toHaveLength(1);
  });

  it('the language replaces the history entry; pages and views push, other parameters keep their place', () => {
    const { history, calls } = fakeHistory(BASE);
    const state = new ExplorerState(BASE);
    state.connect(history);
    state.setLang('en');
    state.navigate('methods');
    state.setZoom('europe');
    expect(calls).toEqual([
      `replace ${BASE}?lang=en`,
      `push ${BASE}?lang=en&view=methods`,
      `push ${BASE}?lang=en&view=methods&zoom=europe`,
    ]);
  });

  it('the ranking of change: which places and what order, each a pushed address, defaults left out', () => {
    const { history, calls } = fakeHistory(BASE);
    const state = new ExplorerState(BASE);
    state.connect(history);
    expect([state.rank, state.ranksort]).toEqual(['country', 'level']);
    state.setRankSort('rel');
    state.setRank('entity');
    expect([state.rank, state.ranksort]).toEqual(['entity', 'rel']);
    state.setRank('country');
    state.setRankSort('level');
    expect(calls).toEqual([
      `push ${BASE}?ranksort=rel`,
      `push ${BASE}?ranksort=rel&rank=entity`,
      `push ${BASE}?ranksort=rel`,
      `push ${BASE}`,
    ]);
  });

  it('keeps at least two processes compared', () => {
    const state = new ExplorerState(`${BASE}?compare=2020-2021,2023-2024`);
    state.setCompared('2020-2021', false);
    expect(state.compare).toEqual(['2020-2021', '2023-2024']);
    state.setCompared('2017-2018', true);
    expect(state.compare).toEqual(['2017-2018', '2020-2021', '2023-2024']);
    state.setCompared('2020-2021', false);
    expect(state.compare).toEqual(['2017-2018', '2023-2024']);
  });

  it('links: clean and absolute to share, or within the page keeping the address’s other parameters', () => {
    const state = new ExplorerState(`${BASE}?country=ESP&utm_source=news&childId=x#top`);
    expect(state.link({ embed: 'world' })).toBe(`${BASE}embed.html?embed=world&country=ESP`);
    expect(state.link({ page: 'methods' }, { keepForeign: true })).toBe(
      '/vmre/?country=ESP&utm_source=news&childId=x&view=methods',
    );
    expect(state.link()).toBe(`${BASE}?country=ESP`);
  });

  it('embeds link to embed.html, everything else to the site’s index, from either page', () => {
    const cases = [
      { from: `${BASE}embed.html?embed=mexico&country=ESP`, patch: { embed: null }, to: `${BASE}?country=ESP` },
      {
        from: `${BASE}embed.html?embed=mexico&country=ESP`,
        patch: {},
        to: `${BASE}embed.html?embed=mexico&country=ESP`,
      },
      { from: `${BASE}index.html?country=ESP`, patch: {}, to: `${BASE}?country=ESP` },
      {
        from: `${BASE}index.html?country=ESP`,
        patch: { embed: 'comparison' },
        to: `${BASE}embed.html?embed=comparison&country=ESP`,
      },
      // The old form of an embed's address still works, and its links move to the new one.
      { from: `${BASE}?embed=world`, patch: {}, to: `${BASE}embed.html?embed=world` },
    ] as const;
    for (const { from, patch, to } of cases) expect(new ExplorerState(from).link(patch)).toBe(to);
    expect(
      new ExplorerState(`${BASE}embed.html?embed=world&utm_source=x`).link({ embed: null }, { keepForeign: true }),
    ).toBe('/vmre/?utm_source=x');
  });

  it('connecting to a history whose address differs reads that address', () => {
    const { history } = fakeHistory(`${BASE}?entity=20`);
    const state = new ExplorerState(BASE);
    state.connect(history);
    expect(state.entity).toBe('20');
  });
});

describe('a selected region', () => {
  const withRegions: DataFacts = {
    ...facts,
    known: { ...facts.known, regions: new Set(['150', '039', '019']) },
    regionMembers: (code) => ({ '150': ['ESP', 'PRT'], '039': ['ESP', 'PRT'], '019': ['USA'] })[code] ?? [],
  };

  it.each([
    ['region=150', ['ESP', 'PRT']],
    ['region=019', ['USA']],
    ['region=150,019', ['ESP', 'PRT', 'USA']],
    ['country=USA&region=150', ['USA', 'ESP', 'PRT']],
    ['region=150,,999', ['ESP', 'PRT']],
    ['', []],
  ])('%s stands for the countries %j', (query, countries) => {
    const state = new ExplorerState(`${BASE}?${query}`);
    state.useData(withRegions);
    expect(state.selectedCountries).toEqual(countries);
  });

  it('an unknown code or an empty item is named in a notice; the valid part opens', () => {
    const state = new ExplorerState(`${BASE}?region=150,,999`);
    state.useData(withRegions);
    expect(state.regions).toEqual(['150']);
    expect(state.notices.map((n) => n.notice)).toContainEqual({
      kind: 'placesDropped',
      param: 'region',
      dropped: { unknown: ['999'], repeated: [], empty: 1, overLimit: [] },
    });
  });

  it('selecting a region replaces the selected countries, and a country replaces the region', () => {
    const { history } = fakeHistory(`${BASE}?country=USA`);
    const state = new ExplorerState(history.href);
    state.connect(history);
    state.useData(withRegions);
    state.selectRegion('150');
    expect(state.countries).toEqual([]);
    expect(state.region).toBe('150');
    expect(history.href).toBe(`${BASE}?region=150`);
    state.selectCountry('USA');
    expect(state.regions).toEqual([]);
    expect(state.selectedCountries).toEqual(['USA']);
    state.selectRegion('039');
    state.selectRegion(null);
    expect(state.selectedCountries).toEqual([]);
  });
});
