/**
 * Matching typed text against places the way readers and newsrooms type
 * them: both official names whatever the page language, every spelling of
 * the reports, INE's abbreviations and the press's aliases
 * (place_aliases.csv), ignoring accents, case and punctuation.
 */
import { distance } from 'fastest-levenshtein';
import { byName, type PlaceNames, type PlaceSpellings } from '../data/names';
import type { Lang } from '../i18n/translate';
import type { Region } from '../data/regions';

export interface SearchOption {
  kind: 'country' | 'entity' | 'region';
  code: string;
  /** The official name in the page's language: what the result shows. */
  name: string;
  /** Every text that finds the place, as typed (the shown name first). */
  terms: readonly string[];
}

export interface SearchMatch {
  option: SearchOption;
  /** The alias or spelling that matched, when it is not the shown name: the reader sees why. */
  via: string | null;
}

/** Lower case without accents: "mexico" finds "México", "peru" finds "Perú". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folded, without spaces or punctuation: "EE.UU.", "EE UU" and "eeuu" are one key. */
export function searchKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The folded words of a text, for "sur" to find "Corea del Sur". */
const wordsOf = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** How well a term matches: 0 exact, 1 starts with, 2 a word starts with, 3 contains; null when not. */
function rank(term: string, q: string): number | null {
  const key = searchKey(term);
  if (key === q) return 0;
  if (key.startsWith(q)) return 1;
  if (wordsOf(term).some((w) => w.startsWith(q))) return 2;
  // Inside a word only from three letters on: two letters match too much to help.
  if (q.length >= 3 && key.includes(q)) return 3;
  return null;
}

/** Best matches first (exact, then prefix, word, inside), ties in the options' order; a code matches exactly. */
export function searchPlaces(options: readonly SearchOption[], query: string, limit: number): SearchMatch[] {
  const q = searchKey(query);
  if (q === '') return [];
  const scored: { match: SearchMatch; score: number; index: number }[] = [];
  options.forEach((option, index) => {
    let best: { score: number; term: string } | null = null;
    for (const term of option.terms) {
      const score = rank(term, q);
      if (score !== null && (best === null || score < best.score)) best = { score, term };
    }
    if (searchKey(option.code) === q) best = { score: 0, term: option.name };
    if (best === null) return;
    const via = searchKey(best.term) === searchKey(option.name) || rank(option.name, q) !== null ? null : best.term;
    scored.push({ match: { option, via }, score: best.score, index });
  });
  scored.sort((a, b) => a.score - b.score || a.index - b.index);
  return scored.slice(0, limit).map((s) => s.match);
}

/**
 * The closest places to a query that matches none, by edit distance to the
 * start of each term (so a typo in the first letters typed counts, not the
 * letters not yet typed). Only close ones: at most a third of the query's
 * letters wrong, and at least one.
 */
export function suggestPlaces(options: readonly SearchOption[], query: string, limit: number): SearchOption[] {
  const q = searchKey(query);
  if (q.length < 2) return [];
  const allowed = Math.max(1, Math.floor(q.length / 3));
  const near: { option: SearchOption; d: number; index: number }[] = [];
  options.forEach((option, index) => {
    let d = Infinity;
    for (const term of option.terms) {
      const key = searchKey(term);
      d = Math.min(d, distance(q, key), distance(q, key.slice(0, q.length)));
    }
    if (d <= allowed) near.push({ option, d, index });
  });
  near.sort((a, b) => a.d - b.d || a.index - b.index);
  return near.slice(0, limit).map((n) => n.option);
}

/**
 * The options the search offers: entities first, then countries, each
 * alphabetical in the reader's language, each findable by all its spellings;
 * then the UN M49 regions and sub-regions, by their names in both languages.
 */
export function placeOptions(
  countries: readonly string[],
  entities: readonly string[],
  names: PlaceNames,
  spellings: PlaceSpellings,
  lang: Lang,
  regions: readonly Pick<Region, 'code' | 'name'>[] = [],
): SearchOption[] {
  const option = (kind: 'country' | 'entity', map: ReadonlyMap<string, string>) => (code: string) => {
    const name = map.get(code) ?? code;
    const others = spellings[kind].get(code) ?? [];
    return { kind, code, name, terms: [name, ...others.filter((s) => s !== name)] };
  };
  return [
    ...[...entities].sort(byName(names.entities, lang)).map(option('entity', names.entities)),
    ...[...countries].sort(byName(names.countries, lang)).map(option('country', names.countries)),
    ...regions.map((r) => ({
      kind: 'region' as const,
      code: r.code,
      name: r.name[lang],
      terms: [...new Set([r.name[lang], r.name.es, r.name.en])],
    })),
  ];
}
