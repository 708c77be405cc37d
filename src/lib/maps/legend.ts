/**
 * What a map's legend explains: the states its configuration always shows,
 * those it shows only when present, and the non-exact qualities in the
 * figures. Pure, so the legend's entries are tested without a DOM.
 */
import type { PlaceFigure } from '../data/mapQueries';
import type { Status } from '../data/status';
import type { Quality } from '../data/schema';
import type { MapLegendConfig } from './map.constants';

export type MarkedQuality = Exclude<Quality, 'exact'>;

/** The states to explain, in order: the ones always shown, then the others the map shows. */
export function legendStatuses(legend: MapLegendConfig, places: readonly PlaceFigure[]): Status[] {
  const present = new Set(places.map((p) => p.status));
  const extra = legend.whenPresent.filter((s) => present.has(s) && !legend.always.includes(s));
  return [...legend.always, ...extra];
}

/**
 * The states an exported image explains: of those the legend lists, only the ones the map shows. The page's
 * legend keeps the states always listed, so a reader learns what could appear; an image explains what it holds.
 */
export function presentStatuses(legend: MapLegendConfig, places: readonly PlaceFigure[]): Status[] {
  const present = new Set(places.map((p) => p.status));
  return legendStatuses(legend, places).filter((s) => present.has(s));
}

/** The non-exact qualities among the figures, uncertain first; each is marked on the map and explained. */
export function legendQualities(places: readonly PlaceFigure[]): MarkedQuality[] {
  return (['uncertain', 'derived'] as const).filter((q) => places.some((p) => p.quality === q));
}

/** The size legend's label type, in px: never below 11 px (WCAG-readable at any width; the SVG is never scaled). */
export const SIZE_LABEL_PX = 11;
/** An upper bound of a digit's or comma's advance at SIZE_LABEL_PX in the system sans fonts. */
const CHAR_PX = 0.62 * SIZE_LABEL_PX;

export interface SizeLegendLayout {
  width: number;
  height: number;
  circles: { value: number; label: string; r: number; cx: number; cy: number; tickY: number; labelX: number }[];
}

/**
 * Where the size legend's nested reference circles, their ticks and labels go: circles sit on one
 * baseline, each tick runs from a circle's top to its label. The box leaves half a line above the
 * largest circle and room for the longest label on the right, so no label is clipped on the page or
 * in an export that copies this SVG.
 */
export function sizeLegendLayout(sizes: readonly { value: number; label: string; r: number }[]): SizeLegendLayout {
  const maxR = Math.max(0, ...sizes.map((s) => s.r));
  const top = Math.ceil(SIZE_LABEL_PX / 2) + 1;
  const labelWidth = Math.ceil(Math.max(0, ...sizes.map((s) => s.label.length)) * CHAR_PX) + 2;
  const baseline = top + maxR * 2;
  const cx = maxR + 2;
  const labelX = maxR * 2 + 12;
  const circles = sizes.map((s) => ({ ...s, cx, cy: baseline - s.r, tickY: baseline - 2 * s.r, labelX }));
  // A small circle's label hangs below its tick: the box holds it too.
  const lowest = Math.max(0, ...circles.map((c) => c.tickY + SIZE_LABEL_PX / 2 + 1));
  return { width: labelX + labelWidth, height: Math.ceil(Math.max(baseline + 2, lowest)), circles };
}
