import { describe, expect, it } from 'vitest';
import { DataLoadError, hasCells, loadData, loadDeferred } from '../../src/lib/data/load';
import type { TotalRow } from '../../src/lib/data/schema';
import { FIXTURE_BASE, fakeFetch, fixtureText, type Overrides } from '../helpers/fakeFetch';

/** Loads the fixture with overrides and returns the DataLoadError it must throw. */
async function failure(overrides: Overrides): Promise<DataLoadError> {
  const { fetchImpl } = fakeFetch(overrides);
  const error = await loadData(FIXTURE_BASE, fetchImpl).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataLoadError);
  return error as DataLoadError;
}

describe('loadData', () => {
  it('loads a valid package into typed Arquero tables', async () => {
    const { fetchImpl, requested } = fakeFetch();
    const data = await loadData(FIXTURE_BASE, fetchImpl);

    expect(requested[0]).toBe(`${FIXTURE_BASE}data/datapackage.json`);
    expect(requested).toContain(`${FIXTURE_BASE}data/totals.csv`);
    expect(data.pkg.resources).toHaveLength(10);

    const t2023 = (data.tables.totals.objects() as TotalRow[]).find(
      (r) => r.process === '2023-2024' && r.measure === 'received',
    );
    expect(t2023).toEqual({
      process: '2023-2024',
      cutoff_date: '2023-11-30',
      measure: 'received',
      value: 51185,
      quality: 'exact',
      source: 'fx-2023',
      note: null,
    });
    // Quoted cells with commas and doubled quotes survive parsing.
    expect(data.tables.totals.get('note', 2)).toBe('Rows of the source table do not add up, see "4.2"');
    // The remainder row has no country: null, not "".
    expect(data.tables.by_country.get('country_iso3', 2)).toBeNull();
    // Codes with leading zeros stay strings.
    expect(data.tables.entities.get('entity_code', 0)).toBe('09');
    expect(data.tables.breakdowns.get('value', 1)).toBe(41.5);

    expect(data.tables.totals.numRows()).toBe(5);
    expect(data.tables.totals.columnNames()).toEqual([
      'process',
      'cutoff_date',
      'measure',
      'value',
      'quality',
      'source',
      'note',
    ]);
    expect(data.tables.by_country.array('value')).toEqual([40000, 6000, 5185]);
  });

  it('keeps the columns of a CSV with no data rows', async () => {
    const { fetchImpl } = fakeFetch();
    const data = await loadDeferred(await loadData(FIXTURE_BASE, fetchImpl), ['crosstab_damaged_cells']);
    expect(data.tables.crosstab_damaged_cells?.objects()).toEqual([]);
    expect(data.tables.crosstab_damaged_cells?.numRows()).toBe(0);
    expect(data.tables.crosstab_damaged_cells?.columnNames()).toContain('printed_value');
  });

  it('defers the files the explorer does not draw, and checks them like the others when asked', async () => {
    const { fetchImpl, requested } = fakeFetch();
    const data = await loadData(FIXTURE_BASE, fetchImpl);
    for (const file of ['crosstab_damaged_cells', 'by_country_entity']) {
      expect(requested.some((u) => u.endsWith(`${file}.csv`))).toBe(false);
      expect(data.tables[file]).toBeUndefined();
    }
    expect(hasCells(data.tables)).toBe(false);
    const withCells = await loadDeferred(data, ['by_country_entity', 'not_in_the_package']);
    expect(hasCells(withCells.tables)).toBe(true);
    expect(withCells.tables.by_country_entity?.numRows()).toBe(
      fixtureText('by_country_entity.csv').trim().split('\n').length - 1,
    );
    const more = await loadDeferred(data, ['crosstab_damaged_cells']);
    expect(requested.filter((u) => u.endsWith('crosstab_damaged_cells.csv'))).toHaveLength(1);
    expect(more.tables.totals).toBe(data.tables.totals);
    // Asked again: nothing fetched.
    await loadDeferred(more, ['crosstab_damaged_cells']);
    expect(requested.filter((u) => u.endsWith('crosstab_damaged_cells.csv'))).toHaveLength(1);
  });

  it('a deferred file that breaks its schema is reported, by name', async () => {
    const header = fixtureText('crosstab_damaged_cells.csv').split('\n')[0];
    const { fetchImpl } = fakeFetch({
      'crosstab_damaged_cells.csv': `${header}\n2023-2024,2023-11-30,received,USA,first,0,fx-2017,\n`,
    });
    const data = await loadData(FIXTURE_BASE, fetchImpl);
    const error = await loadDeferred(data, ['crosstab_damaged_cells']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).file).toBe('crosstab_damaged_cells.csv');
    expect((error as DataLoadError).message).toContain('first');
  });

  it('reports a 404 as a missing file, by name', async () => {
    const error = await failure({ 'by_entity.csv': 404 });
    expect(error.kind).toBe('missing');
    expect(error.file).toBe('by_entity.csv');
    expect(error.message).toContain('by_entity.csv');
  });

  it('reports a missing datapackage.json', async () => {
    const error = await failure({ 'datapackage.json': 404 });
    expect(error).toMatchObject({ kind: 'missing', file: 'datapackage.json' });
  });

  it('reports a rejected fetch as a network failure', async () => {
    const error = await failure({ 'sources.csv': new TypeError('Failed to fetch') });
    expect(error).toMatchObject({ kind: 'network', file: 'sources.csv' });
    expect(error.detail).toContain('Failed to fetch');
  });

  it('reports a server error as a network failure with its status', async () => {
    const error = await failure({ 'totals.csv': 503 });
    expect(error).toMatchObject({ kind: 'network', file: 'totals.csv', detail: 'HTTP 503' });
  });

  it('reports a CSV truncated inside its last cell as malformed', async () => {
    const text = fixtureText('by_country.csv');
    const error = await failure({ 'by_country.csv': text.slice(0, text.length - 30) });
    expect(error).toMatchObject({ kind: 'malformed', file: 'by_country.csv' });
    expect(error.detail).toContain('truncated');
  });

  it('reports a CSV truncated mid-row as malformed, naming the row', async () => {
    const text = fixtureText('by_country.csv');
    const cut = text.slice(0, text.indexOf(',5185,')) + '\n';
    const error = await failure({ 'by_country.csv': cut });
    expect(error).toMatchObject({ kind: 'malformed', file: 'by_country.csv' });
    expect(error.issues[0]).toMatchObject({ code: 'rowLength', row: 3 });
    expect(error.issues[0].message).toBe('by_country.csv, row 3: has 5 cells, expected 9');
  });

  it('reports an unbalanced quote as malformed', async () => {
    const error = await failure({ 'sources.csv': 'source,document\n"fx-2017,Informe\n' });
    expect(error).toMatchObject({ kind: 'malformed', file: 'sources.csv' });
    expect(error.detail).toMatch(/quote/i);
  });

  it('reports an empty file as malformed', async () => {
    const error = await failure({ 'countries.csv': '' });
    expect(error).toMatchObject({ kind: 'malformed', file: 'countries.csv', detail: 'the file is empty' });
  });

  it('reports unparseable JSON as malformed', async () => {
    const error = await failure({ 'datapackage.json': '{"resources": [' });
    expect(error).toMatchObject({ kind: 'malformed', file: 'datapackage.json' });
  });

  it('reports a wrong header as malformed, naming the column', async () => {
    const text = fixtureText('totals.csv').replace('cutoff_date', 'fecha_corte');
    const error = await failure({ 'totals.csv': text });
    expect(error).toMatchObject({ kind: 'malformed', file: 'totals.csv' });
    expect(error.issues[0]).toMatchObject({ code: 'header', field: 'cutoff_date', value: 'fecha_corte' });
  });

  it('reports a wrong type as invalid, naming row, column and value', async () => {
    const text = fixtureText('totals.csv').replace('51185', '51,185');
    // The comma splits the cell in two unless it is quoted, as a careless export would do.
    const error = await failure({ 'totals.csv': text.replace('51,185', '"51,185"') });
    expect(error).toMatchObject({ kind: 'invalid', file: 'totals.csv', issueCount: 1 });
    expect(error.issues[0]).toMatchObject({ row: 4, field: 'value', code: 'type', value: '51,185' });
  });

  it('reports a dangling foreign key as invalid', async () => {
    const text = fixtureText('by_country.csv').replace('CAN,', 'MEX,');
    const error = await failure({ 'by_country.csv': text });
    expect(error).toMatchObject({ kind: 'invalid', file: 'by_country.csv' });
    expect(error.issues[0]).toMatchObject({ code: 'foreignKey', value: 'MEX', expected: 'countries' });
  });

  it('reports a package that lacks a resource the app needs', async () => {
    const pkg = JSON.parse(fixtureText('datapackage.json')) as { resources: { name: string }[] };
    pkg.resources = pkg.resources.filter((r) => r.name !== 'coverage');
    const error = await failure({ 'datapackage.json': JSON.stringify(pkg) });
    expect(error).toMatchObject({ kind: 'invalid', file: 'datapackage.json' });
    expect(error.issues[0].message).toContain('"coverage"');
  });

  it('refuses resource paths that leave data/', async () => {
    const pkg = JSON.parse(fixtureText('datapackage.json')) as { resources: { path: string }[] };
    pkg.resources[0].path = '../secrets.csv';
    const error = await failure({ 'datapackage.json': JSON.stringify(pkg) });
    expect(error).toMatchObject({ kind: 'malformed', file: 'datapackage.json' });
  });

  it('keeps at most ten issues but counts them all', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `2023-2024,2023-11-30,received,ZZ${i},X,1,exact,fx-2023,`);
    const text = `${fixtureText('by_country.csv').split('\n')[0]}\n${rows.join('\n')}\n`;
    const error = await failure({ 'by_country.csv': text });
    expect(error.kind).toBe('invalid');
    expect(error.issues).toHaveLength(10);
    expect(error.issueCount).toBe(25);
  });
});
