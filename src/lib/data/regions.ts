/**
 * UN M49 regions and sub-regions (countries.csv's region columns) as groups
 * of countries: the region table under the world map, the region a reader
 * selects, and Europe's total in the Europe zoom. A region's figure is the
 * sum of its member countries' figures on the world map, one Arquero
 * groupby/rollup per level, under the rules of every sum (sums.ts): exact
 * only when every member is exact, otherwise derived, and unknown when a
 * member has no figure. With an entity selected, a member whose row cannot be
 * attributed to entities is left out of the sum and counted, with the
 * requests it holds, so the table says how much is missing.
 */
import { from, op, type ColumnTable } from 'arquero';
import type { Lang } from '../i18n/translate';
import type { DataTables } from './load';
import type { MapFigures } from './mapQueries';
import { rowsOf } from './queries';
import type { CountryCode } from './schema';
import type { Snapshot } from './snapshot';
import { sumCell, sumsByKey, type Sum } from './sums';
import { gapCell, type Cell } from './status';

export type RegionLevel = 'region' | 'subregion';
export const REGION_LEVELS: readonly RegionLevel[] = ['region', 'subregion'];

export interface Region {
  /** Three-digit UN M49 code, e.g. 150 for Europe. */
  code: string;
  level: RegionLevel;
  /** The region a sub-region belongs to; null for a region. */
  parent: string | null;
  name: Record<Lang, string>;
  /** Every country of countries.csv in it, in file order. */
  members: readonly CountryCode[];
}

const CODE_COLUMN: Record<RegionLevel, string> = { region: 'region_m49', subregion: 'subregion_m49' };

interface CountryRegionRow {
  country_iso3: CountryCode;
  region_m49: string | null;
  region_es: string | null;
  region_en: string | null;
  subregion_m49: string | null;
  subregion_es: string | null;
  subregion_en: string | null;
}

/**
 * Every region and sub-region with members in countries.csv: regions in M49
 * code order, each followed by its sub-regions. A country without a region
 * (M49 gives some territories none) is in no group.
 */
export function regionsOf(tables: Pick<DataTables, 'countries'>): Region[] {
  const rows = rowsOf<CountryRegionRow>(tables.countries);
  const groups = new Map<string, Region & { members: CountryCode[] }>();
  for (const r of rows) {
    if (r.region_m49 === null || r.subregion_m49 === null) continue;
    const add = (code: string, level: RegionLevel, parent: string | null, es: string | null, en: string | null) => {
      let g = groups.get(code);
      if (g === undefined) {
        g = { code, level, parent, name: { es: es ?? code, en: en ?? es ?? code }, members: [] };
        groups.set(code, g);
      }
      g.members.push(r.country_iso3);
    };
    add(r.region_m49, 'region', null, r.region_es, r.region_en);
    add(r.subregion_m49, 'subregion', r.region_m49, r.subregion_es, r.subregion_en);
  }
  const all = [...groups.values()];
  const regions = all.filter((g) => g.level === 'region').sort((a, b) => a.code.localeCompare(b.code));
  return regions.flatMap((region) => [
    region,
    ...all.filter((g) => g.parent === region.code).sort((a, b) => a.code.localeCompare(b.code)),
  ]);
}

/** A region's figure on the world map's terms. */
export interface RegionFigure {
  code: string;
  level: RegionLevel;
  /** The sum over the members with a figure; a gap when none has one. */
  cell: Cell;
  /** Fraction of the world map's denominator (the national total, or the selected entities' total). */
  share: number | null;
  /** Members the world map lists in this process and measure. */
  listed: number;
  /**
   * With an entity selected: the listed members whose rows cannot be attributed to entities, left out of
   * the sum, and the requests they hold in all (of which an unknown part comes from the selection).
   */
  notAttributable: { countries: number; requests: number } | null;
}

