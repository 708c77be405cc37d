/**
 * The profile of registrants across processes, as Arquero queries over
 * breakdowns.csv: for each dimension the reports tabulate (voting modality,
 * sex, age group, channel, credential, mean age), one entry per process with
 * its categories and shares, or the reason there is none. A gap is never a
 * zero: a process that does not tabulate a dimension says "not reported", an
 * entity with no vote from abroad says "not applicable".
 */
import { escape, op, type ColumnTable } from 'arquero';
import type { DataTables } from '../data/load';
import type {
  BreakdownRow,
  ByEntityRow,
  CoverageRow,
  EntityCode,
  IsoDate,
  Measure,
  Process,
  Quality,
  SourceId,
  TotalRow,
} from '../data/schema';
import type { GapStatus } from '../data/status';

/** Display order. Crossed dimensions, request type and review status are left out: they are not a profile. */
export const PROFILE_DIMENSIONS = [
  'voting_modality',
  'sex',
  'age_group',
  'registration_channel',
  'credential_type',
  'mean_age',
] as const;
export type ProfileDimensionName = (typeof PROFILE_DIMENSIONS)[number];

/** Category order within a dimension; categories not listed here follow, in their own order. */
const CATEGORY_ORDER: Partial<Record<ProfileDimensionName, readonly string[]>> = {
  voting_modality: ['postal', 'internet', 'in_person'],
  sex: ['men', 'women'],
  registration_channel: ['inetel', 'srve', 'web', 'app'],
  credential_type: ['cpve', 'cpv'],
};

export interface ProfileCategory {
  category: string;
  value: number;
  /** Fraction of the categories' own sum; null for a mean or when the sum is 0. */
  share: number | null;
  quality: Quality;
  source: SourceId;
  note: string | null;
}

export type ProfileCell =
  | {
      process: Process;
      status: 'value';
      /** The cut-off date of these figures: the latest the process gives for this dimension, unless pinned. */
      cutoff: IsoDate;
      /** Sum of the categories, the denominator of the shares; null for a mean. */
      total: number | null;
      /**
       * The measure's published total for the same place and cut-off (totals.csv
       * nationally, by_entity.csv for an entity), or null without one or for a
       * mean. May differ from `total`: shares are never rescaled to it.
       */
      measureTotal: number | null;
      categories: ProfileCategory[];
    }
  /**
   * `notReported`: there was a vote from abroad, but the report does not tabulate this dimension for
   * this place; `notApplicable`: the entity had no vote from abroad in this process (coverage.csv).
   */
  | { process: Process; status: ProfileGap; source: SourceId | null; note: string | null };

/** The gaps a profile can have: a dimension is never damaged, only untabulated or without a vote. */
type ProfileGap = Extract<GapStatus, 'notReported' | 'notApplicable'>;

export interface ProfileDimension {
  dimension: ProfileDimensionName;
  /** `composition`: categories that make up a whole (a stacked bar); `mean`: one number per process. */
  kind: 'composition' | 'mean';
  /** Every category any process reports, in display order: the legend, the colours and the table rows. */
  categories: string[];
  /** One entry per requested process, in the requested order. */
  processes: ProfileCell[];
}

export interface ProfileQuery {
  processes: readonly Process[];
  measure: Measure;
  /** INEGI key, or null for the national profile. */
  entity: EntityCode | null;
  /** A cut-off date per process to show instead of the latest. */
  cutoffs?: Partial<Record<Process, IsoDate>>;
}

const isProfileDimension = (d: string): d is ProfileDimensionName =>
  (PROFILE_DIMENSIONS as readonly string[]).includes(d);

/** `20-24` → 20, `65+` → 65: age groups sort by their first year. */
const ageStart = (category: string): number => Number.parseInt(category, 10);

function orderCategories(dimension: ProfileDimensionName, categories: Iterable<string>): string[] {
  const unique = [...new Set(categories)];
  if (dimension === 'age_group') return unique.sort((a, b) => ageStart(a) - ageStart(b) || a.localeCompare(b));
  const known = CATEGORY_ORDER[dimension] ?? [];
  const rank = (c: string) => (known.includes(c) ? known.indexOf(c) : known.length);
  return unique.sort((a, b) => rank(a) - rank(b));
}

