/**
 * Small multiples: one series per entity, or per leading country, from one
 * shared set of snapshots, and their orderings by level or by change.
 */
import type { CountryCode, EntityCode } from '../data/schema';
import type { MultiplesSort } from '../state/url';
import { latestChange, latestValue, seriesFor, type ComparisonQuery, type Series } from './series';
import type { Snapshots } from './snapshots';

/** How many countries get a panel: the leading ones hold nearly every request. */
export const COUNTRY_PANELS = 12;

export function entityMultiples(s: Snapshots, q: ComparisonQuery, entities: readonly EntityCode[]): Series[] {
  return entities.map((entity) => seriesFor(s, { kind: 'entity', entity }, q));
}

/**
 * The countries with the most requests in the latest compared snapshot that
 * lists countries, largest first.
 */
export function leadingCountries(s: Snapshots, q: ComparisonQuery, limit = COUNTRY_PANELS): CountryCode[] {
  for (const process of [...q.processes].sort().reverse()) {
    const cutoff = s.cutoffs(process).at(-1);
    if (cutoff === undefined) continue;
    const places = s.countries(process, cutoff).places.filter((p) => p.value !== null);
    if (places.length === 0) continue;
    return places
      .sort((a, b) => (b.value as number) - (a.value as number) || a.code.localeCompare(b.code))
      .slice(0, limit)
      .map((p) => p.code);
  }
  return [];
}

export function countryMultiples(s: Snapshots, q: ComparisonQuery, limit = COUNTRY_PANELS): Series[] {
  return leadingCountries(s, q, limit).map((country) => seriesFor(s, { kind: 'country', country }, q));
}

/**
 * Level: the latest value, largest first. Change: the latest comparable
 * relative change, largest first. Series without one go last, by name.
 */
export function sortMultiples(series: readonly Series[], sort: MultiplesSort, name: (s: Series) => string): Series[] {
  const key = (s: Series): number | null =>
    sort === 'level' ? (latestValue(s)?.value ?? null) : (latestChange(s)?.relative ?? null);
  return [...series].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== null && kb !== null && ka !== kb) return kb - ka;
    if (ka === null && kb !== null) return 1;
    if (kb === null && ka !== null) return -1;
    return name(a).localeCompare(name(b));
  });
}
