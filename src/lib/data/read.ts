/**
 * Reading the package's files: fetched, parsed with PapaParse, validated
 * against their Table Schema and each other's foreign keys, and turned into
 * typed columns. No Arquero here, so the worker that runs this (worker.ts)
 * stays small; load.ts builds the tables on the page.
 */
import Papa from 'papaparse';
import { validateForeignKeys } from './foreignKeys';
import { type DataPackage, type RawTable, type Resource, type ValidationIssue, validateTable } from './tableSchema';

export const PACKAGE_FILE = 'datapackage.json';
/** How many issues an error keeps: enough to diagnose, few enough to read. */
export const MAX_ISSUES = 10;

export type DataLoadErrorKind = 'missing' | 'network' | 'malformed' | 'invalid';

/** Why the data could not be loaded; `kind` is the code a UI translates. */
export class DataLoadError extends Error {
  readonly kind: DataLoadErrorKind;
  /** The file at fault, e.g. `totals.csv`. */
  readonly file: string;
  /** The first issues found (at most MAX_ISSUES). */
  readonly issues: ValidationIssue[];
  /** How many issues there were in all. */
  readonly issueCount: number;
  /** A technical detail in English (HTTP status, parser message), or null. */
  readonly detail: string | null;

  constructor(
    kind: DataLoadErrorKind,
    file: string,
    options: { issues?: ValidationIssue[]; issueCount?: number; detail?: string | null; cause?: unknown } = {},
  ) {
    const issues = options.issues ?? [];
    const detail = options.detail ?? null;
    const first = issues[0]?.message ?? detail;
    super(`${KIND_SUMMARY[kind]} (${file})${first ? `: ${first}` : ''}`, { cause: options.cause });
    this.name = 'DataLoadError';
    this.kind = kind;
    this.file = file;
    this.issues = issues.slice(0, MAX_ISSUES);
    this.issueCount = options.issueCount ?? issues.length;
    this.detail = detail;
  }
}

const KIND_SUMMARY: Record<DataLoadErrorKind, string> = {
  missing: 'A data file is missing',
  network: 'A data file could not be downloaded',
  malformed: 'A data file is malformed',
  invalid: 'A data file does not match its schema',
};

/** A table's columns, typed by its schema: an empty cell is null. */
export type Columns = Record<string, (string | number | null)[]>;

/**
 * Fetches, parses and validates files of the package, each against its
 * schema and its foreign keys against every file this source read before,
 * and gives their typed columns. In a worker (`./worker.ts`) in the browser,
 * in the calling thread elsewhere; the checks and their messages are the same.
 * @throws DataLoadError
 */
export interface DataSource {
  read(pkg: DataPackage, packageUrl: string, resources: readonly Resource[]): Promise<Record<string, Columns>>;
}

/** The source that does the work where it is called; it keeps each file's cells for later foreign-key checks. */
export function inThread(fetchImpl: Fetch): DataSource {
  const loaded: Record<string, RawTable> = {};
  return {
    async read(pkg, packageUrl, resources) {
      const raw = await fetchAndCheck(pkg, resources, new URL(packageUrl), fetchImpl, loaded);
      Object.assign(loaded, raw);
      return Object.fromEntries(resources.map((r) => [r.name, columnsOf(r, raw[r.name])]));
    },
  };
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export async function fetchText(url: URL, file: string, fetchImpl: Fetch): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(url.href);
  } catch (cause) {
    throw new DataLoadError('network', file, { detail: String(cause), cause });
  }
  if (response.status === 404 || response.status === 410) {
    throw new DataLoadError('missing', file, { detail: `HTTP ${response.status}` });
  }
  if (!response.ok) {
    throw new DataLoadError('network', file, { detail: `HTTP ${response.status}` });
  }
  try {
    return await response.text();
  } catch (cause) {
    throw new DataLoadError('network', file, { detail: String(cause), cause });
  }
}

function parseCsv(text: string, file: string): RawTable {
  if (text.trim() === '') throw new DataLoadError('malformed', file, { detail: 'the file is empty' });
  // The contract ends every line with \n; a file cut inside its last cell would otherwise parse cleanly.
  if (!text.endsWith('\n')) {
    throw new DataLoadError('malformed', file, {
      detail: 'the file does not end with a line break, so it may be truncated',
    });
  }
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: ',', skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0];
    const where = e.row === undefined ? '' : ` near data row ${e.row}`;
    throw new DataLoadError('malformed', file, { detail: `${e.message}${where}` });
  }
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}

/** Issues that mean the file's shape is broken, not just its values. */
const STRUCTURAL = new Set(['header', 'rowLength']);

/** Columnar, typed by the schema (an empty cell is null), so that an empty CSV still yields a table with its columns. */
function columnsOf(resource: Resource, raw: RawTable): Columns {
  const missing = new Set(resource.schema.missingValues ?? ['']);
  const columns: Columns = {};
  resource.schema.fields.forEach((field, i) => {
    const numeric = field.type === 'integer' || field.type === 'number';
    columns[field.name] = raw.rows.map((cells) => {
      const cell = cells[i];
      if (missing.has(cell)) return null;
      return numeric ? Number(cell) : cell;
    });
  });
  return columns;
}

/** Fetches `resources` in parallel, then validates each against its schema and foreign keys. */
async function fetchAndCheck(
  pkg: DataPackage,
  resources: readonly Resource[],
  packageUrl: URL,
  fetchImpl: Fetch,
  loaded: Record<string, RawTable>,
): Promise<Record<string, RawTable>> {
  // Fetch in parallel, but report the first failure in package order, so the message is stable.
  const settled = await Promise.allSettled(
    resources.map(async (resource) => {
      const file = resource.path;
      return parseCsv(await fetchText(new URL(resource.path, packageUrl), file, fetchImpl), file);
    }),
  );
  const raw: Record<string, RawTable> = {};
  settled.forEach((result, i) => {
    if (result.status === 'rejected') throw result.reason;
    raw[resources[i].name] = result.value;
  });

  for (const resource of resources) {
    const found = validateTable(resource, raw[resource.name].header, raw[resource.name].rows);
    if (found.length === 0) continue;
    const structural = found.filter((i) => STRUCTURAL.has(i.code));
    throw structural.length > 0
      ? new DataLoadError('malformed', resource.path, { issues: structural })
      : new DataLoadError('invalid', resource.path, { issues: found });
  }
  const fkIssues = validateForeignKeys(pkg, { ...loaded, ...raw }, Object.keys(raw));
  if (fkIssues.length > 0) {
    const file = pkg.resources.find((r) => r.name === fkIssues[0].resource)?.path ?? PACKAGE_FILE;
    throw new DataLoadError('invalid', file, { issues: fkIssues });
  }
  return raw;
}
