import { describe, expect, it } from 'vitest';
import { compareHeadline, mapHeadline } from '../../src/lib/export/headline';
import { translator } from '../../src/lib/i18n/translate';

describe('mapHeadline', () => {
  const cases = [
    { lang: 'es', map: 'world', filter: 'Jalisco', expected: 'Dónde viven quienes se registraron desde Jalisco' },
    { lang: 'en', map: 'world', filter: 'Jalisco', expected: 'Where those who registered from Jalisco live' },
    {
      lang: 'es',
      map: 'mexico',
      filter: 'Estados Unidos',
      expected: 'De qué entidad son quienes se registraron desde Estados Unidos',
    },
    {
      lang: 'en',
      map: 'mexico',
      filter: 'United States',
      expected: 'Where in Mexico those who registered from United States come from',
    },
    {
      lang: 'es',
      map: 'world',
      filter: null,
      expected: 'En qué países viven quienes se registraron para votar desde el extranjero',
    },
    { lang: 'en', map: 'world', filter: null, expected: 'Where Mexicans who registered to vote from abroad live' },
    {
      lang: 'es',
      map: 'mexico',
      filter: null,
      expected: 'De qué entidad son quienes se registraron para votar desde el extranjero',
    },
    {
      lang: 'en',
      map: 'mexico',
      filter: null,
      expected: 'Where in Mexico those who registered to vote from abroad come from',
    },
  ] as const;
  it.each(cases)('$lang $map narrowed by $filter', ({ lang, map, filter, expected }) => {
    expect(mapHeadline(map, filter, translator(lang))).toBe(expected);
  });

  it('keeps a name as given, whatever it holds (escaping is the image’s job)', () => {
    expect(mapHeadline('world', '<b>{name}</b>', translator('es'))).toBe(
      'Dónde viven quienes se registraron desde <b>{name}</b>',
    );
  });
});

describe('compareHeadline', () => {
  const cases = [
    {
      lang: 'es',
      scope: 'Jalisco',
      measure: 'received',
      expected: 'Jalisco: solicitudes recibidas en cada proceso electoral',
    },
    {
      lang: 'en',
      scope: 'Jalisco',
      measure: 'received',
      expected: 'Jalisco: requests received in each electoral process',
    },
    // Only the first letter is lowered: an acronym keeps its capitals.
    {
      lang: 'es',
      scope: 'España',
      measure: 'received_siilnere',
      expected: 'España: solicitudes SIILNERE recibidas en cada proceso electoral',
    },
    {
      lang: 'en',
      scope: 'Spain',
      measure: 'received_siilnere',
      expected: 'Spain: SIILNERE requests received in each electoral process',
    },
    { lang: 'es', scope: null, measure: 'received', expected: 'Solicitudes recibidas en cada proceso electoral' },
    { lang: 'en', scope: null, measure: 'received', expected: 'Requests received in each electoral process' },
  ] as const;
  it.each(cases)('$lang $scope $measure', ({ lang, scope, measure, expected }) => {
    expect(compareHeadline(scope, measure, translator(lang))).toBe(expected);
  });
});
