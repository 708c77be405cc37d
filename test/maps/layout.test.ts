import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlaceFigure } from '../../src/lib/data/mapQueries';
import { keyboardOrder, keyStep, pointFinder, symbolLayout } from '../../src/lib/maps/layout';
import { GAP_RADIUS, ZERO_RADIUS } from '../../src/lib/maps/mapStyle';
import { symbolScale } from '../../src/lib/maps/symbolScale';

const place = (code: string, value: number | null, status: PlaceFigure['status'] = 'value'): PlaceFigure =>
  ({
    code,
    status: value === 0 ? 'zero' : status,
    value,
    quality: value === null ? null : 'exact',
    source: null,
    note: null,
    share: null,
    rank: null,
  }) as PlaceFigure;
const gap = (code: string, status: PlaceFigure['status']) => place(code, null, status);

/** Every place at a point of its own, from its code. */
const pointOf = (code: string): [number, number] => [code.charCodeAt(0), code.length];
/** Largest radius 20 for a count of 400: 100 → 10. */
const scale = symbolScale(400, 20);

describe('symbolLayout', () => {
  const cases: {
    name: string;
    places: PlaceFigure[];
    focusOn: 'shape' | 'symbol';
    expected: [string, number][];
  }[] = [
    {
      name: 'sizes by count, largest first',
      places: [place('A', 100), place('B', 400)],
      focusOn: 'symbol',
      expected: [
        ['B', 20],
        ['A', 10],
      ],
    },
    {
      name: 'a true zero and an unattributable figure get small fixed circles, not a count’s',
      places: [place('Z', 0), gap('X', 'notAttributable'), place('A', 100)],
      focusOn: 'shape',
      expected: [
        ['A', 10],
        ['X', GAP_RADIUS],
        ['Z', ZERO_RADIUS],
      ],
    },
    {
      name: 'ties in ASCII code order, not the locale’s',
      places: [place('b', 100), place('a', 100), place('B', 100)],
      focusOn: 'symbol',
      expected: [
        ['B', 10],
        ['a', 10],
        ['b', 10],
      ],
    },
    {
      name: 'gaps without a circle are left out where shapes take focus',
      places: [gap('N', 'notApplicable'), gap('R', 'notReported'), place('A', 100)],
      focusOn: 'shape',
      expected: [['A', 10]],
    },
    {
      name: 'and kept, smallest and last, where symbols take focus',
      places: [gap('R', 'notReported'), gap('N', 'notApplicable'), place('A', 100)],
      focusOn: 'symbol',
      expected: [
        ['A', 10],
        ['N', 0],
        ['R', 0],
      ],
    },
    {
      name: 'a place without a point is left out',
      places: [place('A', 100), place('NOWHERE', 400)],
      focusOn: 'symbol',
      expected: [['A', 10]],
    },
  ];

  it.each(cases)('$name', ({ places, focusOn, expected }) => {
    const symbols = symbolLayout(places, (code) => (code === 'NOWHERE' ? null : pointOf(code)), scale, focusOn);
    expect(symbols.map((s) => [s.place.code, s.r])).toEqual(expected);
    for (const s of symbols) expect([s.x, s.y]).toEqual(pointOf(s.place.code));
  });
});

describe('keyboardOrder', () => {
  const cases: { name: string; places: PlaceFigure[]; focusable: string[]; expected: string[] }[] = [
    {
      name: 'largest value first, then zeros, then gaps',
      places: [gap('G', 'notReported'), place('S', 5), place('Z', 0), place('L', 500)],
      focusable: ['G', 'S', 'Z', 'L'],
      expected: ['L', 'S', 'Z', 'G'],
    },
    {
      name: 'ties and gaps in ASCII code order',
      places: [gap('b', 'notApplicable'), gap('B', 'notReported'), place('y', 7), place('X', 7)],
      focusable: ['b', 'B', 'y', 'X'],
      expected: ['X', 'y', 'B', 'b'],
    },
    {
      name: 'only places that have something to focus',
      places: [place('A', 3), place('B', 2), place('C', 1)],
      focusable: ['C', 'A'],
      expected: ['A', 'C'],
    },
    { name: 'nothing to visit', places: [place('A', 3)], focusable: [], expected: [] },
  ];

  it.each(cases)('$name', ({ places, focusable, expected }) => {
    expect(keyboardOrder(places, new Set(focusable))).toEqual(expected);
  });
});

describe('keyStep', () => {
  const cases: { name: string; key: string; i: number; count: number; expected: number | null }[] = [
    { name: 'right and down go to the next place', key: 'ArrowRight', i: 1, count: 5, expected: 2 },
    { name: 'down too', key: 'ArrowDown', i: 1, count: 5, expected: 2 },
    { name: 'left and up go back', key: 'ArrowUp', i: 1, count: 5, expected: 0 },
    { name: 'the last place stays the last', key: 'ArrowRight', i: 4, count: 5, expected: 4 },
    { name: 'the first stays the first', key: 'ArrowLeft', i: 0, count: 5, expected: 0 },
    { name: 'Home and End jump to the ends', key: 'End', i: 1, count: 5, expected: 4 },
    { name: 'Home', key: 'Home', i: 3, count: 5, expected: 0 },
    { name: 'other keys do not move', key: 'Enter', i: 1, count: 5, expected: null },
    { name: 'nowhere to go on an empty map', key: 'ArrowRight', i: -1, count: 0, expected: null },
  ];
  it.each(cases)('$name', ({ key, i, count, expected }) => expect(keyStep(key, i, count)).toBe(expected));
});

describe('pointFinder', () => {
  const square: Feature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0, 2],
          [2, 2],
          [2, 0],
          [0, 0],
        ],
      ],
    },
  };
  const pointAt = pointFinder(
    new Map<string, [number, number]>([
      ['ANCHORED', [10, 20]],
      ['OFFMAP', [999, 0]],
    ]),
    new Map([
      ['ANCHORED', square],
      ['OFFMAP', square],
      ['SHAPE', square],
    ]),
    ([lon, lat]) => (lon > 180 ? [NaN, NaN] : [lon * 2, lat * 2]),
    () => [1, 1],
  );
  const cases: { name: string; code: string; expected: [number, number] | null }[] = [
    { name: 'its anchor, projected', code: 'ANCHORED', expected: [20, 40] },
    { name: 'the centroid of its shape when the anchor does not project', code: 'OFFMAP', expected: [1, 1] },
    { name: 'the centroid of its shape without an anchor', code: 'SHAPE', expected: [1, 1] },
    { name: 'nowhere without either', code: 'NONE', expected: null },
  ];

  it.each(cases)('$name', ({ code, expected }) => {
    expect(pointAt(code)).toEqual(expected);
  });
});
