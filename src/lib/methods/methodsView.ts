/**
 * The data-driven parts of the sources and methodology page: every list, count, date and name the
 * prose quotes is computed here from the loaded data, so the page cannot drift from the files.
 */
import type { LoadedWithCells } from '../data/load';
import { byName, placeNames } from '../data/names';
import {
  coverageFacts,
  crosstabCellCounts,
  crosstabFacts,
  largestCountryFigure,
  rowsPerQuality,
  sourceProcesses,
} from '../data/packageFacts';
import { latestCutoff, rowsOf } from '../data/queries';
import { PROCESSES, type IsoDate, type Process, type Quality, type SourceRow } from '../data/schema';
import { formatList, formatNumber, LOCALES } from '../i18n/format';
import type { Lang } from '../i18n/translate';
import type { MethodsContent } from './content';
import { dimensionLabel, measureDefinitions, packageCitation } from './packageMetadata';
import type { Citation, MeasureDefinition } from './packageMetadata';

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
export function sourceDocuments(data: LoadedWithCells): SourceDocument[] {
  const processes = sourceProcesses(data.tables);
  const docs = new Map<string, SourceDocument>();
  for (const row of rowsOf<SourceRow>(data.tables.sources)) {
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

export function processSummaries(data: LoadedWithCells, lang: Lang): ProcessSummary[] {
  const names = placeNames(data.tables, lang);
  const order = byName(names.entities, lang);
  return PROCESSES.map((process) => {
    const facts = coverageFacts(data.tables, process);
    return {
      process,
      cutoffDate: latestCutoff(data.tables, process),
      federal: facts.federal,
      local: facts.local.sort(order).map((code) => names.entities.get(code) ?? code),
      none: facts.none,
      notReported: facts.notReported,
      modalities: facts.modalities.map((m) => dimensionLabel(data.pkg, 'voting_modality', m, lang)),
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

export function qualityCounts(data: LoadedWithCells): QualityCount[] {
  return FIGURE_RESOURCES.map((name) => {
    const file = data.pkg.resources.find((r) => r.name === name)?.path ?? `${name}.csv`;
    return { file, ...rowsPerQuality(data.tables[name]) };
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
export function roundingExample(data: LoadedWithCells): RoundingExample | null {
  const largest = largestCountryFigure(data.tables, '2017-2018', 'received_siilnere', 'derived');
  const total = largest?.total;
  if (!largest || total === null || total === undefined || total === 0) return null;
  const share = Math.round((largest.row.value! / total) * 100);
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

export function damageSummary(data: LoadedWithCells, lang: Lang): DamageSummary {
  const names = placeNames(data.tables, lang);
  const facts = crosstabFacts(data.tables, DAMAGED_PROCESS, ATTRIBUTION_EXAMPLES);
  const examples = ATTRIBUTION_EXAMPLES.flatMap((code) => {
    const entity = facts.entities.get(code);
    if (entity === undefined || entity.total === null) return [];
    return [{ name: names.entities.get(code) ?? code, total: entity.total, attributed: entity.attributed }];
  });
  return {
    sourceId: facts.sourceId,
    listed: facts.listed,
    damaged: facts.damaged,
    readable: facts.listed - facts.damaged,
    columns: facts.columns,
    uncertain: facts.uncertain.sort(byName(names.countries, lang)).map((code) => names.countries.get(code) ?? code),
    cells: facts.cells,
    remainder: facts.remainder,
    examples,
  };
}

export interface CountIn {
  process: Process;
  count: number;
}

export interface MapStateFacts {
  /** Zeros and cells published in by_country_entity.csv. */
  zeros: number;
  cells: number;
  /** Zeros and cells the country × entity tables print (the damaged rows' too); null without their file. */
  printedZeros: number | null;
  printedCells: number | null;
  /** The process with most entities without a vote from abroad. */
  notApplicable: CountIn | null;
  /** The process with most entities whose requests the report does not itemize. */
  notReported: CountIn | null;
}

function largest(summaries: ProcessSummary[], pick: (p: ProcessSummary) => number): CountIn | null {
  const best = summaries.reduce<ProcessSummary | null>((a, b) => (a === null || pick(b) > pick(a) ? b : a), null);
  return best === null || pick(best) === 0 ? null : { process: best.process, count: pick(best) };
}

export function mapStateFacts(data: LoadedWithCells, summaries: ProcessSummary[]): MapStateFacts {
  return {
    ...crosstabCellCounts(data.tables),
    notApplicable: largest(summaries, (p) => p.none),
    notReported: largest(summaries, (p) => p.notReported),
  };
}

/** `28` → `28%`: the report's shares are whole numbers, so no decimals. */
export function formatWholePercent(percent: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
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

export function buildMethodsView(data: LoadedWithCells, lang: Lang): MethodsView {
  const processes = processSummaries(data, lang);
  return {
    documents: sourceDocuments(data),
    measures: measureDefinitions(data.pkg, lang),
    processes,
    entityCount: data.tables.entities.numRows(),
    quality: qualityCounts(data),
    rounding: roundingExample(data),
    damage: damageSummary(data, lang),
    mapStates: mapStateFacts(data, processes),
    citation: packageCitation(data.pkg),
  };
}
