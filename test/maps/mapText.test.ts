import { describe, expect, it } from 'vitest';
import type { MapFigures, PlaceFigure } from '../../src/lib/data/mapQueries';
import { translator } from '../../src/lib/i18n/translate';
import { placeLabel, statusText, summarize } from '../../src/lib/maps/mapText';

const place = (code: string, value: number | null, extra: Partial<PlaceFigure> = {}): PlaceFigure =>
  ({
    code,
    status: value === null ? 'notReported' : value === 0 ? 'zero' : 'value',
    value,
    quality: value === null ? null : 'exact',
    source: 's',
    note: null,
    share: value === null ? null : value / 1000,
    rank: null,
    ...extra,
  }) as PlaceFigure;

const names: Record<string, string> = { A: 'Alfa', B: 'Beta', C: 'Gamma', D: 'Delta', E: 'Épsilon' };
const name = (code: string) => names[code];
const es = translator('es');
const en = translator('en');

function view(places: PlaceFigure[], extra: Partial<MapFigures> = {}): MapFigures {
  return {
    process: '2023-2024',
    measure: 'received',
    cutoffDate: '2023-11-30',
    unavailable: null,
    places,
    denominator: { value: 1000, quality: 'exact', source: 's', note: null },
    remainder: null,
    attributed: null,
    ...extra,
  };
}

describe('statusText and placeLabel', () => {
  it('give the number, or the state instead of a number', () => {
    expect(statusText(place('A', 1234), es, 'es')).toBe('1,234');
    expect(statusText(place('A', 0), en, 'en')).toBe('0');
    expect(statusText(place('A', null, { status: 'notApplicable' }), es, 'es')).toBe('No aplica');
    expect(statusText(place('A', null, { status: 'notAttributable' }), en, 'en')).toBe('Not attributable');
  });

  it('labels a place with its share, rank and a non-exact quality', () => {
    const p = place('A', 701, { share: 0.701, rank: 1, quality: 'derived' });
    expect(placeLabel(p, 'Alfa', 5, es, 'es')).toBe('Alfa: 701 (70.1% del total, puesto 1 de 5, derivado)');
    expect(placeLabel(place('B', null), 'Beta', 5, en, 'en')).toBe('Beta: Not reported');
  });
});

describe('summarize', () => {
  it('names the largest place and the next two, largest first', () => {
    const text = summarize(
      view([place('C', 50), place('A', 700), place('B', 200), place('D', 50)]),
      name,
      null,
      es,
      'es',
    );
    expect(text).toBe('Alfa concentra 70.0% del total (700 de 1,000). Le siguen Beta (20.0%) y Gamma (5.0%).');
  });

  it('flags derived figures where they are quoted, and counts the gaps', () => {
    const text = summarize(
      view([
        place('A', 700, { quality: 'derived' }),
        place('B', 200),
        place('C', null),
        place('D', null, { status: 'notApplicable' }),
      ]),
      name,
      null,
      en,
      'en',
    );
    expect(text).toContain('Alfa (derived) accounts for 70.0% of the total');
    expect(text).toContain('One entity without a vote from abroad');
    expect(text).toContain('One entity not itemized by the report');
  });

  it('with a selection, opens with how much of it could be attributed', () => {
    const partial = view([place('A', 600), place('B', null, { status: 'notAttributable' })], { attributed: 600 });
    expect(summarize(partial, name, { kind: 'entity', name: 'Oaxaca' }, es, 'es')).toMatch(
      /^Oaxaca: 1,000 solicitudes, de las cuales 600 se pueden atribuir a un lugar\. Alfa concentra 60\.0% de las solicitudes de personas originarias de Oaxaca/,
    );
    const full = view([place('A', 1000)], { attributed: 1000 });
    expect(summarize(full, name, { kind: 'country', name: 'Spain' }, en, 'en')).toMatch(
      /^Spain: 1,000 requests, all attributed to a place\. Alfa accounts for 100\.0% of the requests from Spain/,
    );
  });

  it('says so when there is nothing to rank', () => {
    expect(summarize(view([place('A', null)]), name, null, es, 'es')).toBe('No hay cifras que mostrar en este mapa.');
  });
});
