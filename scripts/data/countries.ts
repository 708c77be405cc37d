/**
 * Country spellings of the reports → ISO 3166-1. Standard names and codes come from
 * i18n-iso-countries; only the spellings it does not know are listed here by hand.
 */
import countries from 'i18n-iso-countries';
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { fold } from './text.ts';

countries.registerLocale(es);
countries.registerLocale(en);

/** Spellings in the reports that the library's Spanish names do not match. */
const EXCEPTIONS: Record<string, string> = {
  EUA: 'USA',
  'Estados Unidos de América': 'USA',
  'Nueva Zelandia': 'NZL',
  'Federación de Rusia': 'RUS',
  'República Popular China': 'CHN',
  Bahréin: 'BHR',
  'Estado de la Ciudad del Vaticano': 'VAT',
  'República de Macedonia del Norte': 'MKD',
  Rumania: 'ROU',
  Qatar: 'QAT',
};
const exceptions = new Map(Object.entries(EXCEPTIONS).map(([k, v]) => [fold(k), v]));

export class UnknownCountryError extends Error {}

/** ISO alpha-3 code of a spelling printed in a report; throws for an unknown one. */
export function countryCode(spelling: string): string {
  const code = exceptions.get(fold(spelling)) ?? countries.getAlpha3Code(spelling.trim(), 'es');
  if (!code) throw new UnknownCountryError(`no ISO code for the country spelling "${spelling}"`);
  return code;
}

export interface Country {
  country_iso3: string;
  country_num: string;
  name_es: string;
  name_en: string;
  spellings: string[];
}

/** Canonical Spanish name, as the library gives it. */
export function countryNameEs(iso3: string): string {
  return countries.getName(iso3, 'es') ?? iso3;
}

/** The code list for every spelling met, one row per country, sorted by code. */
export function countryList(spellings: Iterable<string>): Country[] {
  const byCode = new Map<string, Set<string>>();
  for (const s of spellings) {
    const code = countryCode(s);
    if (!byCode.has(code)) byCode.set(code, new Set());
    byCode.get(code)!.add(s);
  }
  return [...byCode.keys()].sort().map((code) => ({
    country_iso3: code,
    country_num: countries.alpha3ToNumeric(code) ?? '',
    name_es: countryNameEs(code),
    name_en: countries.getName(code, 'en') ?? code,
    // Code-point order, not a locale collation: the output must not depend on the machine's ICU data.
    spellings: [...byCode.get(code)!].sort(),
  }));
}
