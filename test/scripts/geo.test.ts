// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea, geoContains } from 'd3-geo';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { largestPolygon } from '../../scripts/geo/anchor.ts';
import { buildGeo, GEO_DIR } from '../../scripts/geo/build.ts';
import { extractTopology } from '../../scripts/geo/sources.ts';
import { readRows } from '../published/files.ts';

type Area = Polygon | MultiPolygon;

/** A committed file's areas and points, by id, as the app will decode them. */
function read(name: string, areasName: string) {
  const t = JSON.parse(readFileSync(join(GEO_DIR, name), 'utf8')) as Topology;
  expect(Object.keys(t.objects).sort()).toEqual([areasName, 'points'].sort());
  const areas = feature(t, t.objects[areasName] as GeometryCollection).features;
  const points = feature(t, t.objects.points as GeometryCollection).features;
  for (const f of [...areas, ...points]) expect(f.properties).toEqual({});
  return {
    areas,
    shapes: new Map(areas.filter((f) => f.id !== undefined).map((f) => [String(f.id), f.geometry as Area])),
    points: new Map(points.map((f) => [String(f.id), (f.geometry as Point).coordinates as [number, number]])),
  };
}

describe('public/geo/mexico.json', () => {
  const codes = readRows('entities.csv').map((r) => r.entity_code);
  const { areas, shapes, points } = read('mexico.json', 'entities');

  it('has one shape and one point for each of the 32 entities of data/entities.csv, keyed by INEGI code', () => {
    expect(codes).toHaveLength(32);
    expect(areas.map((f) => f.id).sort()).toEqual(codes);
    expect([...points.keys()].sort()).toEqual(codes);
  });

  it('draws every entity, the smallest too', () => {
    for (const code of codes) {
      const km2 = geoArea(shapes.get(code)!) * 6371 ** 2;
      // Mexico City, the smallest, has about 1,400 km² here; more than a hemisphere would be a reversed ring.
      expect(km2, code).toBeGreaterThan(1000);
      expect(km2, code).toBeLessThan(300_000);
    }
  });

  it("puts each entity's point inside its shape", () => {
    for (const code of codes) expect(geoContains(shapes.get(code)!, points.get(code)!), code).toBe(true);
  });
});

describe('public/geo/world.json', () => {
  const { areas, shapes, points } = read('world.json', 'countries');

  it('has a point for every country of data/countries.csv, the microstates and islands included', () => {
    const wanted = readRows('countries.csv').map((r) => r.country_iso3);
    expect(wanted.length).toBeGreaterThan(80);
    for (const code of [...wanted, 'VAT', 'SGP', 'HKG', 'MLT', 'AND', 'LIE', 'BHR', 'ABW', 'BMU']) {
      expect(points.has(code), code).toBe(true);
    }
  });

  it('keys countries and points by ISO alpha-3, once each; shapes without an ISO code have no id', () => {
    const ids = areas.filter((f) => f.id !== undefined).map((f) => String(f.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [...ids, ...points.keys()]) expect(id).toMatch(/^[A-Z]{3}$/);
    expect(areas.length - ids.length).toBeLessThanOrEqual(5);
  });

  it('puts each point inside the largest polygon of its country wherever the base map draws the country', () => {
    let drawn = 0;
    for (const [code, point] of points) {
      const shape = shapes.get(code);
      if (!shape) continue;
      drawn++;
      expect(geoContains(largestPolygon(shape), point), code).toBe(true);
    }
    expect(drawn).toBeGreaterThan(150);
  });

  it("puts the United States' point in the contiguous states and France's in Europe", () => {
    const [lon, lat] = points.get('USA')!;
    expect(lon).toBeGreaterThan(-125);
    expect(lon).toBeLessThan(-66);
    expect(lat).toBeGreaterThan(24);
    expect(lat).toBeLessThan(50);
    const [frLon, frLat] = points.get('FRA')!;
    expect(Math.abs(frLon - 2.5)).toBeLessThan(3);
    expect(Math.abs(frLat - 46.5)).toBeLessThan(3);
  });
});

describe('the geometry build', () => {
  it('makes exactly the committed files', () => {
    const { files } = buildGeo();
    expect(Object.keys(files).sort()).toEqual(['mexico.json', 'world.json']);
    for (const [name, text] of Object.entries(files)) {
      expect(text === readFileSync(join(GEO_DIR, name), 'utf8'), `${name} differs; run npm run geo`).toBe(true);
    }
  });

  it('reads the topology literal of a bundle by its braces, not its line ends', () => {
    const script =
      'x.aTopo = \'__A__\';\nx.mexTopo = {"type":"Topology","objects":{"m":{"id":"}"}},\n"arcs":[]};\nx.b = {};';
    expect(extractTopology(script, 'mexTopo', 'bundle.js')).toEqual({
      type: 'Topology',
      objects: { m: { id: '}' } },
      arcs: [],
    });
    expect(() => extractTopology(script, 'usaTopo', 'bundle.js')).toThrow(/no longer assigns a usaTopo/);
    expect(() => extractTopology('x.mexTopo = {"type":', 'mexTopo', 'bundle.js')).toThrow(/never closes/);
  });
});
