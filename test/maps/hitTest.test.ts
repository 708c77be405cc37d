import { geoPath } from 'd3-geo';
import { beforeAll, describe, expect, it } from 'vitest';
import { countryFigures, type PlaceFigure } from '../../src/lib/data/mapQueries';
import { fitToWidth } from '../../src/lib/maps/frame';
import {
  decideHit,
  hitIndex,
  hitTargets,
  MAX_CHOICES,
  toMapPoint,
  TOUCH_RADIUS,
  type Candidate,
  type Hit,
  type HitTarget,
} from '../../src/lib/maps/hitTest';
import { pointFinder, symbolLayout } from '../../src/lib/maps/layout';
import { MAPS } from '../../src/lib/maps/map.constants';
import { ZERO_RADIUS } from '../../src/lib/maps/mapStyle';
import { maxRadiusFor, symbolScale } from '../../src/lib/maps/symbolScale';
import { committedGeometry } from '../helpers/geometry';
import { loadPublished } from '../helpers/publishedData';

/** What a tap at (x, y) does on these targets, as the map decides it. */
const tap = (targets: readonly HitTarget[], x: number, y: number, shapeUnder: string | null = null): Hit =>
  decideHit(hitIndex(targets).near(x, y, TOUCH_RADIUS), shapeUnder);

describe('a tap on the world map of a 360 px phone (2023-24 requests, real projected positions)', () => {
  // The map's width in a 360 px viewport, less the page's margins.
  const WIDTH = 328;
  let targets: HitTarget[];
  const at = (code: string) => {
    const t = targets.find((s) => s.code === code);
    if (!t) throw new Error(`no symbol for ${code}`);
    return t;
  };
  const between = (a: string, b: string): [number, number] => [(at(a).x + at(b).x) / 2, (at(a).y + at(b).y) / 2];

  beforeAll(async () => {
    const data = await loadPublished();
    const world = await committedGeometry('world');
    const view = countryFigures(data.tables, { process: '2023-2024', measure: 'received' });
    const { projection } = fitToWidth(MAPS.world.projection, MAPS.world.zooms[0].extent, WIDTH);
    const path = geoPath(projection);
    const shapes = new Map(world.shapes.map((s) => [s.id, s.feature]));
    const pointOf = pointFinder(world.anchors, shapes, projection, (f) => path.centroid(f));
    const max = Math.max(...view.places.map((p) => p.value ?? 0));
    const scale = symbolScale(max, maxRadiusFor(WIDTH, MAPS.world.radius));
    targets = hitTargets(symbolLayout(view.places, pointOf, scale, 'symbol'), 'symbol');
  });

  const cases: { name: string; point: () => [number, number]; expected: (hit: Hit) => void }[] = [
    {
      // Portugal's circle comes within a pixel of Spain's centre: the element under a finger there was Portugal.
      name: 'the centre of Spain’s circle selects Spain, not Portugal',
      point: () => [at('ESP').x, at('ESP').y],
      expected: (hit) => expect(hit).toEqual({ kind: 'place', code: 'ESP' }),
    },
    {
      name: 'the centre of Andorra’s circle selects Andorra, not France',
      point: () => [at('AND').x, at('AND').y],
      expected: (hit) => expect(hit).toEqual({ kind: 'place', code: 'AND' }),
    },
    {
      // Their circles overlap: the centre is inside both, so neither is guessed.
      name: 'between Bahrain and Qatar, both are offered, nearest first, and no more than a few',
      point: () => between('BHR', 'QAT'),
      expected: (hit) => {
        expect(hit.kind).toBe('choose');
        const codes = hit.kind === 'choose' ? hit.codes : [];
        expect(codes.slice(0, 2).sort()).toEqual(['BHR', 'QAT']);
        expect(codes.length).toBeLessThanOrEqual(MAX_CHOICES);
      },
    },
    {
      name: 'Bahrain’s own centre, inside Qatar’s circle too, asks rather than guessing',
      point: () => [at('BHR').x, at('BHR').y],
      expected: (hit) => expect(hit.kind === 'choose' && hit.codes.slice(0, 2).sort()).toEqual(['BHR', 'QAT']),
    },
    {
      name: 'a large circle is hit anywhere inside it, near its edge too',
      point: () => [at('USA').x + at('USA').r - 1, at('USA').y],
      expected: (hit) => expect(hit).toEqual({ kind: 'place', code: 'USA' }),
    },
    {
      name: 'the open South Pacific, far from any symbol, does nothing',
      point: () => [WIDTH * 0.05, 130],
      expected: (hit) => expect(hit).toEqual({ kind: 'none' }),
    },
  ];

  for (const c of cases) it(c.name, () => c.expected(tap(targets, ...c.point())));

  it('at world zoom a microstate is a finger-sized target: a tap 20 px off its circle still finds it', () => {
    const vat = at('VAT');
    const near = hitIndex(targets).near(vat.x, vat.y + vat.r + 20, TOUCH_RADIUS);
    expect(near.map((c) => c.code)).toContain('VAT');
  });
});

