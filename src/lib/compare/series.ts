/**
 * The comparison across processes: for a scope (the nation, an entity, a
 * country, or one country × entity cell), one point per process and cut-off
 * date, each a value or a gap with its reason, and the change between
 * consecutive points only where both count the same population. Built on the
 * maps' queries, so a point always equals what the map shows for that
 * snapshot.
 */
import { Dataset } from '../data/dataset';
import type { DataTables } from '../data/load';
import type { MapFigures } from '../data/mapQueries';
import type { CountryCode, EntityCode, Measure, Process, SourceId } from '../data/schema';
import { gapCell, hasValue, valueCell, type Cell, type GapStatus } from '../data/status';
import type { CoverageMode } from '../state/url';
import { Snapshots, sharedEntities } from './snapshots';

export type Scope =
  | { kind: 'national' }
  | { kind: 'entity'; entity: EntityCode }
  | { kind: 'country'; country: CountryCode }
  | { kind: 'cell'; country: CountryCode; entity: EntityCode };

export function scopeOf(selection: { country: CountryCode | null; entity: EntityCode | null }): Scope {
  const { country, entity } = selection;
  if (country !== null && entity !== null) return { kind: 'cell', country, entity };
  if (country !== null) return { kind: 'country', country };
  if (entity !== null) return { kind: 'entity', entity };
  return { kind: 'national' };
}

/**
 * The scopes of a selection of several places, one line each, at most `max`: each entity, each country,
 * or with both kinds selected each country × entity cell (countries first). One place or none is one scope.
 */
export function scopesOf(
  selection: { countries: readonly CountryCode[]; entities: readonly EntityCode[] },
  max: number,
): Scope[] {
  const { countries, entities } = selection;
  if (countries.length === 0 && entities.length === 0) return [{ kind: 'national' }];
  if (countries.length === 0) return entities.slice(0, max).map((entity) => ({ kind: 'entity', entity }));
  if (entities.length === 0) return countries.slice(0, max).map((country) => ({ kind: 'country', country }));
  return countries
    .flatMap((country) => entities.map((entity): Scope => ({ kind: 'cell', country, entity })))
    .slice(0, max);
}

/** A stable text key: `national`, `entity:14`, `country:ESP`, `cell:ESP:14`. */
export function scopeKey(scope: Scope): string {
  switch (scope.kind) {
    case 'national':
      return 'national';
    case 'entity':
      return `entity:${scope.entity}`;
    case 'country':
      return `country:${scope.country}`;
    case 'cell':
      return `cell:${scope.country}:${scope.entity}`;
  }
}

/** Why a point has no value although the source has figures around it. */
export type GapReason =
  /** Same coverage: the source does not itemize every shared entity, so the restricted sum cannot be made. */
  'partialItemization';

/** One snapshot of the comparison: its cell, and what the figure counts. */
export type SeriesPoint = Cell & {
  process: Process;
  /** Where the point sits on the time axis; a gap sits at its snapshot's date too. */
  cutoff: string;
  gapReason: GapReason | null;
  /** The entities whose residents the figure counts, sorted. */
  coverage: readonly EntityCode[];
  /** A sum over the comparison's shared entities, not a figure the source prints. */
  restricted: boolean;
  /** Computed from a rounded percentage (2017-18 country shares). */
  fromRoundedShare: boolean;
  /** The elections the counted residents could vote in (`federal`, `local`, …), sorted. */
  elections: readonly string[];
};

export interface Change {
  from: SeriesPoint;
  to: SeriesPoint;
  /** Why the two points are not set against each other, or null when they are. */
  incomparable: 'gap' | 'coverage' | null;
  absolute: number | null;
  /** (to − from) / from; null when `from` is zero or the change is not computed. */
  relative: number | null;
}

export type CaveatId =
  | 'preliminary'
  | 'requestTypes'
  | 'coverage'
  | 'sameCoverage'
  | 'partialItemization'
  | 'electionsDiffer'
  | 'roundedShares'
  | 'derived'
  | 'uncertain'
  | 'notAttributable';

