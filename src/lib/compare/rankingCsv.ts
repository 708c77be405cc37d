/**
 * The ranking of change as the CSV a reader downloads: one row per place, in
 * the order the table shows, with its figure (or gap) in each compared
 * process and the change between the last two, or the reason there is none.
 * A gap has an empty value and its status; it is never written as zero.
 */
import type { Measure, Process } from '../data/schema';
import { STATUS_CODES } from '../data/status';
import { toCsv, type CsvRow } from '../export/viewCsv';
import type { ChangeReason, Ranking, RankingRow } from './ranking';

/** The `change_not_computed` column: snake case, like the published files and the series CSV. */
export const REASON_CODES: Readonly<Record<ChangeReason | 'fromZero', string>> = {
  coverage: 'different_coverage',
  notReported: 'not_reported',
  notApplicable: 'not_applicable',
  notAttributable: 'not_attributable',
  partialItemization: 'partial_itemization',
  fromZero: 'relative_from_zero',
};

/** Stable, in English: the place, then per process its status, value and quality, then the change. */
export function rankingColumns(processes: readonly Process[]): string[] {
  return [
    'rank',
    'place_kind',
    'code',
    'name',
    'measure',
    'coverage_mode',
    'entities_counted',
    ...processes.flatMap((p) => [`status_${p}`, `value_${p}`, `quality_${p}`]),
    'change_from',
    'change_to',
    'change_absolute',
    'change_relative',
    'change_not_computed',
    'missing_process',
  ];
}

/** `rows` in the order shown; `rank` is the position in that order. */
export function rankingRows(
  ranking: Ranking,
  rows: readonly RankingRow[],
  measure: Measure,
  name: (row: RankingRow) => string,
): CsvRow[] {
  return rows.map((row, i) => {
    const perProcess: CsvRow = {};
    for (const process of ranking.processes) {
      const p = row.points.find((point) => point.process === process);
      perProcess[`status_${process}`] = p ? STATUS_CODES[p.status] : null;
      perProcess[`value_${process}`] = p?.value ?? null;
      perProcess[`quality_${process}`] = p?.quality ?? null;
    }
    const notComputed = row.reason ? REASON_CODES[row.reason.kind] : row.fromZero ? REASON_CODES.fromZero : null;
    return {
      rank: i + 1,
      place_kind: row.scope.kind,
      code: row.code,
      name: name(row),
      measure,
      coverage_mode: ranking.coverageMode,
      entities_counted: ranking.shared?.join(' ') ?? null,
      ...perProcess,
      change_from: ranking.from,
      change_to: ranking.to,
      change_absolute: row.absolute,
      change_relative: row.relative,
      change_not_computed: notComputed,
      missing_process: row.reason?.process ?? null,
    };
  });
}

export function rankingCsv(
  ranking: Ranking,
  rows: readonly RankingRow[],
  measure: Measure,
  name: (row: RankingRow) => string,
): string {
  return toCsv(rankingRows(ranking, rows, measure, name), rankingColumns(ranking.processes));
}

/** e.g. `vmre_ranking_received_country_2020-2021_2023-2024_same-coverage.csv`. */
export function rankingFileName(ranking: Ranking, measure: Measure): string {
  const parts = ['vmre_ranking', measure, ranking.kind, ...ranking.processes];
  if (ranking.coverageMode === 'same') parts.push('same-coverage');
  return `${parts.join('_')}.csv`;
}
