/** Place names in the reader's language, from countries.csv and entities.csv. */
import type { Lang } from '../i18n/translate';
import type { DataTables } from './load';
import { rowsOf } from './queries';
import type { CountryRow, EntityRow, PlaceAliasRow, PlaceKind } from './schema';

export interface PlaceNames {
  countries: ReadonlyMap<string, string>;
  entities: ReadonlyMap<string, string>;
}

/** A place's name in the reader's language, by kind of place; a code without a name is its own name. */
export type PlaceNamer = Record<PlaceKind, (code: string) => string>;

export function namerOf(names: PlaceNames): PlaceNamer {
  return {
    country: (code) => names.countries.get(code) ?? code,
    entity: (code) => names.entities.get(code) ?? code,
  };
}

/** English names fall back to the Spanish one where the file has none. */
export function placeNames(tables: Pick<DataTables, 'countries' | 'entities'>, lang: Lang): PlaceNames {
  const countries = rowsOf<CountryRow>(tables.countries);
  const entities = rowsOf<EntityRow>(tables.entities);
  const pick = (row: { name_es: string; name_en: string | null }) =>
    lang === 'en' && row.name_en ? row.name_en : row.name_es;
  return {
    countries: new Map(countries.map((c) => [c.country_iso3, pick(c)])),
    entities: new Map(entities.map((e) => [e.entity_code, pick(e)])),
  };
}

/** Every text that names a place, by kind and code: both names, the reports' spellings, INE's abbreviation, the press's aliases. */
export type PlaceSpellings = Record<PlaceKind, ReadonlyMap<string, readonly string[]>>;

/** Without place_aliases.csv (an older package) the search still knows the names and spellings. */
export function placeSpellings(tables: DataTables): PlaceSpellings {
  const split = (s: string | null) => (s ? s.split('|') : []);
  const country = new Map<string, string[]>();
  const entity = new Map<string, string[]>();
  for (const c of rowsOf<CountryRow>(tables.countries))
    country.set(c.country_iso3, [c.name_es, c.name_en ?? '', ...split(c.spellings)].filter(Boolean));
  for (const e of rowsOf<EntityRow>(tables.entities))
    entity.set(
      e.entity_code,
      [e.name_es, e.name_en ?? '', e.abbreviation ?? '', ...split(e.spellings)].filter(Boolean),
    );
  if (tables.place_aliases !== undefined) {
    for (const a of rowsOf<PlaceAliasRow>(tables.place_aliases)) {
      if (a.country_iso3) country.get(a.country_iso3)?.push(a.alias);
      else if (a.entity_code) entity.get(a.entity_code)?.push(a.alias);
    }
  }
  return { country, entity };
}

/** Locale-aware alphabetical order, so "Ciudad de México" sorts with the C's in both languages. */
export function byName(names: ReadonlyMap<string, string>, lang: Lang): (a: string, b: string) => number {
  const collator = new Intl.Collator(lang === 'es' ? 'es-MX' : 'en-US', { sensitivity: 'base' });
  return (a, b) => collator.compare(names.get(a) ?? a, names.get(b) ?? b);
}
