/**
 * What the page shows, as URL parameters, so any view is a link:
 * `?process=2020-2021&measure=received&country=ESP,PRT&entity=20&zoom=europe&lang=en`,
 * `region=150` for a UN M49 region (Europe) in place of its countries,
 * plus `view=methods` for the methodology page, `view=data` with `table`, `where`, `group`
 * and `order` for the data view (state/dataQuery.ts), `embed=world|mexico|comparison`
 * for a chart shown alone, with its render flags (`flags=plain,static,transparent`), and the comparison's options
 * (`compare=2020-2021,2023-2024&coverage=same&multiples=country&sort=change&scale=independent`,
 * and the ranking's `rank=entity&ranksort=rel`).
 *
 * A typed codec: `decodeUrl` reads every parameter once, `encodeUrl` writes
 * them once. Defaults are left out of the URL; parameters the page does not
 * own (pym.js's `childId`, an article's `utm_*`) and the hash are kept as
 * they are. A value that cannot be read falls back to its default and is
 * reported, so the page can say what it ignored; a list keeps the codes it
 * can read and reports the others.
 */
import { MEASURES, PROCESSES, type CountryCode, type EntityCode, type Measure, type Process } from '../data/schema';
import { LANGS, type Lang } from '../i18n/translate';
import {
  DATA_TABLE_NAMES,
  formatWhere,
  readGroup,
  readOrder,
  readWhere,
  type DataFilter,
  type DataTableName,
} from './dataQuery';

export const ZOOMS = ['world', 'europe'] as const;
export type Zoom = (typeof ZOOMS)[number];

/** The page: the explorer, the sources and methodology, or the data view. */
export const PAGES = ['explore', 'methods', 'data'] as const;
export type Page = (typeof PAGES)[number];

/** A chart shown alone, for embedding in another page. */
export const EMBEDS = ['world', 'mexico', 'comparison'] as const;
export type Embed = (typeof EMBEDS)[number];

/**
 * How an embed is drawn, as Datawrapper's render flags: `plain` (the chart, its legend and the source
 * line only), `static` (a picture with its text alternatives: no tooltips, selection or toolbar),
 * `transparent` (no page background). They combine, and mean something only in an embed.
 */
export const EMBED_FLAGS = ['plain', 'static', 'transparent'] as const;
export type EmbedFlag = (typeof EMBED_FLAGS)[number];

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

/** The ranking of change: which places it ranks (`rank=entity`), and by what (`ranksort=rel`). */
export const RANK_KINDS = ['country', 'entity'] as const;
export type RankKind = (typeof RANK_KINDS)[number];
/** The latest level, the absolute or the relative change (largest first), or the name. */
export const RANK_SORTS = ['level', 'abs', 'rel', 'name'] as const;
export type RankSort = (typeof RANK_SORTS)[number];

/** How many places of each kind a selection holds at most. */
export const MAX_PLACES = 8;

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Everything the URL carries. */
export interface UrlState {
  page: Page;
  /** Set when the page renders one chart alone inside another site's iframe. */
  embed: Embed | null;
  /** The embed's render flags, each once, in EMBED_FLAGS' order; always empty outside an embed. */
  flags: readonly EmbedFlag[];
  lang: Lang;
  /** Light, dark, or the reader's system setting (`auto`); embeds honour it. */
  theme: Theme;
  process: Process;
  measure: Measure;
  /** Selected countries of residence (ISO alpha-3), in the order they were chosen; empty for none. */
  countries: readonly CountryCode[];
  /** Selected entities of origin (INEGI keys), in the order they were chosen; empty for none. */
  entities: readonly EntityCode[];
  /** Selected UN M49 regions or sub-regions (`region=150` for Europe): each stands for its member countries. */
  regions: readonly string[];
  /** The world map's extent. */
  zoom: Zoom;
  /** The processes the comparison sets side by side, in time order; at least two. */
  compare: readonly Process[];
  coverage: CoverageMode;
  multiples: Multiples;
  sort: MultiplesSort;
  scale: MultiplesScale;
  rank: RankKind;
  ranksort: RankSort;
  /** The data view: the published table it reads, its filters, the key columns it sums by and its sort. */
  table: DataTableName;
  where: readonly DataFilter[];
  group: readonly string[];
  /** A column of the rows shown, `-` first for descending; '' for the file's order. */
  order: string;
}

export const DEFAULT_STATE: UrlState = {
  page: 'explore',
  embed: null,
  flags: [],
  lang: 'es',
  theme: 'auto',
  process: '2023-2024',
  measure: 'received',
  countries: [],
  entities: [],
  regions: [],
  zoom: 'world',
  compare: PROCESSES,
  coverage: 'all',
  multiples: 'entity',
  sort: 'level',
  scale: 'shared',
  rank: 'country',
  ranksort: 'level',
  table: 'by_country',
  where: [],
  group: [],
  order: '',
};

