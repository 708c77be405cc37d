// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { UnknownCountryError, countryCode, countryList } from '../../scripts/data/countries.ts';
import { ENTITIES, entityByAbbreviation, entityByName } from '../../scripts/data/entities.ts';

describe('country spellings of the reports', () => {
  it.each([
    ['EUA', 'USA'],
    ['Estados Unidos de América', 'USA'],
    ['Estados Unidos', 'USA'],
    ['Nueva Zelandia', 'NZL'],
    ['Nueva Zelanda', 'NZL'],
    ['Federación de Rusia', 'RUS'],
    ['Rusia', 'RUS'],
    ['República Popular China', 'CHN'],
    ['China', 'CHN'],
    ['Estado de la Ciudad del Vaticano', 'VAT'],
    ['República de Corea', 'KOR'],
    ['Hong Kong', 'HKG'],
    ['Bahréin', 'BHR'],
    ['Bermudas', 'BMU'],
    ['Reino Unido', 'GBR'],
    ['Países Bajos', 'NLD'],
    ['República de Macedonia del Norte', 'MKD'],
  ])('maps %s to %s', (spelling, iso3) => {
    expect(countryCode(spelling)).toBe(iso3);
  });

  it('refuses a spelling it does not know rather than guessing', () => {
    expect(() => countryCode('Atlántida')).toThrow(UnknownCountryError);
  });

  it('gathers every spelling of a country in one row with ISO numeric codes', () => {
    const list = countryList(['EUA', 'Estados Unidos de América', 'Rusia', 'Federación de Rusia', 'Bermudas']);
    expect(list.map((c) => c.country_iso3)).toEqual(['BMU', 'RUS', 'USA']);
    const usa = list.find((c) => c.country_iso3 === 'USA')!;
    expect(usa.country_num).toBe('840');
    expect(usa.spellings).toEqual(['EUA', 'Estados Unidos de América']);
    expect(usa.name_es).toBe('Estados Unidos');
    expect(list.find((c) => c.country_iso3 === 'BMU')!.country_num).toBe('060');
  });
});

describe('entities', () => {
  it("uses INEGI's keys 01–32, each once", () => {
    expect(ENTITIES.map((e) => e.code)).toEqual(Array.from({ length: 32 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it.each([
    ['AGS', '01'],
    ['COAH', '05'],
    ['CHIS', '07'],
    ['CHIH', '08'],
    ['CDMX', '09'],
    ['MEX', '15'],
    ['N.L.', '19'],
    ['QR', '23'],
    ['ZAC', '32'],
  ])('reads the 2023-24 column %s as INEGI %s', (abbreviation, code) => {
    expect(entityByAbbreviation(abbreviation)?.code).toBe(code);
  });

  it.each([
    ['México', '15'],
    ['Baja california Sur', '03'],
    ['Ciudad de México', '09'],
    ['Michoacán', '16'],
    ['Querétaro', '22'],
  ])('reads the printed name %s as %s', (name, code) => {
    expect(entityByName(name)?.code).toBe(code);
  });
});
