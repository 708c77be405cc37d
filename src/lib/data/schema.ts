/**
 * The data contract (shared/DATA_CONTRACT.md) as TypeScript types: one row
 * interface per published CSV. Empty CSV cells arrive as `null`.
 */

export const PROCESSES = ['2017-2018', '2020-2021', '2023-2024'] as const;
export type Process = (typeof PROCESSES)[number];

/** In display order: what was received comes before what qualified. */
export const MEASURES = ['received', 'eligible', 'received_siilnere', 'received_sive'] as const;
export type Measure = (typeof MEASURES)[number];

export const QUALITIES = ['exact', 'uncertain', 'derived'] as const;
export type Quality = (typeof QUALITIES)[number];

export type VoteFromAbroad = 'federal' | 'federal+local' | 'local' | 'none';

/** ISO 3166-1 alpha-3, e.g. `USA`. */
export type CountryCode = string;
/** INEGI's two-digit state key, `01` … `32`. */
export type EntityCode = string;
/** The two kinds of place: countries of residence (world map) and entities of origin (Mexico map). */
export type PlaceKind = 'country' | 'entity';
/** Id of a row of sources.csv. */
export type SourceId = string;
/** `YYYY-MM-DD`. */
export type IsoDate = string;

/** Columns every figure carries. */
interface Figure {
  process: Process;
  cutoff_date: IsoDate;
  measure: Measure;
  value: number | null;
  quality: Quality;
  source: SourceId;
  note: string | null;
}

export interface ByCountryRow extends Figure {
  /** Empty on the remainder row that makes countries add up to the national total. */
  country_iso3: CountryCode | null;
  country_es: string | null;
}

export interface ByEntityRow extends Figure {
  entity_code: EntityCode;
  entity_es: string | null;
}

export interface ByCountryEntityRow extends Figure {
  country_iso3: CountryCode | null;
  entity_code: EntityCode;
}

export interface BreakdownRow extends Figure {
  /** Empty means national. */
  entity_code: EntityCode | null;
  /** e.g. `sex`, or two dimensions joined with `+`. */
  dimension: string;
  category: string;
}

/** The national total per process and measure. */
export type TotalRow = Figure;

export interface SourceRow {
  source: SourceId;
  document: string;
  period: string | null;
  published: string | null;
  section: string | null;
  table: string | null;
  note: string | null;
}

export interface CountryRow {
  country_iso3: CountryCode;
  country_num: string | null;
  name_es: string;
  name_en: string | null;
  /** Every spelling used in the sources, `|`-separated. */
  spellings: string | null;
  /** UN M49 region and sub-region; null where M49 gives the territory none. */
  region_m49: string | null;
  region_es: string | null;
  region_en: string | null;
  subregion_m49: string | null;
  subregion_es: string | null;
  subregion_en: string | null;
}

export interface EntityRow {
  entity_code: EntityCode;
  name_es: string;
  name_en: string | null;
  abbreviation: string | null;
  spellings: string | null;
}

export interface CoverageRow {
  process: Process;
  entity_code: EntityCode;
  vote_from_abroad: VoteFromAbroad;
  source: SourceId | null;
  note: string | null;
}

/** A cell of the damaged country × entity table that could not be used as printed. */
export interface CrosstabDamagedCellRow {
  process: Process;
  cutoff_date: IsoDate;
  measure: Measure;
  country_iso3: CountryCode | null;
  position: number | null;
  printed_value: string | null;
  source: SourceId;
  note: string | null;
}

/** A name the press uses for a place (place_aliases.csv): a country or an entity, the other code empty. */
export interface PlaceAliasRow {
  alias: string;
  country_iso3: CountryCode | null;
  entity_code: EntityCode | null;
}

/** Row type of each resource the app reads, keyed by datapackage resource name. */
export interface RowTypes {
  by_country: ByCountryRow;
  by_entity: ByEntityRow;
  by_country_entity: ByCountryEntityRow;
  breakdowns: BreakdownRow;
  totals: TotalRow;
  sources: SourceRow;
  countries: CountryRow;
  entities: EntityRow;
  coverage: CoverageRow;
  crosstab_damaged_cells: CrosstabDamagedCellRow;
  place_aliases: PlaceAliasRow;
}

export type ResourceName = keyof RowTypes;

const FIGURE_FIELDS = ['process', 'cutoff_date', 'measure', 'value', 'quality', 'source', 'note'] as const;

/**
 * Columns the app relies on per resource. The package may add columns, but
 * without these the typed rows above would lie.
 */
export const EXPECTED_FIELDS: { readonly [K in ResourceName]: readonly (keyof RowTypes[K] & string)[] } = {
  by_country: [...FIGURE_FIELDS, 'country_iso3', 'country_es'],
  by_entity: [...FIGURE_FIELDS, 'entity_code', 'entity_es'],
  by_country_entity: [...FIGURE_FIELDS, 'country_iso3', 'entity_code'],
  breakdowns: [...FIGURE_FIELDS, 'entity_code', 'dimension', 'category'],
  totals: FIGURE_FIELDS,
  sources: ['source', 'document', 'period', 'published', 'section', 'table', 'note'],
  countries: [
    'country_iso3',
    'country_num',
    'name_es',
    'name_en',
    'spellings',
    'region_m49',
    'region_es',
    'region_en',
    'subregion_m49',
    'subregion_es',
    'subregion_en',
  ],
  entities: ['entity_code', 'name_es', 'name_en', 'abbreviation', 'spellings'],
  coverage: ['process', 'entity_code', 'vote_from_abroad', 'source', 'note'],
  crosstab_damaged_cells: [
    'process',
    'cutoff_date',
    'measure',
    'country_iso3',
    'position',
    'printed_value',
    'source',
    'note',
  ],
  place_aliases: ['alias', 'country_iso3', 'entity_code'],
};

/** Resources the explorer cannot start without. */
export const REQUIRED_RESOURCES = [
  'by_country',
  'by_entity',
  'by_country_entity',
  'breakdowns',
  'totals',
  'sources',
  'countries',
  'entities',
  'coverage',
] as const satisfies readonly ResourceName[];

export type RequiredResource = (typeof REQUIRED_RESOURCES)[number];
