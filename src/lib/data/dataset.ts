/**
 * The loaded data as the views ask for it: the queries of queries.ts,
 * mapQueries.ts and names.ts bound to the tables and memoised per argument.
 * Arquero parses and compiles each expression at every verb call, and every
 * state change asks again, so each answer is computed once per (process,
 * measure, cut-off, selection) and shared by the maps and the comparison.
 * The answers are shared too: callers must not mutate them.
 */
import type { Lang } from '../i18n/translate';
import type { DataTables, LoadedData } from './load';
import {
  countryFiguresOf,
  countryListed,
  entityFiguresLeavingOut,
  entityFiguresOf,
  measureAvailability,
  selectionKey,
  type CountryQuery,
  type EntityQuery,
  type MapFigures,
  type MapQuery,
  type MeasureAvailability,
} from './mapQueries';
import { namerOf, placeNames, placeSpellings, type PlaceNamer, type PlaceNames, type PlaceSpellings } from './names';
import {
  coverageOf,
  cutoffs,
  entityCodes,
  hasNationalTotal,
  knownCodes,
  listedCountries,
  rowsOf,
  type Figure,
} from './queries';
import type { CountryCode, CoverageRow, EntityCode, Measure, Process, SourceRow } from './schema';
import {
  regionFiguresOf,
  regionSelectionOf,
  regionsOf,
  type Region,
  type RegionFigure,
  type RegionSelection,
} from './regions';
import { Snapshot } from './snapshot';

export class Dataset {
  readonly #memo = new Map<string, unknown>();

  constructor(readonly tables: DataTables) {}

  #once<T>(key: string, make: () => T): T {
    if (this.#memo.has(key)) return this.#memo.get(key) as T;
    const value = make();
    this.#memo.set(key, value);
    return value;
  }

  /** The cut-off dates of a process, oldest first. */
  cutoffs(process: Process): readonly string[] {
    return this.#once(`cutoffs|${process}`, () => cutoffs(this.tables, process));
  }

  /** The latest cut-off of a process: the snapshot the maps, totals and methods show. */
  latestCutoff(process: Process): string | null {
    return this.cutoffs(process).at(-1) ?? null;
  }

