/**
 * Queries about the package as a whole, for the methodology page: which
 * process each source serves, rows per quality flag, coverage per process,
 * and what the damaged 2023-24 country × entity table left. Every count the
 * page quotes comes from here, so the prose cannot drift from the files.
 */
import { desc, op, type ColumnTable } from 'arquero';
import type { DataTables, TablesWithCells } from './load';
import { latestCutoff, rowsOf, totalRow, withParams } from './queries';
import {
  QUALITIES,
  type ByCountryRow,
  type CountryCode,
  type EntityCode,
  type Measure,
  type Process,
  type Quality,
  type SourceId,
} from './schema';
import { Snapshot } from './snapshot';
import { selectedRows, sumsBy, type Sum } from './sums';

/** Resources whose rows cite a source and a process. */
const CITING = ['totals', 'by_country', 'by_entity', 'by_country_entity', 'breakdowns', 'coverage'] as const;

/** The first process each source is cited for, in the order of CITING and then of the rows. */
export function sourceProcesses(tables: TablesWithCells): Map<SourceId, Process> {
  const [first, ...rest] = CITING.map((name) => tables[name].select('source', 'process'));
  const cited = first
    .concat(...rest)
    .filter((d) => d.source !== null)
    .dedupe('source');
  return new Map(rowsOf<{ source: SourceId; process: Process }>(cited).map((r) => [r.source, r.process]));
}

/** Rows of a figure table per quality flag. */
export function rowsPerQuality(table: ColumnTable): { counts: Record<Quality, number>; total: number } {
  const counts = Object.fromEntries(QUALITIES.map((q) => [q, 0])) as Record<Quality, number>;
  for (const r of rowsOf<{ quality: Quality; n: number }>(table.groupby('quality').count({ as: 'n' }))) {
    counts[r.quality] = r.n;
  }
  return { counts, total: table.numRows() };
}

export interface CoverageFacts {
  /** Entities whose residents abroad could vote in the federal election. */
  federal: number;
  /** Entities with a local vote from abroad, in coverage.csv order. */
  local: EntityCode[];
  /** Entities with no vote from abroad at all. */
  none: number;
  /** Entities with a vote from abroad whose requests by_entity.csv does not itemize. */
  notReported: number;
  /** Voting modalities breakdowns.csv gives for the process, in file order. */
  modalities: string[];
}

export function coverageFacts(tables: DataTables, process: Process): CoverageFacts {
  const coverage = withParams(tables.coverage, { process }).filter((d, $) => d.process === $.process);
  const counts = coverage
    .rollup({
      federal: (d) => op.sum(d.vote_from_abroad === 'federal' || d.vote_from_abroad === 'federal+local' ? 1 : 0),
      none: (d) => op.sum(d.vote_from_abroad === 'none' ? 1 : 0),
    })
    .object() as { federal?: number; none?: number };
  const itemized = withParams(tables.by_entity, { process }).filter(
    (d, $) => d.process === $.process && d.measure === 'received',
  );
  return {
    federal: counts.federal ?? 0,
    local: coverage
      .filter((d) => d.vote_from_abroad === 'local' || d.vote_from_abroad === 'federal+local')
      .array('entity_code') as EntityCode[],
    none: counts.none ?? 0,
    notReported: coverage
      .filter((d) => d.vote_from_abroad !== 'none')
      .antijoin(itemized, 'entity_code')
      .numRows(),
    modalities: withParams(tables.breakdowns, { process })
      .filter((d, $) => d.process === $.process && d.dimension === 'voting_modality')
      .dedupe('category')
      .array('category') as string[],
  };
}

/** The largest country figure of a measure with the given quality, and the national total at that cut-off. */
export function largestCountryFigure(
  tables: DataTables,
  process: Process,
  measure: Measure,
  quality: Quality,
): { row: ByCountryRow; total: number | null } | null {
  const row = rowsOf<ByCountryRow>(
    withParams(tables.by_country, { process, measure, quality })
      .filter(
        (d, $) =>
          d.process === $.process &&
          d.measure === $.measure &&
          d.quality === $.quality &&
          d.country_iso3 !== null &&
          d.value !== null,
      )
      .orderby(desc('value'))
      .slice(0, 1),
  )[0];
  if (row === undefined) return null;
  return { row, total: totalRow(tables, process, measure, latestCutoff(tables, process))?.value ?? null };
}

