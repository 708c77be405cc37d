import { describe, expect, it } from 'vitest';
import type { Measure, Process } from '../../src/lib/data/schema';
import type { MeasureAvailability } from '../../src/lib/data/mapQueries';
import { reconcile, type DataFacts, type Notice } from '../../src/lib/state/rules';
import { DEFAULT_STATE, type UrlState } from '../../src/lib/state/url';

/**
 * A small made-up dataset, so each rule is seen alone: 2023-24 draws `received` on both maps and
 * `eligible` by entity only; 2020-21 draws `received` on both; 2017-18 draws the request types by
 * country and nothing of `eligible`. Countries listed: ESP and USA everywhere, PRT only in 2023-24.
 */
const availability: Record<Process, MeasureAvailability[]> = {
  '2023-2024': [
    { measure: 'received', world: true, mexico: true },
    { measure: 'eligible', world: false, mexico: true },
    { measure: 'received_siilnere', world: false, mexico: false },
    { measure: 'received_sive', world: false, mexico: false },
  ],
  '2020-2021': [
    { measure: 'received', world: true, mexico: true },
    { measure: 'eligible', world: false, mexico: false },
    { measure: 'received_siilnere', world: false, mexico: false },
    { measure: 'received_sive', world: false, mexico: false },
  ],
  '2017-2018': [
    { measure: 'received', world: false, mexico: true },
    { measure: 'eligible', world: false, mexico: false },
    { measure: 'received_siilnere', world: true, mexico: true },
    { measure: 'received_sive', world: true, mexico: true },
  ],
};
const listed: Record<Process, string[]> = {
  '2023-2024': ['ESP', 'PRT', 'USA'],
  '2020-2021': ['ESP', 'USA'],
  '2017-2018': ['ESP', 'USA'],
};
const facts: DataFacts = {
  known: { countries: new Set(['ESP', 'PRT', 'USA']), entities: new Set(['14', '16']) },
  availability: (process) => availability[process],
  countryListed: (process: Process, _measure: Measure, country: string) => listed[process].includes(country),
};

const state = (patch: Partial<UrlState>): UrlState => ({ ...DEFAULT_STATE, ...patch });

describe('the fallback rules', () => {
  it.each<[string, Partial<UrlState>, Partial<UrlState>, Notice[]]>([
    ['the default view is left alone', {}, {}, []],
    [
      'a measure the process cannot draw on either map falls back to received, and says so',
      { process: '2020-2021', measure: 'eligible' },
      { process: '2020-2021', measure: 'received' },
      [{ kind: 'measureFallback', measure: 'eligible', process: '2020-2021', fallback: 'received' }],
    ],
    [
      'a measure one map can draw stays',
      { measure: 'eligible', countries: ['ESP'] },
      { measure: 'eligible', countries: ['ESP'] },
      [],
    ],
    [
      'a country the process does not list is dropped, and named',
      { process: '2020-2021', countries: ['PRT'] },
      { process: '2020-2021', countries: [] },
      [{ kind: 'selectionDropped', countries: ['PRT'], process: '2020-2021' }],
    ],
    [
      'of several countries only the unlisted ones are dropped, in one notice',
      { process: '2020-2021', countries: ['PRT', 'ESP'] },
      { process: '2020-2021', countries: ['ESP'] },
      [{ kind: 'selectionDropped', countries: ['PRT'], process: '2020-2021' }],
    ],
    [
      'a country waits while the world map draws nothing (2017-18 received is by entity only)',
      { process: '2017-2018', countries: ['PRT'] },
      { process: '2017-2018', countries: ['PRT'] },
      [],
    ],
    [
      'the fallback measure decides whether a country is listed',
      { process: '2020-2021', measure: 'received_sive', countries: ['PRT'] },
      { process: '2020-2021', measure: 'received', countries: [] },
      [
        { kind: 'measureFallback', measure: 'received_sive', process: '2020-2021', fallback: 'received' },
        { kind: 'selectionDropped', countries: ['PRT'], process: '2020-2021' },
      ],
    ],
    [
      'several countries are kept, in the order chosen, without a notice',
      { countries: ['PRT', 'ESP'] },
      { countries: ['PRT', 'ESP'] },
      [],
    ],
    ['several entities likewise', { entities: ['16', '14'] }, { entities: ['16', '14'] }, []],
    [
      'one entity and one country are one place each',
      { countries: ['ESP'], entities: ['14'] },
      { countries: ['ESP'], entities: ['14'] },
      [],
    ],
  ])('%s', (_name, given, expected, notices) => {
    const result = reconcile(state(given), facts);
    expect(result.state).toEqual(state(expected));
    expect(result.notices).toEqual(notices);
  });

  it('never changes what it was given', () => {
    const given = state({ process: '2020-2021', measure: 'eligible', countries: ['PRT'] });
    const copy = structuredClone(given);
    reconcile(given, facts);
    expect(given).toEqual(copy);
  });
});
