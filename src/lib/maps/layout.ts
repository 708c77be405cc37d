/**
 * Where a map's symbols go, how large they are, and the order in which the
 * keyboard visits the places: pure functions of the figures and the
 * projection, so they are tested without a DOM.
 */
import type { PlaceFigure } from '../data/mapQueries';
import { GAP_RADIUS, ZERO_RADIUS } from './mapStyle';
import type { SymbolScale } from './symbolScale';

type Point = [number, number];

/** A place's symbol, positioned and sized. */
export interface PlacedSymbol {
  place: PlaceFigure;
  x: number;
  y: number;
  /** Radius in pixels by the place's state; 0 for a gap that has no circle. */
  r: number;
}

// Codes are ASCII (ISO alpha-3, INEGI keys): a plain comparison orders them, without locale-aware collation's cost.
const codeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sized by its count; a true zero and a figure that cannot be attributed get small fixed circles; other gaps none. */
function symbolRadius(place: PlaceFigure, scale: SymbolScale): number {
  if (place.status === 'value') return scale.radius(place.value ?? 0);
  if (place.status === 'zero') return ZERO_RADIUS;
  if (place.status === 'notAttributable') return GAP_RADIUS;
  return 0;
}

/**
 * Where each place's symbol and tooltip go: its anchor projected, else the
 * centroid of its shape; null when neither lands on the map.
 */
export function pointFinder<Shape>(
  anchors: ReadonlyMap<string, Point>,
  shapes: ReadonlyMap<string, Shape>,
  project: (lonLat: Point) => Point | null,
  centroid: (shape: Shape) => Point,
): (code: string) => Point | null {
  return (code) => {
    const anchor = anchors.get(code);
    if (anchor) {
      const xy = project(anchor);
      if (xy && Number.isFinite(xy[0])) return xy;
    }
    const shape = shapes.get(code);
    if (shape) {
      const c = centroid(shape);
      if (Number.isFinite(c[0])) return c;
    }
    return null;
  };
}

/**
 * The symbols a map draws, largest first so small circles stay on top and
 * reachable, ties in code order. A place without a point is left out, and so
 * is a gap without a circle, unless symbols take focus: then every place
 * keeps its symbol, so every place can be reached.
 */
export function symbolLayout(
  places: readonly PlaceFigure[],
  pointOf: (code: string) => Point | null,
  scale: SymbolScale,
  focusOn: 'shape' | 'symbol',
): PlacedSymbol[] {
  const symbols: PlacedSymbol[] = [];
  for (const place of places) {
    const xy = pointOf(place.code);
    if (xy === null) continue;
    const r = symbolRadius(place, scale);
    if (r > 0 || focusOn === 'symbol') symbols.push({ place, x: xy[0], y: xy[1], r });
  }
  return symbols.sort((a, b) => b.r - a.r || codeOrder(a.place.code, b.place.code));
}

/** The codes the arrow keys visit, in order: largest value first, then zeros, then the gaps, ties in code order. */
export function keyboardOrder(places: readonly PlaceFigure[], focusable: ReadonlySet<string>): string[] {
  return places
    .filter((p) => focusable.has(p.code))
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || codeOrder(a.code, b.code))
    .map((p) => p.code);
}

/**
 * Where a key moves the keyboard from index `i` of a list of `count` places:
 * arrows one step, stopping at the ends, Home and End to them; null for any other key.
 */
export function keyStep(key: string, i: number, count: number): number | null {
  const last = count - 1;
  const steps: Record<string, number> = {
    ArrowRight: Math.min(last, i + 1),
    ArrowDown: Math.min(last, i + 1),
    ArrowLeft: Math.max(0, i - 1),
    ArrowUp: Math.max(0, i - 1),
    Home: 0,
    End: last,
  };
  return count > 0 && key in steps ? steps[key] : null;
}
