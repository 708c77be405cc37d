/**
 * What the two maps draw, as Arquero queries over the loaded tables: one
 * figure per country of residence (world) or entity of origin (Mexico) for a
 * process and measure, optionally narrowed by a selection of places on the
 * other map through the country × entity table. Every place carries its
 * state, so a gap is never drawn as a zero.
 *
 * A selection is a list; a list of one gives exactly the figures of that
 * place. With several, a figure is the sum over the selected places (see
 * sums.ts), a selected place the process does not cover or itemize is left
 * out of the sum, and the map says why only when every selected place is.
 */
import type { DataTables } from './load';
import type { ColumnTable } from 'arquero';
import { entityCodes, latestCutoff, withParams, type Figure } from './queries';
import { MEASURES, type CountryCode, type EntityCode, type Measure, type Process } from './schema';
import { BREAKDOWN_CATEGORY, Snapshot, toFigure } from './snapshot';
import { gapCell, valueCell, type Cell, type GapStatus } from './status';
import { crossCells, selectedRows, sumFigure, sumOf } from './sums';

export type { Figure } from './queries';

/** A place's figure on a map: its cell, and where it stands against the others. */
export type PlaceFigure = Cell & {
  /** ISO alpha-3 on the world map, INEGI key on the Mexico map. */
  code: string;
  /** Fraction of the map's denominator, or null without a value or denominator. */
  share: number | null;
  /** 1 for the largest value; equal values share a rank. Null without a value. */
  rank: number | null;
};

/** Why a map has nothing to draw for the current choice. */
export type Unavailable =
  /** The process does not give this measure by country. */
  | 'noCountryData'
  /** The process does not give this measure by entity. */
  | 'noEntityData'
  /** The process does not cross countries with entities for this measure. */
  | 'noCrosstab'
  /** The country × entity cells are being read: the page fetches them once a place is selected. */
  | 'cellsPending'
  /** They could not be read; the page says why. */
  | 'cellsFailed'
  /** No selected country is listed for this process and measure. */
  | 'countryNotListed'
  /** No selected entity had a vote from abroad in this process. */
  | 'entityNotApplicable'
  /** No selected entity is itemized in this process. */
  | 'entityNotReported';

export interface MapFigures {
  process: Process;
  measure: Measure;
  /** The cut-off date of the figures drawn, or null when nothing is drawn. */
  cutoffDate: string | null;
  unavailable: Unavailable | null;
  places: PlaceFigure[];
  /** What shares are a fraction of: the national total, or the selected places' own total. */
  denominator: Figure | null;
  /** World only: requests from countries the source does not list one by one. */
  remainder: Figure | null;
  /**
   * With a selection on the other map: the sum of the values that could be
   * given to a place. Below the denominator when rows are damaged.
   */
  attributed: number | null;
}

export interface MapQuery {
  process: Process;
  measure: Measure;
  /** The snapshot to read; the process's latest cut-off when left out. */
  cutoff?: string | null;
}

export interface CountryQuery extends MapQuery {
  /** The entities selected on the Mexico map; none when empty or left out. */
  entities?: readonly EntityCode[];
}

export interface EntityQuery extends MapQuery {
  /** The countries selected on the world map; none when empty or left out. */
  countries?: readonly CountryCode[];
}

const CROSSTAB_MEASURES: readonly Measure[] = ['received'];

/** The snapshot a query reads: its cut-off, or the latest. */
export function snapshotFor(tables: DataTables, q: MapQuery): Snapshot {
  return new Snapshot(tables, q.process, q.measure, q.cutoff ?? latestCutoff(tables, q.process));
}

// Written out rather than spread: V8 spreads an object and then adds keys an order of magnitude slower.
const place = (code: string, c: Cell, share: number | null = null, rank: number | null = null): PlaceFigure =>
  ({
    status: c.status,
    value: c.value,
    quality: c.quality,
    source: c.source,
    note: c.note,
    code,
    share,
    rank,
  }) as PlaceFigure;

/** Shares of the denominator and ranks by value, largest first; equal values share a rank. */
function withSharesAndRanks(places: PlaceFigure[], denominator: Figure | null): PlaceFigure[] {
  const values = places
    .filter((p) => p.value !== null)
    .map((p) => p.value as number)
    .sort((a, b) => b - a);
  return places.map((p) => {
    if (p.value === null) return p;
    const share = denominator !== null && denominator.value > 0 ? p.value / denominator.value : null;
    return place(p.code, p, share, values.indexOf(p.value) + 1);
  });
}

