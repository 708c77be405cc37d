/** The words of a notice, in the page's language, with place names as the reader sees them. */
import { formatList, formatProcess } from '../i18n/format';
import type { Lang, Translate } from '../i18n/translate';
import type { Notice } from '../state/rules';
import type { PlaceNamer } from '../data/names';

/** How much of a rejected value a notice quotes: enough to recognise it, never a wall of text. */
const QUOTED = 80;

export function noticeText(notice: Notice, t: Translate, lang: Lang, names: PlaceNamer): string {
  switch (notice.kind) {
    case 'rejected':
      return t('notice.rejected', { param: notice.param, value: notice.value.slice(0, QUOTED) });
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
    case 'firstPlaceShown':
      return t(`notice.firstPlaceShown.${notice.place}`, { name: names[notice.place](notice.code) });
  }
}
