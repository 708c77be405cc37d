/** The committed map geometry (public/geo/), parsed as the app parses it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseGeometry, type MapGeometry, type MapName } from '../../src/lib/geo/geometry';

const cache = new Map<MapName, MapGeometry>();

export function committedGeometry(name: MapName): Promise<MapGeometry> {
  let geometry = cache.get(name);
  if (geometry === undefined) {
    geometry = parseGeometry(name, JSON.parse(readFileSync(resolve('public/geo', `${name}.json`), 'utf8')));
    cache.set(name, geometry);
  }
  return Promise.resolve(geometry);
}
