/**
 * Arquero queries over the loaded tables. Pure: tables in, tables or rows out.
 */
import { escape, type ColumnTable } from 'arquero';
import { MEASURES, type SourceId, type SourceRow, type TotalRow } from './schema';

const measureRank = (measure: string): number => {
  const i = (MEASURES as readonly string[]).indexOf(measure);
  // Measures added to the package later sort after the known ones.
  return i === -1 ? MEASURES.length : i;
};

/**
 * The national total per process, cut-off date and measure, ordered by
 * process, then cut-off date, then measure in display order.
 */
export function nationalTotals(totals: ColumnTable): ColumnTable {
  return totals
    .derive({ measure_rank: escape((d: { measure: string }) => measureRank(d.measure)) })
    .orderby('process', 'cutoff_date', 'measure_rank', 'measure')
    .select('process', 'cutoff_date', 'measure', 'value', 'quality', 'source', 'note');
}

/** Same, as plain typed rows. */
export function nationalTotalRows(totals: ColumnTable): TotalRow[] {
  return nationalTotals(totals).objects() as TotalRow[];
}

/** The sources.csv row with this id, or null. */
export function sourceById(sources: ColumnTable, id: SourceId): SourceRow | null {
  const found = sources.filter(escape((d: { source: string }) => d.source === id)).objects({ limit: 1 });
  return (found[0] as SourceRow | undefined) ?? null;
}
