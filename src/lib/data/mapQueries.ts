/**
 * What the two maps draw, as Arquero queries over the loaded tables: one
 * figure per country of residence (world) or entity of origin (Mexico) for a
 * process and measure, optionally narrowed by a selection on the other map
 * through the country × entity table. Every place carries its state, so a
 * gap is never drawn as a zero.
 */
import { escape, type ColumnTable } from 'arquero';
import type { DataTables } from './load';
import {
  MEASURES,
  type ByCountryEntityRow,
  type ByCountryRow,
  type ByEntityRow,
  type BreakdownRow,
  type CountryCode,
  type CoverageRow,
  type EntityCode,
  type Measure,
  type Process,
  type Quality,
  type SourceId,
  type TotalRow,
} from './schema';
import { gapCell, valueCell, type Cell, type GapStatus } from './status';

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
  /** The selected country is not listed for this process and measure. */
  | 'countryNotListed'
  /** The selected entity had no vote from abroad in this process. */
  | 'entityNotApplicable'
  /** The selected entity is not itemized in this process. */
  | 'entityNotReported';

/** A figure that is not tied to a place: a total, a remainder. */
export interface Figure {
  value: number;
  quality: Quality;
  source: SourceId;
  note: string | null;
}

export interface MapFigures {
  process: Process;
  measure: Measure;
  /** The cut-off date of the figures drawn, or null when nothing is drawn. */
  cutoffDate: string | null;
  unavailable: Unavailable | null;
  places: PlaceFigure[];
  /** What shares are a fraction of: the national total, or the selected place's own total. */
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

/**
 * In 2017-18 the entity table gives all requests; the figures per request
 * type for each entity are in breakdowns (dimension `request_type`).
 */
const BREAKDOWN_CATEGORY: Partial<Record<Measure, string>> = {
  received_siilnere: 'siilnere',
  received_sive: 'sive',
};

const CROSSTAB_MEASURES: readonly Measure[] = ['received'];

function rowsOf<T>(table: ColumnTable | undefined, keep: (d: T) => boolean): T[] {
  if (table === undefined) return [];
  // escape(): the predicate is plain JS that closes over the query, not an expression for Arquero to compile.
  return table.filter(escape((d: T) => keep(d))).objects() as T[];
}

/** The cut-off dates of a process in totals.csv, oldest first: one snapshot per report. */
export function cutoffsOf(tables: DataTables, process: Process): string[] {
  const dates = rowsOf<TotalRow>(tables.totals, (d) => d.process === process).map((d) => d.cutoff_date);
  return [...new Set(dates)].sort();
}

/** The latest cut-off date of a process in totals.csv: the maps show the latest snapshot. */
export function latestCutoff(tables: DataTables, process: Process): string | null {
  return cutoffsOf(tables, process).at(-1) ?? null;
}

const cutoffOf = (tables: DataTables, q: MapQuery): string | null => q.cutoff ?? latestCutoff(tables, q.process);

/** The national total of a measure at a cut-off, as totals.csv gives it. */
export function nationalTotal(tables: DataTables, q: MapQuery, cutoff: string | null): Figure | null {
  const row = rowsOf<TotalRow>(
    tables.totals,
    (d) => d.process === q.process && d.measure === q.measure && d.cutoff_date === cutoff,
  )[0];
  return row && row.value !== null ? toFigure(row, row.value) : null;
}

function toFigure(row: { quality: Quality; source: SourceId; note: string | null }, value: number): Figure {
  return { value, quality: row.quality, source: row.source, note: row.note };
}

function countryRows(tables: DataTables, q: MapQuery, cutoff: string | null): ByCountryRow[] {
  return rowsOf<ByCountryRow>(
    tables.by_country,
    (d) => d.process === q.process && d.measure === q.measure && d.cutoff_date === cutoff,
  );
}

function crosstabRows(tables: DataTables, q: MapQuery, cutoff: string | null): ByCountryEntityRow[] {
  return rowsOf<ByCountryEntityRow>(
    tables.by_country_entity,
    (d) => d.process === q.process && d.measure === q.measure && d.cutoff_date === cutoff,
  );
}

interface EntityFigureRow {
  entity_code: EntityCode;
  value: number | null;
  quality: Quality;
  source: SourceId;
  note: string | null;
}

/** Entity figures of a measure: by_entity, or for 2017-18 request types the per-entity breakdown. */
function entityRows(tables: DataTables, q: MapQuery, cutoff: string | null): EntityFigureRow[] {
  const direct = rowsOf<ByEntityRow>(
    tables.by_entity,
    (d) => d.process === q.process && d.measure === q.measure && d.cutoff_date === cutoff,
  );
  if (direct.length > 0) return direct;
  const category = BREAKDOWN_CATEGORY[q.measure];
  if (category === undefined) return [];
  return rowsOf<BreakdownRow>(
    tables.breakdowns,
    (d) =>
      d.process === q.process &&
      d.measure === 'received' &&
      d.cutoff_date === cutoff &&
      d.dimension === 'request_type' &&
      d.category === category &&
      d.entity_code !== null,
  ).map((d) => ({ ...d, entity_code: d.entity_code as EntityCode }));
}

export function coverageOf(tables: DataTables, process: Process): Map<EntityCode, CoverageRow> {
  const rows = rowsOf<CoverageRow>(tables.coverage, (d) => d.process === process);
  return new Map(rows.map((r) => [r.entity_code, r]));
}

function valueFigure(
  code: string,
  row: { value: number | null; quality: Quality; source: SourceId; note: string | null },
): PlaceFigure {
  return { ...valueCell(row), code, share: null, rank: null };
}

function gap(code: string, status: GapStatus, source: SourceId | null = null, note: string | null = null): PlaceFigure {
  return { ...gapCell(status, source, note), code, share: null, rank: null };
}

/** Shares of the denominator and ranks by value, largest first; equal values share a rank. */
function withSharesAndRanks(places: PlaceFigure[], denominator: Figure | null): PlaceFigure[] {
  const values = places
    .filter((p) => p.value !== null)
    .map((p) => p.value as number)
    .sort((a, b) => b - a);
  return places.map((p) => {
    if (p.value === null) return p;
    const share = denominator !== null && denominator.value > 0 ? p.value / denominator.value : null;
    return { ...p, share, rank: values.indexOf(p.value) + 1 };
  });
}

function empty(q: MapQuery, unavailable: Unavailable): MapFigures {
  return {
    process: q.process,
    measure: q.measure,
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
  q: MapQuery,
  cutoffDate: string | null,
  places: PlaceFigure[],
  denominator: Figure | null,
  extra: { remainder?: Figure | null; attributed?: number | null } = {},
): MapFigures {
  return {
    process: q.process,
    measure: q.measure,
    cutoffDate,
    unavailable: null,
    places: withSharesAndRanks(places, denominator),
    denominator,
    remainder: extra.remainder ?? null,
    attributed: extra.attributed ?? null,
  };
}

const sumValues = (places: readonly PlaceFigure[]): number => places.reduce((sum, p) => sum + (p.value ?? 0), 0);

/**
 * The world map: one figure per country the source lists for the process
 * and measure. With `entity`, the countries where that entity's registrants
 * live, from the country × entity table; a listed country whose row could
 * not be attributed is `notAttributable`, never zero.
 */
export function countryFigures(tables: DataTables, q: MapQuery & { entity?: EntityCode | null }): MapFigures {
  const cutoff = cutoffOf(tables, q);
  const listed = countryRows(tables, q, cutoff);
  if (listed.length === 0) return empty(q, 'noCountryData');
  const countries = listed.filter((r) => r.country_iso3 !== null);
  const remainderRow = listed.find((r) => r.country_iso3 === null);

  if (q.entity === undefined || q.entity === null) {
    const denominator = nationalTotal(tables, q, cutoff);
    const places = countries.map((r) => valueFigure(r.country_iso3 as CountryCode, r));
    const remainder = remainderRow && remainderRow.value !== null ? toFigure(remainderRow, remainderRow.value) : null;
    return drawn(q, cutoff, places, denominator, { remainder });
  }

  const entity = q.entity;
  const coverage = coverageOf(tables, q.process).get(entity);
  if (coverage?.vote_from_abroad === 'none') return empty(q, 'entityNotApplicable');
  const cells = crosstabRows(tables, q, cutoff);
  if (cells.length === 0 || !CROSSTAB_MEASURES.includes(q.measure)) return empty(q, 'noCrosstab');
  const entityTotal = entityRows(tables, q, cutoff).find((r) => r.entity_code === entity);
  if (entityTotal === undefined || entityTotal.value === null) return empty(q, 'entityNotReported');

  const byCountry = new Map(cells.filter((c) => c.entity_code === entity).map((c) => [c.country_iso3, c]));
  const places = countries.map((r) => {
    const code = r.country_iso3 as CountryCode;
    const cell = byCountry.get(code);
    // The row is listed but has no cells: the extraction could not attribute them (see by_country's note).
    return cell ? valueFigure(code, cell) : gap(code, 'notAttributable', r.source, r.note);
  });
  return drawn(q, cutoff, places, toFigure(entityTotal, entityTotal.value), { attributed: sumValues(places) });
}

/**
 * The Mexico map: one figure per entity of entities.csv, each a value, a zero
 * or a gap with its reason from coverage.csv. With `country`, where the
 * registrants living in that country come from.
 */
export function entityFigures(tables: DataTables, q: MapQuery & { country?: CountryCode | null }): MapFigures {
  const cutoff = cutoffOf(tables, q);
  const figures = entityRows(tables, q, cutoff);
  if (figures.length === 0) return empty(q, 'noEntityData');
  const coverage = coverageOf(tables, q.process);
  const codes = rowsOf<{ entity_code: EntityCode }>(tables.entities, () => true).map((e) => e.entity_code);

  const gapFor = (code: EntityCode, fallback: GapStatus): PlaceFigure => {
    const c = coverage.get(code);
    return c?.vote_from_abroad === 'none'
      ? gap(code, 'notApplicable', c.source, c.note)
      : gap(code, fallback, c?.source ?? null, c?.note ?? null);
  };

  if (q.country === undefined || q.country === null) {
    const byEntity = new Map(figures.map((f) => [f.entity_code, f]));
    const places = codes.map((code) => {
      const row = byEntity.get(code);
      return row ? valueFigure(code, row) : gapFor(code, 'notReported');
    });
    return drawn(q, cutoff, places, nationalTotal(tables, q, cutoff));
  }

  const country = q.country;
  const cells = crosstabRows(tables, q, cutoff);
  if (cells.length === 0 || !CROSSTAB_MEASURES.includes(q.measure)) return empty(q, 'noCrosstab');
  const countryRow = countryRows(tables, q, cutoff).find((r) => r.country_iso3 === country);
  if (countryRow === undefined || countryRow.value === null) return empty(q, 'countryNotListed');

  const ofCountry = new Map(cells.filter((c) => c.country_iso3 === country).map((c) => [c.entity_code, c]));
  const places = codes.map((code) => {
    const cell = ofCountry.get(code);
    if (cell) return valueFigure(code, cell);
    if (coverage.get(code)?.vote_from_abroad === 'none') return gapFor(code, 'notApplicable');
    // A listed country without cells: its row is damaged, so no entity can be given its requests.
    return ofCountry.size === 0
      ? gap(code, 'notAttributable', countryRow.source, countryRow.note)
      : gapFor(code, 'notReported');
  });
  return drawn(q, cutoff, places, toFigure(countryRow, countryRow.value), { attributed: sumValues(places) });
}

export interface MeasureAvailability {
  measure: Measure;
  world: boolean;
  mexico: boolean;
}

/** Which measures each map can draw for a process, in display order. */
export function measureAvailability(tables: DataTables, process: Process): MeasureAvailability[] {
  const cutoff = latestCutoff(tables, process);
  return MEASURES.map((measure) => ({
    measure,
    world: countryRows(tables, { process, measure }, cutoff).length > 0,
    mexico: entityRows(tables, { process, measure }, cutoff).length > 0,
  }));
}

/** Whether a country is listed for the process and measure, so a selection of it means something there. */
export function countryListed(tables: DataTables, q: MapQuery, country: CountryCode): boolean {
  return countryRows(tables, q, cutoffOf(tables, q)).some((r) => r.country_iso3 === country);
}
