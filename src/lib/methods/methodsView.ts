/**
 * The data-driven parts of the sources and methodology page: every list, count, date and name the
 * prose quotes is computed here from the loaded data, so the page cannot drift from the files.
 */
import type { LoadedData } from '../data/load';
import { byName, placeNames } from '../data/names';
import {
  MEASURES,
  PROCESSES,
  QUALITIES,
  type ByCountryRow,
  type IsoDate,
  type Process,
  type Quality,
  type SourceRow,
} from '../data/schema';
import type { DataPackage } from '../data/tableSchema';
import { formatDate, formatList, formatNumber, LOCALES } from '../i18n/format';
import type { Lang } from '../i18n/translate';
import { MEASURE_DESCRIPTIONS_ES, type MethodsContent } from './content';

/** The process whose country × entity table arrived damaged. */
export const DAMAGED_PROCESS: Process = '2023-2024';
/** Entities quoted as examples of requests that cannot all be given a country: Oaxaca, Mexico City. */
const ATTRIBUTION_EXAMPLES = ['20', '09'];
/** Files whose rows carry a quality flag, in the order the page lists them. */
const FIGURE_RESOURCES = ['by_country', 'by_entity', 'by_country_entity', 'breakdowns', 'totals'] as const;

/** The anchor of a source's entry on the page, so other views can link to `#source-<id>`. */
export function sourceAnchorId(id: string): string {
  return `source-${id.replace(/[^A-Za-z0-9_.:-]/g, '-')}`;
}

export interface SourceEntry {
  id: string;
  anchor: string;
  section: string | null;
  /** sources.csv describes paragraphs as `text: …` in English and tables by their Spanish header cells. */
  kind: 'table' | 'paragraph';
  description: string | null;
  descriptionLang: Lang;
  /** English, like every data note. */
  note: string | null;
}

export interface SourceDocument {
  /** The report's title as printed. */
  title: string;
  process: Process | null;
  period: { start: IsoDate; end: IsoDate } | string | null;
  /** `YYYY-MM` as in sources.csv, or null where the list gives none. */
  published: string | null;
  entries: SourceEntry[];
}

function sourceProcesses(data: LoadedData): Map<string, Process> {
  const found = new Map<string, Process>();
  const rows = [
    ...data.rows.totals,
    ...data.rows.by_country,
    ...data.rows.by_entity,
    ...data.rows.by_country_entity,
    ...data.rows.breakdowns,
    ...data.rows.coverage,
  ];
  for (const row of rows) if (row.source !== null && !found.has(row.source)) found.set(row.source, row.process);
  return found;
}

function parsePeriod(period: string | null): SourceDocument['period'] {
  const m = period === null ? null : /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(period);
  return m ? { start: m[1], end: m[2] } : period;
}

function sourceEntry(row: SourceRow): SourceEntry {
  const paragraph = row.table?.startsWith('text: ') ?? false;
  return {
    id: row.source,
    anchor: sourceAnchorId(row.source),
    section: row.section,
    kind: paragraph ? 'paragraph' : 'table',
    description: paragraph ? row.table!.slice('text: '.length) : row.table,
    descriptionLang: paragraph ? 'en' : 'es',
    note: row.note,
  };
}

/** sources.csv grouped by report, reports in process order, entries in file order. */
export function sourceDocuments(data: LoadedData): SourceDocument[] {
  const processes = sourceProcesses(data);
  const docs = new Map<string, SourceDocument>();
  for (const row of data.rows.sources) {
    let doc = docs.get(row.document);
    if (doc === undefined) {
      doc = {
        title: row.document,
        process: null,
        period: parsePeriod(row.period),
        published: row.published,
        entries: [],
      };
      docs.set(row.document, doc);
    }
    doc.process ??= processes.get(row.source) ?? null;
    doc.entries.push(sourceEntry(row));
  }
  const rank = (p: Process | null) => (p === null ? PROCESSES.length : PROCESSES.indexOf(p));
  return [...docs.values()].sort((a, b) => rank(a.process) - rank(b.process));
}

/** `2017-12` → `diciembre de 2017` (es) or `December 2017` (en); anything else as is. */
export function formatMonth(yearMonth: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (!m) return yearMonth;
  const format = new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
}

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** Fields this page reads that the DataPackage type leaves out: they may be missing or malformed. */
function extra(pkg: DataPackage, key: string): unknown {
  return (pkg as unknown as Json)[key];
}

