/**
 * Which of the comparison legend's marks a series draws, so an exported image
 * explains only what it shows (the page's legend keeps every mark, so a
 * reader learns what could appear). Mirrors TimeSeriesChart: a point with a
 * value is a dot (hollow when derived, dashed when uncertain), a line joins
 * two comparable points with values, a gap is a guide of its state.
 */
import type { Series, SeriesPoint } from './series';

export type SeriesMark =
  'value' | 'derived' | 'uncertain' | 'line' | 'notReported' | 'notApplicable' | 'notAttributable';

const valued = (p: SeriesPoint) => p.value !== null && (p.status === 'value' || p.status === 'zero');

export function seriesMarks(series: Series): Set<SeriesMark> {
  const marks = new Set<SeriesMark>();
  for (const p of series.points) {
    if (valued(p)) {
      marks.add('value');
      if (p.quality === 'derived' || p.quality === 'uncertain') marks.add(p.quality);
    } else if (p.status === 'notReported' || p.status === 'notApplicable' || p.status === 'notAttributable') {
      marks.add(p.status);
    }
  }
  if (series.changes.some((c) => c.incomparable === null && valued(c.from) && valued(c.to))) marks.add('line');
  return marks;
}
