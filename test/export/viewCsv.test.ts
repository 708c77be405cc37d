import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedData } from '../../src/lib/data/load';
import { countryFigures, entityFigures } from '../../src/lib/data/mapQueries';
import { csvColumns, csvFileName, toCsv, viewRows } from '../../src/lib/export/viewCsv';
import { buildWorkbook } from '../../src/lib/export/xlsx';
import { loadPublished } from '../helpers/publishedData';
import { readRows } from '../published/files';

let data: LoadedData;
beforeAll(async () => {
  data = await loadPublished();
});

const name = (code: string) => `name of ${code}`;
const parse = (text: string, delimiter = ',') =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, delimiter, skipEmptyLines: true });

describe('the CSV of a map view', () => {
  it('has exactly the places the view displays, with the same values, and the remainder', () => {
    const view = countryFigures(data.tables, { process: '2023-2024', measure: 'received' });
    const csv = toCsv(viewRows(view, 'world', name, { country: null, entity: null }), csvColumns('world'));
    const parsed = parse(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(csvColumns('world'));
    const listed = parsed.data.filter((r) => r.country_iso3 !== '');
    expect(listed.map((r) => r.country_iso3)).toEqual(view.places.map((p) => p.code));
    for (const [i, p] of view.places.entries()) {
      expect(listed[i]).toMatchObject({
        value: String(p.value),
        quality: p.quality,
        source: p.source,
        rank: String(p.rank),
        country: `name of ${p.code}`,
      });
      expect(Number(listed[i].share)).toBeCloseTo(p.share!, 6);
    }
    const remainder = parsed.data.filter((r) => r.country_iso3 === '');
    expect(remainder).toHaveLength(1);
    expect(remainder[0]).toMatchObject({ value: String(view.remainder!.value), quality: 'derived' });
    const total = parsed.data.reduce((s, r) => s + Number(r.value), 0);
    expect(total).toBe(view.denominator!.value);
  });

  it('writes gaps as empty values with their reason, never as zero', () => {
    const view = entityFigures(data.tables, { process: '2020-2021', measure: 'received', countries: ['ESP'] });
    const parsed = parse(toCsv(viewRows(view, 'mexico', name, { country: 'ESP', entity: null }), csvColumns('mexico')));
    expect(parsed.data).toHaveLength(32);
    const notApplicable = parsed.data.filter((r) => r.status === 'not_applicable');
    expect(notApplicable).toHaveLength(view.places.filter((p) => p.status === 'notApplicable').length);
    expect(notApplicable.every((r) => r.value === '' && r.share === '' && r.rank === '')).toBe(true);
    const zeros = parsed.data.filter((r) => r.status === 'zero');
    expect(zeros.every((r) => r.value === '0')).toBe(true);
    expect(parsed.data.every((r) => r.selected_country_iso3 === 'ESP')).toBe(true);
  });

  it('keeps damaged rows as not attributable with their note', () => {
    const view = countryFigures(data.tables, { process: '2023-2024', measure: 'received', entities: ['20'] });
    const parsed = parse(toCsv(viewRows(view, 'world', name, { country: null, entity: '20' }), csvColumns('world')));
    const ecuador = parsed.data.find((r) => r.country_iso3 === 'ECU')!;
    expect(ecuador).toMatchObject({ status: 'not_attributable', value: '', selected_entity_code: '20' });
    expect(ecuador.note).toMatch(/row damaged in the source/);
  });

  it('gives each note in Spanish beside the English, as the published files do (note_es)', () => {
    const view = countryFigures(data.tables, { process: '2017-2018', measure: 'received_siilnere' });
    const parsed = parse(toCsv(viewRows(view, 'world', name, { country: null, entity: null }), csvColumns('world')));
    const published = readRows('by_country.csv').filter(
      (r) => r.process === '2017-2018' && r.measure === 'received_siilnere' && r.note !== '',
    );
    expect(published.length).toBeGreaterThan(0);
    for (const r of published) {
      const row = parsed.data.find((x) => x.country_iso3 === r.country_iso3)!;
      expect(row).toMatchObject({ note: r.note, note_es: r.note_es });
    }
    // A row without a note has no Spanish one either.
    expect(parsed.data.filter((r) => r.note === '').every((r) => r.note_es === '')).toBe(true);
  });

  it('as .xlsx: the same rows, entity keys as text, counts and shares as numbers, a formula-like name as text', async () => {
    const view = entityFigures(data.tables, { process: '2023-2024', measure: 'received', countries: ['ESP'] });
    const rows = viewRows(view, 'mexico', (c) => (c === '01' ? '=HYPERLINK("x")' : c), {
      country: 'ESP',
      entity: null,
    });
    const columns = csvColumns('mexico');
    const buffer = await buildWorkbook({
      title: 't',
      columns,
      rows,
      sources: [],
      url: '',
      lang: 'en',
    }).xlsx.writeBuffer();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as ArrayBuffer);
    const sheet = book.getWorksheet('data')!;
    expect(sheet.rowCount).toBe(rows.length + 1);
    const at = (row: number, column: string) => sheet.getRow(row).getCell(columns.indexOf(column) + 1);
    expect(at(2, 'entity_code').value).toBe('01');
    expect(at(2, 'entity').value).toBe('=HYPERLINK("x")');
    expect(at(2, 'entity').type).toBe(ExcelJS.ValueType.String);
    expect(at(2, 'value').value).toBe(rows[0].value);
    expect(typeof at(2, 'share').value).toBe('number');
  });

  it('names the file after what it holds', () => {
    const view = entityFigures(data.tables, { process: '2023-2024', measure: 'received', countries: ['ESP'] });
    expect(csvFileName(view, 'mexico', { country: 'ESP', entity: null })).toBe(
      'vmre_2023-2024_received_by-entity_country-ESP_2023-11-30.csv',
    );
    const world = countryFigures(data.tables, { process: '2017-2018', measure: 'received_sive' });
    expect(csvFileName(world, 'world', { country: null, entity: null })).toBe(
      'vmre_2017-2018_received_sive_by-country_2017-11-30.csv',
    );
  });
});