/** The rows of the current cut-off of each (process, dimension), with each category's share of its own sum. */
function currentRows(breakdowns: ColumnTable, q: ProfileQuery): (BreakdownRow & { share: number | null })[] {
  const processes = new Set<string>(q.processes);
  const pinned = q.cutoffs ?? {};
  // escape(): plain JS predicate closing over the query, not an expression for Arquero to compile.
  const scoped = breakdowns.filter(
    escape(
      (d: BreakdownRow) =>
        d.measure === q.measure &&
        (d.entity_code ?? null) === q.entity &&
        processes.has(d.process) &&
        isProfileDimension(d.dimension) &&
        d.value !== null &&
        (pinned[d.process] === undefined || d.cutoff_date === pinned[d.process]),
    ),
  );
  if (scoped.numRows() === 0) return [];
  // One snapshot per (process, dimension): a process with two cut-offs is never summed across them.
  const latest = scoped.groupby('process', 'dimension').rollup({ cutoff_date: op.max('cutoff_date') });
  const keys = ['process', 'dimension', 'cutoff_date'];
  return scoped
    .semijoin(latest, [keys, keys])
    .groupby('process', 'dimension', 'cutoff_date')
    .derive({ sum: op.sum('value') })
    .ungroup()
    .derive({
      share: escape((d: { dimension: string; value: number; sum: number }) =>
        d.dimension === 'mean_age' || d.sum === 0 ? null : d.value / d.sum,
      ),
    })
    .objects() as (BreakdownRow & { share: number | null })[];
}

function rowsOf<T>(table: ColumnTable | undefined, keep: (d: T) => boolean): T[] {
  return table === undefined ? [] : (table.filter(escape((d: T) => keep(d))).objects() as T[]);
}

function measureTotalOf(tables: DataTables, q: ProfileQuery, process: Process, cutoff: IsoDate): number | null {
  const same = (d: TotalRow | ByEntityRow) =>
    d.process === process && d.measure === q.measure && d.cutoff_date === cutoff;
  const row =
    q.entity === null
      ? rowsOf<TotalRow>(tables.totals, same)[0]
      : rowsOf<ByEntityRow>(tables.by_entity, (d) => same(d) && d.entity_code === q.entity)[0];
  return row?.value ?? null;
}

function gapFor(tables: DataTables, q: ProfileQuery, process: Process): ProfileCell {
  if (q.entity !== null) {
    const coverage = rowsOf<CoverageRow>(
      tables.coverage,
      (d) => d.process === process && d.entity_code === q.entity,
    )[0];
    if (coverage?.vote_from_abroad === 'none') {
      return { process, status: 'notApplicable', source: coverage.source, note: coverage.note };
    }
  }
  return { process, status: 'notReported', source: null, note: null };
}

/**
 * The profile of one place (the nation or an entity) for one measure, per
 * process. Only dimensions that at least one process reports are returned,
 * in PROFILE_DIMENSIONS order.
 */
export function profileComparison(tables: DataTables, q: ProfileQuery): ProfileDimension[] {
  const rows = currentRows(tables.breakdowns, q);
  const gaps = new Map(q.processes.map((p) => [p, gapFor(tables, q, p)]));
  const dimensions: ProfileDimension[] = [];
  for (const dimension of PROFILE_DIMENSIONS) {
    const ofDimension = rows.filter((r) => r.dimension === dimension);
    if (ofDimension.length === 0) continue;
    const categories = orderCategories(
      dimension,
      ofDimension.map((r) => r.category),
    );
    const kind = dimension === 'mean_age' ? 'mean' : 'composition';
    const processes = q.processes.map((process): ProfileCell => {
      const own = ofDimension.filter((r) => r.process === process);
      if (own.length === 0) return gaps.get(process)!;
      const cutoff = own[0].cutoff_date;
      const byCategory = new Map(own.map((r) => [r.category, r]));
      return {
        process,
        status: 'value',
        cutoff,
        total: kind === 'mean' ? null : own.reduce((sum, r) => sum + r.value!, 0),
        measureTotal: kind === 'mean' ? null : measureTotalOf(tables, q, process, cutoff),
        categories: categories
          .filter((c) => byCategory.has(c))
          .map((c) => {
            const r = byCategory.get(c)!;
            return {
              category: c,
              value: r.value!,
              share: r.share,
              quality: r.quality,
              source: r.source,
              note: r.note,
            };
          }),
      };
    });
    dimensions.push({ dimension, kind, categories, processes });
  }
  return dimensions;
}