/** Whether an address sets any of the comparison's own settings: a link to a comparison, not to the maps. */
export function comparisonChanged(
  state: Pick<UrlState, 'compare' | 'coverage' | 'multiples' | 'sort' | 'scale' | 'rank' | 'ranksort'>,
): boolean {
  return (
    state.compare.join() !== DEFAULT_STATE.compare.join() ||
    (['coverage', 'multiples', 'sort', 'scale', 'rank', 'ranksort'] as const).some(
      (key) => state[key] !== DEFAULT_STATE[key],
    )
  );
}

/** The URL parameter of each field, in the order they are written; `view` and the singular place names are historic. */
const PARAMS = {
  page: 'view',
  embed: 'embed',
  flags: 'flags',
  process: 'process',
  measure: 'measure',
  countries: 'country',
  entities: 'entity',
  regions: 'region',
  zoom: 'zoom',
  compare: 'compare',
  coverage: 'coverage',
  multiples: 'multiples',
  sort: 'sort',
  scale: 'scale',
  rank: 'rank',
  ranksort: 'ranksort',
  table: 'table',
  where: 'where',
  group: 'group',
  order: 'order',
  theme: 'theme',
  // Last, as the language switch has always appended it.
  lang: 'lang',
} as const satisfies Record<keyof UrlState, string>;

export type StateParam = (typeof PARAMS)[keyof typeof PARAMS];

/** A parameter that was present but could not be used (all of it, or some codes of a list). */
export interface RejectedParam {
  param: StateParam;
  value: string;
  /** For a list of places: what was left out of it and why, so the notice can name each. */
  places?: DroppedPlaces;
  /** Why a valid value was still not used: render flags outside an embed. */
  reason?: 'embedOnly';
}

/** What a list of places in the address lost: codes that do not exist, repeats, empty items, and those past MAX_PLACES. */
export interface DroppedPlaces {
  unknown: string[];
  repeated: string[];
  empty: number;
  overLimit: string[];
}

/** Codes that exist in the loaded data; without them only the form of a code is checked. */
export interface KnownCodes {
  countries: ReadonlySet<string>;
  entities: ReadonlySet<string>;
  /** M49 codes of the regions and sub-regions countries.csv names. */
  regions?: ReadonlySet<string>;
}

