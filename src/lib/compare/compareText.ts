/**
 * The words of a comparison: scope names, each caveat as one line with its
 * explanation, a point's value or gap, a change. Shared by the chart, its
 * table and the small multiples so they never disagree.
 */
import type { PlaceNamer } from '../data/names';
import type { Translate } from '../i18n/translate';
import type { Lang } from '../i18n/translate';
import { formatDate, formatList, formatNumber, formatPercent, formatProcess } from '../i18n/format';
import type { Change, CaveatId, Scope, Series, SeriesPoint } from './series';
import { hasValue } from '../data/status';

export function scopeName(scope: Scope, names: PlaceNamer, t: Translate): string {
  switch (scope.kind) {
    case 'national':
      return t('compare.scope.national');
    case 'entity':
      return names.entity(scope.entity);
    case 'country':
      return names.country(scope.country);
    case 'cell':
      return t('compare.scope.cell', { entity: names.entity(scope.entity), country: names.country(scope.country) });
  }
}

/** A point's figure, or the words for its gap: never a zero for a missing figure. */
export function pointValueText(p: SeriesPoint, t: Translate, lang: Lang): string {
  return hasValue(p) ? formatNumber(p.value as number, lang) : t(`status.${p.status}`);
}

export function pointLabel(p: SeriesPoint, t: Translate, lang: Lang): string {
  return t('compare.chart.point', {
    process: formatProcess(p.process),
    date: formatDate(p.cutoff, lang),
    value: pointValueText(p, t, lang),
  });
}

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);

export function absoluteChangeText(c: Change, t: Translate, lang: Lang): string {
  if (c.incomparable === 'gap') return t('compare.change.gap');
  if (c.incomparable === 'coverage') return t('compare.change.coverage');
  return signed(formatNumber(c.absolute as number, lang), c.absolute as number);
}

export function relativeChangeText(c: Change, t: Translate, lang: Lang): string {
  if (c.incomparable !== null) return '—';
  if (c.relative === null) return t('compare.change.fromZero');
  return signed(formatPercent(c.relative, lang), c.relative);
}

export interface CaveatText {
  id: CaveatId;
  line: string;
  detail: string;
}

/**
 * Each caveat of the series as one line, and its explanation one step away. A caveat names only the processes it
 * is about among those compared: the request types of the processes with a figure, the 2017-18 report's
 * itemization only where a 2017-18 point is the one it could not make.
 */
export function caveatTexts(
  series: Series,
  t: Translate,
  lang: Lang,
  coveredCount: (p: string) => number,
): CaveatText[] {
  const processes = formatList(series.processes.map(formatProcess), lang);
  const counts = series.processes
    .map((p) => t('compare.coverage.count', { process: formatProcess(p), count: coveredCount(p) }))
    .join('; ');
  const valued = [...new Set(series.points.filter(hasValue).map((p) => p.process))].sort();
  const types = valued.map((p) => t(`compare.requestType.${p}`)).join('; ');
  const params: Record<string, string | number> = { processes, counts, types, count: series.shared?.length ?? 0 };
  const partial2017 = series.points.some((p) => p.process === '2017-2018' && p.gapReason === 'partialItemization');
  return series.caveats.map((id) => {
    const detail = t(`compare.caveat.${id}.detail`, params);
    return {
      id,
      line: t(`compare.caveat.${id}`, params),
      detail:
        id === 'partialItemization' && partial2017
          ? `${t('compare.caveat.partialItemization.2017')} ${detail}`
          : detail,
    };
  });
}
