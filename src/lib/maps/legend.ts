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

/** The non-exact qualities among the figures, uncertain first; each is marked on the map and explained. */
export function legendQualities(places: readonly PlaceFigure[]): MarkedQuality[] {
  return (['uncertain', 'derived'] as const).filter((q) => places.some((p) => p.quality === q));
}