/** In the order a reader needs them. */
export const CAVEAT_ORDER: readonly CaveatId[] = [
  'coverage',
  'sameCoverage',
  'partialItemization',
  'requestTypes',
  'electionsDiffer',
  'roundedShares',
  'derived',
  'uncertain',
  'notAttributable',
  'preliminary',
];

export interface Series {
  scope: Scope;
  measure: Measure;
  processes: readonly Process[];
  coverageMode: CoverageMode;
  /** With same coverage: the entities every compared process covered; otherwise null. */
  shared: readonly EntityCode[] | null;
  /** In time order. */
  points: SeriesPoint[];
  /** Between each pair of consecutive points. */
  changes: Change[];
  caveats: CaveatId[];
}

export interface ComparisonQuery {
  processes: readonly Process[];
  measure: Measure;
  coverage: CoverageMode;
}

/**
 * What each process counted as a registration request (see DATA_CONTRACT.md):
 * three request types added together in 2017-18, SIILNERE alone in 2020-21,
 * "solicitudes de inscripción" in 2023-24.
 */
const REQUEST_BASIS: Record<Process, string> = {
  '2017-2018': 'siilnere+sive+siaspe',
  '2020-2021': 'siilnere',
  '2023-2024': 'inscripcion',
};

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

type PointFields = Cell & Partial<Pick<SeriesPoint, 'gapReason' | 'restricted' | 'fromRoundedShare'>>;

function gapPoint(status: GapStatus, source: SourceId | null = null, note: string | null = null): PointFields {
  return gapCell(status, source, note);
}

/** The published figure for the scope at one snapshot, as the maps show it. */
function publishedPoint(s: Snapshots, scope: Scope, process: Process, cutoff: string): PointFields {
  switch (scope.kind) {
    case 'national': {
      const total = s.national(process, cutoff);
      return total ? valueCell(total) : gapPoint('notReported');
    }
    case 'entity':
      return entityPoint(s, s.entities(process, cutoff), scope.entity, process);
    case 'cell':
      return entityPoint(s, s.entities(process, cutoff, scope.country), scope.entity, process);
    case 'country': {
      const figures = s.countries(process, cutoff);
      const place = figures.places.find((p) => p.code === scope.country);
      if (!place) return gapPoint('notReported');
      // Only the 2017-18 country figures are derived, each a rounded percentage of the national total.
      return { ...place, fromRoundedShare: place.quality === 'derived' };
    }
  }
}

function entityPoint(s: Snapshots, figures: MapFigures, entity: EntityCode, process: Process): PointFields {
  const place = figures.places.find((p) => p.code === entity);
  if (place) return place;
  const coverage = s.coverage(process).get(entity);
  return coverage?.vote_from_abroad === 'none'
    ? gapPoint('notApplicable', coverage.source, coverage.note)
    : gapPoint('notReported');
}

/** The scope's figure over the shared entities only: a sum of the entity (or cell) figures. */
function restrictedPoint(
  s: Snapshots,
  scope: Scope & { kind: 'national' | 'country' },
  process: Process,
  cutoff: string,
  shared: readonly EntityCode[],
): PointFields {
  const figures = s.entities(process, cutoff, scope.kind === 'country' ? scope.country : null);
  const places = shared.map((e) => figures.places.find((p) => p.code === e));
  if (places.some((p) => p?.status === 'notAttributable')) {
    const damaged = places.find((p) => p?.status === 'notAttributable');
    return gapPoint('notAttributable', damaged?.source ?? null, damaged?.note ?? null);
  }
  if (places.some((p) => p === undefined || (p.status !== 'value' && p.status !== 'zero'))) {
    return { ...gapPoint('notReported'), gapReason: 'partialItemization' };
  }
  const value = places.reduce((sum, p) => sum + (p?.value ?? 0), 0);
  const uncertain = places.some((p) => p?.quality === 'uncertain');
  return {
    status: value === 0 ? 'zero' : 'value',
    value,
    quality: uncertain ? 'uncertain' : 'derived',
    source: places[0]?.source ?? null,
    note: `sum of ${shared.length} entities: ${shared.join(', ')}`,
    restricted: true,
  };
}

