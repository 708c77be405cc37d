/** Small labelled tables (label, counts…, TOTAL row) and the check that their parts add up. */
import { SourceError, cells, findLine, isCount, parseCount, trimTrailingEmpty, type Report } from './text.ts';
import type { Quality } from './model.ts';

export interface LabelledRow {
  label: string;
  values: number[];
  line: number;
}

export interface LabelledTable {
  header: string[];
  rows: LabelledRow[];
  total: LabelledRow;
}

/**
 * Reads the table whose header line starts with `headerStart` (after line `from`) down to its TOTAL row.
 * Cells that are percentages are dropped; the counts are kept in print order.
 */
export function readLabelledTable(report: Report, headerStart: string, from = 0): LabelledTable {
  const h = findLine(report, (l) => l.startsWith(headerStart), from, `table "${headerStart}"`);
  const header = trimTrailingEmpty(cells(report.lines[h]));
  const rows: LabelledRow[] = [];
  for (let i = h + 1; i < report.lines.length; i++) {
    const row = trimTrailingEmpty(cells(report.lines[i]));
    if (row.length === 0) continue;
    if (row.length > 1 && row[1] === header[1]) continue; // a header repeated after a page break
    const counts = row.slice(1).filter((c) => !c.endsWith('%'));
    if (counts.length === 0 || !counts.every(isCount)) {
      if (rows.length === 0) continue; // a second header line
      throw new SourceError(report.file, i, `table "${headerStart}" ends without a TOTAL row`);
    }
    const parsed: LabelledRow = { label: row[0], values: counts.map((c) => parseCount(c, report, i)), line: i };
    if (/^total$/i.test(row[0])) return { header, rows, total: parsed };
    rows.push(parsed);
  }
  throw new SourceError(report.file, h, `table "${headerStart}" has no TOTAL row`);
}

/** exact when the parts add up to the printed total, uncertain otherwise, with the reason. */
export function partsQuality(parts: number[], total: number, what: string): { quality: Quality; note: string } {
  const sum = parts.reduce((s, v) => s + v, 0);
  return sum === total
    ? { quality: 'exact', note: '' }
    : { quality: 'uncertain', note: `${what} sum to ${sum}, not to the printed total ${total}` };
}

/** Finds the row whose label matches, or throws naming the table. */
export function rowLabelled(t: LabelledTable, label: RegExp, report: Report): LabelledRow {
  const r = t.rows.find((x) => label.test(x.label));
  if (!r) throw new SourceError(report.file, null, `no row ${label} in table "${t.header[0]}"`);
  return r;
}
