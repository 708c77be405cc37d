/** Picks a dictionary by language and fills `{placeholders}`. */
import { en } from './en';
import { es, type MessageKey, type Messages } from './es';

export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const DICTIONARIES: Record<Lang, Messages> = { es, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const messages = DICTIONARIES[lang];
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
