/**
 * A figure as words a newsroom can quote: the number with its unit in the
 * right grammatical number ("1 solicitud", "2 solicitudes"), and what its
 * quality flag obliges one to say ("alrededor de" for a rounded share, a
 * computed or uncertain figure named as such).
 */
import type { Measure, Quality } from '../data/schema';
import type { MessageKey } from '../i18n/es';
import { formatNumber, LOCALES } from '../i18n/format';
import type { Lang, Translate } from '../i18n/translate';

export interface Quantity {
  value: number;
  quality: Quality;
  note: string | null;
}

const plurals = new Map<Lang, Intl.PluralRules>();

/** `one` or `other`: Spanish and English both have just these two for whole numbers. */
export function pluralOf(value: number, lang: Lang): 'one' | 'other' {
  let rules = plurals.get(lang);
  if (rules === undefined) {
    rules = new Intl.PluralRules(LOCALES[lang]);
    plurals.set(lang, rules);
  }
  return rules.select(value) === 'one' ? 'one' : 'other';
}

/** A message in the form that agrees with `value` (its key ends in `.one` or `.other`). */
export function agreeing(
  t: Translate,
  key: string,
  value: number,
  lang: Lang,
  params: Record<string, string | number>,
) {
  return t(`${key}.${pluralOf(value, lang)}` as MessageKey, params);
}

/** The note the 2017-18 pipeline writes on a count computed from a rounded percentage. */
const ROUNDED_SHARE = /\(a rounded share\)/;

/** e.g. "51,185 solicitudes", "alrededor de 336 solicitudes SIILNERE", "1 request". */
export function amount(q: Quantity, measure: Measure, t: Translate, lang: Lang): string {
  const text = agreeing(t, `facts.unit.${measure}`, q.value, lang, { n: formatNumber(q.value, lang) });
  if (q.quality === 'derived' && q.note !== null && ROUNDED_SHARE.test(q.note))
    return t('facts.about', { amount: text });
  if (q.quality === 'derived') return t('facts.derived', { amount: text });
  if (q.quality === 'uncertain') return t('facts.uncertain', { amount: text });
  return text;
}
