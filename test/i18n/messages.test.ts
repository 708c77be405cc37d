import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../src/lib/data/tableSchema';
import { en } from '../../src/lib/i18n/en';
import { es } from '../../src/lib/i18n/es';
import { describeIssue } from '../../src/lib/i18n/issues';
import { translator } from '../../src/lib/i18n/translate';

describe('dictionaries', () => {
  it('have the same keys and the same placeholders in each message', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(es) as (keyof typeof es)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(es[key]));
    }
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('es')('error.missing', { file: 'totals.csv' })).toBe('Falta el archivo de datos totals.csv.');
    expect(translator('en')('error.missing')).toBe('The data file {file} is missing.');
  });
});

describe('describeIssue', () => {
  const issue: ValidationIssue = {
    resource: 'totals',
    row: 4,
    field: 'value',
    code: 'type',
    value: '51,185',
    expected: 'integer',
    message: 'totals.csv, row 4, column "value": "51,185" is not an integer',
  };

  it('words an issue in Spanish and in English', () => {
    expect(describeIssue(issue, translator('es'))).toBe(
      'fila 4, columna «value», valor «51,185»: tipo de dato incorrecto (se esperaba integer)',
    );
    expect(describeIssue(issue, translator('en'))).toBe(
      'row 4, column “value”, value “51,185”: wrong data type (expected integer)',
    );
  });

  it('keeps the precise message of a schema issue', () => {
    const schema: ValidationIssue = {
      ...issue,
      row: null,
      field: null,
      value: null,
      expected: null,
      code: 'schema',
      message: 'datapackage.json: the resource "coverage" is missing',
    };
    expect(describeIssue(schema, translator('en'))).toBe(
      'problem in the package description: datapackage.json: the resource "coverage" is missing',
    );
  });
});
