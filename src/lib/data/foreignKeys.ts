/**
 * The foreign keys of data/datapackage.json: every key tuple of a resource
 * must exist in the resource it references, so a code never points nowhere.
 */
import type { DataPackage, RawTable, ValidationIssue } from './tableSchema';
import { asList, issue, quote } from './validationIssue';

/**
 * Checks that every foreign-key tuple of every resource exists in the
 * referenced resource. Tuples with an empty cell are skipped (not applicable).
 * `tables` maps resource names to their parsed, header-checked contents.
 */
export function validateForeignKeys(
  pkg: DataPackage,
  tables: Record<string, RawTable>,
  /** Check only these resources' keys (the others were checked before); all when left out. */
  only?: readonly string[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const byName = new Map(pkg.resources.map((r) => [r.name, r]));

  for (const resource of pkg.resources) {
    const table = tables[resource.name];
    if (table === undefined || (only !== undefined && !only.includes(resource.name))) continue;
    const missing = new Set(resource.schema.missingValues ?? ['']);
    for (const fk of resource.schema.foreignKeys ?? []) {
      const fields = asList(fk.fields);
      const refFields = asList(fk.reference.fields);
      // An empty resource name is Table Schema's way of saying "this same table".
      const refName = fk.reference.resource === '' ? resource.name : fk.reference.resource;
      const target = byName.get(refName);
      const refTable = tables[refName];
      const label = fields.join(', ');
      if (target === undefined || refTable === undefined) {
        issues.push(
          issue(resource, null, label, 'schema', null, null, `foreign key refers to unknown resource "${refName}"`),
        );
        continue;
      }
      const cols = fields.map((f) => table.header.indexOf(f));
      const refCols = refFields.map((f) => refTable.header.indexOf(f));
      if (fields.length !== refFields.length || cols.includes(-1) || refCols.includes(-1)) {
        issues.push(
          issue(
            resource,
            null,
            label,
            'schema',
            null,
            null,
            `foreign key (${label}) → ${refName} (${refFields.join(', ')}) names fields that do not exist`,
          ),
        );
        continue;
      }
      const known = new Set(refTable.rows.map((cells) => JSON.stringify(refCols.map((c) => cells[c]))));
      table.rows.forEach((cells, i) => {
        const values = cols.map((c) => cells[c]);
        if (values.some((v) => v === undefined || missing.has(v))) return;
        if (known.has(JSON.stringify(values))) return;
        const shown = values.join(' | ');
        issues.push(
          issue(
            resource,
            i + 1,
            label,
            'foreignKey',
            shown,
            refName,
            `${quote(shown)} is not in ${target.path} (${refFields.join(', ')})`,
          ),
        );
      });
    }
  }
  return issues;
}
