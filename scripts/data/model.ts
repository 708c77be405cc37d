/**
 * Row shapes the pipeline writes (empty cells as '', where the app reads null); the column order of
 * each file lives in datapackage.ts. The vocabularies are the app's own, so both sides share one contract.
 */
import type { Measure, Process, Quality, VoteFromAbroad } from '../../src/lib/data/schema.ts';

export type { Measure, Process, Quality };

interface Figure {
  process: Process;
  cutoff_date: string;
  measure: Measure;
  value: number;
  quality: Quality;
  source: string;
  note: string;
}

export type TotalRow = Figure;
export interface CountryRow extends Figure {
  country_iso3: string;
  country_es: string;
}
export interface EntityRow extends Figure {
  entity_code: string;
  entity_es: string;
}
export interface CountryEntityRow extends Figure {
  country_iso3: string;
  entity_code: string;
}
export interface BreakdownRow extends Figure {
  entity_code: string;
  dimension: string;
  category: string;
}
export interface DamagedCellRow {
  process: Process;
  cutoff_date: string;
  measure: Measure;
  country_iso3: string;
  position: number;
  printed_value: number;
  source: string;
  note: string;
}
export interface SourceRow {
  source: string;
  document: string;
  period: string;
  published: string;
  section: string;
  table: string;
  note: string;
  /** The text file of ../shared/seeds the figures were read from. */
  seed_file: string;
}
export interface CoverageRow {
  process: Process;
  entity_code: string;
  vote_from_abroad: VoteFromAbroad;
  source: string;
  note: string;
}

/** Everything one report contributes. */
export interface Extraction {
  totals: TotalRow[];
  byCountry: CountryRow[];
  byEntity: EntityRow[];
  byCountryEntity: CountryEntityRow[];
  breakdowns: BreakdownRow[];
  damagedCells: DamagedCellRow[];
  sources: SourceRow[];
  coverage: CoverageRow[];
  /** Every country spelling met in this report, for the code list. */
  countrySpellings: string[];
}

export function emptyExtraction(): Extraction {
  return {
    totals: [],
    byCountry: [],
    byEntity: [],
    byCountryEntity: [],
    breakdowns: [],
    damagedCells: [],
    sources: [],
    coverage: [],
    countrySpellings: [],
  };
}

/** What every sources.csv row of one report shares. */
export type ReportMeta = Pick<SourceRow, 'document' | 'period' | 'published' | 'seed_file'>;

/** A sources.csv row: one table or paragraph of a report. */
export function sourceRow(report: ReportMeta, source: string, section: string, table: string, note = ''): SourceRow {
  return { source, ...report, section, table, note };
}
