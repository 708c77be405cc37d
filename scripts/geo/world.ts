/**
 * world.json: the countries of the base map and one symbol anchor per country, keyed by ISO 3166-1 alpha-3.
 */
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import { anchor, polygons, type Area } from './anchor.ts';
import { encode, serialize, type Built, type Layer, type Simplification } from './encode.ts';
import { worldAtlas, type CountriesTopology } from './sources.ts';

/** A country of world-atlas: its alpha-3 code (undefined for the few without an ISO numeric code) and shape. */
interface Country {
  id: string | undefined;
  name: string;
  geometry: Area;
}

/**
 * The countries of a world-atlas file, one per ISO code. Natural Earth units without an ISO numeric code
 * (Kosovo, Northern Cyprus, Somaliland, Siachen Glacier, Australia's Indian Ocean Territories) keep their shape
 * on the base map but get no id and no anchor: the reports cannot name them, and an invented code could clash
 * with a future ISO one. Units sharing a code (50m draws Ashmore and Cartier Islands as Australia, 036) are
 * joined into one MultiPolygon.
 */
export function atlasCountries(topology: CountriesTopology): Country[] {
  const list: Country[] = [];
  const byId = new Map<string, Country>();
  for (const f of feature(topology, topology.objects.countries).features) {
    const geometry = f.geometry as Area;
    const id = f.id === undefined ? undefined : countries.numericToAlpha3(f.id);
    if (f.id !== undefined && !id)
      throw new Error(`geo: world-atlas numeric code ${f.id} (${f.properties.name}) is not ISO`);
    const known = id && byId.get(id);
    if (known) {
      known.geometry = {
        type: 'MultiPolygon',
        coordinates: [...polygons(known.geometry), ...polygons(geometry)].map((p) => p.coordinates),
      };
      continue;
    }
    const country = { id, name: f.properties.name, geometry };
    list.push(country);
    if (id) byId.set(id, country);
  }
  return list;
}

/**
 * The base map is Natural Earth's 110m generalization, drawn for world maps about this size (1 px ≈ 0.36° at
 * 1000 px wide), so it is not simplified further. The grid step, 0.036° (4 km at the equator), is a tenth of
 * a pixel there.
 */
const ANTARCTICA = 'ATA';

export const WORLD_SIMPLIFICATION: Simplification = { minTriangleKm2: 0, minRingKm2: 0, quantization: 1e4 };

/**
 * world.json. Anchors come from the 50m countries, which have the microstates and islands 110m lacks (Vatican
 * City, Singapore, Bahrain, Malta, Andorra, Liechtenstein, Aruba, Bermuda, Hong Kong…); every code of
 * `required` must be among them.
 */
export function buildWorld(required: readonly string[]): Built {
  const detailed = atlasCountries(worldAtlas('50m'));
  const present = new Set(detailed.map((c) => c.id));
  const missing = required.filter((code) => !present.has(code));
  if (missing.length)
    throw new Error(`geo: world-atlas 50m has no shape for ${missing.join(', ')} (data/countries.csv)`);
  const points: Layer['points'] = [];
  const moved: string[] = [];
  for (const c of detailed) {
    if (!c.id) continue;
    const a = anchor(c.geometry);
    points.push({ id: c.id, point: a.point });
    if (a.moved) moved.push(c.id);
  }
  points.sort((a, b) => (a.id < b.id ? -1 : 1));
  // Antarctica has no residents in the data and the map's latitudes leave it out: not shipped.
  const areas = atlasCountries(worldAtlas('110m'))
    .filter(({ id }) => id !== ANTARCTICA)
    .map(({ id, geometry }) => ({ id, geometry }));
  const encoded = encode({ areas, points }, 'countries', WORLD_SIMPLIFICATION);
  return { text: serialize(encoded.topology), moved: [...moved, ...encoded.moved] };
}
