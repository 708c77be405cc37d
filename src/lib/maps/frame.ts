/**
 * A map's frame: its projection fitted to the width with the zoom's extent
 * at the top, the height that follows, the path generator and the symbol
 * scale. MapFrame.svelte builds them once and shares them through the typed
 * context below with the map, its legend and its tooltip. The fit and the
 * aspect ratio are pure functions, so the page can reserve a map's space
 * before its geometry arrives and tests can check them without a DOM.
 */
import { geoPath, type GeoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { createContext } from 'svelte';
import type { Zoom } from '../state/url';
import { zoomOf, type MapConfig } from './map.constants';
import type { SymbolScale } from './symbolScale';

/** What MapFrame shares with what is drawn inside it. */
export interface MapFrame {
  /** The frame's measured width in pixels. */
  readonly width: number;
  /** The map's height in whole pixels, at least one. */
  readonly height: number;
  /** The map's projection, fitted to the width. */
  readonly projection: GeoProjection;
  readonly path: GeoPath;
  /** Circle radius by count, for the map and its legend alike. */
  readonly scale: SymbolScale;
}

export const [getMapFrame, setMapFrame] = createContext<MapFrame>();

/** jsdom measures nothing: a desktop width, so tests still draw. */
export const FALLBACK_WIDTH = 960;

/**
 * A new projection fitted to `width` with `extent` at the top, and the
 * extent's projected height (not rounded).
 */
export function fitToWidth(
  projection: () => GeoProjection,
  extent: GeoPermissibleObjects,
  width: number,
): { projection: GeoProjection; height: number } {
  const p = projection().fitWidth(width, extent);
  const [[, y0], [, y1]] = geoPath(p).bounds(extent);
  // Keep the extent at the top: its bounds may start below 0 after fitting to the width.
  p.translate([p.translate()[0], p.translate()[1] - y0]);
  return { projection: p, height: y1 - y0 };
}

/** Height over width of a map at a zoom: the same at any width, since fitting only scales. */
export function aspectRatio(config: MapConfig, zoom: Zoom): number {
  return fitToWidth(config.projection, zoomOf(config, zoom).extent, FALLBACK_WIDTH).height / FALLBACK_WIDTH;
}
