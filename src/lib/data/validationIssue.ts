/**
 * How a validation issue is worded: where it is (file, row, column), the
 * value at fault shortened to stay readable, and what was expected.
 */
import type { IssueCode, Resource, ValidationIssue } from './tableSchema';

const MAX_VALUE_LENGTH = 40;

/** Shortens a cell for a message, so a garbled megabyte-long cell stays readable. */
export function truncate(value: string, max = MAX_VALUE_LENGTH): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** A Table Schema key given as one field or a list. */
export function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/** Where an issue is, in words: `totals.csv, row 3, column "value"`. */
function locate(file: string, row: number | null, field: string | null): string {
  return [file, row === null ? null : `row ${row}`, field === null ? null : `column "${field}"`]
    .filter((part) => part !== null)
    .join(', ');
}

export function issue(
  resource: Resource,
  row: number | null,
  field: string | null,
  code: IssueCode,
  value: string | null,
  expected: string | null,
  problem: string,
): ValidationIssue {
  const shown = value === null ? null : truncate(value);
  return {
    resource: resource.name,
    row,
    field,
    code,
    value: shown,
    expected,
    message: `${locate(resource.path, row, field)}: ${problem}`,
  };
}

/** A cell quoted for a message. */
export const quote = (text: string) => JSON.stringify(truncate(text));
