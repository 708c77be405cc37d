/**
 * A small validator for the part of Frictionless Table Schema that
 * data/datapackage.json uses: field types string, integer, number, date;
 * required, enum, pattern, minimum, maximum; primary and foreign keys.
 * Pure TypeScript, so the browser and Node scripts share it. Foreign keys are
 * checked in foreignKeys.ts, the wording of issues is in validationIssue.ts.
 */
import { asList, issue, quote, truncate } from './validationIssue';

export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'any';

export interface FieldConstraints {
  required?: boolean;
  enum?: (string | number)[];
  pattern?: string;
  minimum?: string | number;
  maximum?: string | number;
}

export interface Field {
  name: string;
  type?: FieldType | string;
  title?: string;
  description?: string;
  constraints?: FieldConstraints;
}

export interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

export interface TableSchema {
  fields: Field[];
  missingValues?: string[];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
}

export interface Resource {
  name: string;
  path: string;
  format?: string;
  mediatype?: string;
  title?: string;
  description?: string;
  schema: TableSchema;
}

export interface DataPackage {
  name?: string;
  title?: string;
  licenses?: { name?: string; path?: string; title?: string }[];
  sources?: { title?: string; path?: string }[];
  resources: Resource[];
}

/** A parsed CSV: the header row and the data rows, all cells as text. */
export interface RawTable {
  header: string[];
  rows: string[][];
}

export type IssueCode =
  | 'schema'
  | 'header'
  | 'rowLength'
  | 'required'
  | 'type'
  | 'enum'
  | 'pattern'
  | 'minimum'
  | 'maximum'
  | 'primaryKey'
  | 'foreignKey';

export interface ValidationIssue {
  /** Resource name in datapackage.json. */
  resource: string;
  /** 1-based data row (the header is not counted), or null for the whole table. */
  row: number | null;
  /** Column name, or null. */
  field: string | null;
  /** What kind of problem, so a UI can word it in its own language. */
  code: IssueCode;
  /** The offending cell text, already truncated, or null. */
  value: string | null;
  /** What was expected instead, e.g. a type name or a list of values. */
  expected: string | null;
  /** Plain-text English description naming file, row, column and value. */
  message: string;
}

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isValidDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

interface FieldCheck {
  index: number;
  field: Field;
  pattern: RegExp | null;
}

function compareAs(type: string, a: string, b: string | number): number {
  if (type === 'integer' || type === 'number') return Number(a) - Number(b);
  return a < String(b) ? -1 : a > String(b) ? 1 : 0;
}

function checkCell(resource: Resource, rowNumber: number, check: FieldCheck, cell: string): ValidationIssue | null {
  const { field, pattern } = check;
  const type = field.type ?? 'string';
  const c = field.constraints ?? {};
  const at = (code: IssueCode, expected: string | null, problem: string) =>
    issue(resource, rowNumber, field.name, code, cell, expected, problem);

  if (type === 'integer' && !INTEGER.test(cell)) {
    return at('type', 'integer', `${quote(cell)} is not an integer (digits only, no thousands separators)`);
  }
  if (type === 'number' && !NUMBER.test(cell)) {
    return at('type', 'number', `${quote(cell)} is not a number (use a dot for decimals, no thousands separators)`);
  }
  if (type === 'date' && !isValidDate(cell)) {
    return at('type', 'date', `${quote(cell)} is not a valid date in YYYY-MM-DD form`);
  }
  if (c.enum !== undefined) {
    const numeric = type === 'integer' || type === 'number';
    const allowed = c.enum.some((option) => (numeric ? Number(option) === Number(cell) : String(option) === cell));
    if (!allowed) {
      const list = c.enum.map(String).join(', ');
      return at('enum', list, `${quote(cell)} is not one of the allowed values (${truncate(list, 120)})`);
    }
  }
  if (pattern !== null && !pattern.test(cell)) {
    return at('pattern', c.pattern ?? null, `${quote(cell)} does not match the pattern ${c.pattern}`);
  }
  if (c.minimum !== undefined && compareAs(type, cell, c.minimum) < 0) {
    return at('minimum', String(c.minimum), `${quote(cell)} is below the minimum ${c.minimum}`);
  }
  if (c.maximum !== undefined && compareAs(type, cell, c.maximum) > 0) {
    return at('maximum', String(c.maximum), `${quote(cell)} is above the maximum ${c.maximum}`);
  }
  return null;
}

