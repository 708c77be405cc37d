/**
 * The cross-filter behind a selection of several places: the rows of the
 * selected places, summed per place of the other kind with one
 * groupby/rollup, so sums by entity, by country and (later) by region come
 * from the same query. A sum keeps its quality honest: the single row's
 * quality when there is one row, `exact` only when every member is exact,
 * `derived` otherwise.
 */
import { op, type ColumnTable } from 'arquero';
import { rowsOf, withParams, type Figure } from './queries';
import type { Quality, SourceId } from './schema';
import { gapCell, valueCell, type Cell } from './status';

/** What a sum knows about its members. */
export interface Sum {
  /** Undefined when no member has a value. */
  sum: number | undefined;
  /** Members, with or without a value. */
  rows: number;
  /** Members with a value. */
  valid: number;
  /** One member's quality, source and note (the only member's when `rows` is 1). */
  quality: Quality | undefined;
  qualities: number;
  source: SourceId | null | undefined;
  sources: number;
  note: string | null | undefined;
}

const SUM = {
  sum: op.sum('value'),
  rows: op.count(),
  valid: op.valid('value'),
  quality: op.any('quality'),
  qualities: op.distinct('quality'),
  source: op.any('source'),
  sources: op.distinct('source'),
  note: op.any('note'),
};

/** The place columns a selection can name; a closure over the column would stop Arquero from compiling it. */
const IN_SELECTION = {
  entity_code: (d: { entity_code: string }, $: { codes: string[] }) => op.includes($.codes, d.entity_code),
  country_iso3: (d: { country_iso3: string }, $: { codes: string[] }) => op.includes($.codes, d.country_iso3),
} as const;
type PlaceColumn = keyof typeof IN_SELECTION;

/** The rows whose `column` is one of `codes`: the selected places. */
export function selectedRows(table: ColumnTable, column: PlaceColumn, codes: readonly string[]): ColumnTable {
  return withParams(table, { codes }).filter(IN_SELECTION[column] as (d: object, $: object) => boolean);
}

/** The rows summed per value of any key column (a region code, say): one row per key, with the columns of `Sum`. */
export function sumsByKey(table: ColumnTable, key: string): ColumnTable {
  return table.groupby(key).rollup(SUM);
}

/** The rows summed per value of `by`: one row per place, with the columns of `Sum`. */
export function sumsBy(table: ColumnTable, by: PlaceColumn): ColumnTable {
  return table.groupby(by).rollup(SUM);
}

/**
 * Per place of the `by` kind, the cell of the selected places' rows and how
 * many rows it sums. One selected place needs no sum: each row is its own
 * cell (what the rollup would give for one row, without compiling it).
 */
export function crossCells(
  table: ColumnTable,
  column: PlaceColumn,
  codes: readonly string[],
  by: PlaceColumn,
): Map<string, { cell: Cell; members: number }> {
  const rows = selectedRows(table, column, codes);
  if (codes.length === 1) {
    return new Map(rowsOf<FigureRow>(rows).map((r) => [r[by], { cell: valueCell(r), members: 1 }]));
  }
  return new Map(
    rowsOf<Sum & Record<PlaceColumn, string>>(sumsBy(rows, by)).map((r) => [
      r[by],
      { cell: sumCell(r), members: r.rows },
    ]),
  );
}

type FigureRow = Record<PlaceColumn, string> & {
  value: number | null;
  quality: Quality;
  source: SourceId | null;
  note: string | null;
};

/** The rows summed in all; null when there are none. */
export function sumOf(table: ColumnTable): Sum | null {
  const sum = table.rollup(SUM).object() as Sum;
  return sum.rows > 0 ? sum : null;
}

function quality(sum: Sum): Quality {
  if (sum.rows === 1 || sum.quality === undefined) return sum.quality ?? 'exact';
  return sum.qualities === 1 && sum.quality === 'exact' ? 'exact' : 'derived';
}

/** A sum as a cell: a member without a value leaves the sum unknown, never smaller. */
export function sumCell(sum: Sum): Cell {
  const single = sum.rows === 1;
  const source = single || sum.sources === 1 ? (sum.source ?? null) : null;
  const note = single ? (sum.note ?? null) : null;
  if (sum.valid < sum.rows || sum.sum === undefined) return gapCell('notReported', source, note);
  return valueCell({ value: sum.sum, quality: quality(sum), source, note });
}

/** A sum as a figure (a denominator), or null when it has no value. */
export function sumFigure(sum: Sum | null): Figure | null {
  if (sum === null) return null;
  const cell = sumCell(sum);
  return cell.value === null
    ? null
    : { value: cell.value, quality: cell.quality, source: cell.source, note: cell.note };
}
