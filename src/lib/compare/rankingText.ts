/**
 * The words of the ranking of change: each change as a signed figure, or the
 * reason it is not computed, in the reader's language; shared by the table and
 * its tests so they never disagree.
 */
import { formatNumber, formatPercent, formatProcess } from '../i18n/format';
import type { Lang, Translate } from '../i18n/translate';
import type { RankingRow } from './ranking';

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);

/** Why the row has no change, in words; null when it has one. */
export function reasonText(row: RankingRow, t: Translate): string | null {
  if (row.reason === null) return null;
  const process = row.reason.process === null ? '' : formatProcess(row.reason.process);
  return t(`rank.reason.${row.reason.kind}`, { process });
}

export function absoluteText(row: RankingRow, t: Translate, lang: Lang): string {
  if (row.absolute === null) return reasonText(row, t) ?? '';
  return signed(formatNumber(row.absolute, lang), row.absolute);
}

/** The relative change, or why not: the row's reason, or a zero earlier figure. */
export function relativeText(row: RankingRow, t: Translate, lang: Lang): string {
  if (row.relative !== null) return signed(formatPercent(row.relative, lang), row.relative);
  if (row.fromZero) {
    const from = row.points.at(-2);
    return t('rank.reason.fromZero', { process: from ? formatProcess(from.process) : '' });
  }
  return reasonText(row, t) ?? '';
}
