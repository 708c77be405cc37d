/**
 * Loads the published data: datapackage.json, then every CSV it lists,
 * validated against its Table Schema and turned into Arquero tables, the one
 * copy of the data every query reads. Any failure becomes a DataLoadError that the UI can explain.
 */
import { table, type ColumnTable } from 'arquero';
import { EXPECTED_FIELDS, REQUIRED_RESOURCES, type RequiredResource, type ResourceName } from './schema';
import { DataLoadError, PACKAGE_FILE, fetchText, inThread, type Columns, type DataSource, type Fetch } from './read';
import type { DataPackage, Resource, ValidationIssue } from './tableSchema';
import { learnNotes } from './notes';

export { DataLoadError, type DataSource, type Fetch } from './read';

export const PACKAGE_PATH = 'data/datapackage.json';

/** The country × entity cells: read only once a page needs them (a selection, the methodology). */
export const CELLS = 'by_country_entity';
type FirstRead = Exclude<RequiredResource, typeof CELLS>;
/** The tables of the first load; a deferred one is there once `loadDeferred` has read it. */
export type DataTables = { [K in FirstRead]: ColumnTable } & Partial<Record<string, ColumnTable>>;
/** Tables with the country × entity cells read. */
export type TablesWithCells = DataTables & { [CELLS]: ColumnTable };

export interface LoadedData {
  pkg: DataPackage;
  /** One Arquero table per loaded resource; typed rows come out of queries (`rowsOf`). */
  tables: DataTables;
  /** Where datapackage.json was read: later files resolve against it. */
  packageUrl: string;
  /** Where the files were read and checked: deferred ones are read the same way, against the same files. */
  source: DataSource;
}

/**
 * Files no first view draws: fetched only when a page or a reader asks
 * (`loadDeferred`). The country × entity cells (133 kB raw, 7.0 kB gzipped,
 * 1,900 rows: the largest file the explorer reads) once a place is selected or
 * the methodology opens; the damaged cross-tab cells (4.9 kB gzipped, 1,800
 * rows) by the methodology page alone.
 */
export const DEFERRED_RESOURCES: readonly string[] = [CELLS, 'crosstab_damaged_cells'];

/** Whether the country × entity cells are read. */
export const hasCells = (tables: DataTables): tables is TablesWithCells => tables[CELLS] !== undefined;

/** Loaded data with the country × entity cells read. */
export type LoadedWithCells = LoadedData & { tables: TablesWithCells };

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

/**
 * Loads and validates the published data.
 * @param baseUrl the page's base URL; data/ is resolved against it.
 * @param fetchImpl injectable for tests.
 * @throws DataLoadError
 */
export async function loadData(
  baseUrl?: string,
  fetchImpl?: Fetch,
  deferred: readonly string[] = DEFERRED_RESOURCES,
): Promise<LoadedData> {
  const fetchFiles: Fetch = fetchImpl ?? ((input, init) => fetch(input, init));
  // For `npm run bench`: the time to load, parse and validate the data, as a performance measure "vmre:data".
  performance.mark('vmre:data-start');
  const packageUrl = new URL(PACKAGE_PATH, baseUrl ?? document.baseURI);
  // An injected fetch (tests, the build's prerender) reads in this thread; the browser's, in a worker,
  // started while datapackage.json is on its way: on a slow network each is a round trip of its own.
  const starting = fetchImpl ? Promise.resolve(inThread(fetchImpl)) : workerSource(fetchFiles);
  const pkg = parsePackage(await fetchText(packageUrl, PACKAGE_FILE, fetchFiles));
  const packageIssues = checkPackageCoversApp(pkg);
  if (packageIssues.length > 0) throw new DataLoadError('invalid', PACKAGE_FILE, { issues: packageIssues });

  const now = pkg.resources.filter((r) => !deferred.includes(r.name));
  const source = await starting;
  const tables = tablesOf(await source.read(pkg, packageUrl.href, now));
  performance.mark('vmre:data-ready');
  performance.measure('vmre:data', 'vmre:data-start', 'vmre:data-ready');
  // Sound: checkPackageCoversApp and validateTable guarantee these resources and columns.
  return { pkg, tables: tables as DataTables, packageUrl: packageUrl.href, source };
}

/**
 * The Arquero tables of files just read, by the worker or in this thread, at
 * the first load or deferred: the one place every loaded table passes, so the
 * Spanish of their notes is learnt here (data/notes.ts) before any view shows one.
 */
function tablesOf(columns: Record<string, Columns>): Record<string, ColumnTable> {
  const tables = Object.fromEntries(Object.entries(columns).map(([name, c]) => [name, table(c)]));
  learnNotes(tables);
  return tables;
}

/** The worker's source where the page may start one, else this thread's: loaded only when used. */
async function workerSource(fetchImpl: Fetch): Promise<DataSource> {
  // A sandboxed embed has an opaque origin, and may not start a worker from the site's own script.
  if (typeof Worker === 'undefined' || globalThis.origin === 'null') return inThread(fetchImpl);
  // If the worker's chunk cannot be fetched, the page reads the files itself rather than fail.
  return import('./worker').then(
    ({ startWorker }) => startWorker(() => inThread(fetchImpl)),
    () => inThread(fetchImpl),
  );
}

/**
 * Files that loadData deferred, fetched and checked like the others (their
 * schema, and their foreign keys against the files already loaded). Returns the
 * data with them added; one already read or not in the package is skipped, so
 * with nothing left to read it is the data as it was.
 * @throws DataLoadError
 */
export async function loadDeferred(data: LoadedData, names: readonly string[]): Promise<LoadedData> {
  const resources = data.pkg.resources.filter((r) => names.includes(r.name) && data.tables[r.name] === undefined);
  if (resources.length === 0) return data;
  const read = await data.source.read(data.pkg, data.packageUrl, resources);
  return { ...data, tables: { ...data.tables, ...tablesOf(read) } };
}
