/** Place names in the reader's language, from countries.csv and entities.csv. */
import type { Lang } from '../i18n/translate';
import type { DataTables } from './load';
import { rowsOf } from './queries';
import type { CountryRow, EntityRow, PlaceKind } from './schema';

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

/** Locale-aware alphabetical order, so "Ciudad de México" sorts with the C's in both languages. */
export function byName(names: ReadonlyMap<string, string>, lang: Lang): (a: string, b: string) => number {
  const collator = new Intl.Collator(lang === 'es' ? 'es-MX' : 'en-US', { sensitivity: 'base' });
  return (a, b) => collator.compare(names.get(a) ?? a, names.get(b) ?? b);
}
