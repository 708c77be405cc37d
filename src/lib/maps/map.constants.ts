/**
 * Each map's configuration, keyed by map: its projection, what it fits to
 * the width at each zoom, how large its circles get, which element takes
 * focus, what its legend explains, which places it draws and which CSV
 * columns name them. Components read their map's entry instead of asking
 * which map they are. Messages are keyed by the map's name (`map.world.title`,
 * `table.name.world`).
 */
import { geoConicConformal, geoEqualEarth, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { PlaceKind } from '../data/schema';
import type { Status } from '../data/status';
import type { MapName } from '../geo/geometry';
import type { Zoom } from '../state/url';
import type { RadiusBounds } from './symbolScale';

/** The places selected on the two maps, as codes; null where none is. */
export type PlaceSelection = Record<PlaceKind, readonly string[]>;

/** One zoom level of a map. */
export interface MapZoom {
  zoom: Zoom;
  /** The area fitted to the map's width; its projected height is the map's height. */
  extent: GeoPermissibleObjects;
  /** Factor on the largest circle: zoomed in, the map is larger, so circles grow with it. */
  symbolZoom: number;
}

export interface MapLegendConfig {
  /** States the legend always explains, in this order. */
  always: readonly Status[];
  /** States explained after those, only when the map shows them. */
  whenPresent: readonly Status[];
  /** Whether plain land (a place without figures) gets an entry: the world map draws countries it has none for. */
  unlisted: boolean;
  /** Swatches as a filled shape (the Mexico map fills its entities) or as a circle (the world map's symbols). */
  swatch: 'shape' | 'symbol';
}

export interface MapConfig {
  name: MapName;
  /** A new, unfitted projection. */
  projection: () => GeoProjection;
  /** The zoom levels, the default first; with more than one, the map offers a button for each. */
  zooms: readonly [MapZoom, ...MapZoom[]];
  /** The largest circle's radius, by the map's width. */
  radius: RadiusBounds;
  /** Which element of a place takes focus and clicks: its shape (Mexico) or its symbol (world). */
  focusOn: 'shape' | 'symbol';
  legend: MapLegendConfig;
  /** The places this map draws. */
  place: PlaceKind;
  /** The places of the other map, whose selection narrows this one. */
  filteredBy: PlaceKind;
  /** Columns of the downloaded CSV: the place's code and name, and the code of the other map's selection. */
  csv: { code: string; name: string; filter: string };
}

/** Inhabited latitudes only: Antarctica would take a fifth of the height for no registrant. */
const INHABITED: GeoPermissibleObjects = {
  type: 'MultiPoint',
  coordinates: [-56, -40, -20, 0, 20, 40, 60, 84].flatMap((lat) => [
    [-180, lat],
    [180, lat],
    [0, lat],
  ]),
};

const EUROPE: GeoPermissibleObjects = {
  type: 'MultiPoint',
  coordinates: [
    [-25, 34],
    [45, 34],
    [-25, 71],
    [45, 71],
    [10, 71],
    [10, 34],
  ],
};

/**
 * Mexico's westernmost, easternmost, northernmost and southernmost points in
 * its projection (Isla Guadalupe, Cozumel, Tijuana, the mouth of the
 * Suchiate), so the map's size is known before its geometry arrives: fitting
 * to them gives the same scale and translate as fitting to the entities of
 * public/geo/mexico.json. test/maps/frame.test.ts checks it, and prints the
 * new points if the geometry is rebuilt.
 */
const MEXICO_EXTENT: GeoPermissibleObjects = {
  type: 'MultiPoint',
  coordinates: [
    [-118.35613567709353, 29.066444482244286],
    [-86.74809867064886, 20.567280847639363],
    [-117.12411900419703, 32.5311527018235],
    [-92.24625019802241, 14.546282924364318],
  ],
};

export const MAPS: Record<MapName, MapConfig> = {
  world: {
    name: 'world',
    // Equal Earth, an equal-area projection, so land areas compare fairly under the symbols.
    projection: () => geoEqualEarth(),
    zooms: [
      { zoom: 'world', extent: INHABITED, symbolZoom: 1 },
      // About three times larger, with the largest circle (the USA) off screen: circles grow with the map, and the
      // legend uses the same scale, so sizes still read correctly.
      { zoom: 'europe', extent: EUROPE, symbolZoom: 2.5 },
    ],
    radius: { divisor: 22, min: 14, max: 44 },
    focusOn: 'symbol',
    legend: { always: ['value'], whenPresent: ['zero', 'notAttributable'], unlisted: true, swatch: 'symbol' },
    place: 'country',
    filteredBy: 'entity',
    csv: { code: 'country_iso3', name: 'country', filter: 'selected_entity_code' },
  },
  mexico: {
    name: 'mexico',
    // INEGI's Lambert conformal conic (standard parallels 17.5° and 29.5°), centred on 102° W.
    projection: () => geoConicConformal().parallels([17.5, 29.5]).rotate([102, 0]),
    zooms: [{ zoom: 'world', extent: MEXICO_EXTENT, symbolZoom: 1 }],
    radius: { divisor: 16, min: 14, max: 40 },
    focusOn: 'shape',
    legend: {
      always: ['value', 'zero', 'notApplicable', 'notReported'],
      whenPresent: ['notAttributable'],
      unlisted: false,
      swatch: 'shape',
    },
    place: 'entity',
    filteredBy: 'country',
    csv: { code: 'entity_code', name: 'entity', filter: 'selected_country_iso3' },
  },
};

/** The map's zoom level for the URL's `zoom`; a map without that level shows its default. */
export function zoomOf(config: MapConfig, zoom: Zoom): MapZoom {
  return config.zooms.find((z) => z.zoom === zoom) ?? config.zooms[0];
}