const COUNTRY_FORM = /^[A-Z]{3}$/;
const ENTITY_FORM = /^(0[1-9]|[12][0-9]|3[0-2])$/;
/** A UN M49 code: three digits. */
const REGION_FORM = /^\d{3}$/;

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: string): T | undefined =>
    (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

/** `2020-2021,2023-2024`: two or more known processes, each once; returned in time order. */
function readProcesses(value: string): readonly Process[] | undefined {
  const parts = value.split(',');
  if (parts.some((p) => !(PROCESSES as readonly string[]).includes(p))) return undefined;
  if (new Set(parts).size !== parts.length || parts.length < 2) return undefined;
  return PROCESSES.filter((p) => parts.includes(p));
}

/**
 * `ESP,PRT`: the codes of the right form (and, with known codes, that exist),
 * each once, in the order given, at most MAX_PLACES. What is left out is
 * returned as one rejected value, so a hostile list makes one notice, not thousands.
 */
function readPlaces(
  value: string,
  valid: (code: string) => boolean,
): { codes: string[]; rejected: string | null; dropped: DroppedPlaces } {
  const codes: string[] = [];
  const left: string[] = [];
  const dropped: DroppedPlaces = { unknown: [], repeated: [], empty: 0, overLimit: [] };
  const seen = new Set<string>();
  for (const code of value.split(',')) {
    if (code === '') dropped.empty++;
    else if (seen.has(code)) {
      if (!dropped.repeated.includes(code)) dropped.repeated.push(code);
    } else if (!valid(code)) dropped.unknown.push(code);
    else if (codes.length >= MAX_PLACES) dropped.overLimit.push(code);
    else {
      codes.push(code);
      seen.add(code);
      continue;
    }
    if (code !== '') seen.add(code);
    left.push(code);
  }
  return { codes, rejected: left.length > 0 ? left.join(',') : null, dropped };
}

/**
 * `plain,static`: the known flags, each once, in EMBED_FLAGS' order (so one view has one address).
 * What is left out is reported like a list of places: unknown, repeated and empty items, in one notice.
 * Outside an embed the whole value is reported as meaning nothing there, and the page shows in full.
 */
function readFlags(value: string | null, inEmbed: boolean, rejected: RejectedParam[]): readonly EmbedFlag[] {
  if (value === null) return [];
  if (!inEmbed) {
    rejected.push({ param: PARAMS.flags, value, reason: 'embedOnly' });
    return [];
  }
  const read = readPlaces(value, (flag) => (EMBED_FLAGS as readonly string[]).includes(flag));
  if (read.rejected !== null) rejected.push({ param: PARAMS.flags, value: read.rejected, places: read.dropped });
  return EMBED_FLAGS.filter((flag) => read.codes.includes(flag));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function decodeUrl(params: URLSearchParams, known?: KnownCodes): { state: UrlState; rejected: RejectedParam[] } {
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
  const places = (param: StateParam, form: RegExp, exists: ReadonlySet<string> | undefined): string[] => {
    const value = params.get(param);
    if (value === null) return [];
    const read = readPlaces(value, (code) => form.test(code) && (!exists || exists.has(code)));
    if (read.rejected !== null) rejected.push({ param, value: read.rejected, places: read.dropped });
    return read.codes;
  };
  const table = read(PARAMS.table, oneOf(DATA_TABLE_NAMES), DEFAULT_STATE.table);
  const where = readWhere(params.get(PARAMS.where) ?? '', table);
  if (where.rejected !== null) rejected.push({ param: PARAMS.where, value: where.rejected });
  const group = params.has(PARAMS.group)
    ? readGroup(params.get(PARAMS.group)!, table)
    : { columns: [], rejected: null };
  if (group.rejected !== null) rejected.push({ param: PARAMS.group, value: group.rejected });
  const embed = read<Embed | null>(PARAMS.embed, oneOf(EMBEDS), null);
  const state: UrlState = {
    page: read(PARAMS.page, oneOf(PAGES), DEFAULT_STATE.page),
    embed,
    flags: readFlags(params.get(PARAMS.flags), embed !== null, rejected),
    process: read(PARAMS.process, oneOf(PROCESSES), DEFAULT_STATE.process),
    measure: read(PARAMS.measure, oneOf(MEASURES), DEFAULT_STATE.measure),
    countries: places(PARAMS.countries, COUNTRY_FORM, known?.countries),
    entities: places(PARAMS.entities, ENTITY_FORM, known?.entities),
    regions: places(PARAMS.regions, REGION_FORM, known?.regions),
    zoom: read(PARAMS.zoom, oneOf(ZOOMS), DEFAULT_STATE.zoom),
    compare: read(PARAMS.compare, readProcesses, DEFAULT_STATE.compare),
    coverage: read(PARAMS.coverage, oneOf(COVERAGES), DEFAULT_STATE.coverage),
    multiples: read(PARAMS.multiples, oneOf(MULTIPLES), DEFAULT_STATE.multiples),
    sort: read(PARAMS.sort, oneOf(SORTS), DEFAULT_STATE.sort),
    scale: read(PARAMS.scale, oneOf(SCALES), DEFAULT_STATE.scale),
    rank: read(PARAMS.rank, oneOf(RANK_KINDS), DEFAULT_STATE.rank),
    ranksort: read(PARAMS.ranksort, oneOf(RANK_SORTS), DEFAULT_STATE.ranksort),
    lang: read(PARAMS.lang, oneOf(LANGS), DEFAULT_STATE.lang),
    theme: read(PARAMS.theme, oneOf(THEMES), DEFAULT_STATE.theme),
    table,
    where: where.filters,
    group: group.columns,
    order: read(PARAMS.order, readOrder, DEFAULT_STATE.order),
  };
  return { state, rejected };
}

/** The URL with the state's parameters; defaults are removed, other parameters and the hash kept. */
export function encodeUrl(url: URL, state: UrlState): URL {
  const next = new URL(url);
  for (const field of Object.keys(PARAMS) as (keyof UrlState)[]) {
    const param = PARAMS[field];
    // The filters are the one field that is not a string or a list of strings.
    const value = field === 'where' ? formatWhere(state.where) : state[field];
    const fallback = field === 'where' ? '' : DEFAULT_STATE[field];
    const isDefault = Array.isArray(value) ? sameList(value, fallback as readonly string[]) : value === fallback;
    // Render flags belong to the embed: a link from an embed to the explorer leaves them behind.
    const embedOnly = field === 'flags' && state.embed === null;
    if (value === null || isDefault || embedOnly) next.searchParams.delete(param);
    else next.searchParams.set(param, Array.isArray(value) ? value.join(',') : (value as string));
  }
  // Lists read as lists (`country=ESP,PRT`): a comma needs no escaping in a query, and decodes the same.
  next.search = next.searchParams.toString().replace(/%2C/gi, ',');
  return next;
}

/** The page that serves embeds, next to index.html. */
export const EMBED_PAGE = 'embed.html';

/** The state an address carries. */
export function decodeHref(href: string, known?: KnownCodes): { state: UrlState; rejected: RejectedParam[] } {
  return decodeUrl(new URL(href).searchParams, known);
}

/** The address with the state written into it; other parameters and the hash kept. */
export function encodeHref(href: string, state: UrlState): string {
  return encodeUrl(new URL(href), state).href;
}

/**
 * A link to `state` from the page at `href`. By default absolute and clean (only the state's parameters):
 * for sharing, embedding, printing. `keepForeign` keeps the address's other parameters (an article's
 * `utm_*`) and gives a path, for links within the page.
 */
export function linkTo(href: string, state: UrlState, options: { keepForeign?: boolean } = {}): string {
  const here = new URL(href);
  // Embeds have their own page (embed.html): the same app without the prerendered explorer, which an
  // embed would download only to hide. The site's index is the explorer's, whichever page links to it.
  const file = new URL(state.embed === null ? './' : EMBED_PAGE, here);
  const base = options.keepForeign ? new URL(`${file.pathname}${here.search}`, here) : file;
  base.hash = '';
  const url = encodeUrl(base, state);
  return options.keepForeign ? `${url.pathname}${url.search}` : url.href;
}
