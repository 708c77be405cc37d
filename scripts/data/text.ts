/** Reading the report text files: lines, tab-separated cells and printed numbers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Report {
  file: string;
  lines: string[];
}

export function readReport(dir: string, file: string): Report {
  const text = readFileSync(join(dir, file), 'utf8');
  return { file, lines: text.split(/\r?\n/) };
}

/** A problem in a source file that stops the pipeline: the file changed or our reading is wrong. */
export class SourceError extends Error {
  constructor(file: string, line: number | null, message: string) {
    super(`${file}${line === null ? '' : `:${line + 1}`}: ${message}`);
    this.name = 'SourceError';
  }
}

export function cells(line: string): string[] {
  return line.split('\t').map((c) => c.trim());
}

/** Drops the empty cells that the extraction leaves after the last printed one. */
export function trimTrailingEmpty(row: string[]): string[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === '') end--;
  return row.slice(0, end);
}

const COUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;

export function isCount(cell: string): boolean {
  return COUNT.test(cell);
}

/** A printed count such as `51,185`; anything else is an error, never a guess. */
export function parseCount(cell: string, report: Report, line: number): number {
  if (!isCount(cell)) throw new SourceError(report.file, line, `expected a count, found "${cell}"`);
  return Number(cell.replace(/,/g, ''));
}

/** A printed decimal such as `43.77` (mean ages). */
export function parseDecimal(cell: string, report: Report, line: number): number {
  if (!/^\d+(?:\.\d+)?$/.test(cell)) throw new SourceError(report.file, line, `expected a decimal, found "${cell}"`);
  return Number(cell);
}

/** Index of the first line at or after `from` that satisfies `test`; throws when there is none. */
export function findLine(report: Report, test: (line: string) => boolean, from = 0, what = 'anchor'): number {
  for (let i = from; i < report.lines.length; i++) if (test(report.lines[i])) return i;
  throw new SourceError(report.file, null, `cannot find ${what}`);
}

/** The first line containing `needle` at or after `from`. */
export function findText(report: Report, needle: string, from = 0): number {
  return findLine(report, (l) => l.includes(needle), from, `"${needle}"`);
}

/** Matches `re` against one line and returns its groups, or throws naming the line. */
export function matchLine(report: Report, line: number, re: RegExp): RegExpMatchArray {
  const m = report.lines[line].match(re);
  if (!m) throw new SourceError(report.file, line, `text no longer matches ${re}`);
  return m;
}

/** Strips accents and case so that spellings compare equal (`Querétaro` = `QUERETARO`). */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
