import { describe, expect, it } from 'vitest';
import { decodeLang, encodeLang, rejectedLang } from '../../src/lib/state/language';

describe('language in the URL', () => {
  it.each([
    ['', 'es'],
    ['?lang=en', 'en'],
    ['?lang=es', 'es'],
    ['?lang=fr', 'es'],
    ['?lang=EN', 'es'],
    ['?x=1&lang=en', 'en'],
  ])('decodes %j as %s', (search, lang) => {
    expect(decodeLang(new URLSearchParams(search))).toBe(lang);
  });

  it('round-trips each language and keeps other parameters and the hash', () => {
    const url = new URL('https://example.test/sub/?view=map#source-1');
    const english = encodeLang(url, 'en');
    expect(english.href).toBe('https://example.test/sub/?view=map&lang=en#source-1');
    expect(decodeLang(english.searchParams)).toBe('en');
    const spanish = encodeLang(english, 'es');
    expect(spanish.href).toBe('https://example.test/sub/?view=map#source-1');
    expect(decodeLang(spanish.searchParams)).toBe('es');
  });

  it('reports a lang value that is not a language, and nothing else', () => {
    expect(rejectedLang(new URLSearchParams('lang=fr'))).toBe('fr');
    expect(rejectedLang(new URLSearchParams('lang=<b>'))).toBe('<b>');
    expect(rejectedLang(new URLSearchParams('lang=en'))).toBeNull();
    expect(rejectedLang(new URLSearchParams('country=ESP'))).toBeNull();
  });
});
