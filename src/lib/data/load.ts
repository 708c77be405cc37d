/**
 * Loads the published data: datapackage.json, then every CSV it lists,
 * validated against its Table Schema and turned into Arquero tables, the one
 * copy of the data every query reads. Any failure becomes a DataLoadError that the UI can explain.
 */
import { table, type ColumnTable } from 'arquero';
import Papa from 'papaparse';
import { EXPECTED_FIELDS, REQUIRED_RESOURCES, type RequiredResource, type ResourceName } from './schema';
import { validateForeignKeys } from './foreignKeys';
import { validateTable, type DataPackage, type RawTable, type Resource, type ValidationIssue } from './tableSchema';

export const PACKAGE_PATH = 'data/datapackage.json';
const PACKAGE_FILE = 'datapackage.json';
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
    options: { issues?: ValidationIssue[]; detail?: string | null; cause?: unknown } = {},
  ) {
    const issues = options.issues ?? [];
    const detail = options.detail ?? null;
    const first = issues[0]?.message ?? detail;
    super(`${KIND_SUMMARY[kind]} (${file})${first ? `: ${first}` : ''}`, { cause: options.cause });
    this.name = 'DataLoadError';
    this.kind = kind;
    this.file = file;
    this.issues = issues.slice(0, MAX_ISSUES);
    this.issueCount = issues.length;
    this.detail = detail;
  }
}

const KIND_SUMMARY: Record<DataLoadErrorKind, string> = {
  missing: 'A data file is missing',
  network: 'A data file could not be downloaded',
  malformed: 'A data file is malformed',
  invalid: 'A data file does not match its schema',
};

export type DataTables = { [K in RequiredResource]: ColumnTable } & Partial<Record<string, ColumnTable>>;

export interface LoadedData {
  pkg: DataPackage;
  /** One Arquero table per loaded resource; typed rows come out of queries (`rowsOf`). */
  tables: DataTables;
  /** Where datapackage.json was read: later files resolve against it. */
  packageUrl: string;
  /** Each loaded file's cells as text, so a file loaded later can have its foreign keys checked. */
  raw: Record<string, RawTable>;
  /** How the files were fetched: deferred ones are fetched the same way. */
  fetchImpl: Fetch;
}

/**
 * Files the explorer does not need to draw: fetched only when a page asks
 * (`loadDeferred`). The damaged cross-tab cells (4.9 kB gzipped, 1,800 rows)
 * are read by the methodology page alone.
 */
export const DEFERRED_RESOURCES: readonly string[] = ['crosstab_damaged_cells'];

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

async function fetchText(url: URL, file: string, fetchImpl: Fetch): Promise<string> {
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A relative path inside data/: no scheme, no leading slash, no `..`. */
const SAFE_PATH = /^(?![a-z][a-z0-9+.-]*:)(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\\?#]+$/i;

function isResource(value: unknown): value is Resource {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.path === 'string' &&
    isRecord(value.schema) &&
    Array.isArray(value.schema.fields) &&
    value.schema.fields.every((f) => isRecord(f) && typeof f.name === 'string')
  );
}

function parsePackage(text: string): DataPackage {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new DataLoadError('malformed', PACKAGE_FILE, { detail: `not valid JSON: ${String(cause)}`, cause });
  }
  if (!isRecord(json) || !Array.isArray(json.resources)) {
    throw new DataLoadError('malformed', PACKAGE_FILE, { detail: 'no "resources" list' });
  }
  const bad = json.resources.findIndex((r) => !isResource(r) || !SAFE_PATH.test(r.path));
  if (bad !== -1) {
    throw new DataLoadError('malformed', PACKAGE_FILE, {
      detail: `resource ${bad + 1} lacks a name, a relative path inside data/, or an inline schema with fields`,
    });
  }
  return json as unknown as DataPackage;
}

function packageIssue(field: string | null, message: string): ValidationIssue {
  return { resource: 'datapackage', row: null, field, code: 'schema', value: null, expected: null, message };
}

/** The app's own expectations of the package: its resources and their columns. */
function checkPackageCoversApp(pkg: DataPackage): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const byName = new Map(pkg.resources.map((r) => [r.name, r]));
  for (const [name, expected] of Object.entries(EXPECTED_FIELDS) as [ResourceName, readonly string[]][]) {
    const resource = byName.get(name);
    if (resource === undefined) {
      if ((REQUIRED_RESOURCES as readonly string[]).includes(name)) {
        issues.push(packageIssue(null, `${PACKAGE_FILE}: the resource "${name}" is missing`));
      }
      continue;
    }
    const names = new Set(resource.schema.fields.map((f) => f.name));
    for (const field of expected) {
      if (!names.has(field)) {
        issues.push(packageIssue(field, `${PACKAGE_FILE}: resource "${name}" lacks the field "${field}"`));
      }
    }
  }
  return issues;
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
function toTable(resource: Resource, raw: RawTable): ColumnTable {
  const missing = new Set(resource.schema.missingValues ?? ['']);
  const columns: Record<string, (string | number | null)[]> = {};
  resource.schema.fields.forEach((field, i) => {
    const numeric = field.type === 'integer' || field.type === 'number';
    columns[field.name] = raw.rows.map((cells) => {
      const cell = cells[i];
      if (missing.has(cell)) return null;
      return numeric ? Number(cell) : cell;
    });
  });
  return table(columns);
}

/**
 * Loads and validates the published data.
 * @param baseUrl the page's base URL; data/ is resolved against it.
 * @param fetchImpl injectable for tests.
 * @throws DataLoadError
 */
export async function loadData(
  baseUrl?: string,
  fetchImpl: Fetch = (input, init) => fetch(input, init),
  deferred: readonly string[] = DEFERRED_RESOURCES,
): Promise<LoadedData> {
  // For `npm run bench`: the time to load, parse and validate the data, as a performance measure "vmre:data".
  performance.mark('vmre:data-start');
  const packageUrl = new URL(PACKAGE_PATH, baseUrl ?? document.baseURI);
  const pkg = parsePackage(await fetchText(packageUrl, PACKAGE_FILE, fetchImpl));
  const packageIssues = checkPackageCoversApp(pkg);
  if (packageIssues.length > 0) throw new DataLoadError('invalid', PACKAGE_FILE, { issues: packageIssues });

  const now = pkg.resources.filter((r) => !deferred.includes(r.name));
  const raw = await fetchAndCheck(pkg, now, packageUrl, fetchImpl, {});
  const tables: Record<string, ColumnTable> = {};
  for (const resource of now) tables[resource.name] = toTable(resource, raw[resource.name]);
  performance.mark('vmre:data-ready');
  performance.measure('vmre:data', 'vmre:data-start', 'vmre:data-ready');
  // Sound: checkPackageCoversApp and validateTable guarantee these resources and columns.
  return { pkg, tables: tables as DataTables, packageUrl: packageUrl.href, raw, fetchImpl };
}

/**
 * A file that loadData deferred, fetched and checked like the others (its
 * schema, and its foreign keys against the files already loaded). Returns the
 * data with it added; the package does not list it: the data as it was.
 * @throws DataLoadError
 */
export async function loadDeferred(data: LoadedData, name: string): Promise<LoadedData> {
  const resource = data.pkg.resources.find((r) => r.name === name);
  if (resource === undefined || name in data.raw) return data;
  const raw = await fetchAndCheck(data.pkg, [resource], new URL(data.packageUrl), data.fetchImpl, data.raw);
  return {
    ...data,
    tables: { ...data.tables, [name]: toTable(resource, raw[name]) },
    raw: { ...data.raw, ...raw },
  };
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
