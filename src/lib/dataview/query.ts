/**
 * The data view's rows: one published table, filtered, optionally summed by some of its
 * key columns, sorted. Arquero does the work (`filter`, `groupby`/`rollup`, `orderby`).
 * A sum follows the project's quality rule: one row keeps its quality; several are exact
 * only if all are exact, else derived. Only count columns are summed: the mean ages of
 * breakdowns.csv (unit years) are left out of a sum, never added to counts.
 */
import { desc, escape, op, type ColumnTable } from 'arquero';
import { DATA_TABLES, type DataFilter, type DataTableName } from '../state/dataQuery';

export type Cell = string | number | null;
export type DataRow = Record<string, Cell>;

export interface DataResult {
  columns: string[];
  rows: DataRow[];
  /** Filter values that no row of the table has, by column, so the view can say so. */
  unknown: DataFilter[];
  /** Rows left out of a sum because their value is not a count (mean ages). */
  notSummed: number;
}

/** The column that a sum adds up in each table. */
const SUMMED: Record<DataTableName, string> = {
  by_country: 'value',
  by_entity: 'value',
  by_country_entity: 'value',
  breakdowns: 'value',
  crosstab_damaged_cells: 'printed_value',
};

export function dataRows(
  table: ColumnTable,
  name: DataTableName,
  where: readonly DataFilter[],
  group: readonly string[],
  order: string,
): DataResult {
  const allowed: readonly string[] = DATA_TABLES[name].filters;
  const filters = where.filter((f) => allowed.includes(f.column) && table.columnNames().includes(f.column));
  const unknown: DataFilter[] = [];
  for (const f of filters) {
    const present = new Set(table.array(f.column) as Cell[]);
    const missing = f.values.filter((v) => !present.has(v));
    if (missing.length > 0) unknown.push({ column: f.column, values: missing });
  }
  const sets = filters.map((f) => ({ column: f.column, values: new Set(f.values) }));
  // escape: a plain closure over the sets, so no expression is compiled from text the URL gave.
  let rows =
    sets.length === 0
      ? table
      : table.filter(escape((d: DataRow) => sets.every((s) => s.values.has(d[s.column] as string))));

  let notSummed = 0;
  const keys: readonly string[] = DATA_TABLES[name].keys;
  const by = group.filter((g) => keys.includes(g));
  if (by.length > 0) {
    const sum = SUMMED[name];
    if (rows.columnNames().includes('unit')) {
      notSummed = rows.filter(escape((d: DataRow) => d.unit === 'years')).numRows();
      rows = rows.filter(escape((d: DataRow) => d.unit !== 'years'));
    }
    const hasQuality = rows.columnNames().includes('quality');
    // The expressions name fixed columns of our own tables, never text from the URL.
    rows = rows.groupby(...by).rollup({
      [sum]: `d => op.sum(d.${sum})`,
      rows: () => op.count(),
      ...(hasQuality
        ? { exact_rows: "d => op.sum(d.quality === 'exact' ? 1 : 0)", first_quality: 'd => op.any(d.quality)' }
        : {}),
    });
    if (hasQuality) {
      rows = rows
        .derive({
          quality: escape((d: DataRow) =>
            d.rows === 1 ? d.first_quality : d.exact_rows === d.rows ? 'exact' : 'derived',
          ),
        })
        .select(...by, sum, 'quality', 'rows');
    }
  }

  const columns = rows.columnNames();
  const descending = order.startsWith('-');
  const column = descending ? order.slice(1) : order;
  if (column !== '' && columns.includes(column)) {
    // Stable: ties keep the file's order. Empty cells go last either way.
    rows = rows.orderby(
      escape((d: DataRow) => (d[column] === null ? 1 : 0)),
      descending ? desc(column) : column,
    );
  }
  return { columns, rows: rows.objects() as DataRow[], unknown, notSummed };
}
