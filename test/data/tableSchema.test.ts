import { describe, expect, it } from 'vitest';
import { validateForeignKeys } from '../../src/lib/data/foreignKeys';
import { validateTable, type DataPackage, type Resource, type ValidationIssue } from '../../src/lib/data/tableSchema';
import { truncate } from '../../src/lib/data/validationIssue';

const figures: Resource = {
  name: 'figures',
  path: 'figures.csv',
  schema: {
    fields: [
      { name: 'process', type: 'string', constraints: { required: true, enum: ['2017-2018', '2023-2024'] } },
      { name: 'cutoff_date', type: 'date', constraints: { required: true } },
      { name: 'country_iso3', type: 'string', constraints: { pattern: '[A-Z]{3}' } },
      { name: 'value', type: 'integer', constraints: { minimum: 0, maximum: 1000000 } },
      { name: 'share', type: 'number' },
      { name: 'note', type: 'string' },
    ],
    missingValues: [''],
    primaryKey: ['process', 'country_iso3'],
  },
};

const HEADER = ['process', 'cutoff_date', 'country_iso3', 'value', 'share', 'note'];
const GOOD = ['2023-2024', '2023-11-30', 'USA', '51185', '82.5', ''];

/** The row GOOD with one cell replaced. */
function withCell(field: string, value: string): string[] {
  const row = [...GOOD];
  row[HEADER.indexOf(field)] = value;
  return row;
}

const only = (issues: ValidationIssue[]) => {
  expect(issues).toHaveLength(1);
  return issues[0];
};

describe('validateTable', () => {
  it('accepts a valid table, including empty optional cells and an empty key cell', () => {
    const rows = [GOOD, withCell('country_iso3', ''), withCell('process', '2017-2018')];
    expect(validateTable(figures, HEADER, rows)).toEqual([]);
  });

  it('accepts a table with no data rows', () => {
    expect(validateTable(figures, HEADER, [])).toEqual([]);
  });

  it.each([
    ['integer with a thousands separator', 'value', '51,185', 'type'],
    ['integer with decimals', 'value', '12.5', 'type'],
    ['number with a comma decimal', 'share', '82,5', 'type'],
    ['number spelled out', 'share', 'NaN', 'type'],
    ['impossible date', 'cutoff_date', '2023-02-30', 'type'],
    ['date in another format', 'cutoff_date', '30/11/2023', 'type'],
    ['unknown enum value', 'process', '2019-2020', 'enum'],
    ['pattern mismatch', 'country_iso3', 'usa', 'pattern'],
    ['pattern matched only in part (patterns are anchored)', 'country_iso3', 'USAX', 'pattern'],
    ['below the minimum', 'value', '-1', 'minimum'],
    ['above the maximum', 'value', '1000001', 'maximum'],
    ['missing required value', 'cutoff_date', '', 'required'],
  ])('rejects %s', (_label, field, value, code) => {
    // The first row has another key, so only the changed cell can be at fault.
    const found = only(validateTable(figures, HEADER, [withCell('country_iso3', 'CAN'), withCell(field, value)]));
    expect(found).toMatchObject({ resource: 'figures', row: 2, field, code });
    expect(found.message).toContain('figures.csv');
    expect(found.message).toContain('row 2');
    expect(found.message).toContain(`"${field}"`);
    if (value !== '') {
      expect(found.value).toBe(value);
      expect(found.message).toContain(value);
    }
  });

  it('rejects a duplicate primary key, naming the first row', () => {
    const found = only(
      validateTable(figures, HEADER, [GOOD, withCell('note', 'other'), withCell('country_iso3', 'CAN')]),
    );
    expect(found).toMatchObject({ row: 2, code: 'primaryKey', field: 'process, country_iso3' });
    expect(found.message).toContain('first seen in row 1');
  });

  it('treats empty key cells as equal values, so two empty keys collide', () => {
    const rows = [withCell('country_iso3', ''), withCell('country_iso3', '')];
    expect(only(validateTable(figures, HEADER, rows))).toMatchObject({ row: 2, code: 'primaryKey' });
  });

  it.each([
    [
      'a renamed column',
      HEADER.map((h) => (h === 'value' ? 'valor' : h)),
      'value',
      'header column 4 is "valor", expected "value"',
    ],
    ['a missing column', HEADER.slice(0, -1), 'note', 'missing column "note"'],
    ['an extra column', [...HEADER, 'extra'], 'extra', 'unexpected column "extra"'],
    ['columns out of order', ['cutoff_date', 'process', ...HEADER.slice(2)], 'process', 'expected "process"'],
  ])('rejects a header with %s and skips the cells', (_label, header, field, text) => {
    const issues = validateTable(figures, header, [['garbage']]);
    expect(issues.every((i) => i.code === 'header')).toBe(true);
    const found = issues.find((i) => i.field === field);
    expect(found?.message).toContain(text);
  });

  it('rejects a row with the wrong number of cells', () => {
    const found = only(validateTable(figures, HEADER, [GOOD, GOOD.slice(0, 3)]));
    expect(found).toMatchObject({ row: 2, code: 'rowLength' });
    expect(found.message).toContain('has 3 cells, expected 6');
  });

  it('reports an unsupported field type and an invalid pattern in the schema', () => {
    const odd: Resource = {
      name: 'odd',
      path: 'odd.csv',
      schema: {
        fields: [
          { name: 'a', type: 'boolean' },
          { name: 'b', constraints: { pattern: '[' } },
        ],
      },
    };
    const issues = validateTable(odd, ['a', 'b'], []);
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      ['schema', 'a'],
      ['schema', 'b'],
    ]);
  });

  it('truncates long values in messages', () => {
    const long = 'x'.repeat(500);
    const found = only(validateTable(figures, HEADER, [withCell('value', long)]));
    expect(found.value).toBe(truncate(long));
    expect(found.value!.length).toBeLessThanOrEqual(40);
    expect(found.message.length).toBeLessThan(200);
  });
});

