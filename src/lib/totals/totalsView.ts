/**
 * Shapes the national totals into the table's rows: one per process, one cell
 * per measure, each cell a value or a gap with its reason, plus the numbered
 * footnotes the cells point to (the figure's note and its source). No Svelte,
 * no formatting: tested alone.
 */
import type { DataTables } from '../data/load';
import { latestCutoff, sourceById, totalRow } from '../data/queries';
import { PROCESSES, type Process, type SourceId, type SourceRow, type TotalRow } from '../data/schema';
import { gapCell, valueCell, type Cell } from '../data/status';

export const TOTAL_MEASURES = ['received', 'eligible'] as const;
export type TotalMeasure = (typeof TOTAL_MEASURES)[number];

export type TotalsCell = Cell & { footnote: number | null };

export interface TotalsRowView {
  process: Process;
  /** The latest cut-off date reported for the process, or null if none. */
  cutoffDate: string | null;
  cells: Record<TotalMeasure, TotalsCell>;
}

/** What a cell's reference number leads to. */
export interface Footnote {
  number: number;
  process: Process;
  measure: TotalMeasure;
  note: string | null;
  sourceId: SourceId;
  /** null when sources.csv has no row for the id. */
  source: SourceRow | null;
}

export interface TotalsView {
  rows: TotalsRowView[];
  footnotes: Footnote[];
}

/** The table from totals.csv and sources.csv, each process at its latest cut-off. */
export function buildTotalsView(tables: Pick<DataTables, 'totals' | 'sources'>): TotalsView {
  const footnotes: Footnote[] = [];
  const cite = (row: TotalRow, measure: TotalMeasure): number => {
    const number = footnotes.length + 1;
    const source = sourceById(tables.sources, row.source);
    footnotes.push({ number, process: row.process, measure, note: row.note, sourceId: row.source, source });
    return number;
  };

  const rows = PROCESSES.map((process): TotalsRowView => {
    const cutoffDate = latestCutoff(tables, process);
    const cell = (measure: TotalMeasure): TotalsCell => {
      const row = totalRow(tables, process, measure, cutoffDate);
      if (row === null) return { ...gapCell('notReported'), footnote: null };
      return { ...valueCell(row), footnote: cite(row, measure) };
    };
    return { process, cutoffDate, cells: { received: cell('received'), eligible: cell('eligible') } };
  });
  return { rows, footnotes };
}
