/** Writing the published CSV: UTF-8 without BOM, `\n` line ends, quotes only where needed. */
import Papa from 'papaparse';
import type { Resource } from './datapackage.ts';

export function toCsv(resource: Resource, rows: readonly object[]): string {
  const columns = resource.schema.fields.map((f) => f.name);
  const data = rows.map((row) => {
    const r = row as Record<string, unknown>;
    return columns.map((c) => {
      const v = r[c];
      if (v === undefined) throw new Error(`${resource.name}: a row lacks the column ${c}`);
      return v === null ? '' : String(v);
    });
  });
  return Papa.unparse({ fields: columns, data }, { newline: '\n', quotes: false }) + '\n';
}
