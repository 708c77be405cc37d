/** Picks a dictionary by language and fills `{placeholders}`. */
import { en } from './en';
import { es, type MessageKey, type Messages } from './es';

export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const DICTIONARIES: Record<Lang, Messages> = { es, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const translators = new Map<Lang, Translate>();

/** One function per language, made once: components ask for it on every render. */
export function translator(lang: Lang): Translate {
  let t = translators.get(lang);
  if (t === undefined) {
    const messages = DICTIONARIES[lang];
    t = (key, params = {}) =>
      messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
    translators.set(lang, t);
  }
  return t;
}