  /** The rows of one snapshot; the latest cut-off when none is given. */
  snapshot(q: MapQuery): Snapshot {
    const cutoff = q.cutoff ?? this.latestCutoff(q.process);
    return this.#once(
      `snapshot|${q.process}|${q.measure}|${cutoff}`,
      () => new Snapshot(this.tables, q.process, q.measure, cutoff, (process) => this.coverage(process)),
    );
  }

  /** The world map's figures. */
  countryFigures(q: CountryQuery): MapFigures {
    const entities = q.entities ?? [];
    return this.#once(this.#figuresKey('countries', q, entities), () => countryFiguresOf(this.snapshot(q), entities));
  }

  /** The Mexico map's figures. */
  entityFigures(q: EntityQuery): MapFigures {
    const countries = q.countries ?? [];
    return this.#once(this.#figuresKey('entities', q, countries), () => entityFiguresOf(this.snapshot(q), countries));
  }

  /** The Mexico map of several countries, leaving out those whose rows cannot be attributed (see mapQueries). */
  entityFiguresLeavingOut(q: MapQuery, countries: readonly CountryCode[]): MapFigures {
    return this.#once(this.#figuresKey('entitiesLeavingOut', q, countries), () =>
      entityFiguresLeavingOut(this.snapshot(q), countries),
    );
  }

  /** The comparison asks for every point of every series: the key is built without touching the snapshot. */
  #figuresKey(map: string, q: MapQuery, selection: readonly string[]): string {
    const cutoff = q.cutoff ?? this.latestCutoff(q.process);
    return `${map}|${q.process}|${q.measure}|${cutoff}|${selectionKey(selection)}`;
  }

  /** The UN M49 regions and sub-regions of countries.csv, each with its member countries. */
  regions(): readonly Region[] {
    return this.#once('regions', () => regionsOf(this.tables));
  }

  /** One region or sub-region by M49 code, or undefined. */
  region(code: string): Region | undefined {
    return this.regions().find((r) => r.code === code);
  }

  /** Each region's figure on the world map's terms (the same process, measure and entity selection). */
  regionFigures(q: CountryQuery): readonly RegionFigure[] {
    const entities = q.entities ?? [];
    return this.#once(this.#figuresKey('regions', q, entities), () =>
      regionFiguresOf(
        this.countryFigures(q),
        entities.length > 0 ? this.countryFigures({ ...q, entities: [] }) : null,
        this.tables,
        this.regions(),
      ),
    );
  }

  /** Of a region's members, those the Mexico map can sum and those it leaves out; null until the cells are read. */
  regionSelection(q: MapQuery, members: readonly CountryCode[]): RegionSelection | null {
    const s = this.snapshot(q);
    if (!s.hasCells) return null;
    return this.#once(`regionSelection|${s.process}|${s.measure}|${s.cutoff}|${selectionKey(members)}`, () =>
      regionSelectionOf(s, members),
    );
  }

  /** Which measures each map can draw in a process. */
  availability(process: Process): MeasureAvailability[] {
    return this.#once(`availability|${process}`, () =>
      measureAvailability(this.tables, process, this.latestCutoff(process)),
    );
  }

  /** Whether totals.csv gives the measure for the process. */
  hasNationalTotal(process: Process, measure: Measure): boolean {
    return this.#once(`hasTotal|${process}|${measure}`, () => hasNationalTotal(this.tables, process, measure));
  }

  /** The national total at a cut-off, or null. */
  nationalTotal(process: Process, measure: Measure, cutoff: string | null): Figure | null {
    return this.snapshot({ process, measure, cutoff }).total;
  }

  /** Whether a country is listed for the process and measure. */
  countryListed(q: MapQuery, country: CountryCode): boolean {
    const s = this.snapshot(q);
    return this.#once(`listed|${s.process}|${s.measure}|${s.cutoff}|${country}`, () =>
      countryListed(this.tables, q, country, s),
    );
  }

  /** coverage.csv's row per entity for the process. */
  coverage(process: Process): ReadonlyMap<EntityCode, CoverageRow> {
    return this.#once(`coverage|${process}`, () => coverageOf(this.tables, process));
  }

  /** Every country by_country.csv lists in some process. */
  countries(): readonly CountryCode[] {
    return this.#once('countries', () => listedCountries(this.tables));
  }

  /** The entities of entities.csv, in file order. */
  entityCodes(): readonly EntityCode[] {
    return this.#once('entityCodes', () => entityCodes(this.tables));
  }

  /** The codes a URL may name. */
  knownCodes(): ReturnType<typeof knownCodes> {
    return this.#once('known', () => knownCodes(this.tables));
  }

  placeNames(lang: Lang): PlaceNames {
    return this.#once(`names|${lang}`, () => placeNames(this.tables, lang));
  }

  /** Every text that names each place, for the search. */
  placeSpellings(): PlaceSpellings {
    return this.#once('spellings', () => placeSpellings(this.tables));
  }

  /** The same names as functions by kind of place, for the views. */
  namer(lang: Lang): PlaceNamer {
    return this.#once(`namer|${lang}`, () => namerOf(this.placeNames(lang)));
  }

  /** sources.csv, in file order. */
  sources(): readonly SourceRow[] {
    return this.#once('sources', () => rowsOf<SourceRow>(this.tables.sources));
  }
}

const datasets = new WeakMap<DataTables, Dataset>();

/** The one Dataset of the loaded tables, so every view that asks shares its memo. */
export function datasetOf(data: Pick<LoadedData, 'tables'>): Dataset {
  let dataset = datasets.get(data.tables);
  if (dataset === undefined) {
    dataset = new Dataset(data.tables);
    datasets.set(data.tables, dataset);
  }
  return dataset;
}
