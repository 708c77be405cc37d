/**
 * One snapshot of the package: the rows of one process, measure and cut-off
 * date that the maps and the comparison read. Each part is filtered the first
 * time it is asked for and then kept, so the queries of every selection on
 * that snapshot start from filtered tables instead of filtering the whole
 * files again, and a selection costs one compiled filter.
 */
import type { ColumnTable } from 'arquero';
import { CELLS, hasCells, type DataTables } from './load';
import { coverageOf, nationalTotal, rowsOf, snapshotRows, withParams, type Figure } from './queries';
import type { ByCountryRow, CountryCode, CoverageRow, EntityCode, Measure, Process } from './schema';

/**
 * In 2017-18 the entity table gives all requests; the figures per request
 * type for each entity are in breakdowns (dimension `request_type`).
 */
export const BREAKDOWN_CATEGORY: Partial<Record<Measure, string>> = {
  received_siilnere: 'siilnere',
  received_sive: 'sive',
};

const FIGURE_COLUMNS = ['value', 'quality', 'source', 'note'] as const;
type FigureColumns = Pick<ByCountryRow, (typeof FIGURE_COLUMNS)[number]>;

/** A country the snapshot lists one by one. */
export type ListedRow = FigureColumns & { country_iso3: CountryCode };
/** An entity's figure in the snapshot. */
export type EntityRow = FigureColumns & { entity_code: EntityCode };

/** A row with a value as a figure (a total, a denominator); null without a value. */
export const toFigure = (row: FigureColumns): Figure | null =>
  row.value === null ? null : { value: row.value, quality: row.quality, source: row.source, note: row.note };

export class Snapshot {
  #countries?: ColumnTable;
  #countryRows?: (FigureColumns & { country_iso3: CountryCode | null })[];
  #listed?: ReadonlyMap<CountryCode, ListedRow>;
  #entities?: ColumnTable;
  #entityRows?: ReadonlyMap<EntityCode, EntityRow>;
  #crosstab?: ColumnTable;
  #damaged?: ReadonlyMap<CountryCode, ListedRow>;
  #total?: Figure | null;
  #coverage?: ReadonlyMap<EntityCode, CoverageRow>;

  /** `readCoverage`: where to read coverage.csv for the process, when the caller keeps it already. */
  constructor(
    readonly tables: DataTables,
    readonly process: Process,
    readonly measure: Measure,
    readonly cutoff: string | null,
    private readonly readCoverage: (process: Process) => ReadonlyMap<EntityCode, CoverageRow> = (p) =>
      coverageOf(tables, p),
  ) {}

  /** by_country's rows, the remainder (the row without a country) included. */
  get countries(): ColumnTable {
    return (this.#countries ??= snapshotRows(this.tables.by_country, this.process, this.measure, this.cutoff).select(
      'country_iso3',
      ...FIGURE_COLUMNS,
    ));
  }

  get #allCountryRows() {
    return (this.#countryRows ??= rowsOf(this.countries));
  }

  /** Whether the source gives the measure by country at all. */
  get hasCountries(): boolean {
    return this.#allCountryRows.length > 0;
  }

  /** The countries the source lists one by one, by code, in file order. */
  get listed(): ReadonlyMap<CountryCode, ListedRow> {
    this.#listed ??= new Map(
      this.#allCountryRows.flatMap((r) => (r.country_iso3 === null ? [] : [[r.country_iso3, r as ListedRow]])),
    );
    return this.#listed;
  }

  /** Requests from countries the source does not list one by one. */
  get remainder(): Figure | null {
    const row = this.#allCountryRows.find((r) => r.country_iso3 === null);
    return row ? toFigure(row) : null;
  }

  /** Entity figures: by_entity, or for 2017-18 request types the per-entity breakdown. */
  get entities(): ColumnTable {
    return (this.#entities ??= this.#entityTable());
  }

  #entityTable(): ColumnTable {
    const direct = snapshotRows(this.tables.by_entity, this.process, this.measure, this.cutoff);
    const category = BREAKDOWN_CATEGORY[this.measure];
    if (direct.numRows() > 0 || category === undefined) return direct.select('entity_code', ...FIGURE_COLUMNS);
    return withParams(snapshotRows(this.tables.breakdowns, this.process, 'received', this.cutoff), { category })
      .filter((d, $) => d.dimension === 'request_type' && d.category === $.category && d.entity_code !== null)
      .select('entity_code', ...FIGURE_COLUMNS);
  }

  /** The entity figures by code, in file order. */
  get entityRows(): ReadonlyMap<EntityCode, EntityRow> {
    this.#entityRows ??= new Map(rowsOf<EntityRow>(this.entities).map((r) => [r.entity_code, r]));
    return this.#entityRows;
  }

  /** Whether the country × entity cells are read: a page reads them (`loadDeferred`) before it asks for them. */
  get hasCells(): boolean {
    return hasCells(this.tables);
  }

  /** The country × entity cells. */
  get crosstab(): ColumnTable {
    if (!hasCells(this.tables)) throw new Error(`${CELLS} is not read yet: loadDeferred it before asking for cells`);
    return (this.#crosstab ??= snapshotRows(this.tables[CELLS], this.process, this.measure, this.cutoff));
  }

  /** Listed countries without a single cell: the source's row for them is damaged, so nothing can be attributed. */
  get damaged(): ReadonlyMap<CountryCode, ListedRow> {
    this.#damaged ??= new Map(
      rowsOf<ListedRow>(
        this.countries.filter((d) => d.country_iso3 !== null).antijoin(this.crosstab, 'country_iso3'),
      ).map((r) => [r.country_iso3, r]),
    );
    return this.#damaged;
  }

  /** The national total, as totals.csv gives it. */
  get total(): Figure | null {
    if (this.#total === undefined) this.#total = nationalTotal(this.tables, this.process, this.measure, this.cutoff);
    return this.#total;
  }

  /** coverage.csv's row per entity for the process. */
  get coverage(): ReadonlyMap<EntityCode, CoverageRow> {
    return (this.#coverage ??= this.readCoverage(this.process));
  }
}
