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
    const csv = toCsv(viewRows(view, 'world', name, { country: [], entity: [] }), csvColumns('world'));
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
    const parsed = parse(toCsv(viewRows(view, 'mexico', name, { country: ['ESP'], entity: [] }), csvColumns('mexico')));
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
    const parsed = parse(toCsv(viewRows(view, 'world', name, { country: [], entity: ['20'] }), csvColumns('world')));
    const ecuador = parsed.data.find((r) => r.country_iso3 === 'ECU')!;
    expect(ecuador).toMatchObject({ status: 'not_attributable', value: '', selected_entity_code: '20' });
    expect(ecuador.note).toMatch(/row damaged in the source/);
  });

  it('gives each note in Spanish beside the English, as the published files do (note_es)', () => {
    const view = countryFigures(data.tables, { process: '2017-2018', measure: 'received_siilnere' });
    const parsed = parse(toCsv(viewRows(view, 'world', name, { country: [], entity: [] }), csvColumns('world')));
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
      country: ['ESP'],
      entity: [],
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

  it('with two countries, each row is the sum of their cross-tab cells and names both', () => {
    const view = entityFigures(data.tables, { process: '2023-2024', measure: 'received', countries: ['ESP', 'PRT'] });
    const parsed = parse(
      toCsv(viewRows(view, 'mexico', name, { country: ['ESP', 'PRT'], entity: [] }), csvColumns('mexico')),
    );
    const cells = readRows('by_country_entity.csv').filter(
      (r) =>
        r.process === '2023-2024' &&
        r.cutoff_date === view.cutoffDate &&
        r.measure === 'received' &&
        (r.country_iso3 === 'ESP' || r.country_iso3 === 'PRT'),
    );
    const byEntity = new Map<string, number>();
    for (const c of cells) byEntity.set(c.entity_code, (byEntity.get(c.entity_code) ?? 0) + Number(c.value));
    const valued = parsed.data.filter((r) => r.value !== '');
    expect(valued.length).toBeGreaterThan(20);
    for (const r of valued) {
      expect(r.selected_country_iso3).toBe('ESP,PRT');
      expect(Number(r.value)).toBe(byEntity.get(r.entity_code));
    }
  });

  it('names the file after what it holds', () => {
    const view = entityFigures(data.tables, { process: '2023-2024', measure: 'received', countries: ['ESP'] });
    expect(csvFileName(view, 'mexico', { country: ['ESP'], entity: [] })).toBe(
      'vmre_2023-2024_received_by-entity_country-ESP_2023-11-30.csv',
    );
    expect(csvFileName(view, 'mexico', { country: ['ESP', 'PRT'], entity: [] })).toBe(
      'vmre_2023-2024_received_by-entity_country-ESP-PRT_2023-11-30.csv',
    );
    const europe = ['ESP', 'PRT', 'FRA', 'DEU', 'ITA', 'GBR'];
    expect(csvFileName(view, 'mexico', { country: europe, entity: [] })).toBe(
      'vmre_2023-2024_received_by-entity_country-ESP-and-5-more_2023-11-30.csv',
    );
    const world = countryFigures(data.tables, { process: '2017-2018', measure: 'received_sive' });
    expect(csvFileName(world, 'world', { country: [], entity: [] })).toBe(
      'vmre_2017-2018_received_sive_by-country_2017-11-30.csv',
    );
  });
});
