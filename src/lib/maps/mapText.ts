/**
 * The words that stand in for a map: a label per place for screen readers
 * and tooltips, and a summary sentence that says what the map shows.
 */
import type { MapFigures, PlaceFigure, Unavailable } from '../data/mapQueries';
import { formatList, formatNumber, formatPercent } from '../i18n/format';
import type { MessageKey } from '../i18n/es';
import type { Lang, Translate } from '../i18n/translate';

/** How many places the summary names after the first. */
const RUNNERS_UP = 2;

/** A place's value as words: the number, or the state that replaces it. */
export function statusText(place: PlaceFigure, t: Translate, lang: Lang): string {
  return place.value !== null ? formatNumber(place.value, lang) : t(`status.${place.status}`);
}

/** e.g. "España: 2,610 (5.1% del total, puesto 3 de 89, incierto)". */
export function placeLabel(place: PlaceFigure, name: string, count: number, t: Translate, lang: Lang): string {
  if (place.value === null) return `${name}: ${statusText(place, t, lang)}`;
  const details = [
    place.share !== null ? t('tip.share', { share: formatPercent(place.share, lang) }) : null,
    place.rank !== null ? t('tip.rank', { rank: place.rank, count }) : null,
    place.quality !== null && place.quality !== 'exact' ? t(`quality.${place.quality}`) : null,
  ].filter((d): d is string => d !== null);
  return `${name}: ${formatNumber(place.value, lang)}${details.length ? ` (${details.join(', ')})` : ''}`;
}

/**
 * e.g. "Estados Unidos concentra 70.1% de las solicitudes (35,875 de 51,185).
 * Le siguen Canadá (7.7%) y España (5.1%)." With a selection on the other
 * map, it opens with how much of the selection could be attributed.
 */
export function summarize(
  view: MapFigures,
  name: (code: string) => string,
  /** The selection on the other map that narrows this one: an entity (world map) or a country (Mexico map). */
  filter: { kind: 'entity' | 'country'; name: string } | null,
  t: Translate,
  lang: Lang,
): string {
  const selectionName = filter?.name ?? null;
  const ranked = view.places
    .filter((p) => p.status === 'value' && p.share !== null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const sentences: string[] = [];
  if (selectionName !== null && view.denominator !== null && view.attributed !== null) {
    sentences.push(
      view.attributed === view.denominator.value
        ? t('summary.allAttributed', { name: selectionName, total: formatNumber(view.denominator.value, lang) })
        : t('summary.attributed', {
            name: selectionName,
            total: formatNumber(view.denominator.value, lang),
            attributed: formatNumber(view.attributed, lang),
          }),
    );
  }
  const [top, ...rest] = ranked;
  if (top === undefined || view.denominator === null) {
    sentences.push(t('summary.none'));
    return sentences.join(' ');
  }
  // A derived or uncertain figure says so wherever it is quoted.
  const flagged = (p: PlaceFigure, text: string) =>
    p.quality !== null && p.quality !== 'exact' ? `${text}, ${t(`quality.${p.quality}`)}` : text;
  const params = {
    name:
      top.quality !== null && top.quality !== 'exact'
        ? `${name(top.code)} (${t(`quality.${top.quality}`)})`
        : name(top.code),
    share: formatPercent(top.share as number, lang),
    value: formatNumber(top.value as number, lang),
    total: formatNumber(view.denominator.value, lang),
  };
  sentences.push(
    filter === null ? t('summary.top', params) : t(`summary.topOf.${filter.kind}`, { ...params, of: filter.name }),
  );
  const next = rest
    .slice(0, RUNNERS_UP)
    .map((p) => `${name(p.code)} (${flagged(p, formatPercent(p.share as number, lang))})`);
  if (next.length > 0) sentences.push(t('summary.next', { list: formatList(next, lang) }));
  const gaps = view.places.filter((p) => p.value === null);
  for (const status of ['notAttributable', 'notApplicable', 'notReported'] as const) {
    const count = gaps.filter((p) => p.status === status).length;
    if (count > 0) sentences.push(t(count === 1 ? `summary.one.${status}` : `summary.count.${status}`, { count }));
  }
  return sentences.join(' ');
}

/** The reasons a map has nothing to draw that name the other map's selection, with a plural wording. */
const SELECTION_REASONS = new Set(['countryNotListed', 'entityNotApplicable', 'entityNotReported']);

/** The message that says why a map has nothing to draw; for several selected places, their plural wording. */
export function unavailableKey(reason: Unavailable, selected: number): MessageKey {
  return (
    selected > 1 && SELECTION_REASONS.has(reason) ? `map.unavailable.${reason}Many` : `map.unavailable.${reason}`
  ) as MessageKey;
}

/** How many places a selection's name spells out before "and N more". */
const NAMED = 3;

/** A selection in words: "España", "España y Portugal", "España, Portugal, Francia y 2 más"; null for none. */
export function selectionName(names: readonly string[], t: Translate, lang: Lang): string | null {
  if (names.length === 0) return null;
  if (names.length <= NAMED + 1) return formatList(names, lang);
  return formatList([...names.slice(0, NAMED), t('select.more', { count: names.length - NAMED })], lang);
}
