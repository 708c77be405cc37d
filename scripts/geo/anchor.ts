/**
 * Where a place's symbol goes: the spherical centroid of its largest polygon, so that the United States'
 * symbol sits in the contiguous states and France's in Europe rather than somewhere between their parts.
 */
import { geoArea, geoBounds, geoCentroid, geoContains } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Area = Polygon | MultiPolygon;

/** The polygons of a geometry, each as a Polygon. */
export function polygons(geometry: Area): Polygon[] {
  const list = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return list.map((coordinates) => ({ type: 'Polygon', coordinates }));
}

/** The polygon of largest spherical area; a tie keeps the first, so the choice does not depend on sort stability. */
export function largestPolygon(geometry: Area): Polygon {
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const p of polygons(geometry)) {
    const area = geoArea(p);
    // More than a hemisphere means the ring winds the wrong way for d3, which would invert every test below.
    if (area > 2 * Math.PI) throw new Error('geo: a polygon covers more than a hemisphere; its winding is reversed');
    if (area > bestArea) [best, bestArea] = [p, area];
  }
  if (!best) throw new Error('geo: a geometry without polygons has no anchor');
  return best;
}

export interface Anchor {
  point: [number, number];
  /** True when the centroid fell outside the polygon and an interior point replaced it. */
  moved: boolean;
}

export function anchor(geometry: Area): Anchor {
  const polygon = largestPolygon(geometry);
  const centroid = geoCentroid(polygon) as [number, number];
  if (geoContains(polygon, centroid)) return { point: centroid, moved: false };
  return { point: interiorPoint(polygon), moved: true };
}

/**
 * A point inside a polygon whose centroid is not (a crescent, a thin curved coast): the middle of the widest
 * stretch of a parallel that lies inside it, tried at the centroid's latitude and then at the middle of its
 * bounds. Deterministic, and good enough for polygons far smaller than a hemisphere.
 */
export function interiorPoint(polygon: Polygon): [number, number] {
  const [[, south], [, north]] = geoBounds(polygon);
  const [, centroidLat] = geoCentroid(polygon);
  for (const lat of [centroidLat, (south + north) / 2]) {
    const point = widestCrossing(polygon.coordinates, lat);
    if (point && geoContains(polygon, point)) return point;
  }
  throw new Error('geo: found no interior point for a polygon');
}

function widestCrossing(rings: Position[][], lat: number): [number, number] | undefined {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = ring[i - 1];
      const [x1, y1] = ring[i];
      // Half-open on y so that a parallel through a vertex counts it once.
      if (y0 > lat !== y1 > lat) xs.push(x0 + ((lat - y0) / (y1 - y0)) * (x1 - x0));
    }
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] | undefined;
  let widest = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1] - xs[i] > widest) [best, widest] = [[(xs[i] + xs[i + 1]) / 2, lat], xs[i + 1] - xs[i]];
  }
  return best;
}
