/** Matching typed text against place names, the way readers type them. */
import { byName, type PlaceNames } from '../data/names';
import type { Lang } from '../i18n/translate';

export interface SearchOption {
  kind: 'country' | 'entity';
  code: string;
  name: string;
}

/** Lower case without accents: "mexico" finds "México", "peru" finds "Perú". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Names that start with the query first, then names that contain it; a code matches exactly. */
export function searchPlaces(options: readonly SearchOption[], query: string, limit: number): SearchOption[] {
  const q = fold(query.trim());
  if (q === '') return [];
  const starts: SearchOption[] = [];
  const contains: SearchOption[] = [];
  for (const o of options) {
    const n = fold(o.name);
    if (n.startsWith(q) || fold(o.code) === q) starts.push(o);
    else if (n.includes(q) || n.split(/[\s-]+/).some((word) => word.startsWith(q))) contains.push(o);
  }
  return [...starts, ...contains].slice(0, limit);
}

/** The options the search offers: entities first, then countries, each alphabetical in the reader's language. */
export function placeOptions(
  countries: readonly string[],
  entities: readonly string[],
  names: PlaceNames,
  lang: Lang,
): SearchOption[] {
  const option = (kind: SearchOption['kind'], map: ReadonlyMap<string, string>) => (code: string) => ({
    kind,
    code,
    name: map.get(code) ?? code,
  });
  return [
    ...[...entities].sort(byName(names.entities, lang)).map(option('entity', names.entities)),
    ...[...countries].sort(byName(names.countries, lang)).map(option('country', names.countries)),
  ];
}
