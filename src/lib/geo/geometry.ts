/**
 * Loads a map's TopoJSON from public/geo/ and turns it into what the map
 * components draw: shapes keyed by place code, and one anchor point per place
 * for its symbol. A missing or damaged file becomes a GeometryLoadError, so
 * the page can keep its tables and say which map failed.
 */
import type { Feature, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type MapName = 'world' | 'mexico';

/** The TopoJSON object holding each map's shapes; both files also hold `points`. */
export const SHAPE_OBJECT: Record<MapName, string> = { world: 'countries', mexico: 'entities' };

export interface Shape {
  id: string;
  feature: Feature<Polygon | MultiPolygon, object>;
}

export interface MapGeometry {
  shapes: Shape[];
  /** [longitude, latitude] per place code. */
  anchors: Map<string, [number, number]>;
}

/** A map's geometry as the page sees it while it loads. */
export type GeometryState =
  { state: 'loading' } | { state: 'ready'; geometry: MapGeometry } | { state: 'error'; file: string };

export class GeometryLoadError extends Error {
  readonly file: string;
  constructor(file: string, detail: string, options?: { cause?: unknown }) {
    super(`Map geometry ${file}: ${detail}`, options);
    this.name = 'GeometryLoadError';
    this.file = file;
  }
}

export const geometryPath = (name: MapName) => `geo/${name}.json`;

type Fetch = (input: string) => Promise<Response>;

export async function loadGeometry(
  name: MapName,
  baseUrl: string = document.baseURI,
  fetchImpl: Fetch = (input) => fetch(input),
): Promise<MapGeometry> {
  const file = geometryPath(name);
  let response: Response;
  try {
    response = await fetchImpl(new URL(file, baseUrl).href);
  } catch (cause) {
    throw new GeometryLoadError(file, 'could not be downloaded', { cause });
  }
  if (!response.ok) throw new GeometryLoadError(file, `HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    throw new GeometryLoadError(file, 'is not valid JSON', { cause });
  }
  return parseGeometry(name, json);
}

function isCollection(value: unknown): value is GeometryCollection {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'GeometryCollection' &&
    Array.isArray((value as { geometries?: unknown }).geometries)
  );
}

export function parseGeometry(name: MapName, json: unknown): MapGeometry {
  const file = geometryPath(name);
  const topology = json as Partial<Topology> | null;
  if (typeof topology !== 'object' || topology === null || topology.type !== 'Topology' || !topology.objects) {
    throw new GeometryLoadError(file, 'is not a TopoJSON topology');
  }
  const shapesObject = topology.objects[SHAPE_OBJECT[name]];
  const pointsObject = topology.objects.points;
  if (!isCollection(shapesObject) || !isCollection(pointsObject)) {
    throw new GeometryLoadError(file, `lacks the objects "${SHAPE_OBJECT[name]}" and "points"`);
  }
  try {
    const shapes = feature(topology as Topology, shapesObject)
      .features.filter(
        (f): f is Feature<Polygon | MultiPolygon, object> =>
          f.id !== undefined && (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'),
      )
      .map((f) => ({ id: String(f.id), feature: f }));
    const anchors = new Map<string, [number, number]>();
    for (const f of feature(topology as Topology, pointsObject).features as Feature<Geometry, object>[]) {
      if (f.id !== undefined && f.geometry?.type === 'Point') {
        const [lon, lat] = (f.geometry as Point).coordinates;
        anchors.set(String(f.id), [lon, lat]);
      }
    }
    return { shapes, anchors };
  } catch (cause) {
    throw new GeometryLoadError(file, 'could not be decoded', { cause });
  }
}
