/**
 * Which place a tap means. A finger covers about a centimetre and hides what
 * it touches, so a tap is not read from the element under it (at world zoom a
 * microstate's circle is 6 px wide, and the browser's own touch adjustment
 * picks a neighbour: Portugal for a tap on Spain) but from the symbols'
 * positions: the places whose circle's edge is within a finger's radius of
 * the tap. Where that is not one place, the reader is asked, never guessed
 * for. Pure, so the rule is tested on real projected positions without a DOM.
 */
import { Delaunay } from 'd3-delaunay';
import type { PlacedSymbol } from './layout';
import { ZERO_RADIUS } from './mapStyle';

/**
 * Pixels around the tap's centre searched for symbols: a 48 px target, twice
 * the 24 px minimum of WCAG 2.2 SC 2.5.8 and about a fingertip's width.
 */
export const TOUCH_RADIUS = 24;

/** At most this many places are offered for one tap: the nearest, a list still short enough to read at a glance. */
export const MAX_CHOICES = 5;

/** A place's symbol on screen: its centre and drawn radius in the map's pixels. */
export interface HitTarget {
  code: string;
  x: number;
  y: number;
  r: number;
}

/** A place near a tap. */
export interface Candidate {
  code: string;
  /** Pixels from the tap to the circle's edge; 0 inside the circle, so a large circle is hit anywhere in it. */
  distance: number;
  /** Whether the tap's centre is inside the circle. */
  inside: boolean;
  /** Pixels from the tap to the circle's centre, to order ties. */
  toCentre: number;
}

/** What a tap does: nothing, select one place, or ask which of a few. */
export type Hit = { kind: 'none' } | { kind: 'place'; code: string } | { kind: 'choose'; codes: string[] };

/** Finds the symbols near a point; built once per layout. */
export interface HitIndex {
  /** The places whose circle's edge is within `radius` of (x, y), nearest first. */
  near(x: number, y: number, radius: number): Candidate[];
}

/**
 * A nearest-point index (a Delaunay triangulation) over the symbols' centres.
 * The search starts at the centre nearest the tap and walks the
 * triangulation's edges to every centre within reach (the radius plus the
 * largest circle's). That walk finds them all: the segment from the tap to
 * any centre within reach only crosses the Voronoi cells of centres that are
 * themselves within reach, and consecutive cells are Delaunay neighbours.
 */
export function hitIndex(targets: readonly HitTarget[]): HitIndex {
  // Places drawn at the same point share one vertex: the triangulation keeps only one of coincident points.
  const groups = new Map<string, HitTarget[]>();
  for (const target of targets) {
    const key = `${target.x},${target.y}`;
    const group = groups.get(key);
    if (group) group.push(target);
    else groups.set(key, [target]);
  }
  const sites = [...groups.values()];
  const delaunay = Delaunay.from(
    sites,
    (g) => g[0].x,
    (g) => g[0].y,
  );
  const largest = Math.max(0, ...targets.map((t) => t.r));

  return {
    near(x, y, radius) {
      if (sites.length === 0) return [];
      const reach = radius + largest;
      const found: Candidate[] = [];
      const start = delaunay.find(x, y);
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length > 0) {
        const i = queue.pop() as number;
        const toCentre = Math.hypot(sites[i][0].x - x, sites[i][0].y - y);
        if (toCentre > reach) continue;
        for (const t of sites[i]) {
          const distance = Math.max(0, toCentre - t.r);
          if (distance <= radius) found.push({ code: t.code, distance, inside: toCentre <= t.r, toCentre });
        }
        for (const j of delaunay.neighbors(i)) {
          // A lone point's neighbour is -1 (no triangulation to walk).
          if (j >= 0 && !seen.has(j)) {
            seen.add(j);
            queue.push(j);
          }
        }
      }
      return found.sort(
        (a, b) =>
          a.distance - b.distance || a.toCentre - b.toCentre || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
      );
    },
  };
}

/**
 * The rule for a tap, given the places near it and, on a map whose shapes
 * are the places (Mexico), the shape under the tap's centre:
 * - a shape under the centre is that place (shapes do not overlap, and a tap
 *   inside a state has always selected it, whatever circle spills over it);
 * - else the centre inside exactly one circle, or only one place near, is that place;
 * - else several near (or the centre inside overlapping circles): the nearest few, to choose from;
 * - else nothing.
 */
export function decideHit(candidates: readonly Candidate[], shapeUnder: string | null = null): Hit {
  if (shapeUnder !== null) return { kind: 'place', code: shapeUnder };
  const inside = candidates.filter((c) => c.inside);
  if (inside.length === 1) return { kind: 'place', code: inside[0].code };
  if (candidates.length === 1) return { kind: 'place', code: candidates[0].code };
  if (candidates.length === 0) return { kind: 'none' };
  return { kind: 'choose', codes: candidates.slice(0, MAX_CHOICES).map((c) => c.code) };
}

/** Where a touch or pen went down, in page pixels, and the place whose shape is under it (the Mexico map). */
export interface TouchDown {
  x: number;
  y: number;
  shape: string | null;
}

/** The touch or pen's point from its pointerdown; null for a mouse, whose click's own target is exact and shown by hover. */
export function touchDownOf(event: PointerEvent, shape: string | null): TouchDown | null {
  return event.pointerType === 'touch' || event.pointerType === 'pen'
    ? { x: event.clientX, y: event.clientY, shape }
    : null;
}

/** What a tap means, and where it was in the map's pixels. */
export function readTap(
  down: TouchDown,
  box: { left: number; top: number; width: number },
  mapWidth: number,
  index: HitIndex,
): { hit: Hit; x: number; y: number } {
  const [x, y] = toMapPoint(down, box, mapWidth);
  return { hit: decideHit(index.near(x, y, TOUCH_RADIUS), down.shape), x, y };
}

/**
 * A point of the page (a pointer event's clientX and clientY) in the map's
 * own pixels: the SVG is drawn at the frame's width and may be scaled by CSS.
 */
export function toMapPoint(
  client: { x: number; y: number },
  box: { left: number; top: number; width: number },
  mapWidth: number,
): [number, number] {
  // An unmeasured box (jsdom) is taken at the map's own scale.
  const k = box.width > 0 ? mapWidth / box.width : 1;
  return [(client.x - box.left) * k, (client.y - box.top) * k];
}

/**
 * The hit targets of a layout, at the size they are drawn: where symbols are
 * the places, a gap keeps a small circle (as Symbols.svg.svelte draws it), so
 * it can be tapped; where shapes are, only circles with a count are targets.
 */
export function hitTargets(symbols: readonly PlacedSymbol[], focusOn: 'shape' | 'symbol'): HitTarget[] {
  return symbols
    .map((s) => ({ code: s.place.code, x: s.x, y: s.y, r: focusOn === 'symbol' ? Math.max(s.r, ZERO_RADIUS) : s.r }))
    .filter((t) => t.r > 0);
}
