/**
 * The data view's query as URL parameters: which published table, the filters, the
 * group-by and the sort (`?view=data&table=by_entity&where=process:2023-2024;entity_code:14,16&group=process`).
 * Pure and small: url.ts reads and writes these with the rest of the state. Only the form
 * is checked here (a table we publish, a column it has, values that look like codes);
 * whether a value exists in the data is the view's to say, once the data is loaded.
 */

/** The tables the data view reads, with the columns one may filter on and group by. */
export const DATA_TABLES = {
  by_country: {
    filters: ['process', 'cutoff_date', 'measure', 'country_iso3', 'quality'],
    keys: ['process', 'cutoff_date', 'measure', 'country_iso3'],
  },
  by_entity: {
    filters: ['process', 'cutoff_date', 'measure', 'entity_code', 'quality'],
    keys: ['process', 'cutoff_date', 'measure', 'entity_code'],
  },
  by_country_entity: {
    filters: ['process', 'cutoff_date', 'measure', 'country_iso3', 'entity_code', 'quality'],
    keys: ['process', 'cutoff_date', 'measure', 'country_iso3', 'entity_code'],
  },
  breakdowns: {
    filters: ['process', 'cutoff_date', 'measure', 'scope_code', 'dimension', 'category', 'quality', 'unit'],
    keys: ['process', 'cutoff_date', 'measure', 'scope_code', 'dimension', 'category'],
  },
  crosstab_damaged_cells: {
    filters: ['process', 'cutoff_date', 'measure', 'country_iso3'],
    keys: ['process', 'cutoff_date', 'measure', 'country_iso3'],
  },
} as const satisfies Record<string, { filters: readonly string[]; keys: readonly string[] }>;

export type DataTableName = keyof typeof DATA_TABLES;
export const DATA_TABLE_NAMES = Object.keys(DATA_TABLES) as DataTableName[];

/** One filter: the rows whose `column` is one of `values`. */
export interface DataFilter {
  column: string;
  values: readonly string[];
}

/** Codes, dates and category names; nothing a hostile link could use to smuggle markup or a formula. */
const VALUE_FORM = /^[A-Za-z0-9][A-Za-z0-9_+.-]{0,39}$/;
/** More values than any column holds distinct codes (89 countries) is not a filter anyone chose. */
const MAX_VALUES = 100;

/** `process:2023-2024;entity_code:14,16` → filters the table has; what cannot be read is returned apart. */
export function readWhere(text: string, table: DataTableName): { filters: DataFilter[]; rejected: string | null } {
  const allowed: readonly string[] = DATA_TABLES[table].filters;
  const filters: DataFilter[] = [];
  const left: string[] = [];
  for (const part of text.split(';')) {
    if (part === '') continue;
    const colon = part.indexOf(':');
    const column = colon < 0 ? part : part.slice(0, colon);
    const raw = colon < 0 ? [] : part.slice(colon + 1).split(',');
    const values = [...new Set(raw.filter((v) => VALUE_FORM.test(v)))].slice(0, MAX_VALUES);
    if (!allowed.includes(column) || filters.some((f) => f.column === column) || values.length === 0) {
      left.push(part);
      continue;
    }
    if (values.length < raw.length) left.push(`${column}:${raw.filter((v) => !values.includes(v)).join(',')}`);
    filters.push({ column, values });
  }
  return { filters, rejected: left.length > 0 ? left.join(';') : null };
}

export function formatWhere(filters: readonly DataFilter[]): string {
  return filters.map((f) => `${f.column}:${f.values.join(',')}`).join(';');
}

/** `process,entity_code`: key columns of the table, each once, in the table's order. */
export function readGroup(text: string, table: DataTableName): { columns: string[]; rejected: string | null } {
  const keys: readonly string[] = DATA_TABLES[table].keys;
  const asked = text.split(',');
  const bad = asked.filter((c) => !keys.includes(c));
  return { columns: keys.filter((k) => asked.includes(k)), rejected: bad.length > 0 ? bad.join(',') : null };
}

/** `value` or `-value`: a column of the rows shown, ascending or descending (`-`). */
export function readOrder(text: string): string | undefined {
  return /^-?[a-z_0-9]{1,40}$/.test(text) ? text : undefined;
}