describe('hitIndex.near', () => {
  const cases: {
    name: string;
    targets: HitTarget[];
    point: [number, number];
    expected: Pick<Candidate, 'code' | 'distance' | 'inside'>[];
  }[] = [
    {
      name: 'measures to the circle’s edge, floored at 0 inside',
      targets: [
        { code: 'BIG', x: 0, y: 0, r: 40 },
        { code: 'SMALL', x: 60, y: 0, r: 3 },
      ],
      point: [50, 0],
      expected: [
        { code: 'SMALL', distance: 7, inside: false },
        { code: 'BIG', distance: 10, inside: false },
      ],
    },
    {
      name: 'inside a circle is distance 0',
      targets: [{ code: 'BIG', x: 0, y: 0, r: 40 }],
      point: [30, 0],
      expected: [{ code: 'BIG', distance: 0, inside: true }],
    },
    {
      name: 'the radius is the finger’s: 24 px from the edge is in, 25 px is out',
      targets: [
        { code: 'IN', x: 0, y: 27, r: 3 },
        { code: 'OUT', x: 28, y: 0, r: 3 },
      ],
      point: [0, 0],
      expected: [{ code: 'IN', distance: 24, inside: false }],
    },
    {
      name: 'places drawn at the same point are both found',
      targets: [
        { code: 'A', x: 10, y: 10, r: 3 },
        { code: 'B', x: 10, y: 10, r: 3 },
        { code: 'C', x: 200, y: 200, r: 3 },
      ],
      point: [10, 10],
      expected: [
        { code: 'A', distance: 0, inside: true },
        { code: 'B', distance: 0, inside: true },
      ],
    },
    { name: 'an empty map finds nothing', targets: [], point: [0, 0], expected: [] },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const found = hitIndex(c.targets).near(...c.point, TOUCH_RADIUS);
      expect(found.map(({ code, distance, inside }) => ({ code, distance, inside }))).toEqual(c.expected);
    });
  }

  it('finds exactly what a search of every symbol finds, on scattered points of mixed sizes', () => {
    // A fixed linear congruential generator: the same points on every run.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const targets = Array.from({ length: 300 }, (_, i) => ({
      code: `P${i}`,
      x: random() * 400,
      y: random() * 200,
      r: random() < 0.05 ? 10 + random() * 35 : 3,
    }));
    const index = hitIndex(targets);
    for (let k = 0; k < 200; k++) {
      const [x, y] = [random() * 400, random() * 200];
      const brute = targets
        .filter((t) => Math.max(0, Math.hypot(t.x - x, t.y - y) - t.r) <= TOUCH_RADIUS)
        .map((t) => t.code)
        .sort();
      expect(
        index
          .near(x, y, TOUCH_RADIUS)
          .map((c) => c.code)
          .sort(),
      ).toEqual(brute);
    }
  });
});

describe('decideHit', () => {
  const c = (code: string, distance: number, inside = false): Candidate => ({
    code,
    distance,
    inside,
    toCentre: distance,
  });
  const cases: { name: string; candidates: Candidate[]; shapeUnder?: string; expected: Hit }[] = [
    { name: 'nothing near: nothing', candidates: [], expected: { kind: 'none' } },
    { name: 'one near: that one', candidates: [c('A', 12)], expected: { kind: 'place', code: 'A' } },
    {
      name: 'inside exactly one circle, with others near: that one, never another',
      candidates: [c('A', 0, true), c('B', 2), c('C', 10)],
      expected: { kind: 'place', code: 'A' },
    },
    {
      name: 'inside two overlapping circles: ask',
      candidates: [c('A', 0, true), c('B', 0, true), c('C', 5)],
      expected: { kind: 'choose', codes: ['A', 'B', 'C'] },
    },
    {
      name: 'several near, inside none: ask, nearest first',
      candidates: [c('A', 1), c('B', 4)],
      expected: { kind: 'choose', codes: ['A', 'B'] },
    },
    {
      name: 'many near: only the nearest few',
      candidates: ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((code, i) => c(code, i)),
      expected: { kind: 'choose', codes: ['A', 'B', 'C', 'D', 'E'].slice(0, MAX_CHOICES) },
    },
    {
      // The Mexico map: a tap inside a state selects it, whatever circles of neighbours spill over it.
      name: 'a shape under the centre is that place, whatever circles are near',
      candidates: [c('14', 0, true), c('18', 3)],
      shapeUnder: '18',
      expected: { kind: 'place', code: '18' },
    },
  ];
  for (const k of cases) it(k.name, () => expect(decideHit(k.candidates, k.shapeUnder ?? null)).toEqual(k.expected));
});

describe('hitTargets', () => {
  const symbol = (code: string, r: number, status: PlaceFigure['status'] = 'value') => ({
    place: { code, status } as PlaceFigure,
    x: 1,
    y: 2,
    r,
  });
  it('gives a gap on the world map its drawn circle, and leaves gaps without one off the Mexico map', () => {
    const symbols = [symbol('A', 10), symbol('GAP', 0, 'notReported')];
    expect(hitTargets(symbols, 'symbol').map((t) => [t.code, t.r])).toEqual([
      ['A', 10],
      ['GAP', ZERO_RADIUS],
    ]);
    expect(hitTargets(symbols, 'shape').map((t) => t.code)).toEqual(['A']);
  });
});

describe('toMapPoint', () => {
  const cases: { name: string; box: { left: number; top: number; width: number }; expected: [number, number] }[] = [
    { name: 'a map drawn at its own width', box: { left: 16, top: 100, width: 328 }, expected: [84, 50] },
    { name: 'a map scaled to half its width', box: { left: 16, top: 100, width: 164 }, expected: [168, 100] },
    { name: 'an unmeasured box (jsdom)', box: { left: 0, top: 0, width: 0 }, expected: [100, 150] },
  ];
  for (const c of cases) it(c.name, () => expect(toMapPoint({ x: 100, y: 150 }, c.box, 328)).toEqual(c.expected));
});
