// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateForeignKeys } from '../../src/lib/data/foreignKeys.ts';
import { validateTable, type DataPackage, type RawTable } from '../../src/lib/data/tableSchema.ts';
import { readRaw, readText } from './files.ts';

const pkg = JSON.parse(readText('datapackage.json')) as DataPackage;
const raw: Record<string, RawTable> = Object.fromEntries(pkg.resources.map((r) => [r.name, readRaw(r.path)]));
const resource = (name: string) => pkg.resources.find((r) => r.name === name)!;

/** A copy of a published table with one cell replaced. */
function withCell(name: string, row: number, column: string, value: string): RawTable {
  const t = raw[name];
  const c = t.header.indexOf(column);
  return { header: t.header, rows: t.rows.map((r, i) => (i === row ? r.map((v, j) => (j === c ? value : v)) : r)) };
}

describe('every published CSV validates against datapackage.json', () => {
  it('describes every file of data/ but itself', () => {
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(
      [
        'breakdowns',
        'by_country',
        'by_country_entity',
        'by_entity',
        'countries',
        'coverage',
        'crosstab_damaged_cells',
        'entities',
        'place_aliases',
        'sources',
        'totals',
      ].map((n) => `${n}.csv`),
    );
  });

  it.each(pkg.resources.map((r) => r.name))('%s has no schema issue', (name) => {
    expect(validateTable(resource(name), raw[name].header, raw[name].rows)).toEqual([]);
  });

  it('has no dangling foreign key', () => {
    expect(validateForeignKeys(pkg, raw)).toEqual([]);
  });

  it('every file is UTF-8 without BOM with \\n line ends', () => {
    for (const r of pkg.resources) {
      const text = readText(r.path);
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text.includes('\r')).toBe(false);
      expect(text.endsWith('\n')).toBe(true);
    }
  });
});

describe('the published schema rejects broken data', () => {
  it.each([
    ['by_country', 'value', '1,234', 'type'],
    ['by_country', 'value', '', 'required'],
    ['by_country', 'quality', 'probable', 'enum'],
    ['by_entity', 'entity_code', '33', 'pattern'],
    ['breakdowns', 'category', 'robots', 'enum'],
    ['totals', 'cutoff_date', '2023-11-31', 'type'],
  ])('%s.%s = "%s" is a %s issue', (name, column, value, code) => {
    const t = withCell(name, 0, column, value);
    const issues = validateTable(resource(name), t.header, t.rows);
    expect(issues.map((i) => i.code)).toContain(code);
    expect(issues[0]).toMatchObject({ resource: name, row: 1, field: column });
  });

  it('reports a duplicated primary key', () => {
    const t = raw.by_entity;
    const issues = validateTable(resource('by_entity'), t.header, [...t.rows, t.rows[0]]);
    expect(issues.map((i) => i.code)).toContain('primaryKey');
  });

  it('reports a country code that countries.csv does not list', () => {
    const issues = validateForeignKeys(pkg, {
      ...raw,
      by_country_entity: withCell('by_country_entity', 0, 'country_iso3', 'ATL'),
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ resource: 'by_country_entity', code: 'foreignKey' });
  });
});
