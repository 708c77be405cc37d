/**
 * The profile of registrants across processes, as Arquero queries over
 * breakdowns.csv: for each dimension the reports tabulate (voting modality,
 * sex, age group, channel, credential, mean age), one entry per process with
 * its categories and shares, or the reason there is none. A gap is never a
 * zero: a process that does not tabulate a dimension says "not reported", an
 * entity with no vote from abroad says "not applicable".
 */
import { op, type ColumnTable } from 'arquero';
import type { DataTables } from '../data/load';
import { coverageOf, rowsOf, snapshotRows, totalRow, withParams } from '../data/queries';
import type {
  BreakdownRow,
  ByEntityRow,
  EntityCode,
  IsoDate,
  Measure,
  Process,
  Quality,
  SourceId,
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
  const pinned = Object.entries(q.cutoffs ?? {});
  const scoped = withParams(breakdowns, {
    measure: q.measure,
    entity: q.entity,
    processes: q.processes,
    dimensions: PROFILE_DIMENSIONS,
    pinnedProcesses: pinned.map(([process]) => process),
    pinnedSnapshots: pinned.map(([process, cutoff]) => `${process}@${cutoff}`),
  }).filter(
    (d, $) =>
      d.measure === $.measure &&
      d.entity_code === $.entity &&
      op.includes($.processes, d.process) &&
      op.includes($.dimensions, d.dimension) &&
      d.value !== null &&
      (!op.includes($.pinnedProcesses, d.process) || op.includes($.pinnedSnapshots, d.process + '@' + d.cutoff_date)),
  );
  if (scoped.numRows() === 0) return [];
  // One snapshot per (process, dimension): a process with two cut-offs is never summed across them.
  const latest = scoped.groupby('process', 'dimension').rollup({ cutoff_date: op.max('cutoff_date') });
  const keys = ['process', 'dimension', 'cutoff_date'];
  return rowsOf(
    scoped
      .semijoin(latest, [keys, keys])
      .groupby('process', 'dimension', 'cutoff_date')
      .derive({ sum: op.sum('value') })
      .ungroup()
      .derive({ share: (d) => (d.dimension === 'mean_age' || d.sum === 0 ? null : d.value / d.sum) }),
  );
}

function measureTotalOf(tables: DataTables, q: ProfileQuery, process: Process, cutoff: IsoDate): number | null {
  if (q.entity === null) return totalRow(tables, process, q.measure, cutoff)?.value ?? null;
  const row = rowsOf<ByEntityRow>(
    withParams(snapshotRows(tables.by_entity, process, q.measure, cutoff), { entity: q.entity }).filter(
      (d, $) => d.entity_code === $.entity,
    ),
  )[0];
  return row?.value ?? null;
}

function gapFor(tables: DataTables, q: ProfileQuery, process: Process): ProfileCell {
  if (q.entity !== null) {
    const coverage = coverageOf(tables, process).get(q.entity);
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
