/**
 * The data view's rows: one published table, filtered, optionally summed by some of its
 * key columns, sorted. Arquero does the work (`filter`, `groupby`/`rollup`, `orderby`).
 * A sum follows the project's quality rule: one row keeps its quality; several are exact
 * only if all are exact, else derived. Only count columns are summed: the mean ages of
 * breakdowns.csv (unit years) are left out of a sum, never added to counts.
 */
import { desc, escape, op, type ColumnTable } from 'arquero';
import type { PlaceNamer } from '../data/names';
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
  /** The sources (sources.csv ids) of the rows filtered, so a sum still names where its figures come from. */
  sources: string[];
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

  const sources = rows.columnNames().includes('source')
    ? [...new Set(rows.array('source') as (string | null)[])].filter((s): s is string => s !== null)
    : [];
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
  return { columns, rows: rows.objects() as DataRow[], unknown, notSummed, sources };
}

/** The code columns that have a name in countries.csv or entities.csv, and the column the name goes in. */
const NAMED = { country_iso3: ['country_name', 'country'], entity_code: ['entity_name', 'entity'] } as const;

/** The name of a place code in a column that holds one (`country_iso3`, `entity_code`); null for other columns. */
export function placeName(column: string, code: string, namer: PlaceNamer): string | null {
  return column in NAMED ? namer[NAMED[column as keyof typeof NAMED][1]](code) : null;
}

/**
 * The rows with each place's name in a column beside its code (`country_name` after `country_iso3`,
 * `entity_name` after `entity_code`), so a reader of the table or its download need not look codes up.
 * The codes stay: they are the keys to join on.
 */
export function withNames(result: DataResult, namer: PlaceNamer): DataResult {
  if (!result.columns.some((c) => c in NAMED)) return result;
  const columns = result.columns.flatMap((c) => (c in NAMED ? [c, NAMED[c as keyof typeof NAMED][0]] : [c]));
  const rows = result.rows.map((row) => {
    const out: DataRow = {};
    for (const c of result.columns) {
      out[c] = row[c];
      if (c in NAMED) {
        const code = row[c];
        out[NAMED[c as keyof typeof NAMED][0]] = typeof code === 'string' ? placeName(c, code, namer) : null;
      }
    }
    return out;
  });
  return { ...result, columns, rows };
}
