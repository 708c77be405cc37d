/** Numbers and dates per language, with Intl; fixed locales so output does not depend on the browser. */
import type { Lang } from './translate';

export const LOCALES: Record<Lang, string> = { es: 'es-MX', en: 'en-US' };

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** `51185` → `51,185` (both es-MX and en-US group with commas). */
export function formatNumber(value: number, lang: Lang): string {
  let format = numberFormats.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 });
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

const percentFormats = new Map<Lang, Intl.NumberFormat>();
// Building an Intl.NumberFormat costs far more than using one; a table formats hundreds of shares.
const smallPercentFormats = new Map<Lang, Intl.NumberFormat>();

/** `0.7009` → `70.1%` (es-MX and en-US); below 0.1 % keeps two decimals so it never reads as 0. */
export function formatPercent(fraction: number, lang: Lang): string {
  let format = percentFormats.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALES[lang], {
      style: 'percent',
      maximumFractionDigits: 1,
      minimumFractionDigits: 1,
    });
    percentFormats.set(lang, format);
  }
  if (fraction > 0 && fraction < 0.001) {
    let small = smallPercentFormats.get(lang);
    if (small === undefined) {
      small = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumSignificantDigits: 1 });
      smallPercentFormats.set(lang, small);
    }
    return small.format(fraction);
  }
  return format.format(fraction);
}

/** `['A', 'B', 'C']` → `A, B y C` (es) or `A, B, and C` (en). */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2023-11-30` → `30 nov 2023` (es) or `Nov 30, 2023` (en); anything else is returned as is. */
export function formatDate(iso: string, lang: Lang): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  let format = dateFormats.get(lang);
  if (format === undefined) {
    // UTC on both sides: a calendar date must not shift with the reader's time zone.
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** `2023-2024` → `2023–2024`: a range of years takes an en dash in both languages. */
export function formatProcess(process: string): string {
  return process.replace('-', '–');
}
