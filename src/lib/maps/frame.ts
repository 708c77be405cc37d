/**
 * How a map fills its width: its projection fitted to the width with the
 * zoom's extent at the top, and the height that follows. Pure functions, so
 * the page can reserve a map's space before its geometry arrives and tests
 * can check them without a DOM.
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Zoom } from '../state/explorerState';
import { zoomOf, type MapConfig } from './map.constants';

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
