/**
 * What the explorer shows, as URL parameters, so any view is a link:
 * `?process=2020-2021&measure=received&country=ESP&entity=20&zoom=europe`,
 * plus `view=methods` for the methodology page and `embed=world|mexico` for a
 * chart shown alone.
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
export const EMBEDS = ['world', 'mexico'] as const;
export type Embed = (typeof EMBEDS)[number];

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
}

export const DEFAULT_STATE: ExplorerState = {
  view: 'explore',
  embed: null,
  process: '2023-2024',
  measure: 'received',
  country: null,
  entity: null,
  zoom: 'world',
};

export const STATE_PARAMS = ['view', 'embed', 'process', 'measure', 'country', 'entity', 'zoom'] as const;
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
  };
  return { state, rejected };
}

/** The URL with the state's parameters; defaults are removed, other parameters and the hash kept. */
export function encodeState(url: URL, state: ExplorerState): URL {
  const next = new URL(url);
  for (const param of STATE_PARAMS) {
    const value = state[param];
    if (value === null || value === DEFAULT_STATE[param]) next.searchParams.delete(param);
    else next.searchParams.set(param, value);
  }
  return next;
}