describe('validateForeignKeys', () => {
  const pkg: DataPackage = {
    resources: [
      {
        name: 'countries',
        path: 'countries.csv',
        schema: { fields: [{ name: 'country_iso3' }, { name: 'name_es' }] },
      },
      {
        name: 'by_country',
        path: 'by_country.csv',
        schema: {
          fields: [{ name: 'country_iso3' }, { name: 'value', type: 'integer' }],
          foreignKeys: [{ fields: ['country_iso3'], reference: { resource: 'countries', fields: ['country_iso3'] } }],
        },
      },
    ],
  };
  const countries = {
    header: ['country_iso3', 'name_es'],
    rows: [
      ['USA', 'Estados Unidos'],
      ['CAN', 'Canadá'],
    ],
  };

  it('accepts references that exist and skips empty ones', () => {
    const byCountry = {
      header: ['country_iso3', 'value'],
      rows: [
        ['USA', '1'],
        ['', '2'],
      ],
    };
    expect(validateForeignKeys(pkg, { countries, by_country: byCountry })).toEqual([]);
  });

  it('rejects a dangling reference, naming the row, the value and the target file', () => {
    const byCountry = {
      header: ['country_iso3', 'value'],
      rows: [
        ['USA', '1'],
        ['XXX', '2'],
      ],
    };
    const found = only(validateForeignKeys(pkg, { countries, by_country: byCountry }));
    expect(found).toMatchObject({
      resource: 'by_country',
      row: 2,
      field: 'country_iso3',
      code: 'foreignKey',
      value: 'XXX',
    });
    expect(found.message).toBe(
      'by_country.csv, row 2, column "country_iso3": "XXX" is not in countries.csv (country_iso3)',
    );
  });

  it('reports a reference to a resource that does not exist', () => {
    const broken: DataPackage = {
      resources: [
        {
          ...pkg.resources[1],
          schema: {
            ...pkg.resources[1].schema,
            foreignKeys: [{ fields: 'country_iso3', reference: { resource: 'nowhere', fields: 'x' } }],
          },
        },
      ],
    };
    const found = only(validateForeignKeys(broken, { by_country: { header: ['country_iso3', 'value'], rows: [] } }));
    expect(found).toMatchObject({ code: 'schema' });
    expect(found.message).toContain('"nowhere"');
  });
});