function empty(s: Snapshot, unavailable: Unavailable): MapFigures {
  return {
    process: s.process,
    measure: s.measure,
    cutoffDate: null,
    unavailable,
    places: [],
    denominator: null,
    remainder: null,
    attributed: null,
  };
}

/** A map with figures to draw, their shares and ranks taken against `denominator`. */
function drawn(
  s: Snapshot,
  places: PlaceFigure[],
  denominator: Figure | null,
  extra: { remainder?: Figure | null; attributed?: number | null } = {},
): MapFigures {
  return {
    process: s.process,
    measure: s.measure,
    cutoffDate: s.cutoff,
    unavailable: null,
    places: withSharesAndRanks(places, denominator),
    denominator,
    remainder: extra.remainder ?? null,
    attributed: extra.attributed ?? null,
  };
}

const sumValues = (places: readonly PlaceFigure[]): number => places.reduce((sum, p) => sum + (p.value ?? 0), 0);

/** Why a selection's cells cannot be read, yet or at all; null when they can. */
function cellsGap(s: Snapshot): Unavailable | null {
  if (!CROSSTAB_MEASURES.includes(s.measure)) return 'noCrosstab';
  if (!s.hasCells) return 'cellsPending';
  return s.crosstab.numRows() > 0 ? null : 'noCrosstab';
}

/** Sorted and without repeats: the same selection in any order reads the same figures. */
export const selectionKey = (codes: readonly string[]): string =>
  codes.length < 2 ? (codes[0] ?? '') : [...new Set(codes)].sort().join(',');

/** A selection without repeats, in the order given. */
const unique = <T>(codes: readonly T[]): T[] => [...new Set(codes)];

/**
 * The world map: one figure per country the source lists for the process
 * and measure. With entities, the countries where their registrants live,
 * from the country × entity table; a listed country whose row could not be
 * attributed is `notAttributable`, never zero.
 */
export function countryFiguresOf(s: Snapshot, entities: readonly EntityCode[]): MapFigures {
  if (!s.hasCountries) return empty(s, 'noCountryData');
  const listed = [...s.listed.values()];
  if (entities.length === 0) {
    const places = listed.map((r) => place(r.country_iso3, valueCell(r)));
    return drawn(s, places, s.total, { remainder: s.remainder });
  }
  const voting = unique(entities).filter((e) => s.coverage.get(e)?.vote_from_abroad !== 'none');
  if (voting.length === 0) return empty(s, 'entityNotApplicable');
  const gap = cellsGap(s);
  if (gap !== null) return empty(s, gap);
  const reported = voting.filter((e) => (s.entityRows.get(e)?.value ?? null) !== null);
  if (reported.length === 0) return empty(s, 'entityNotReported');

  const cells = crossCells(s.crosstab, 'entity_code', reported, 'country_iso3');
  const places = listed.map((r) => {
    const c = cells.get(r.country_iso3);
    // A listed row without every selected entity's cell: the extraction could not attribute them (see by_country's note).
    return c && c.members === reported.length
      ? place(r.country_iso3, c.cell)
      : place(r.country_iso3, gapCell('notAttributable', r.source, r.note));
  });
  const denominator =
    reported.length === 1
      ? toFigure(s.entityRows.get(reported[0])!)
      : sumFigure(sumOf(selectedRows(s.entities, 'entity_code', reported)));
  return drawn(s, places, denominator, { attributed: sumValues(places) });
}

/** The first selected country whose row is damaged; asked only when a cell is missing. */
const firstDamaged = (s: Snapshot, selected: readonly CountryCode[]) =>
  selected.map((c) => s.damaged.get(c)).find((row) => row !== undefined);

/**
 * The Mexico map: one figure per entity of entities.csv, each a value, a zero
 * or a gap with its reason from coverage.csv. With countries, where the
 * registrants living in them come from.
 */
