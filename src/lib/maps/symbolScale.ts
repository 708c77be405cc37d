/**
 * Proportional symbols: a circle's area is proportional to its count, so the
 * radius grows with the square root. Counts this skewed leave the smallest
 * circles below a pixel; those are drawn at MIN_RADIUS so every place with
 * data stays visible and selectable, and the legend says so.
 */
import { scaleSqrt } from 'd3-scale';

/** Pixels: the smallest circle a reader can see and point at. */
export const MIN_RADIUS = 3;

export interface SymbolScale {
  /** Radius in pixels for a count; never below MIN_RADIUS for a positive count. */
  radius: (value: number) => number;
  /** The count below which circles are drawn at MIN_RADIUS (their true size would be smaller). */
  floorValue: number;
  /** Counts for the legend's reference circles, largest first. */
  legendValues: number[];
}

/** The largest circle's radius: the map's width over `divisor`, kept within `min` and `max` pixels. */
export interface RadiusBounds {
  divisor: number;
  min: number;
  max: number;
}

/** `width` is the map's width in pixels: circles scale with the map, within bounds. */
export function maxRadiusFor(width: number, { divisor, min, max }: RadiusBounds): number {
  return Math.max(min, Math.min(max, width / divisor));
}

export function symbolScale(maxValue: number, maxRadius: number): SymbolScale {
  const sqrt = scaleSqrt()
    .domain([0, Math.max(maxValue, 1)])
    .range([0, maxRadius]);
  const floorValue = sqrt.invert(MIN_RADIUS);
  return {
    radius: (value) => (value <= 0 ? 0 : Math.max(MIN_RADIUS, sqrt(value))),
    floorValue,
    legendValues: legendValues(maxValue).filter((v) => v >= floorValue || v === 1),
  };
}

/**
 * Up to three round counts (1, 2 or 5 times a power of ten) that span the
 * data: the largest not above the maximum, then about a tenth and a hundredth of it.
 */
export function legendValues(maxValue: number): number[] {
  if (!(maxValue >= 1)) return [];
  const round = (v: number): number => {
    const power = 10 ** Math.floor(Math.log10(v));
    const step = [5, 2, 1].find((s) => s * power <= v) ?? 1;
    return step * power;
  };
  const top = round(maxValue);
  const values = [top, round(Math.max(1, top / 10)), round(Math.max(1, top / 100))];
  return [...new Set(values)];
}
