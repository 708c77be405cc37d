/**
 * The one-line caveats a map's figures carry, in the order a reader needs
 * them. Shown under the map, and printed into exported images so a chart
 * never travels without them.
 */
import type { MapFigures } from '../data/mapQueries';
import type { Translate } from '../i18n/translate';

export function mapCaveats(view: MapFigures, t: Translate): string[] {
  if (view.unavailable !== null) return [];
  const caveats = [t('totals.notePreliminary')];
  if (view.process === '2017-2018' && view.measure === 'received') caveats.push(t('totals.note2017'));
  if (view.places.some((p) => p.quality === 'derived') || view.remainder?.quality === 'derived') {
    caveats.push(t('quality.legend.derived'));
  }
  if (view.places.some((p) => p.quality === 'uncertain')) caveats.push(t('quality.legend.uncertain'));
  if (view.places.some((p) => p.status === 'notAttributable')) caveats.push(t('status.reason.notAttributable'));
  return caveats;
}
