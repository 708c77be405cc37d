// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract2017, FILE_2017 } from '../../scripts/data/extract2017.ts';
import { extract2020, FILE_2020 } from '../../scripts/data/extract2020.ts';
import { extract2023, FILE_2023 } from '../../scripts/data/extract2023.ts';
import { SourceError, readReport, type Report } from '../../scripts/data/text.ts';
import { HAVE_SEEDS, SEEDS } from './seeds.ts';

/** The report with the first occurrence of `from` replaced: a source that changed under us. */
function altered(file: string, from: string, to: string): Report {
  const r = readReport(SEEDS, file);
  const i = r.lines.findIndex((l) => l.includes(from));
  if (i < 0) throw new Error(`fixture: "${from}" not in ${file}`);
  return { file, lines: r.lines.map((l, k) => (k === i ? l.replace(from, to) : l)) };
}

describe.skipIf(!HAVE_SEEDS)('the extractors check the reports against themselves', () => {
  it('2017-18: stops when an entity figure no longer adds up to the printed total', () => {
    expect(() => extract2017(altered(FILE_2017, '708 SIILNERE', '709 SIILNERE'))).toThrow(
      /entity figures sum to 1224, not 1223/,
    );
  });

  it('2017-18: stops when the request types no longer add up to the national total', () => {
    expect(() =>
      extract2017(altered(FILE_2017, 'se recibieron 38,096 Solicitudes', 'se recibieron 38,097 Solicitudes')),
    ).toThrow(SourceError);
  });

  it('2020-21: a cross-tab cell that breaks its row and column makes both uncertain, not a silent fix', () => {
    const out = extract2020(altered(FILE_2020, '2 Canadá\t349\t1\t25\t238', '2 Canadá\t349\t1\t25\t239'));
    const canada = out.byCountryEntity.filter((r) => r.country_iso3 === 'CAN');
    expect(canada.every((r) => r.quality === 'uncertain')).toBe(true);
    expect(canada.find((r) => r.entity_code === '09')).toMatchObject({ value: 239, quality: 'uncertain' });
    // The Mexico City column no longer sums to its total either: its cells in other rows are flagged too.
    expect(out.byCountryEntity.find((r) => r.country_iso3 === 'USA' && r.entity_code === '09')!.quality).toBe(
      'uncertain',
    );
    expect(out.byCountryEntity.find((r) => r.country_iso3 === 'USA' && r.entity_code === '14')!.quality).toBe('exact');
  });

  it('2023-24: stops when the text and the entity table disagree on the national total', () => {
    expect(() => extract2023(altered(FILE_2023, 'se han recibido **51,185**', 'se han recibido **51,186**'))).toThrow(
      /differs from the text/,
    );
  });

  it('2023-24: an entity row whose parts do not add up becomes uncertain', () => {
    // Oaxaca received: 1,822 = INETEL 712 + SRVE 1,110; make INETEL 713.
    const out = extract2023(altered(FILE_2023, 'Oaxaca\t1,822\t712\t', 'Oaxaca\t1,822\t713\t'));
    const oaxaca = out.breakdowns.filter(
      (b) => b.measure === 'received' && b.entity_code === '20' && b.dimension === 'registration_channel',
    );
    expect(oaxaca.map((b) => b.quality)).toEqual(['uncertain', 'uncertain']);
    expect(out.byEntity.find((r) => r.measure === 'received' && r.entity_code === '20')!.quality).toBe('uncertain');
    // The INETEL column no longer sums to its TOTAL row, so every INETEL cell is in doubt…
    const inetel = (entity: string) =>
      out.breakdowns.find((b) => b.measure === 'received' && b.entity_code === entity && b.category === 'inetel')!;
    expect(inetel('14').quality).toBe('uncertain');
    expect(inetel('').quality).toBe('uncertain');
    // …while the parts of Oaxaca's row that still add up stay exact.
    expect(
      out.breakdowns.find((b) => b.measure === 'received' && b.entity_code === '20' && b.category === 'men')!.quality,
    ).toBe('exact');
  });

  it('2023-24: reads the 9 entities with local elections, including the Estado de México', () => {
    const out = extract2023(readReport(SEEDS, FILE_2023));
    const local = out.coverage.filter((c) => c.vote_from_abroad === 'federal+local').map((c) => c.entity_code);
    expect(local).toEqual(['07', '09', '11', '14', '15', '17', '20', '21', '31']);
  });
});
