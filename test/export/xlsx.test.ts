// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/lib/export/xlsx';

const sources = [
  {
    source: 's1',
    document: 'Informe',
    period: '2023-09-01/2023-11-30',
    published: null,
    section: '4.1',
    table: 't',
    note: null,
  },
  { source: 's2', document: 'Otro', period: null, published: null, section: null, table: null, note: null },
];

/** Writes the workbook and reads it back with the same library, as a spreadsheet would open it. */
async function reread(rows: Record<string, string | number | null>[], columns: string[], cited?: string[]) {
  const input = { title: 'T', columns, rows, sources, url: '', lang: 'es' as const, cited };
  const buffer = await buildWorkbook(input).xlsx.writeBuffer();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as ArrayBuffer);
  return book;
}

describe('the .xlsx download', () => {
  it('keeps codes as text, counts as numbers, gaps empty and no formula', async () => {
    const book = await reread(
      [
        { entity_code: '01', value: 1234, share: 0.5, quality: 'exact', source: 's1', note: '=HYPERLINK("x")' },
        { entity_code: '09', value: null, share: null, quality: 'derived', source: 's1', note: '-3' },
      ],
      ['entity_code', 'value', 'share', 'quality', 'source', 'note'],
    );
    expect(book.worksheets.map((w) => w.name)).toEqual(['datos', 'definiciones', 'fuentes']);
    const data = book.getWorksheet('datos')!;
    expect(data.getRow(1).values).toEqual([undefined, 'entity_code', 'value', 'share', 'quality', 'source', 'note']);
    const code = data.getCell('A2');
    expect(code.type).toBe(ExcelJS.ValueType.String);
    expect(code.value).toBe('01');
    expect(data.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(data.getCell('B2').value).toBe(1234);
    expect(data.getCell('C2').value).toBe(0.5);
    expect(data.getCell('B3').type).toBe(ExcelJS.ValueType.Null);
    expect(data.getCell('F2').type).toBe(ExcelJS.ValueType.String);
    expect(data.getCell('F2').value).toBe('=HYPERLINK("x")');
    expect(data.getCell('F3').value).toBe('-3');
    for (const sheet of book.worksheets)
      sheet.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('defines every column, the quality flags and the states, and lists only the sources cited', async () => {
    const book = await reread([{ entity_code: '01', value: 1, source: 's1' }], ['entity_code', 'value', 'source']);
    const about = book.getWorksheet('definiciones')!;
    const firstColumn: unknown[] = [];
    about.eachRow((r) => firstColumn.push(r.getCell(1).value));
    expect(firstColumn).toEqual(
      expect.arrayContaining(['entity_code', 'value', 'source', 'exact', 'derived', 'not_applicable']),
    );
    const cited = book.getWorksheet('fuentes')!;
    expect(cited.rowCount).toBe(2);
    expect(cited.getCell('A2').value).toBe('s1');
  });

  it('rows summed without a source column still list the sources of what they add up', async () => {
    const book = await reread([{ country_iso3: 'USA', value: 2 }], ['country_iso3', 'value'], ['s2']);
    const cited = book.getWorksheet('fuentes')!;
    expect(cited.rowCount).toBe(2);
    expect(cited.getCell('A2').value).toBe('s2');
  });
});
