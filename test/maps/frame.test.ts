import { geoPath, geoStream, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapGeometry } from '../../src/lib/geo/geometry';
import { aspectRatio, fitToWidth } from '../../src/lib/maps/frame';
import { MAPS, zoomOf } from '../../src/lib/maps/map.constants';
import type { Zoom } from '../../src/lib/state/url';
import { committedGeometry } from '../helpers/geometry';

let mexico: MapGeometry;
beforeAll(async () => {
  mexico = await committedGeometry('mexico');
});

const WIDTHS = [320, 360, 768, 960, 1280, 1920];

/** The points that bound `object` as d3's fit sees them (scale 150, no translate), as [longitude, latitude]. */
function extremePoints(projection: () => GeoProjection, object: GeoPermissibleObjects): [number, number][] {
  const p = projection().scale(150).translate([0, 0]);
  let [west, east, north, south] = [
    [Infinity, 0],
    [-Infinity, 0],
    [0, Infinity],
    [0, -Infinity],
  ];
  const noop = () => {};
  geoStream(
    object,
    p.stream({
      point(x, y) {
        if (x < west[0]) west = [x, y];
        if (x > east[0]) east = [x, y];
        if (y < north[1]) north = [x, y];
        if (y > south[1]) south = [x, y];
      },
      lineStart: noop,
      lineEnd: noop,
      polygonStart: noop,
      polygonEnd: noop,
      sphere: noop,
    }),
  );
  return [west, east, north, south].map(([x, y]) => p.invert!([x, y])!);
}

describe('a map fitted to its width', () => {
  const cases: { map: 'world' | 'mexico'; zoom: Zoom; measured: number }[] = [
    // `measured`: the proportions the loading placeholder used to hard-code in CSS, measured on the drawn maps.
    { map: 'world', zoom: 'world', measured: 0.433 },
    { map: 'world', zoom: 'europe', measured: 0.57 },
    { map: 'mexico', zoom: 'world', measured: 0.645 },
    { map: 'mexico', zoom: 'europe', measured: 0.645 },
  ];

  it.each(cases)(
    '$map at zoom $zoom: the extent spans the width from the top, at one ratio',
    ({ map, zoom, measured }) => {
      const config = MAPS[map];
      const extent = zoomOf(config, zoom).extent;
      const ratio = aspectRatio(config, zoom);
      expect(ratio).toBeCloseTo(measured, 2);
      for (const width of WIDTHS) {
        const { projection, height } = fitToWidth(config.projection, extent, width);
        const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(extent);
        expect(x0).toBeCloseTo(0, 6);
        expect(x1).toBeCloseTo(width, 6);
        expect(y0).toBeCloseTo(0, 6);
        expect(y1).toBeCloseTo(height, 6);
        expect(height / width).toBeCloseTo(ratio, 9);
      }
    },
  );

  it('Mexico: fitting to the fixed extent is fitting to the entities of public/geo/mexico.json', () => {
    const config = MAPS.mexico;
    const extent = zoomOf(config, 'world').extent;
    const features: GeoPermissibleObjects = {
      type: 'FeatureCollection',
      features: mexico.shapes.map((s) => s.feature),
    };
    expect(extent, `new extreme points: ${JSON.stringify(extremePoints(config.projection, features))}`).toEqual({
      type: 'MultiPoint',
      coordinates: extremePoints(config.projection, features).map(([lon, lat]) => [
        expect.closeTo(lon, 9),
        expect.closeTo(lat, 9),
      ]),
    });
    for (const width of WIDTHS) {
      const byExtent = config.projection().fitWidth(width, extent);
      const byFeatures = config.projection().fitWidth(width, features);
      expect(byExtent.scale()).toBeCloseTo(byFeatures.scale(), 6);
      expect(byExtent.translate()[0]).toBeCloseTo(byFeatures.translate()[0], 6);
      expect(byExtent.translate()[1]).toBeCloseTo(byFeatures.translate()[1], 6);
      // The map as drawn: fitted to the width and moved to the top.
      const drawn = fitToWidth(config.projection, extent, width);
      const before = fitToWidth(config.projection, features, width);
      expect(drawn.height).toBeCloseTo(before.height, 6);
      expect(drawn.projection.translate()[1]).toBeCloseTo(before.projection.translate()[1], 6);
    }
  });
});