const SUPPORTED_TYPES = new Set(['string', 'integer', 'number', 'date', 'any']);

/** Compiles each field's checks once, reporting problems in the schema itself. */
function prepareFields(resource: Resource, issues: ValidationIssue[]): FieldCheck[] {
  return resource.schema.fields.map((field, index) => {
    const type = field.type ?? 'string';
    if (!SUPPORTED_TYPES.has(type)) {
      issues.push(issue(resource, null, field.name, 'schema', null, null, `field type "${type}" is not supported`));
    }
    let pattern: RegExp | null = null;
    if (field.constraints?.pattern !== undefined) {
      try {
        // Table Schema patterns match the whole value.
        pattern = new RegExp(`^(?:${field.constraints.pattern})$`, 'u');
      } catch {
        issues.push(
          issue(resource, null, field.name, 'schema', null, null, `invalid pattern ${field.constraints.pattern}`),
        );
      }
    }
    return { index, field, pattern };
  });
}

function checkHeader(resource: Resource, header: string[]): ValidationIssue[] {
  const expected = resource.schema.fields.map((f) => f.name);
  const issues: ValidationIssue[] = [];
  const width = Math.max(expected.length, header.length);
  for (let i = 0; i < width; i++) {
    const want = expected[i];
    const got = header[i];
    if (want === got) continue;
    if (got === undefined) {
      issues.push(
        issue(
          resource,
          null,
          want ?? null,
          'header',
          null,
          want ?? null,
          `missing column "${want}" (column ${i + 1} of the header)`,
        ),
      );
    } else if (want === undefined) {
      issues.push(
        issue(resource, null, got, 'header', got, null, `unexpected column ${quote(got)} at position ${i + 1}`),
      );
    } else {
      issues.push(
        issue(resource, null, want, 'header', got, want, `header column ${i + 1} is ${quote(got)}, expected "${want}"`),
      );
    }
  }
  return issues;
}

/**
 * Checks a table against its resource's schema: the header must list the
 * schema's fields in order; every cell must fit its field; primary keys must
 * be unique. Returns every issue found (empty when valid).
 */
export function validateTable(resource: Resource, header: string[], rows: string[][]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const checks = prepareFields(resource, issues);
  const headerIssues = checkHeader(resource, header);
  // Cells cannot be matched to fields under a wrong header, so stop here.
  if (headerIssues.length > 0) return [...issues, ...headerIssues];

  const missing = new Set(resource.schema.missingValues ?? ['']);
  const keyFields = asList(resource.schema.primaryKey);
  const keyIndexes = keyFields.map((name) => checks.findIndex((c) => c.field.name === name));
  keyFields.forEach((name, i) => {
    if (keyIndexes[i] === -1) {
      issues.push(
        issue(resource, null, name, 'schema', null, null, `primary key field "${name}" is not in the schema`),
      );
    }
  });
  const checkKeys = keyFields.length > 0 && !keyIndexes.includes(-1);
  const seenKeys = new Map<string, number>();

  rows.forEach((cells, i) => {
    const rowNumber = i + 1;
    if (cells.length !== checks.length) {
      issues.push(
        issue(
          resource,
          rowNumber,
          null,
          'rowLength',
          null,
          String(checks.length),
          `has ${cells.length} cells, expected ${checks.length}`,
        ),
      );
      return;
    }
    for (const check of checks) {
      const cell = cells[check.index];
      if (missing.has(cell)) {
        if (check.field.constraints?.required) {
          issues.push(
            issue(
              resource,
              rowNumber,
              check.field.name,
              'required',
              cell,
              null,
              'a value is required but the cell is empty',
            ),
          );
        }
        continue;
      }
      const problem = checkCell(resource, rowNumber, check, cell);
      if (problem !== null) issues.push(problem);
    }
    if (checkKeys) {
      // An empty key cell counts as the value "" rather than making the key invalid.
      const values = keyIndexes.map((k) => cells[k]);
      const key = JSON.stringify(values);
      const first = seenKeys.get(key);
      if (first === undefined) {
        seenKeys.set(key, rowNumber);
      } else {
        const shown = values.join(' | ');
        issues.push(
          issue(
            resource,
            rowNumber,
            keyFields.join(', '),
            'primaryKey',
            shown,
            null,
            `duplicate primary key (${keyFields.join(', ')}) = ${quote(shown)}, first seen in row ${first}`,
          ),
        );
      }
    }
  });
  return issues;
}
