/**
 * What the explorer shows, as URL parameters, so any view is a link:
 * `?process=2020-2021&measure=received&country=ESP&entity=20&zoom=europe`,
 * plus `view=methods` for the methodology page, `embed=world|mexico|comparison`
 * for a chart shown alone, and the comparison's options
 * (`compare=2020-2021,2023-2024&coverage=same&multiples=country&sort=change&scale=independent`).
 * Defaults are left out of the URL. A value that cannot be read falls back to
 * its default and is reported, so the page can say what it ignored.
 */
import { MEASURES, PROCESSES, type CountryCode, type EntityCode, type Measure, type Process } from '../data/schema';

export const ZOOMS = ['world', 'europe'] as const;
export type Zoom = (typeof ZOOMS)[number];

/** The page: the explorer, or the sources and methodology. */
export const VIEWS = ['explore', 'methods'] as const;
export type View = (typeof VIEWS)[number];

/** A chart shown alone, for embedding in another page. */
export const EMBEDS = ['world', 'mexico', 'comparison'] as const;
export type Embed = (typeof EMBEDS)[number];

/** Totals over every entity each process covered, or only over the entities all compared processes share. */
export const COVERAGES = ['all', 'same'] as const;
export type CoverageMode = (typeof COVERAGES)[number];

/** What the small multiples show: the 32 entities or the leading countries. */
export const MULTIPLES = ['entity', 'country'] as const;
export type Multiples = (typeof MULTIPLES)[number];

export const SORTS = ['level', 'change'] as const;
export type MultiplesSort = (typeof SORTS)[number];

export const SCALES = ['shared', 'independent'] as const;
export type MultiplesScale = (typeof SCALES)[number];

export interface ExplorerState {
  view: View;
  /** Set when the page renders one chart alone inside another site's iframe. */
  embed: Embed | null;
  process: Process;
  measure: Measure;
  /** Selected country of residence (ISO alpha-3), or none. */
  country: CountryCode | null;
  /** Selected entity of origin (INEGI key), or none. */
  entity: EntityCode | null;
  /** The world map's extent. */
  zoom: Zoom;
  /** The processes the comparison sets side by side, in time order; at least two. */
  compare: readonly Process[];
  coverage: CoverageMode;
  multiples: Multiples;
  sort: MultiplesSort;
  scale: MultiplesScale;
}

export const DEFAULT_STATE: ExplorerState = {
  view: 'explore',
  embed: null,
  process: '2023-2024',
  measure: 'received',
  country: null,
  entity: null,
  zoom: 'world',
  compare: PROCESSES,
  coverage: 'all',
  multiples: 'entity',
  sort: 'level',
  scale: 'shared',
};

export const STATE_PARAMS = [
  'view',
  'embed',
  'process',
  'measure',
  'country',
  'entity',
  'zoom',
  'compare',
  'coverage',
  'multiples',
  'sort',
  'scale',
] as const;
export type StateParam = (typeof STATE_PARAMS)[number];

/** A parameter that was present but could not be used. */
export interface RejectedParam {
  param: StateParam | 'lang';
  value: string;
}

/** Codes that exist in the loaded data; without them only the form of a code is checked. */
export interface KnownCodes {
  countries: ReadonlySet<string>;
  entities: ReadonlySet<string>;
}

const COUNTRY_FORM = /^[A-Z]{3}$/;
const ENTITY_FORM = /^(0[1-9]|[12][0-9]|3[0-2])$/;

/** `2020-2021,2023-2024`: two or more known processes, each once; returned in time order. */
function readProcesses(value: string): readonly Process[] | undefined {
  const parts = value.split(',');
  if (parts.some((p) => !(PROCESSES as readonly string[]).includes(p))) return undefined;
  if (new Set(parts).size !== parts.length || parts.length < 2) return undefined;
  return PROCESSES.filter((p) => parts.includes(p));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const oneOf = <T extends string>(allowed: readonly T[], value: string): T | undefined =>
  (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

export function decodeState(
  params: URLSearchParams,
  known?: KnownCodes,
): { state: ExplorerState; rejected: RejectedParam[] } {
  const rejected: RejectedParam[] = [];
  const read = <T>(param: StateParam, parse: (value: string) => T | undefined, fallback: T): T => {
    const value = params.get(param);
    if (value === null) return fallback;
    const parsed = parse(value);
    if (parsed === undefined) {
      rejected.push({ param, value });
      return fallback;
    }
    return parsed;
  };
  const state: ExplorerState = {
    view: read('view', (v) => oneOf(VIEWS, v), DEFAULT_STATE.view),
    embed: read<Embed | null>('embed', (v) => oneOf(EMBEDS, v), null),
    process: read('process', (v) => oneOf(PROCESSES, v), DEFAULT_STATE.process),
    measure: read('measure', (v) => oneOf(MEASURES, v), DEFAULT_STATE.measure),
    country: read<CountryCode | null>(
      'country',
      (v) => (COUNTRY_FORM.test(v) && (!known || known.countries.has(v)) ? v : undefined),
      null,
    ),
    entity: read<EntityCode | null>(
      'entity',
      (v) => (ENTITY_FORM.test(v) && (!known || known.entities.has(v)) ? v : undefined),
      null,
    ),
    zoom: read('zoom', (v) => oneOf(ZOOMS, v), DEFAULT_STATE.zoom),
    compare: read('compare', readProcesses, DEFAULT_STATE.compare),
    coverage: read('coverage', (v) => oneOf(COVERAGES, v), DEFAULT_STATE.coverage),
    multiples: read('multiples', (v) => oneOf(MULTIPLES, v), DEFAULT_STATE.multiples),
    sort: read('sort', (v) => oneOf(SORTS, v), DEFAULT_STATE.sort),
    scale: read('scale', (v) => oneOf(SCALES, v), DEFAULT_STATE.scale),
  };
  return { state, rejected };
}

/** The URL with the state's parameters; defaults are removed, other parameters and the hash kept. */
export function encodeState(url: URL, state: ExplorerState): URL {
  const next = new URL(url);
  for (const param of STATE_PARAMS) {
    const value = state[param];
    const fallback = DEFAULT_STATE[param];
    const isDefault =
      typeof value === 'object' && value !== null ? sameList(value, fallback as readonly string[]) : value === fallback;
    if (value === null || isDefault) next.searchParams.delete(param);
    else next.searchParams.set(param, typeof value === 'object' ? value.join(',') : value);
  }
  return next;
}
