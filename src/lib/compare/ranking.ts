/**
 * The ranking of change: every country (or every entity) with its figure in
 * each compared process and the change between the last two, absolute and
 * relative, computed only where the two points are comparable; otherwise the
 * reason, so the table says why instead of leaving a blank. Built from the
 * same series as the chart (`seriesFor`), so a row equals what the chart
 * shows for that place.
 */
import type { CountryCode, EntityCode, Process } from '../data/schema';
import { hasValue } from '../data/status';
import type { CoverageMode, RankKind, RankSort } from '../state/url';
import { changeBetween, seriesFor, type ComparisonQuery, type Scope, type SeriesPoint } from './series';
import { sharedEntities, type Snapshots } from './snapshots';

/**
 * Why a row has no change: the two points count different entities, or one of them is a gap (its status), or,
 * with same coverage, its process does not itemize every shared entity.
 */
export type ChangeReason = 'coverage' | 'notReported' | 'notApplicable' | 'notAttributable' | 'partialItemization';

export interface RankingRow {
  scope: Scope & { kind: 'country' | 'entity' };
  code: CountryCode | EntityCode;
  /** One point per compared process, in time order: the process's latest cut-off. */
  points: readonly SeriesPoint[];
  absolute: number | null;
  /** (to − from) / from; null when there is no change, or when `from` is zero (`fromZero`). */
  relative: number | null;
  /** Why `absolute` is null (and which process lacks the figure, for a gap); null when there is a change. */
  reason: { kind: ChangeReason; process: Process | null } | null;
  /** The earlier figure is zero: the absolute change exists, a relative one cannot be computed. */
  fromZero: boolean;
}

export interface Ranking {
  kind: RankKind;
  coverageMode: CoverageMode;
  processes: readonly Process[];
  /** The change is from the second-to-last compared process to the last. */
  from: Process;
  to: Process;
  /** With same coverage: the entities every compared process covered; otherwise null. */
  shared: readonly EntityCode[] | null;
  rows: RankingRow[];
}

function gapReason(p: SeriesPoint): ChangeReason {
  if (p.gapReason === 'partialItemization') return 'partialItemization';
  return p.status as ChangeReason;
}

type RowChange = Pick<RankingRow, 'absolute' | 'relative' | 'reason' | 'fromZero'>;

/** The change from the second-to-last point to the last, or why there is none. */
export function changeOf(points: readonly SeriesPoint[]): RowChange {
  const from = points.at(-2);
  const to = points.at(-1);
  const none = { absolute: null, relative: null, fromZero: false };
  if (from === undefined || to === undefined) return { ...none, reason: { kind: 'notReported', process: null } };
  const change = changeBetween(from, to);
  if (change.incomparable === 'coverage') return { ...none, reason: { kind: 'coverage', process: null } };
  if (change.incomparable === 'gap') {
    const missing = hasValue(from) ? to : from;
    return { ...none, reason: { kind: gapReason(missing), process: missing.process } };
  }
  return { absolute: change.absolute, relative: change.relative, reason: null, fromZero: from.value === 0 };
}

/** One place's row: its series' latest point in each compared process, and the change between the last two. */
export function rankingRow(s: Snapshots, scope: RankingRow['scope'], q: ComparisonQuery): RankingRow {
  const series = seriesFor(s, scope, q);
  const points = series.processes
    .map((process) => series.points.findLast((p) => p.process === process))
    .filter((p) => p !== undefined);
  const code = scope.kind === 'country' ? scope.country : scope.entity;
  return { scope, code, points, ...changeOf(points) };
}

/** Every place of a kind: the countries by_country.csv lists in any process, or the 32 entities. */
export function rankingOf(s: Snapshots, q: ComparisonQuery, kind: RankKind): Ranking {
  const processes = [...q.processes].sort();
  const scopes: RankingRow['scope'][] =
    kind === 'country'
      ? s.dataset.countries().map((country) => ({ kind: 'country', country }))
      : s.dataset.entityCodes().map((entity) => ({ kind: 'entity', entity }));
  const rows = scopes.map((scope) => rankingRow(s, scope, q));
  const shared = q.coverage === 'same' ? sharedEntities(s, processes) : null;
  return {
    kind,
    coverageMode: q.coverage,
    processes,
    from: processes.at(-2) as Process,
    to: processes.at(-1) as Process,
    shared,
    rows,
  };
}

/** What a sort orders by; null puts the row last. */
export function sortKey(row: RankingRow, sort: RankSort): number | null {
  switch (sort) {
    case 'level': {
      const last = row.points.at(-1);
      return last !== undefined && hasValue(last) ? last.value : null;
    }
    case 'abs':
      return row.absolute;
    case 'rel':
      return row.relative;
    case 'name':
      return null;
  }
}

/**
 * Level (the latest compared figure), absolute or relative change: largest first; rows without one go last.
 * Name: alphabetical. Ties and rows without a key by name, so the order is stable.
 */
export function sortRanking(
  rows: readonly RankingRow[],
  sort: RankSort,
  name: (row: RankingRow) => string,
  locale: string,
): RankingRow[] {
  const collator = new Intl.Collator(locale);
  return [...rows].sort((a, b) => {
    const ka = sortKey(a, sort);
    const kb = sortKey(b, sort);
    if (ka !== null && kb !== null && ka !== kb) return kb - ka;
    if (ka === null && kb !== null) return 1;
    if (kb === null && ka !== null) return -1;
    return collator.compare(name(a), name(b));
  });
}

/**
 * Whether a sort by change has nothing to order because every change is blocked by different coverage, which
 * "same coverage" would lift: the page then says so and offers to switch it on rather than show an order that
 * is only alphabetical.
 */
export function needsSameCoverage(ranking: Ranking, sort: RankSort): boolean {
  if (ranking.coverageMode === 'same' || (sort !== 'abs' && sort !== 'rel')) return false;
  const sortable = ranking.rows.some((r) => sortKey(r, sort) !== null);
  return !sortable && ranking.rows.some((r) => r.reason?.kind === 'coverage');
}
