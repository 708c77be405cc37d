/**
 * Rows as a real spreadsheet (.xlsx), for readers who open downloads in Excel or
 * LibreOffice. A CSV is read through the spreadsheet's locale: Excel in Mexico takes
 * decimal commas as text and every program turns the INEGI key 01 into the number 1.
 * A workbook carries each cell's type instead: codes and names are text cells (01
 * stays 01), counts and shares are number cells, an empty cell is a gap (never 0), and
 * no cell is a formula: text that starts with `=` is stored as text, so nothing runs.
 * Loaded with ExcelJS only when a reader asks for it (ExportToolbar imports this module
 * dynamically, so the library is a chunk of its own).
 */
import ExcelJS from 'exceljs';
import { spanishNote } from '../data/notes';
import type { SourceRow } from '../data/schema';
import type { Lang } from '../i18n/translate';
import type { CsvRow } from './viewCsv';
import { columnDefinition, SHEET_TEXT } from './xlsxDefinitions';

export interface WorkbookInput {
  /** What the rows are, e.g. the chart's title: the first line of the definitions sheet. */
  title: string;
  columns: readonly string[];
  rows: readonly CsvRow[];
  /** sources.csv: the rows cited by `source` are copied into the sources sheet. */
  sources: readonly SourceRow[];
  /** The sources the rows come from, where the rows no longer say (sums); else their `source` column. */
  cited?: readonly string[];
  /** The page's address for these rows; empty where there is none to give. */
  url: string;
  lang: Lang;
}

/** The three sheets: data, definitions (columns, quality flags, states), sources. */
export function buildWorkbook(input: WorkbookInput): ExcelJS.Workbook {
  const text = SHEET_TEXT[input.lang];
  const book = new ExcelJS.Workbook();
  // Fixed, so the same rows make the same file.
  book.created = book.modified = new Date(Date.UTC(2000, 0, 1));
  book.creator = 'vmre-explorer';

  const data = book.addWorksheet(text.dataSheet);
  data.addRow([...input.columns]);
  for (const row of input.rows) data.addRow(input.columns.map((c) => cell(row[c])));
  data.getRow(1).font = { bold: true };
  data.views = [{ state: 'frozen', ySplit: 1 }];

  const about = book.addWorksheet(text.aboutSheet);
  about.addRow([input.title]).font = { bold: true };
  if (input.url) about.addRow([input.url]);
  about.addRow([text.gaps]);
  about.addRow([]);
  about.addRow([text.column, text.meaning]).font = { bold: true };
  for (const c of input.columns) about.addRow([c, columnDefinition(c, input.lang)]);
  about.addRow([]);
  about.addRow([text.quality, text.meaning]).font = { bold: true };
  for (const [code, meaning] of Object.entries(text.qualities)) about.addRow([code, meaning]);
  about.addRow([]);
  about.addRow([text.status, text.meaning]).font = { bold: true };
  for (const [code, meaning] of Object.entries(text.statuses)) about.addRow([code, meaning]);
  about.getColumn(1).width = 24;
  about.getColumn(2).width = 100;

  const cited = new Set(input.cited ?? input.rows.map((r) => r.source).filter((s) => typeof s === 'string'));
  const sourceColumns = ['source', 'document', 'period', 'published', 'section', 'table', 'note'] as const;
  const sources = book.addWorksheet(text.sourcesSheet);
  // The table's title and the note in Spanish beside the English, as sources.csv has them (table_es, note_es).
  sources.addRow([...sourceColumns, 'table_es', 'note_es']).font = { bold: true };
  for (const s of input.sources.filter((s) => cited.has(s.source)))
    sources.addRow([...sourceColumns.map((c) => s[c] ?? null), spanishNote(s.table), spanishNote(s.note)]);
  return book;
}

/**
 * A cell's value as ExcelJS should store it: strings as text whatever they look like
 * (a leading `=` included: ExcelJS makes formulas only of `{ formula }` objects), numbers as
 * numbers, and null for an empty cell.
 */
function cell(value: CsvRow[string] | undefined): string | number | null {
  if (value === undefined || value === null || value === '') return null;
  return value;
}

/** The workbook's bytes, ready to download as `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`. */
export async function workbookBlob(input: WorkbookInput): Promise<Blob> {
  const buffer = await buildWorkbook(input).xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
