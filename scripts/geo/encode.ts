/** GeoJSON areas and symbol anchors → one simplified, quantized TopoJSON Topology. */
import { geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import {
  filter,
  filterAttachedWeight,
  presimplify,
  simplify,
  sphericalRingArea,
  sphericalTriangleArea,
  type RingWeighter,
} from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { interiorPoint, largestPolygon, type Area } from './anchor.ts';

/** Mean Earth radius: turns the steradians that topojson-simplify weighs with into km², which one can picture. */
const EARTH_RADIUS_KM = 6371;
const steradians = (km2: number) => km2 / EARTH_RADIUS_KM ** 2;

export interface Simplification {
  /** Visvalingam: drop a vertex whose triangle with its two neighbours encloses less than this (km²); 0 keeps all. */
  minTriangleKm2: number;
  /** Drop an island or a lake (a ring that borders no other shape) enclosing less than this (km²); 0 keeps all. */
  minRingKm2: number;
  /** Grid of the delta-encoded integer coordinates: this many steps along each side of the bounding box. */
  quantization: number;
}

export interface Layer {
  areas: { id: string | undefined; geometry: Area }[];
  points: { id: string; point: [number, number] }[];
}

export interface Encoded {
  topology: Topology;
  /** Points that fell outside their (simplified, quantized) area and were replaced by an interior point of it. */
  moved: string[];
}

/**
 * The Topology of a layer: its areas (shared borders stored once) under `areasName`, its points under `points`,
 * no properties. Each point is checked against the area with its id as the file draws it, since simplification
 * and the grid can leave a point that was inside the source shape just outside the drawn one.
 */
export function encode(layer: Layer, areasName: string, s: Simplification): Encoded {
  const areas = simplifyAreas(layer, areasName, s);
  const first = withPoints(areas, layer.points, s.quantization);
  const outside = pointsOutside(first, areasName);
  if (outside.size === 0) return { topology: first, moved: [] };
  const points = layer.points.map((p) => {
    const polygon = outside.get(p.id);
    return polygon ? { id: p.id, point: interiorPoint(polygon) } : p;
  });
  const second = withPoints(areas, points, s.quantization);
  const still = pointsOutside(second, areasName);
  if (still.size) throw new Error(`geo: no point inside the drawn shape of ${[...still.keys()].join(', ')}`);
  return { topology: second, moved: [...outside.keys()] };
}

function simplifyAreas(layer: Layer, areasName: string, s: Simplification): Topology {
  const collection: FeatureCollection<Area> = {
    type: 'FeatureCollection',
    features: layer.areas.map(({ id, geometry }): Feature<Area> => ({
      type: 'Feature',
      ...(id ? { id } : {}),
      properties: {},
      geometry,
    })),
  };
  let t = presimplify(topology({ [areasName]: collection }) as Topology<Objects>, sphericalTriangleArea);
  // Small islands and lakes go whole rather than shrinking to slivers; a ring that borders a neighbour stays,
  // or the neighbour would be left with a gap. (The typings drop the weigher's second argument, which tells
  // a hole from an outer ring.)
  t = filter(t, filterAttachedWeight(t, steradians(s.minRingKm2), sphericalRingArea as RingWeighter));
  return simplify(t, steradians(s.minTriangleKm2));
}

/** Points join after simplification: presimplify drops the transform that quantized points would be read with. */
function withPoints(areas: Topology, points: Layer['points'], quantization: number): Topology {
  const collection: GeometryCollection = {
    type: 'GeometryCollection',
    geometries: points.map(({ id, point }) => ({ type: 'Point', id, coordinates: point })),
  };
  const q = quantize({ ...areas, objects: { ...areas.objects, points: collection } }, quantization);
  // A ring that simplification and the grid flattened to a line or a point encloses nothing; on the grid, a ring
  // that does enclose something encloses at least half a cell.
  const [kx, ky] = q.transform!.scale;
  return filter(q, (ring) => twiceArea(ringCoordinates(q, ring as unknown as number[])) > (kx * ky) / 2);
}

/** The typings call a filter's ring its coordinates; topojson-simplify passes its arc indexes. */
function ringCoordinates(t: Topology, arcs: number[]): Position[] {
  return feature(t, { type: 'Polygon', arcs: [arcs] }).geometry.coordinates[0];
}

function twiceArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return Math.abs(sum);
}

/** The largest drawn polygon of each point whose area is drawn but does not contain it. */
function pointsOutside(t: Topology, areasName: string): Map<string, Polygon> {
  const shapes = new Map<string, Area>();
  for (const f of feature(t, t.objects[areasName] as GeometryCollection).features) {
    if (f.id !== undefined) shapes.set(String(f.id), f.geometry as Area);
  }
  const outside = new Map<string, Polygon>();
  for (const f of feature(t, t.objects.points as GeometryCollection).features) {
    const shape = shapes.get(String(f.id));
    if (!shape) continue;
    const polygon = largestPolygon(shape);
    if (!geoContains(polygon, (f.geometry as Point).coordinates as [number, number])) {
      outside.set(String(f.id), polygon);
    }
  }
  return outside;
}

/** A built file and the ids whose symbol anchor is an interior point because their centroid lay outside. */
export interface Built {
  text: string;
  moved: string[];
}

/** Compact JSON with a final newline: no pretty printing, key order as built, so reruns are byte-identical. */
export function serialize(t: Topology): string {
  return JSON.stringify(t) + '\n';
}
