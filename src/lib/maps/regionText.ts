/** The sentences that state a region's figure: its total (the Europe zoom) and what a selected region leaves out. */
import type { RegionFigure, RegionSelection } from '../data/regions';
import { formatList, formatNumber, formatPercent } from '../i18n/format';
import type { Lang, Translate } from '../i18n/translate';

/**
 * e.g. "Europa: 8,969 solicitudes (17.5% del total) desde 35 países desglosados, cifra derivada."
 * With members that cannot be attributed, the sum is a floor and says how much it misses. Null
 * when the region has no figure.
 */
export function regionTotalText(figure: RegionFigure, name: string, t: Translate, lang: Lang): string | null {
  const { cell } = figure;
  if (cell.value === null) return null;
  if (figure.notAttributable !== null) {
    return t('regions.totalPartial', {
      name,
      value: formatNumber(cell.value, lang),
      missing: figure.notAttributable.countries,
      requests: formatNumber(figure.notAttributable.requests, lang),
    });
  }
  return t('regions.total', {
    name,
    value: formatNumber(cell.value, lang),
    share: figure.share === null ? '—' : formatPercent(figure.share, lang),
    count: figure.listed,
    quality: cell.quality === 'exact' ? '' : t(`regions.${cell.quality}`),
  });
}

/** What the Mexico map cannot show of a selected region; null when it shows all of it. */
export function leftOutText(selection: RegionSelection, name: string, t: Translate, lang: Lang): string | null {
  const { countries, requests } = selection.leftOut;
  if (countries.length === 0) return null;
  return t('regions.leftOut', { requests: formatNumber(requests, lang), countries: countries.length, name });
}

/** What the Mexico map cannot show of several picked countries, each named; null when it shows all of them. */
export function pickedLeftOutText(
  selection: RegionSelection,
  name: (code: string) => string,
  t: Translate,
  lang: Lang,
): string | null {
  const { countries, requests } = selection.leftOut;
  if (countries.length === 0) return null;
  return t('select.leftOut', { requests: formatNumber(requests, lang), list: formatList(countries.map(name), lang) });
}
