/**
 * One vocabulary for figures and their gaps, used by the maps, the
 * comparison, the profiles and the totals: a value (possibly a true zero) or
 * a gap that carries its reason, so every view explains a missing number the
 * same way and never draws it as a zero.
 */
import type { Quality, SourceId } from './schema';

/**
 * - `value`: a positive count; `zero`: the source prints 0.
 * - `notApplicable`: no vote from abroad for that entity in that process.
 * - `notReported`: there was a vote, but the source does not give the figure.
 * - `notAttributable`: the country's row of the country × entity table is
 *   damaged in the source, so its cells cannot be given to entities.
 */
export const STATUSES = ['value', 'zero', 'notApplicable', 'notReported', 'notAttributable'] as const;
export type Status = (typeof STATUSES)[number];
export type GapStatus = Exclude<Status, 'value' | 'zero'>;

/** A figure as every view shows it: a value (maybe a true zero) or a gap with its reason. */
export type Cell =
  | { status: 'value' | 'zero'; value: number; quality: Quality; source: SourceId | null; note: string | null }
  | { status: GapStatus; value: null; quality: null; source: SourceId | null; note: string | null };

/** The `status` column of the downloaded CSVs: snake case, like the published files. */
export const STATUS_CODES: Readonly<Record<Status, string>> = {
  value: 'value',
  zero: 'zero',
  notApplicable: 'not_applicable',
  notReported: 'not_reported',
  notAttributable: 'not_attributable',
};

/** A gap with its reason and, when known, the source and note that explain it. */
export function gapCell(status: GapStatus, source: SourceId | null = null, note: string | null = null): Cell {
  return { status, value: null, quality: null, source, note };
}

/** A published row as a cell: an empty value is a figure the source does not give, never a zero. */
export function valueCell(row: {
  value: number | null;
  quality: Quality;
  source: SourceId | null;
  note: string | null;
}): Cell {
  if (row.value === null) return gapCell('notReported', row.source, row.note);
  return {
    status: row.value === 0 ? 'zero' : 'value',
    value: row.value,
    quality: row.quality,
    source: row.source,
    note: row.note,
  };
}

export function hasValue<C extends Cell>(cell: C): cell is Extract<C, { value: number }> {
  return cell.status === 'value' || cell.status === 'zero';
}