function pointAt(
  s: Snapshots,
  scope: Scope,
  process: Process,
  cutoff: string,
  shared: readonly EntityCode[] | null,
): SeriesPoint {
  const covered = s.covered(process);
  const single = scope.kind === 'entity' || scope.kind === 'cell' ? [scope.entity] : null;
  // A total over everything the process covered is already the shared-coverage figure when nothing is left out.
  const restrict = single === null && shared !== null && !sameSet(shared, covered);
  const fields =
    restrict && (scope.kind === 'national' || scope.kind === 'country')
      ? restrictedPoint(s, scope, process, cutoff, shared)
      : publishedPoint(s, scope, process, cutoff);
  const coverage = single ?? (restrict ? shared : covered);
  return {
    process,
    cutoff,
    gapReason: null,
    restricted: false,
    fromRoundedShare: false,
    ...fields,
    coverage,
    elections: s.elections(process, coverage),
  };
}

export function changeBetween(from: SeriesPoint, to: SeriesPoint): Change {
  if (!hasValue(from) || !hasValue(to)) return { from, to, incomparable: 'gap', absolute: null, relative: null };
  if (!sameSet(from.coverage, to.coverage)) {
    return { from, to, incomparable: 'coverage', absolute: null, relative: null };
  }
  const a = from.value;
  const b = to.value;
  return { from, to, incomparable: null, absolute: b - a, relative: a > 0 ? (b - a) / a : null };
}

/** The caveats that apply to this comparison, and only those. */
export function caveatsFor(series: Pick<Series, 'points' | 'changes' | 'shared'>): CaveatId[] {
  const valued = series.points.filter(hasValue);
  const found = new Set<CaveatId>();
  if (valued.length > 0) found.add('preliminary');
  const processes = new Set(valued.map((p) => p.process));
  if (new Set([...processes].map((p) => REQUEST_BASIS[p])).size > 1) found.add('requestTypes');
  if (series.changes.some((c) => c.incomparable === 'coverage')) found.add('coverage');
  if (series.points.some((p) => p.restricted)) found.add('sameCoverage');
  if (series.points.some((p) => p.gapReason === 'partialItemization')) found.add('partialItemization');
  if (new Set(valued.map((p) => p.elections.join('+'))).size > 1) found.add('electionsDiffer');
  if (valued.some((p) => p.fromRoundedShare)) found.add('roundedShares');
  if (valued.some((p) => p.quality === 'derived' && !p.fromRoundedShare && !p.restricted)) found.add('derived');
  if (valued.some((p) => p.quality === 'uncertain')) found.add('uncertain');
  if (series.points.some((p) => p.status === 'notAttributable')) found.add('notAttributable');
  return CAVEAT_ORDER.filter((c) => found.has(c));
}

/** One scope across the compared processes. */
export function seriesFor(s: Snapshots, scope: Scope, q: ComparisonQuery): Series {
  const processes = [...q.processes].sort();
  const shared = q.coverage === 'same' ? sharedEntities(s, processes) : null;
  const points = processes.flatMap((process) =>
    s.cutoffs(process).map((cutoff) => pointAt(s, scope, process, cutoff, shared)),
  );
  const changes = points.slice(1).map((to, i) => changeBetween(points[i] as SeriesPoint, to));
  return {
    scope,
    measure: s.measure,
    processes,
    coverageMode: q.coverage,
    shared,
    points,
    changes,
    caveats: caveatsFor({ points, changes, shared }),
  };
}

/** One scope alone, from fresh tables: for tests and one-off questions; views share a Dataset's Snapshots. */
export function comparisonSeries(tables: DataTables, scope: Scope, q: ComparisonQuery): Series {
  return seriesFor(new Snapshots(new Dataset(tables), q.measure), scope, q);
}

/** The last point with a value, or null. */
export function latestValue(series: Series): SeriesPoint | null {
  return series.points.findLast(hasValue) ?? null;
}

/** The last change that could be computed, or null. */
export function latestChange(series: Series): Change | null {
  return series.changes.findLast((c) => c.incomparable === null) ?? null;
}