export interface CrosstabFacts {
  sourceId: SourceId | null;
  /** Countries the table lists (the remainder row excluded). */
  listed: number;
  /** Listed countries without a single published cell: their rows were damaged. */
  damaged: number;
  /** Entity columns of the table. */
  columns: number;
  /** Listed countries whose figure is uncertain, in file order. */
  uncertain: CountryCode[];
  /** Printed cells of the damaged rows in crosstab_damaged_cells.csv, and how many per row; null without any. */
  cells: { total: number; min: number; max: number } | null;
  remainder: number | null;
  /** Per entity: its published total and the part of it the cells give to a country. */
  entities: Map<EntityCode, { total: number | null; attributed: number }>;
}

function cellsPerRow(damagedCells: ColumnTable, process: Process): CrosstabFacts['cells'] {
  const perRow = withParams(damagedCells, { process })
    .filter((d, $) => d.process === $.process)
    .groupby('country_iso3')
    .count({ as: 'n' })
    .rollup({ total: op.sum('n'), min: op.min('n'), max: op.max('n'), rows: op.count() })
    .object() as { total: number; min: number; max: number; rows: number };
  return perRow.rows > 0 ? { total: perRow.total, min: perRow.min, max: perRow.max } : null;
}

/** What the country × entity table of `received` at the process's latest cut-off could and could not give. */
export function crosstabFacts(
  tables: TablesWithCells,
  process: Process,
  entities: readonly EntityCode[],
): CrosstabFacts {
  const s = new Snapshot(tables, process, 'received', latestCutoff(tables, process));
  const source = rowsOf<{ source: SourceId }>(s.crosstab.select('source').slice(0, 1))[0];
  const damagedCells = tables.crosstab_damaged_cells;
  const attributed = new Map(
    rowsOf<Sum & { entity_code: EntityCode }>(sumsBy(s.crosstab, 'entity_code')).map((r) => [r.entity_code, r.sum]),
  );
  const totals = new Map(
    rowsOf<{ entity_code: EntityCode; value: number | null }>(selectedRows(s.entities, 'entity_code', entities)).map(
      (r) => [r.entity_code, r.value],
    ),
  );
  return {
    sourceId: source?.source ?? null,
    listed: s.listed.size,
    damaged: s.damaged.size,
    columns: s.crosstab.dedupe('entity_code').numRows(),
    uncertain: s.countries
      .filter((d) => d.country_iso3 !== null && d.quality === 'uncertain')
      .array('country_iso3') as CountryCode[],
    cells: damagedCells === undefined ? null : cellsPerRow(damagedCells, process),
    remainder: s.remainder?.value ?? null,
    entities: new Map(entities.map((e) => [e, { total: totals.get(e) ?? null, attributed: attributed.get(e) ?? 0 }])),
  };
}

/** Zeros and cells printed in the country × entity tables of every process. */
export function crosstabCellCounts(tables: TablesWithCells): {
  zeros: number;
  cells: number;
  printedZeros: number | null;
  printedCells: number | null;
} {
  const counts = tables.by_country_entity
    .rollup({ zeros: (d) => op.sum(d.value === 0 ? 1 : 0), cells: op.count() })
    .object() as { zeros?: number; cells: number };
  // The tables print more cells than are published: the damaged rows' cells are kept apart, unplaced.
  const damaged = tables.crosstab_damaged_cells
    ?.rollup({ zeros: (d) => op.sum(d.printed_value === 0 ? 1 : 0), cells: op.count() })
    .object() as { zeros?: number; cells: number } | undefined;
  const zeros = counts.zeros ?? 0;
  return {
    zeros,
    cells: counts.cells,
    printedZeros: damaged ? zeros + (damaged.zeros ?? 0) : null,
    printedCells: damaged ? counts.cells + damaged.cells : null,
  };
}
