/** The words of a notice, in the page's language, with place names as the reader sees them. */
import { formatList, formatProcess } from '../i18n/format';
import type { Lang, Translate } from '../i18n/translate';
import type { Notice } from '../state/rules';
import { MAX_PLACES, type DroppedPlaces } from '../state/url';
import type { PlaceNamer } from '../data/names';

/** How much of a rejected value a notice quotes: enough to recognise it, never a wall of text. */
const QUOTED = 80;

/** How many dropped codes of each reason a notice names before "and N more". */
const NAMED = 5;

/** «ZZZ», «XXX» y 3 más: quoted and cut, so a hostile list makes one short sentence. */
function quoted(codes: readonly string[], t: Translate, lang: Lang): string {
  const shown = codes.slice(0, NAMED).map((c) => `«${c.slice(0, QUOTED)}»`);
  if (codes.length > NAMED) shown.push(t('notice.placesDropped.andMore', { count: codes.length - NAMED }));
  return formatList(shown, lang);
}

/** Each reason a list lost items, with the items: "«ZZZ» (no existe), «ESP» (repetido) y un elemento vacío". */
function droppedList(dropped: DroppedPlaces, t: Translate, lang: Lang): string {
  const parts: string[] = [];
  const many = (codes: readonly string[]) => codes.length > 1;
  if (dropped.unknown.length > 0)
    parts.push(
      t(many(dropped.unknown) ? 'notice.placesDropped.unknownMany' : 'notice.placesDropped.unknown', {
        codes: quoted(dropped.unknown, t, lang),
      }),
    );
  if (dropped.repeated.length > 0)
    parts.push(
      t(many(dropped.repeated) ? 'notice.placesDropped.repeatedMany' : 'notice.placesDropped.repeated', {
        codes: quoted(dropped.repeated, t, lang),
      }),
    );
  if (dropped.empty > 0)
    parts.push(
      dropped.empty === 1
        ? t('notice.placesDropped.empty')
        : t('notice.placesDropped.emptyMany', { count: dropped.empty }),
    );
  if (dropped.overLimit.length > 0)
    parts.push(t('notice.placesDropped.overLimit', { codes: quoted(dropped.overLimit, t, lang), max: MAX_PLACES }));
  return formatList(parts, lang);
}

export function noticeText(notice: Notice, t: Translate, lang: Lang, names: PlaceNamer): string {
  switch (notice.kind) {
    case 'rejected':
      return t('notice.rejected', { param: notice.param, value: notice.value.slice(0, QUOTED) });
    case 'embedOnly':
      return t('notice.embedOnly', { param: notice.param, value: notice.value.slice(0, QUOTED) });
    case 'measureFallback':
      return t('notice.measureFallback', {
        measure: t(`measure.${notice.measure}`),
        process: formatProcess(notice.process),
        fallback: t(`measure.${notice.fallback}`),
      });
    case 'selectionDropped': {
      const process = formatProcess(notice.process);
      const named = notice.countries.map(names.country);
      return named.length === 1
        ? t('notice.selectionDropped', { name: named[0], process })
        : t('notice.selectionDroppedMany', { names: formatList(named, lang), process });
    }
    case 'placesDropped':
      return t('notice.placesDropped', { param: notice.param, list: droppedList(notice.dropped, t, lang) });
    case 'selectionFull':
      return t('select.full', {
        max: MAX_PLACES,
        kind: t(`select.full.${notice.place}`),
        name: names[notice.place](notice.code),
      });
  }
}
