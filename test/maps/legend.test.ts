import { describe, expect, it } from 'vitest';
import type { PlaceFigure } from '../../src/lib/data/mapQueries';
import {
  legendQualities,
  legendStatuses,
  presentStatuses,
  SIZE_LABEL_PX,
  sizeLegendLayout,
} from '../../src/lib/maps/legend';
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

describe('presentStatuses: what an exported image explains', () => {
  const cases: { name: string; map: 'world' | 'mexico'; places: PlaceFigure[]; expected: string[] }[] = [
    {
      name: 'Mexico with counts only: no "not applicable" or "not reported" when neither appears',
      map: 'mexico',
      places: [place('value'), place('value')],
      expected: ['value'],
    },
    {
      name: 'Mexico: the states shown, in the legend order, each once',
      map: 'mexico',
      places: [place('notReported'), place('value'), place('notAttributable'), place('notReported')],
      expected: ['value', 'notReported', 'notAttributable'],
    },
    {
      name: 'Mexico filtered to a country with gaps only: no "with requests" entry',
      map: 'mexico',
      places: [place('notApplicable'), place('zero')],
      expected: ['zero', 'notApplicable'],
    },
    {
      name: 'world: a state its legend never lists stays out',
      map: 'world',
      places: [place('value'), place('notReported')],
      expected: ['value'],
    },
    { name: 'no places, no states', map: 'world', places: [], expected: [] },
  ];

  it.each(cases)('$name', ({ map, places, expected }) => {
    expect(presentStatuses(MAPS[map].legend, places)).toEqual(expected);
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

describe('sizeLegendLayout', () => {
  const cases = [
    { name: 'world: a large circle and a small one', sizes: [20_000, 2_000], radius: (v: number) => Math.sqrt(v) / 5 },
    { name: 'Mexico: small circles', sizes: [1_000, 100], radius: (v: number) => Math.sqrt(v) / 3 },
    { name: 'one circle of 1', sizes: [1], radius: () => 1.5 },
    { name: 'six-digit labels', sizes: [150_000, 10_000], radius: (v: number) => Math.sqrt(v) / 20 },
  ];
  for (const c of cases) {
    it(`${c.name}: every label and circle lies inside the box`, () => {
      const layout = sizeLegendLayout(
        c.sizes.map((value) => ({ value, label: value.toLocaleString('en-US'), r: c.radius(value) })),
      );
      for (const s of layout.circles) {
        // A label is centred on its tick (dy 0.35em): half a line above and below it.
        expect(s.tickY - SIZE_LABEL_PX / 2, `top of ${s.label}`).toBeGreaterThanOrEqual(0);
        expect(s.tickY + SIZE_LABEL_PX / 2, `bottom of ${s.label}`).toBeLessThanOrEqual(layout.height);
        // Digits and commas are at most 0.62 em wide in the sans fonts the page uses.
        expect(s.labelX + s.label.length * 0.62 * SIZE_LABEL_PX, `end of ${s.label}`).toBeLessThanOrEqual(layout.width);
        expect(s.cy - s.r).toBeGreaterThanOrEqual(0);
        expect(s.cy + s.r).toBeLessThanOrEqual(layout.height);
      }
      expect(SIZE_LABEL_PX).toBeGreaterThanOrEqual(11);
    });
  }
});
