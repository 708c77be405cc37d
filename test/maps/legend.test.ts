import { describe, expect, it } from 'vitest';
import type { PlaceFigure } from '../../src/lib/data/mapQueries';
import { legendQualities, legendStatuses } from '../../src/lib/maps/legend';
import { MAPS } from '../../src/lib/maps/map.constants';

const place = (status: PlaceFigure['status'], quality: PlaceFigure['quality'] = null): PlaceFigure =>
  ({
    code: 'X',
    status,
    value: status === 'value' ? 1 : status === 'zero' ? 0 : null,
    quality,
    source: null,
    note: null,
    share: null,
    rank: null,
  }) as PlaceFigure;

describe('legendStatuses', () => {
  const cases: { name: string; map: 'world' | 'mexico'; places: PlaceFigure[]; expected: string[] }[] = [
    {
      name: 'world: counts only, when that is all it shows',
      map: 'world',
      places: [place('value')],
      expected: ['value'],
    },
    {
      name: 'world: zeros and unattributable figures when present, in that order',
      map: 'world',
      places: [place('notAttributable'), place('value'), place('zero')],
      expected: ['value', 'zero', 'notAttributable'],
    },
    {
      name: 'Mexico: every state an entity can be in, always',
      map: 'mexico',
      places: [place('value')],
      expected: ['value', 'zero', 'notApplicable', 'notReported'],
    },
    {
      name: 'Mexico: and unattributable figures when present, without repeating a zero',
      map: 'mexico',
      places: [place('zero'), place('notAttributable')],
      expected: ['value', 'zero', 'notApplicable', 'notReported', 'notAttributable'],
    },
  ];

  it.each(cases)('$name', ({ map, places, expected }) => {
    expect(legendStatuses(MAPS[map].legend, places)).toEqual(expected);
  });
});

describe('legendQualities', () => {
  const cases: { name: string; places: PlaceFigure[]; expected: string[] }[] = [
    { name: 'none when every figure is exact', places: [place('value', 'exact')], expected: [] },
    {
      name: 'uncertain before derived, each once',
      places: [place('value', 'derived'), place('value', 'uncertain'), place('value', 'derived')],
      expected: ['uncertain', 'derived'],
    },
  ];

  it.each(cases)('$name', ({ places, expected }) => {
    expect(legendQualities(places)).toEqual(expected);
  });
});