export interface MeasureDefinition {
  measure: string;
  label: string;
  description: string | null;
  /** English where no Spanish text exists yet for a measure added to the package. */
  descriptionLang: Lang;
}

/** The package's vmre:measures, known measures first in display order, labels in the reader's language. */
export function measureDefinitions(pkg: DataPackage, lang: Lang): MeasureDefinition[] {
  const declared = extra(pkg, 'vmre:measures');
  const measures = isJson(declared) ? declared : {};
  const known: readonly string[] = MEASURES;
  const keys = [
    ...MEASURES.filter((m) => m in measures),
    ...Object.keys(measures)
      .filter((m) => !known.includes(m))
      .sort(),
  ];
  return keys.map((measure) => {
    const entry = isJson(measures[measure]) ? measures[measure] : {};
    const spanish = lang === 'es' ? (MEASURE_DESCRIPTIONS_ES as Record<string, string>)[measure] : undefined;
    return {
      measure,
      label: text(entry[lang]) ?? text(entry.es) ?? measure,
      description: spanish ?? text(entry.description),
      descriptionLang: spanish === undefined ? 'en' : 'es',
    };
  });
}

export interface ProcessSummary {
  process: Process;
  /** The latest cut-off date of the process in totals.csv. */
  cutoffDate: IsoDate | null;
  /** Entities whose residents abroad could vote in the federal election. */
  federal: number;
  /** Names of the entities with a local vote from abroad, sorted. */
  local: string[];
  /** Entities with no vote from abroad at all. */
  none: number;
  /** Entities with a vote from abroad whose requests the report does not itemize. */
  notReported: number;
  /** Voting modalities the report breaks requests down by, labelled in the reader's language. */
  modalities: string[];
}

function dimensionLabel(pkg: DataPackage, dimension: string, category: string, lang: Lang): string {
  const dims = extra(pkg, 'vmre:dimensions');
  const labels = isJson(dims) && isJson(dims[dimension]) ? dims[dimension] : {};
  const entry = labels[category];
  return (isJson(entry) ? text(entry[lang]) : null) ?? category;
}

export function processSummaries(data: LoadedData, lang: Lang): ProcessSummary[] {
  const names = placeNames(data.rows.countries, data.rows.entities, lang);
  const order = byName(names.entities, lang);
  return PROCESSES.map((process) => {
    const coverage = data.rows.coverage.filter((r) => r.process === process);
    const cutoffs = data.rows.totals.filter((r) => r.process === process).map((r) => r.cutoff_date);
    const itemized = new Set(
      data.rows.by_entity.filter((r) => r.process === process && r.measure === 'received').map((r) => r.entity_code),
    );
    const modalities = new Set(
      data.rows.breakdowns
        .filter((r) => r.process === process && r.dimension === 'voting_modality')
        .map((r) => r.category),
    );
    return {
      process,
      cutoffDate: cutoffs.length > 0 ? cutoffs.reduce((a, b) => (b > a ? b : a)) : null,
      federal: coverage.filter((r) => r.vote_from_abroad === 'federal' || r.vote_from_abroad === 'federal+local')
        .length,
      local: coverage
        .filter((r) => r.vote_from_abroad === 'local' || r.vote_from_abroad === 'federal+local')
        .map((r) => r.entity_code)
        .sort(order)
        .map((code) => names.entities.get(code) ?? code),
      none: coverage.filter((r) => r.vote_from_abroad === 'none').length,
      notReported: coverage.filter((r) => r.vote_from_abroad !== 'none' && !itemized.has(r.entity_code)).length,
      modalities: [...modalities].map((m) => dimensionLabel(data.pkg, 'voting_modality', m, lang)),
    };
  });
}

/** The elections column of the comparison table, from coverage counts. */
export function electionsText(
  p: ProcessSummary,
  entityCount: number,
  c: MethodsContent['comparability'],
  lang: Lang,
): string {
  const n = (v: number) => formatNumber(v, lang);
  const names = formatList(p.local, lang);
  if (p.federal === 0)
    return p.local.length === 0 ? c.federalNone : c.localOnly(p.local.length, n(p.local.length), names);
  const federal = p.federal === entityCount ? c.federalAll(n(p.federal)) : c.federalSome(p.federal, n(p.federal));
  const local = p.local.length === 0 ? c.localNone : c.local(p.local.length, n(p.local.length), names);
  return `${federal}; ${local}`;
}

export interface QualityCount {
  file: string;
  counts: Record<Quality, number>;
  total: number;
}

