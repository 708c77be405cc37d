/**
 * The comparison as the CSV a reader downloads: one row per point with its
 * state, the change from the point before (or why there is none), and what
 * the figure counts. A gap has an empty value; it is never written as zero.
 */
import { spanishNote } from '../data/notes';
import { toCsv, type CsvRow } from '../export/viewCsv';
import { STATUS_CODES } from '../data/status';
import { scopeKey, type Series } from './series';

export const SERIES_COLUMNS = [
  'scope',
  'scope_name',
  'process',
  'cutoff_date',
  'measure',
  'status',
  'value',
  'quality',
  'change_absolute',
  'change_relative',
  'change_not_computed',
  'coverage_mode',
  'restricted_sum',
  'entities_counted',
  'source',
  'note',
  'note_es',
] as const;

/** The note this view writes itself, where the source does not itemize an entity a sum needs. */
const PARTIAL = {
  en: 'the source does not itemize every shared entity',
  es: 'la fuente no desglosa todas las entidades compartidas',
};

export function seriesRows(series: Series, scopeName: string): CsvRow[] {
  return series.points.map((p, i) => {
    const change = i > 0 ? series.changes[i - 1] : undefined;
    return {
      scope: scopeKey(series.scope),
      scope_name: scopeName,
      process: p.process,
      cutoff_date: p.cutoff,
      measure: series.measure,
      status: STATUS_CODES[p.status],
      value: p.value,
      quality: p.quality,
      change_absolute: change?.absolute ?? null,
      change_relative: change?.relative ?? null,
      change_not_computed: change?.incomparable ?? null,
      coverage_mode: series.coverageMode,
      restricted_sum: p.restricted ? 'yes' : 'no',
      entities_counted: p.coverage.join(' '),
      source: p.source,
      note: p.gapReason === 'partialItemization' ? PARTIAL.en : p.note,
      note_es: p.gapReason === 'partialItemization' ? PARTIAL.es : spanishNote(p.note),
    };
  });
}

/** The rows of every line, one place after another. */
export function seriesCsv(lines: readonly { series: Series; name: string }[]): string {
  return toCsv(
    lines.flatMap((l) => seriesRows(l.series, l.name)),
    SERIES_COLUMNS,
  );
}

/**
 * e.g. `vmre_comparison_received_entity-14_2017-2018_2020-2021_2023-2024_same-coverage.csv`; several places
 * are joined with `+` (`entity-14+entity-16`).
 */
export function seriesFileName(lines: readonly Series[], extension: 'csv' | 'xlsx' = 'csv'): string {
  const [first] = lines;
  const scopes = lines.map((s) => scopeKey(s.scope).replaceAll(':', '-')).join('+');
  const parts = ['vmre_comparison', first.measure, scopes, ...first.processes];
  if (first.coverageMode === 'same') parts.push('same-coverage');
  return `${parts.join('_')}.${extension}`;
}
