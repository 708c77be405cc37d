/** The language as a URL parameter: `?lang=en`; Spanish, the default, leaves the URL clean. */
import { LANGS, type Lang } from '../i18n/translate';

export const DEFAULT_LANG: Lang = 'es';

export function decodeLang(params: URLSearchParams): Lang {
  const value = params.get('lang');
  return (LANGS as readonly string[]).includes(value ?? '') ? (value as Lang) : DEFAULT_LANG;
}

/** The `lang` value present in the URL that is not a language, if any, so the page can say it was ignored. */
export function rejectedLang(params: URLSearchParams): string | null {
  const value = params.get('lang');
  return value !== null && !(LANGS as readonly string[]).includes(value) ? value : null;
}

/** The same URL with `lang` set for this language; other parameters and the hash are kept. */
export function encodeLang(url: URL, lang: Lang): URL {
  const next = new URL(url);
  if (lang === DEFAULT_LANG) next.searchParams.delete('lang');
  else next.searchParams.set('lang', lang);
  return next;
}