export function qualityCounts(data: LoadedData): QualityCount[] {
  return FIGURE_RESOURCES.map((name) => {
    const counts = Object.fromEntries(QUALITIES.map((q) => [q, 0])) as Record<Quality, number>;
    const rows: readonly { quality: Quality }[] = data.rows[name];
    for (const row of rows) counts[row.quality] += 1;
    const file = data.pkg.resources.find((r) => r.name === name)?.path ?? `${name}.csv`;
    return { file, counts, total: rows.length };
  });
}

export interface RoundingExample {
  share: number;
  total: number;
  low: number;
  high: number;
}

/**
 * The widest-read 2017-18 country figure, with the interval its rounded share allows: a whole
 * percentage p covers [p − 0.5 %, p + 0.5 %) of the total.
 */
export function roundingExample(data: LoadedData): RoundingExample | null {
  const rows = data.rows.by_country.filter(
    (r) =>
      r.process === '2017-2018' &&
      r.measure === 'received_siilnere' &&
      r.quality === 'derived' &&
      r.country_iso3 !== null &&
      r.value !== null,
  );
  const top = rows.reduce<ByCountryRow | null>((a, b) => (a === null || b.value! > a.value! ? b : a), null);
  const total = data.rows.totals.find((r) => r.process === '2017-2018' && r.measure === 'received_siilnere')?.value;
  if (top === null || total === undefined || total === null || total === 0) return null;
  const share = Math.round((top.value! / total) * 100);
  return {
    share,
    total,
    low: Math.ceil(((share - 0.5) * total) / 100),
    high: Math.ceil(((share + 0.5) * total) / 100) - 1,
  };
}

export interface AttributionExample {
  name: string;
  total: number;
  attributed: number;
}

export interface DamageSummary {
  /** The cross-tab's row in sources.csv. */
  sourceId: string | null;
  /** Countries the table lists (the remainder row excluded). */
  listed: number;
  /** Listed countries without a single published cell: their rows were damaged. */
  damaged: number;
  readable: number;
  /** Entity columns of the table. */
  columns: number;
  /** Damaged rows whose TOTAL disagrees with their printed cells, by name. */
  uncertain: string[];
  /** Printed cells kept in crosstab_damaged_cells.csv, and how many per row; null if the file is absent. */
  cells: { total: number; min: number; max: number } | null;
  /** Requests from countries the report does not list. */
  remainder: number | null;
  examples: AttributionExample[];
}

export function damageSummary(data: LoadedData, lang: Lang): DamageSummary {
  const names = placeNames(data.rows.countries, data.rows.entities, lang);
  const countries = data.rows.by_country.filter((r) => r.process === DAMAGED_PROCESS && r.measure === 'received');
  const listed = countries.filter((r) => r.country_iso3 !== null);
  const crosstab = data.rows.by_country_entity.filter((r) => r.process === DAMAGED_PROCESS && r.measure === 'received');
  const readable = new Set(crosstab.map((r) => r.country_iso3));
  const damaged = listed.filter((r) => !readable.has(r.country_iso3));
  const uncertain = listed
    .filter((r) => r.quality === 'uncertain')
    .map((r) => r.country_iso3!)
    .sort(byName(names.countries, lang))
    .map((code) => names.countries.get(code) ?? code);

  const perRow = new Map<string, number>();
  const cells = (data.rows.crosstab_damaged_cells ?? []).filter((r) => r.process === DAMAGED_PROCESS);
  for (const cell of cells) perRow.set(cell.country_iso3 ?? '', (perRow.get(cell.country_iso3 ?? '') ?? 0) + 1);
  const widths = [...perRow.values()];

  const attributed = new Map<string, number>();
  for (const r of crosstab) attributed.set(r.entity_code, (attributed.get(r.entity_code) ?? 0) + (r.value ?? 0));
  const examples = ATTRIBUTION_EXAMPLES.flatMap((code) => {
    const total = data.rows.by_entity.find(
      (r) => r.process === DAMAGED_PROCESS && r.measure === 'received' && r.entity_code === code,
    )?.value;
    if (total === undefined || total === null) return [];
    return [{ name: names.entities.get(code) ?? code, total, attributed: attributed.get(code) ?? 0 }];
  });

  return {
    sourceId: crosstab[0]?.source ?? null,
    listed: listed.length,
    damaged: damaged.length,
    readable: listed.length - damaged.length,
    columns: new Set(crosstab.map((r) => r.entity_code)).size,
    uncertain,
    cells: widths.length > 0 ? { total: cells.length, min: Math.min(...widths), max: Math.max(...widths) } : null,
    remainder: countries.find((r) => r.country_iso3 === null)?.value ?? null,
    examples,
  };
}

