/**
 * Arquero queries over the loaded tables that every view shares: the
 * cut-offs of a process, national totals, sources, coverage and the code
 * lists. Pure: tables in, tables or typed rows out.
 *
 * Filters are table expressions with parameters (`$`), which Arquero parses
 * and compiles at each call: the Dataset facade memoises their results.
 */
import { op, type ColumnTable } from 'arquero';
import type { DataTables } from './load';
import {
  MEASURES,
  type CountryCode,
  type CoverageRow,
  type EntityCode,
  type Measure,
  type Process,
  type SourceId,
  type SourceRow,
  type TotalRow,
} from './schema';

/** A figure that is not tied to a place: a total, a remainder, a sum. */
export interface Figure {
  value: number;
  quality: TotalRow['quality'];
  source: SourceId | null;
  note: string | null;
}

/**
 * The table with expression parameters set. Arquero keeps them on the table
 * and reads them as `$` when the next verb compiles its expression, so they
 * are always set right before that verb.
 */
export function withParams(table: ColumnTable, values: Record<string, unknown>): ColumnTable {
  return table.params(values) as ColumnTable;
}

/** Typed rows out of a query; the schema checked at load time makes the cast sound. */
export function rowsOf<T>(table: ColumnTable): T[] {
  return table.objects() as T[];
}

/** The cut-off dates of a process in totals.csv, oldest first: one snapshot per report. */
export function cutoffs(tables: Pick<DataTables, 'totals'>, process: Process): string[] {
  const dates = withParams(tables.totals, { process })
    .filter((d, $) => d.process === $.process)
    .array('cutoff_date') as string[];
  // A handful of dates: a Set is far cheaper than compiling dedupe and orderby for them.
  return [...new Set(dates)].sort();
}

/** The latest cut-off date of a process: what the maps, totals and methods show. */
export function latestCutoff(tables: Pick<DataTables, 'totals'>, process: Process): string | null {
  return cutoffs(tables, process).at(-1) ?? null;
}

/** Rows of a figure table for one process, measure and cut-off date. */
export function snapshotRows(table: ColumnTable, process: Process, measure: Measure, cutoff: string | null) {
  return withParams(table, { process, measure, cutoff }).filter(
    (d, $) => d.process === $.process && d.measure === $.measure && d.cutoff_date === $.cutoff,
  );
}

/** totals.csv's row for a process, measure and cut-off, or null. */
export function totalRow(
  tables: Pick<DataTables, 'totals'>,
  process: Process,
  measure: Measure,
  cutoff: string | null,
): TotalRow | null {
  return rowsOf<TotalRow>(snapshotRows(tables.totals, process, measure, cutoff))[0] ?? null;
}

/** The national total of a measure at a cut-off, as totals.csv gives it; null when it gives none. */
export function nationalTotal(
  tables: Pick<DataTables, 'totals'>,
  process: Process,
  measure: Measure,
  cutoff: string | null,
): Figure | null {
  const row = totalRow(tables, process, measure, cutoff);
  return row && row.value !== null
    ? { value: row.value, quality: row.quality, source: row.source, note: row.note }
    : null;
}

/** Whether totals.csv gives the measure for the process at all, at any cut-off. */
export function hasNationalTotal(tables: Pick<DataTables, 'totals'>, process: Process, measure: Measure): boolean {
  return (
    withParams(tables.totals, { process, measure })
      .filter((d, $) => d.process === $.process && d.measure === $.measure)
      .numRows() > 0
  );
}

/**
 * The national total per process, cut-off date and measure, ordered by
 * process, then cut-off date, then measure in display order (measures added
 * to the package later sort after the known ones).
 */
export function nationalTotals(totals: ColumnTable): ColumnTable {
  return withParams(totals, { measures: MEASURES, unknown: MEASURES.length })
    .derive({
      measure_rank: (d, $) => (op.includes($.measures, d.measure) ? op.indexof($.measures, d.measure) : $.unknown),
    })
    .orderby('process', 'cutoff_date', 'measure_rank', 'measure')
    .select('process', 'cutoff_date', 'measure', 'value', 'quality', 'source', 'note');
}

/** Same, as plain typed rows. */
export function nationalTotalRows(totals: ColumnTable): TotalRow[] {
  return rowsOf<TotalRow>(nationalTotals(totals));
}

/** The sources.csv row with this id, or null. */
export function sourceById(sources: ColumnTable, id: SourceId): SourceRow | null {
  const found = withParams(sources, { id })
    .filter((d, $) => d.source === $.id)
    .objects({ limit: 1 });
  return (found[0] as SourceRow | undefined) ?? null;
}

/** coverage.csv's row per entity for the process. */
export function coverageOf(tables: Pick<DataTables, 'coverage'>, process: Process): Map<EntityCode, CoverageRow> {
  const rows = rowsOf<CoverageRow>(withParams(tables.coverage, { process }).filter((d, $) => d.process === $.process));
  return new Map(rows.map((r) => [r.entity_code, r]));
}

/** Every country by_country.csv lists in some process, in file order: the places a reader can search. */
export function listedCountries(tables: Pick<DataTables, 'by_country'>): CountryCode[] {
  return tables.by_country
    .filter((d) => d.country_iso3 !== null)
    .dedupe('country_iso3')
    .array('country_iso3') as CountryCode[];
}

/** The entities of entities.csv, in file order. */
export function entityCodes(tables: Pick<DataTables, 'entities'>): EntityCode[] {
  return tables.entities.array('entity_code') as EntityCode[];
}

/** The codes a URL may name: countries.csv and entities.csv, and the M49 regions and sub-regions of countries.csv. */
export function knownCodes(tables: Pick<DataTables, 'countries' | 'entities'>): {
  countries: ReadonlySet<CountryCode>;
  entities: ReadonlySet<EntityCode>;
  regions: ReadonlySet<string>;
} {
  const regions = [...tables.countries.array('region_m49'), ...tables.countries.array('subregion_m49')];
  return {
    countries: new Set(tables.countries.array('country_iso3') as CountryCode[]),
    entities: new Set(entityCodes(tables)),
    regions: new Set(regions.filter((code): code is string => typeof code === 'string')),
  };
}
