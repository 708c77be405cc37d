/**
 * Colours of the profile bars, in one place. A category keeps its colour in
 * every process of a dimension, so bars can be compared by colour alone.
 */
import { scaleLinear } from 'd3-scale';
import type { ProfileDimension } from './profileQueries';

/**
 * Okabe–Ito, the colour-blind-safe categorical palette (Okabe & Ito, 2008),
 * for categories without an order. d3-scale-chromatic is not a dependency, and
 * eight fixed colours do not justify adding one. Yellow (#F0E442) is left out:
 * it vanishes next to the white gaps between segments.
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000'] as const;

/**
 * Age groups are ordered, so they get a light-to-dark ramp (viridis' end and
 * middle stops, interpolated by d3-scale) instead of unrelated hues.
 */
const SEQUENTIAL_STOPS = ['#fde725', '#21918c', '#440154'] as const;

/** Fill colour per category of a dimension, in the dimension's category order. */
export function categoryColours(dimension: ProfileDimension): Map<string, string> {
  const { categories } = dimension;
  if (dimension.dimension === 'age_group' && categories.length > 1) {
    const last = categories.length - 1;
    const ramp = scaleLinear<string>()
      .domain([0, last / 2, last])
      .range([...SEQUENTIAL_STOPS]);
    return new Map(categories.map((c, i) => [c, ramp(i)]));
  }
  return new Map(categories.map((c, i) => [c, OKABE_ITO[i % OKABE_ITO.length]]));
}

/** `#rrggbb` or `rgb(r, g, b)` → [r, g, b] in 0…255. */
function channels(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [1, 2, 3].map((i) => Number.parseInt(hex[i], 16)) as [number, number, number];
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return [0, 0, 0];
}

/** Dark or light text on a fill, whichever contrasts more (WCAG relative luminance). */
export function labelColour(fill: string): '#000000' | '#ffffff' {
  const [r, g, b] = channels(fill).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); they are equal at L ≈ 0.179.
  return luminance > 0.179 ? '#000000' : '#ffffff';
}