interface PlaceRow {
  country_iso3: CountryCode;
  value: number | null;
  quality: string | null;
  source: string | null;
  note: string | null;
  status: string;
  /** The country's own figure (all entities), for a member that cannot be attributed. */
  requests: number;
}

/**
 * Each region's figure, from the world map's figures. `all` is the world map
 * without a selection: the requests a non-attributable member holds.
 */
export function regionFiguresOf(
  world: MapFigures,
  all: MapFigures | null,
  tables: Pick<DataTables, 'countries'>,
  regions: readonly Region[],
): RegionFigure[] {
  if (world.unavailable !== null) return [];
  const own = new Map((all?.places ?? []).map((p) => [p.code, p.value ?? 0]));
  const places = from(
    world.places.map((p): PlaceRow => ({
      country_iso3: p.code,
      value: p.value,
      quality: p.quality,
      source: p.source,
      note: p.note,
      status: p.status,
      requests: p.status === 'notAttributable' ? (own.get(p.code) ?? 0) : 0,
    })),
  );
  const placed = places.join(
    tables.countries.select('country_iso3', 'region_m49', 'subregion_m49') as ColumnTable,
    'country_iso3',
  );
  const attributable = placed.filter((d) => d.status !== 'notAttributable');
  const unattributable = placed.filter((d) => d.status === 'notAttributable');
  const denominator = world.denominator?.value ?? null;

  const byLevel = REGION_LEVELS.map((level) => {
    const key = CODE_COLUMN[level];
    const sums = new Map(rowsOf<Sum & Record<string, string>>(sumsByKey(attributable, key)).map((r) => [r[key], r]));
    const listed = new Map(
      rowsOf<{ n: number } & Record<string, string>>(placed.groupby(key).rollup({ n: op.count() })).map((r) => [
        r[key],
        r.n,
      ]),
    );
    const missing = new Map(
      rowsOf<{ countries: number; requests: number } & Record<string, string>>(
        unattributable.groupby(key).rollup({ countries: op.count(), requests: op.sum('requests') }),
      ).map((r) => [r[key], r]),
    );
    return { level, sums, listed, missing };
  });

  return regions.map((region) => {
    const { sums, listed, missing } = byLevel.find((l) => l.level === region.level)!;
    const sum = sums.get(region.code);
    const gone = missing.get(region.code);
    const cell: Cell =
      sum !== undefined ? sumCell(sum) : gone !== undefined ? gapCell('notAttributable') : gapCell('notReported');
    const share = cell.value !== null && denominator !== null && denominator > 0 ? cell.value / denominator : null;
    return {
      code: region.code,
      level: region.level,
      cell,
      share,
      listed: listed.get(region.code) ?? 0,
      notAttributable: gone === undefined ? null : { countries: gone.countries, requests: gone.requests },
    };
  });
}

/** What the Mexico map draws for a region: its members that can be attributed to entities, and the rest. */
export interface RegionSelection {
  /** Members listed in the snapshot whose rows give entity cells: the countries the Mexico map sums. */
  attributable: readonly CountryCode[];
  /** Listed members whose rows cannot be attributed, and the requests they hold. */
  leftOut: { countries: readonly CountryCode[]; requests: number };
}

/**
 * The region's members the Mexico map can sum: a member whose row in the
 * country × entity table is damaged would make every entity's sum unknown,
 * so it is left out and counted instead. Null until the cells are read.
 */
export function regionSelectionOf(s: Snapshot, members: readonly CountryCode[]): RegionSelection | null {
  if (!s.hasCells) return null;
  const listed = members.filter((c) => (s.listed.get(c)?.value ?? null) !== null);
  const damaged = listed.filter((c) => s.damaged.has(c));
  return {
    attributable: listed.filter((c) => !s.damaged.has(c)),
    leftOut: { countries: damaged, requests: damaged.reduce((n, c) => n + (s.listed.get(c)?.value ?? 0), 0) },
  };
}
