/**
 * The names the press uses for places, beyond the reports' spellings and the two official names:
 * what a journalist types into the search ("EUA", "EE.UU.", "CDMX", "Edomex", "Holanda"…). Kept as
 * data (place_aliases.csv) so that other tools can use it too. The search ignores accents, case and
 * punctuation, so one form stands for all of its spellings ("EE.UU." also finds "EEUU" and "EE UU"). Every alias must lead to exactly one
 * place: the build stops when one matches another place's name or spelling.
 */
import { searchKey } from '../../src/lib/explorer/search.ts';
import type { Country } from './countries.ts';
import type { Entity } from './entities.ts';

export interface AliasRow {
  alias: string;
  country_iso3: string;
  entity_code: string;
}

const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  USA: ['EE.UU.', 'EU', 'USA', 'US', 'Unión Americana'],
  GBR: ['Gran Bretaña', 'Inglaterra', 'UK', 'Great Britain', 'Britain', 'England'],
  VAT: ['Vaticano', 'Ciudad del Vaticano', 'Vatican', 'Vatican City'],
  KOR: ['Corea del Sur', 'Corea', 'Korea', 'Republic of Korea'],
  NLD: ['Holanda', 'Holland', 'The Netherlands'],
  RUS: ['Russia'],
  CZE: ['Chequia', 'Czechia'],
  TUR: ['Turkey'],
  MKD: ['Macedonia', 'North Macedonia'],
  CHN: ['China continental', 'PRC'],
  ARE: ['EAU', 'UAE', 'Emiratos'],
  BHR: ['Baréin'],
  DOM: ['Dominicana'],
};

const ENTITY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '09': ['DF', 'Distrito Federal'],
  '15': ['Edomex', 'Edo. de México', 'Mexico State'],
  '23': ['Q. Roo'],
  '24': ['San Luis'],
};

/** The alias rows, checked against every name and spelling of the code lists. */
export function aliasRows(countries: readonly Country[], entities: readonly Entity[]): AliasRow[] {
  // Every official name, spelling and abbreviation, by search key, with the place it names.
  const owner = new Map<string, string>();
  const claim = (text: string, place: string) => {
    const key = searchKey(text);
    const previous = owner.get(key);
    if (previous !== undefined && previous !== place)
      throw new Error(`aliases: "${text}" names both ${previous} and ${place}`);
    owner.set(key, place);
  };
  for (const c of countries)
    for (const n of [c.name_es, c.name_en, ...c.spellings]) claim(n, `country ${c.country_iso3}`);
  for (const e of entities)
    for (const n of [e.name_es, e.name_en, e.abbreviation, ...e.spellings]) claim(n, `entity ${e.code}`);

  const rows: AliasRow[] = [];
  const add = (alias: string, country: string, entity: string, place: string) => {
    // An alias the search already finds (a name with its accents dropped) would only be noise.
    if (owner.has(searchKey(alias))) throw new Error(`aliases: "${alias}" is already a name or spelling`);
    claim(alias, place);
    rows.push({ alias, country_iso3: country, entity_code: entity });
  };
  for (const [code, aliases] of Object.entries(COUNTRY_ALIASES)) {
    if (!countries.some((c) => c.country_iso3 === code)) throw new Error(`aliases: no country ${code}`);
    for (const a of aliases) add(a, code, '', `country ${code}`);
  }
  for (const [code, aliases] of Object.entries(ENTITY_ALIASES)) {
    if (!entities.some((e) => e.code === code)) throw new Error(`aliases: no entity ${code}`);
    for (const a of aliases) add(a, '', code, `entity ${code}`);
  }
  return rows.sort((a, b) => (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));
}
