/**
 * The rows behind a map, as the CSV a reader downloads: one row per place the
 * map shows (and the world map's remainder), each with its state, quality,
 * source and note. A gap has an empty value and says why in `status`; it is
 * never written as zero.
 */
import Papa from 'papaparse';
import type { MapFigures } from '../data/mapQueries';
import { spanishNote } from '../data/notes';
import { STATUS_CODES } from '../data/status';
import type { MapName } from '../geo/geometry';
import { MAPS, type PlaceSelection } from '../maps/map.constants';

/** Column order; stable, in English, like the published files: the note in English and, beside it, in Spanish. */
export function csvColumns(map: MapName): string[] {
  const { csv } = MAPS[map];
  return [
    'process',
    'cutoff_date',
    'measure',
    csv.filter,
    csv.code,
    csv.name,
    'status',
    'value',
    'share',
    'rank',
    'quality',
    'source',
    'note',
    'note_es',
  ];
}

export type CsvRow = Record<string, string | number | null>;

/** Digits kept in `share`: enough to recompute any count under ten million. */
const SHARE_DIGITS = 6;

export function viewRows(
  view: MapFigures,
  map: MapName,
  name: (code: string) => string,
  filter: PlaceSelection,
): CsvRow[] {
  const { csv, filteredBy } = MAPS[map];
  const base = {
    process: view.process,
    cutoff_date: view.cutoffDate,
    measure: view.measure,
    // Several places: the rows are their sum, and the cell lists them as the address does.
    [csv.filter]: filter[filteredBy].length > 0 ? filter[filteredBy].join(',') : null,
  };
  const [codeColumn, nameColumn] = [csv.code, csv.name];
  const rows: CsvRow[] = view.places.map((p) => ({
    ...base,
    [codeColumn]: p.code,
    [nameColumn]: name(p.code),
    status: STATUS_CODES[p.status],
    value: p.value,
    share: p.share === null ? null : Number(p.share.toFixed(SHARE_DIGITS)),
    rank: p.rank,
    quality: p.quality,
    source: p.source,
    note: p.note,
    note_es: spanishNote(p.note),
  }));
  if (view.remainder) {
    const r = view.remainder;
    rows.push({
      ...base,
      [codeColumn]: null,
      [nameColumn]: null,
      status: 'value',
      value: r.value,
      share: view.denominator ? Number((r.value / view.denominator.value).toFixed(SHARE_DIGITS)) : null,
      rank: null,
      quality: r.quality,
      source: r.source,
      note: r.note,
      note_es: spanishNote(r.note),
    });
  }
  return rows;
}

/**
 * Plain RFC 4180 CSV, UTF-8 without BOM, like the published files. Spreadsheet readers
 * get the .xlsx instead (xlsx.ts): no CSV variant opens right in Mexican Excel, whose
 * locale reads decimal points but still turns the key 01 into the number 1.
 */
export function toCsv(rows: readonly CsvRow[], columns: readonly string[]): string {
  const data = rows.map((row) => columns.map((c) => row[c] ?? ''));
  return `${Papa.unparse({ fields: [...columns], data }, { delimiter: ',', newline: '\n' })}\n`;
}

/** At most this many codes of the other map's selection are spelled out in a file name. */
const MAX_NAMED = 4;

/** What a file of this view is called, without extension: `vmre_2023-2024_received_by-entity_country-ESP_2023-11-30`. */
export function exportBaseName(view: MapFigures, map: MapName, filter: PlaceSelection): string {
  const { place, filteredBy } = MAPS[map];
  const parts = ['vmre', view.process, view.measure, `by-${place}`];
  const narrowedBy = filter[filteredBy];
  // A region's dozens of members would make a name longer than file systems allow: the first and a count.
  if (narrowedBy.length > 0 && narrowedBy.length <= MAX_NAMED) parts.push(`${filteredBy}-${narrowedBy.join('-')}`);
  else if (narrowedBy.length > MAX_NAMED)
    parts.push(`${filteredBy}-${narrowedBy[0]}-and-${narrowedBy.length - 1}-more`);
  if (view.cutoffDate) parts.push(view.cutoffDate);
  return parts.join('_');
}

/** e.g. `vmre_2023-2024_received_by-entity_country-ESP_2023-11-30.csv`. */
export function csvFileName(view: MapFigures, map: MapName, filter: PlaceSelection): string {
  return `${exportBaseName(view, map, filter)}.csv`;
}