export function entityFiguresOf(s: Snapshot, countries: readonly CountryCode[]): MapFigures {
  if (s.entityRows.size === 0) return empty(s, 'noEntityData');
  const codes = entityCodes(s.tables);
  const gapFor = (code: EntityCode, fallback: GapStatus): PlaceFigure => {
    const c = s.coverage.get(code);
    return c?.vote_from_abroad === 'none'
      ? place(code, gapCell('notApplicable', c.source, c.note))
      : place(code, gapCell(fallback, c?.source ?? null, c?.note ?? null));
  };

  if (countries.length === 0) {
    const places = codes.map((code) => {
      const row = s.entityRows.get(code);
      return row ? place(code, valueCell(row)) : gapFor(code, 'notReported');
    });
    return drawn(s, places, s.total);
  }

  const gap = cellsGap(s);
  if (gap !== null) return empty(s, gap);
  const selected = unique(countries).filter((c) => (s.listed.get(c)?.value ?? null) !== null);
  if (selected.length === 0) return empty(s, 'countryNotListed');

  const cells = crossCells(s.crosstab, 'country_iso3', selected, 'entity_code');
  const places = codes.map((code) => {
    const c = cells.get(code);
    if (c && c.members === selected.length) return place(code, c.cell);
    if (s.coverage.get(code)?.vote_from_abroad === 'none') return gapFor(code, 'notApplicable');
    // A selected country without cells: its row is damaged, so no entity can be given its requests.
    const first = firstDamaged(s, selected);
    return first ? place(code, gapCell('notAttributable', first.source, first.note)) : gapFor(code, 'notReported');
  });
  const denominator =
    selected.length === 1
      ? toFigure(s.listed.get(selected[0])!)
      : sumFigure(sumOf(selectedRows(s.countries, 'country_iso3', selected)));
  return drawn(s, places, denominator, { attributed: sumValues(places) });
}

/**
 * The Mexico map for several countries, some of whose cross-tab rows are damaged: the entities' figures
 * sum the countries that can be attributed, and shares are of the whole selection (its total includes the
 * others), so the summary says how much of the selection the map can place, as it does for one entity on
 * the world map. With none or all of them damaged, as entityFiguresOf.
 */
export function entityFiguresLeavingOut(s: Snapshot, countries: readonly CountryCode[]): MapFigures {
  const selected = unique(countries).filter((c) => (s.listed.get(c)?.value ?? null) !== null);
  const attributable = selected.filter((c) => !s.damaged.has(c));
  if (!s.hasCells || attributable.length === 0 || attributable.length === selected.length)
    return entityFiguresOf(s, countries);
  const figures = entityFiguresOf(s, attributable);
  if (figures.unavailable !== null) return figures;
  const denominator = sumFigure(sumOf(selectedRows(s.countries, 'country_iso3', selected)));
  return { ...figures, places: withSharesAndRanks(figures.places, denominator), denominator };
}

/** The world map's figures; see countryFiguresOf. */
export function countryFigures(tables: DataTables, q: CountryQuery): MapFigures {
  return countryFiguresOf(snapshotFor(tables, q), q.entities ?? []);
}

/** The Mexico map's figures; see entityFiguresOf. */
export function entityFigures(tables: DataTables, q: EntityQuery): MapFigures {
  return entityFiguresOf(snapshotFor(tables, q), q.countries ?? []);
}

export interface MeasureAvailability {
  measure: Measure;
  world: boolean;
  mexico: boolean;
}

/**
 * Which measures each map can draw for a process, in display order, at its
 * latest cut-off: one query per file for every measure, rather than a
 * snapshot per measure, since the controls ask before anything is drawn.
 */
export function measureAvailability(
  tables: DataTables,
  process: Process,
  cutoff: string | null = latestCutoff(tables, process),
): MeasureAvailability[] {
  const at = (table: ColumnTable) =>
    withParams(table, { process, cutoff }).filter((d, $) => d.process === $.process && d.cutoff_date === $.cutoff);
  const world = new Set(at(tables.by_country).array('measure'));
  const mexico = new Set(at(tables.by_entity).array('measure'));
  const requestTypes = new Set(
    at(tables.breakdowns)
      .filter((d) => d.measure === 'received' && d.dimension === 'request_type' && d.entity_code !== null)
      .array('category'),
  );
  return MEASURES.map((measure) => {
    const category = BREAKDOWN_CATEGORY[measure];
    return {
      measure,
      world: world.has(measure),
      mexico: mexico.has(measure) || (category !== undefined && requestTypes.has(category)),
    };
  });
}

/** Whether a country is listed for the process and measure, so a selection of it means something there. */
export function countryListed(
  tables: DataTables,
  q: MapQuery,
  country: CountryCode,
  s: Snapshot = snapshotFor(tables, q),
): boolean {
  return s.listed.has(country);
}