export interface CountIn {
  process: Process;
  count: number;
}

export interface MapStateFacts {
  /** Zeros and cells printed in the country × entity tables. */
  zeros: number;
  cells: number;
  /** The process with most entities without a vote from abroad. */
  notApplicable: CountIn | null;
  /** The process with most entities whose requests the report does not itemize. */
  notReported: CountIn | null;
}

function largest(summaries: ProcessSummary[], pick: (p: ProcessSummary) => number): CountIn | null {
  const best = summaries.reduce<ProcessSummary | null>((a, b) => (a === null || pick(b) > pick(a) ? b : a), null);
  return best === null || pick(best) === 0 ? null : { process: best.process, count: pick(best) };
}

export function mapStateFacts(data: LoadedData, summaries: ProcessSummary[]): MapStateFacts {
  return {
    zeros: data.rows.by_country_entity.filter((r) => r.value === 0).length,
    cells: data.rows.by_country_entity.length,
    notApplicable: largest(summaries, (p) => p.none),
    notReported: largest(summaries, (p) => p.notReported),
  };
}

export interface Citation {
  title: string | null;
  version: string | null;
  /** The package's `created` date (the day part of its RFC 3339 datetime), if present. */
  date: IsoDate | null;
  licence: string | null;
  /** Who the figures belong to, from the package's sources. */
  source: string | null;
}

export function packageCitation(pkg: DataPackage): Citation {
  const created = text(extra(pkg, 'created'));
  const day = created === null ? null : /^(\d{4}-\d{2}-\d{2})/.exec(created);
  return {
    title: text(pkg.title),
    version: text(extra(pkg, 'version')),
    date: day ? day[1] : null,
    licence: text(pkg.licenses?.[0]?.name),
    source: text(pkg.sources?.[0]?.title),
  };
}

/** A run of text and, where it differs from the page's, its language. */
export interface TextPart {
  text: string;
  lang: Lang | null;
}

/**
 * The citation as runs of text: the dataset title is English and INE's name for its reports
 * Spanish, whatever the page language, and screen readers should say each in its own language.
 */
export function citationParts(citation: Citation, url: string, c: MethodsContent['cite'], lang: Lang): TextPart[] {
  const own = (text: string): TextPart => ({ text, lang: null });
  const foreign = (text: string, textLang: Lang): TextPart => ({ text, lang: textLang === lang ? null : textLang });
  const parts: TextPart[] = [];
  if (citation.title) parts.push(foreign(citation.title, 'en'), own('. '));
  const edition = [
    citation.version ? c.version(citation.version) : null,
    citation.date ? formatDate(citation.date, lang) : null,
  ].filter((p) => p !== null);
  if (edition.length > 0) parts.push(own(`${edition.join(', ')}. `));
  if (url) parts.push(own(`${url}. `));
  parts.push(own(`${c.figures} `));
  parts.push(citation.source ? foreign(citation.source, 'es') : own(c.defaultSource), own('.'));
  if (citation.licence) parts.push(own(` ${c.licence(citation.licence)}`));
  return parts;
}

/** `28` → `28%`: the report's shares are whole numbers, so no decimals. */
export function formatWholePercent(percent: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** The page's address without query or hash; `file:` pages have the origin "null". */
export function pageUrl(location: Pick<Location, 'origin' | 'pathname' | 'href'>): string {
  return location.origin === 'null' ? location.href.split(/[?#]/)[0] : location.origin + location.pathname;
}

export interface MethodsView {
  documents: SourceDocument[];
  measures: MeasureDefinition[];
  processes: ProcessSummary[];
  entityCount: number;
  quality: QualityCount[];
  rounding: RoundingExample | null;
  damage: DamageSummary;
  mapStates: MapStateFacts;
  citation: Citation;
}

export function buildMethodsView(data: LoadedData, lang: Lang): MethodsView {
  const processes = processSummaries(data, lang);
  return {
    documents: sourceDocuments(data),
    measures: measureDefinitions(data.pkg, lang),
    processes,
    entityCount: data.rows.entities.length,
    quality: qualityCounts(data),
    rounding: roundingExample(data),
    damage: damageSummary(data, lang),
    mapStates: mapStateFacts(data, processes),
    citation: packageCitation(data.pkg),
  };
}
